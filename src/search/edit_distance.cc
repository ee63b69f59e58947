#include "search/edit_distance.h"

#include <string>

namespace hvhk::search {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// Splits UTF-8 into code points, each kept as its bytes, so comparing two of them is comparing
// letters. Invalid bytes count as letters of their own; folded text has none.
std::u32string decode(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = i + 1;
    while (end < text.size() && is_continuation(text[end])) ++end;
    char32_t letter = 0;
    for (std::size_t k = i; k < end && k < i + 4; ++k) {
      letter = (letter << 8U) | static_cast<unsigned char>(text[k]);
    }
    out.push_back(letter);
    i = end;
  }
  return out;
}

}  // namespace

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) {
    n += is_continuation(c) ? 0 : 1;
  }
  return n;
}

bool within_one_edit(std::string_view a_text, std::string_view b_text) {
  if (a_text == b_text) return true;
  std::u32string a = decode(a_text);
  std::u32string b = decode(b_text);
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > 1) return false;
  std::size_t i = 0;  // length of the common start
  while (i < b.size() && a[i] == b[i]) ++i;
  if (a.size() != b.size()) {
    // One letter too many in a, at position i: the rest must be equal.
    return std::u32string_view(a).substr(i + 1) == std::u32string_view(b).substr(i);
  }
  // Same length: one letter replaced, or two neighbours swapped.
  if (std::u32string_view(a).substr(i + 1) == std::u32string_view(b).substr(i + 1)) return true;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         std::u32string_view(a).substr(i + 2) == std::u32string_view(b).substr(i + 2);
}

}  // namespace hvhk::search

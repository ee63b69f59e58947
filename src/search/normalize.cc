#include "search/normalize.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace hvhk::search {
namespace {

icu::UnicodeString folded_unicode(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(source, status) : source;
  if (U_FAILURE(status)) {
    decomposed = source;
  }
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) {
      out.append(c);
    }
    i += U16_LENGTH(c);
  }
  out.foldCase();
  return out;
}

bool is_apostrophe(UChar32 c) { return c == 0x27 || c == 0x2019; }

// Calls emit(begin, end) for each word of text: a run of characters for which in_word() holds,
// where "'s" or "’s" right after a word, and before its end, is left out.
template <typename InWord, typename Emit>
void split(const icu::UnicodeString& text, InWord in_word, Emit emit) {
  int32_t begin = -1;  // start of the current word, or -1
  int32_t end = 0;     // end of the current word
  const auto flush = [&] {
    if (begin >= 0) emit(begin, end);
    begin = -1;
  };
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    const int32_t next = i + U16_LENGTH(c);
    if (begin >= 0 && is_apostrophe(c) && next < text.length() &&
        (text.char32At(next) == 's' || text.char32At(next) == 'S')) {
      const int32_t after = next + 1;
      if (after >= text.length() || !in_word(text.char32At(after), true)) {
        flush();
        i = after;
        continue;
      }
    }
    if (in_word(c, begin >= 0)) {
      if (begin < 0) begin = i;
      end = next;
    } else {
      flush();
    }
    i = next;
  }
  flush();
}

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  folded_unicode(text).toUTF8String(out);
  return out;
}

std::vector<std::string> words(std::string_view text) {
  const icu::UnicodeString folded = folded_unicode(text);
  std::vector<std::string> out;
  split(
      folded, [](UChar32 c, bool) { return u_isalnum(c) != 0; },
      [&](int32_t begin, int32_t end) {
        std::string word;
        folded.tempSubStringBetween(begin, end).toUTF8String(word);
        out.push_back(std::move(word));
      });
  return out;
}

std::vector<TypedWord> typed_words(std::string_view text) {
  const icu::UnicodeString source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::vector<TypedWord> out;
  // Accents typed as separate marks belong to the word they follow, as in fold().
  const auto in_word = [](UChar32 c, bool inside) {
    return u_isalnum(c) != 0 || (inside && u_charType(c) == U_NON_SPACING_MARK);
  };
  split(source, in_word, [&](int32_t begin, int32_t end) {
    std::string typed;
    source.tempSubStringBetween(begin, end).toUTF8String(typed);
    for (std::string& folded : words(typed)) {
      out.push_back(TypedWord{typed, std::move(folded)});
    }
  });
  return out;
}

bool matches_all_words(std::string_view query, std::initializer_list<std::string_view> texts) {
  std::vector<std::string> candidates;
  for (const std::string_view text : texts) {
    for (std::string& word : words(text)) {
      candidates.push_back(std::move(word));
    }
  }
  for (const std::string& term : words(query)) {
    const bool found = std::any_of(candidates.begin(), candidates.end(),
                                   [&](const std::string& word) { return word.starts_with(term); });
    if (!found) {
      return false;
    }
  }
  return true;
}

}  // namespace hvhk::search

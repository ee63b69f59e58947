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

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  folded_unicode(text).toUTF8String(out);
  return out;
}

std::vector<std::string> words(std::string_view text) {
  const icu::UnicodeString folded = folded_unicode(text);
  std::vector<std::string> out;
  icu::UnicodeString current;
  auto flush = [&] {
    if (!current.isEmpty()) {
      std::string word;
      current.toUTF8String(word);
      out.push_back(std::move(word));
      current.remove();
    }
  };
  for (int32_t i = 0; i < folded.length();) {
    const UChar32 c = folded.char32At(i);
    if (u_isalnum(c) != 0) {
      current.append(c);
    } else {
      flush();
    }
    i += U16_LENGTH(c);
  }
  flush();
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

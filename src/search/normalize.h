// Text as the finder compares it: Unicode-normalised, accents removed, case folded, and
// split into words (ICU). "Crèche" and "CRECHE" both become "creche"; the Dutch plural
// and genitive 's goes ("baby's" is "baby").
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace hvhk::search {

// Folds text: NFD, drop combining marks, Unicode case folding. Invalid UTF-8 is replaced.
std::string fold(std::string_view text);

// The folded words of text, in order (letters and digits; everything else separates words,
// except that "'s" after a word is dropped: "baby's" -> "baby", "foto’s" -> "foto").
std::vector<std::string> words(std::string_view text);

// A word of a query as the person typed it, and folded.
struct TypedWord {
  std::string typed;   // "Crèche"
  std::string folded;  // "creche"
};

// The words of text with their spelling as typed, for telling a person which of their words
// found nothing. The folded words are those of words(text).
std::vector<TypedWord> typed_words(std::string_view text);

// True if every word of query is a word, or the start of a word, in one of texts.
bool matches_all_words(std::string_view query, std::initializer_list<std::string_view> texts);

}  // namespace hvhk::search

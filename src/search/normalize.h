// Text as the finder compares it: Unicode-normalised, accents removed, case folded, and
// split into words (ICU). "Crèche" and "CRECHE" both become "creche".
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace hvhk::search {

// Folds text: NFD, drop combining marks, Unicode case folding. Invalid UTF-8 is replaced.
std::string fold(std::string_view text);

// The folded words of text, in order (letters and digits; everything else separates words).
std::vector<std::string> words(std::string_view text);

// True if every word of query is a word, or the start of a word, in one of texts.
bool matches_all_words(std::string_view query, std::initializer_list<std::string_view> texts);

}  // namespace hvhk::search

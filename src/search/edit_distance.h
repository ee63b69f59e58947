// Typo tolerance needs one question answered fast: are two words at most one edit apart?
// An edit inserts, deletes or replaces one letter, or swaps two neighbouring letters
// ("opvoedign" -> "opvoeding"): the Damerau-Levenshtein distance, on Unicode code points.
#pragma once

#include <cstddef>
#include <string_view>

namespace hvhk::search {

// True if a and b (UTF-8) are equal or one edit apart.
[[nodiscard]] bool within_one_edit(std::string_view a, std::string_view b);

// The number of Unicode code points in UTF-8 text (letters, for folded words).
[[nodiscard]] std::size_t code_points(std::string_view text);

}  // namespace hvhk::search

// What the finder looks for when a family types a query: the folded words, grouped into
// terms that must all match. A term is a word (or a phrase the synonym list knows, such as
// "naschoolse opvang") with its variants: itself, then its synonyms at a slightly lower
// score. Dutch filler words ("ik zoek opvang voor mijn kind") are left out when the query has
// other words, so they cannot keep an offer from matching.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "search/synonyms.h"

namespace hvhk::search {

// One way to satisfy a term: every word must match the same offer.
struct QueryVariant {
  std::vector<std::string> words;  // folded
  std::vector<std::string> stems;  // dutch_stem() of each word
  float factor;                    // 1 for the words as typed, lower for synonyms
};

struct QueryTerm {
  std::string typed;                   // as the person typed it, e.g. "Crèche"
  std::string folded;                  // "creche"
  std::vector<QueryVariant> variants;  // the typed words first
};

struct Query {
  std::vector<QueryTerm> terms;

  // The same for every text that means the same query ("Crèche baby" and "baby creche"):
  // for caching results.
  [[nodiscard]] std::string key() const;
};

// How much a synonym counts next to the word as typed.
inline constexpr float kSynonymFactor = 0.9F;
// Words after the first 64 are left out: nobody types them, and each one costs.
inline constexpr std::size_t kMaxQueryWords = 64;

Query parse_query(std::string_view text, const Synonyms& synonyms);

// True for Dutch words that carry no meaning in a search ("de", "voor", "mijn", "zoek").
[[nodiscard]] bool is_stop_word(std::string_view folded_word);

}  // namespace hvhk::search

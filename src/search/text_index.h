// The finder's full-text index over folded words. Every term of a query must match (see
// query.h); a query word finds index words as the same word, by Dutch stem, as the start of
// a word, as the end of a compound and, when it finds nothing else, with one typo (see
// lexicon.h). A document scores, per term, its best match: the weight of the fields the word
// is in times how well it matched (exact > stem > prefix > compound > typo, synonyms a little
// lower); the terms' scores add up.
// Build once (add..., then finish), then query from many threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "search/lexicon.h"
#include "search/query.h"
#include "search/synonyms.h"

namespace hvhk::search {

struct Hit {
  std::uint32_t doc;
  float score;
};

class TextIndex {
 public:
  // What a match of each kind counts, times the field's weight.
  static constexpr float kExactFactor = 1.0F;
  static constexpr float kStemFactor = 0.85F;
  static constexpr float kPrefixFactor = 0.6F;
  static constexpr float kCompoundFactor = 0.45F;
  static constexpr float kTypoFactor = 0.3F;
  // Queries with more terms than this match nothing (nobody types them; they cost).
  static constexpr std::size_t kMaxTerms = 32;

  explicit TextIndex(Synonyms synonyms = {});

  // Adds the words of text to document doc, each counting `weight` when matched.
  void add(std::uint32_t doc, std::string_view text, float weight);
  // Builds the look-up tables; call once after the last add().
  void finish();

  // The query as this index reads it (folded, with this index's synonyms).
  [[nodiscard]] Query parse(std::string_view text) const { return parse_query(text, synonyms_); }

  // Documents that match every term of the query, in no particular order (see rank()).
  // A query without words matches nothing.
  [[nodiscard]] std::vector<Hit> search(std::string_view query) const { return search(parse(query)); }
  [[nodiscard]] std::vector<Hit> search(const Query& query) const;

  // The terms of the query (as typed) that match no document on their own, not even with a
  // typo or a synonym: what a page says when nothing was found ("niets voor 'xyz'"). Empty
  // when every term matches something, and nothing was found only because no offer has them all.
  [[nodiscard]] std::vector<std::string> unmatched_words(std::string_view query) const {
    return unmatched_words(parse(query));
  }
  [[nodiscard]] std::vector<std::string> unmatched_words(const Query& query) const;

  [[nodiscard]] std::size_t word_count() const { return lexicon_.size(); }
  [[nodiscard]] const Lexicon& lexicon() const { return lexicon_; }
  [[nodiscard]] const Synonyms& synonyms() const { return synonyms_; }

  // Puts the best `top` hits first, best first (ties by document number); the rest follow
  // in no particular order. Cheaper than sorting everything when a page needs 20 of 5 000.
  static void rank(std::vector<Hit>& hits, std::size_t top);

 private:
  struct Posting {
    std::uint32_t doc;
    float weight;
  };
  struct Pending {
    std::uint32_t word;  // in order of first appearance, until finish()
    std::uint32_t doc;
    float weight;
  };
  // A query term with the index words each of its variants' words found.
  struct Resolved;

  [[nodiscard]] Resolved resolve(const QueryTerm& term) const;
  [[nodiscard]] std::size_t posting_count(std::uint32_t word) const { return starts_[word + 1] - starts_[word]; }

  Synonyms synonyms_;
  std::uint32_t doc_count_ = 0;        // 1 + the highest document number
  Lexicon lexicon_;                    // the distinct words, sorted
  std::vector<std::uint32_t> starts_;  // word -> its first posting; one more at the end
  std::vector<Posting> postings_;      // per word, sorted by doc, one per doc (weights summed)

  // Only while building.
  std::unordered_map<std::string, std::uint32_t> word_ids_;
  std::vector<std::string> new_words_;
  std::vector<Pending> pending_;
};

}  // namespace hvhk::search

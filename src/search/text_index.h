// A small inverted index over folded words, for full-text search of offers. Every query
// word must match (as a word or the start of one: "zwem" finds "zwemles"); documents score
// by the weight of the fields they matched in, exact words above prefixes.
// Build once (add..., then finish), then query from many threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hvhk::search {

struct Hit {
  std::uint32_t doc;
  float score;
};

class TextIndex {
 public:
  // Adds the words of text to document doc, each counting `weight` when matched.
  void add(std::uint32_t doc, std::string_view text, float weight);
  // Sorts the index; call once after the last add().
  void finish();

  // Documents that match every word of query, in no particular order (see rank()).
  // An empty query (no words) matches nothing.
  [[nodiscard]] std::vector<Hit> search(std::string_view query) const;

  [[nodiscard]] std::size_t word_count() const { return entries_.size(); }

  // Puts the best `top` hits first, best first (ties by document number); the rest follow
  // in no particular order. Cheaper than sorting everything when a page needs 20 of 5 000.
  static void rank(std::vector<Hit>& hits, std::size_t top);

 private:
  struct Posting {
    std::uint32_t doc;
    float weight;
  };
  struct Entry {
    std::string word;
    std::vector<Posting> postings;  // sorted by doc, one per doc (weights summed)
  };
  std::uint32_t doc_count_ = 0;  // 1 + the highest document number
  std::vector<Entry> entries_;   // sorted by word after finish()
  std::vector<std::pair<std::string, Posting>> pending_;
};

}  // namespace hvhk::search

#include "search/text_index.h"

#include <algorithm>

#include "search/normalize.h"

namespace hvhk::search {
namespace {

constexpr float kPrefixFactor = 0.6F;  // a prefix match counts less than the whole word

}  // namespace

void TextIndex::add(std::uint32_t doc, std::string_view text, float weight) {
  doc_count_ = std::max(doc_count_, doc + 1);
  for (std::string& word : words(text)) {
    pending_.emplace_back(std::move(word), Posting{doc, weight});
  }
}

void TextIndex::finish() {
  std::sort(pending_.begin(), pending_.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second.doc < b.second.doc;
  });
  entries_.clear();
  for (auto& [word, posting] : pending_) {
    if (entries_.empty() || entries_.back().word != word) {
      entries_.push_back(Entry{word, {}});
    }
    auto& postings = entries_.back().postings;
    if (!postings.empty() && postings.back().doc == posting.doc) {
      postings.back().weight += posting.weight;
    } else {
      postings.push_back(posting);
    }
  }
  pending_.clear();
  pending_.shrink_to_fit();
}

namespace {

// Per-thread working memory for one query, sized to the number of documents and reused, so a
// query allocates only its result. Entries touched by a query are reset when it is done.
struct Scratch {
  std::vector<float> term_score;       // best score of a document for the current term
  std::vector<std::uint32_t> seen;     // query term (1-based) that last touched the document
  std::vector<float> total;            // score summed over the terms matched so far
  std::vector<std::uint16_t> matched;  // how many of the query's terms matched
  std::vector<std::uint32_t> touched;  // documents touched by the current term

  void fit(std::size_t docs) {
    if (seen.size() < docs) {
      term_score.resize(docs);
      seen.resize(docs);
      total.resize(docs);
      matched.resize(docs);
    }
  }
};

}  // namespace

std::vector<Hit> TextIndex::search(std::string_view query) const {
  std::vector<std::string> terms = words(query);
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  if (terms.empty() || terms.size() > 32) {
    return {};
  }
  thread_local Scratch scratch;
  scratch.fit(doc_count_);
  std::vector<std::uint32_t> candidates;  // documents that matched every term so far
  for (std::size_t t = 0; t < terms.size(); ++t) {
    const std::string& term = terms[t];
    const auto stamp = static_cast<std::uint32_t>(t + 1);
    scratch.touched.clear();
    auto it = std::lower_bound(entries_.begin(), entries_.end(), term,
                               [](const Entry& e, const std::string& w) { return e.word < w; });
    for (; it != entries_.end() && it->word.compare(0, term.size(), term) == 0; ++it) {
      const float factor = it->word.size() == term.size() ? 1.0F : kPrefixFactor;
      for (const Posting& posting : it->postings) {
        // Only documents that matched all earlier terms can still match the query.
        if (scratch.matched[posting.doc] != t) {
          continue;
        }
        const float score = posting.weight * factor;
        if (scratch.seen[posting.doc] != stamp) {
          scratch.seen[posting.doc] = stamp;
          scratch.term_score[posting.doc] = score;
          scratch.touched.push_back(posting.doc);
        } else {
          scratch.term_score[posting.doc] = std::max(scratch.term_score[posting.doc], score);
        }
      }
    }
    for (const std::uint32_t doc : scratch.touched) {
      scratch.matched[doc] = static_cast<std::uint16_t>(t + 1);
      scratch.total[doc] += scratch.term_score[doc];
    }
    // Documents of earlier terms that missed this one drop out; reset them now.
    for (const std::uint32_t doc : candidates) {
      if (scratch.matched[doc] != t + 1) {
        scratch.matched[doc] = 0;
        scratch.total[doc] = 0;
        scratch.seen[doc] = 0;
      }
    }
    std::swap(candidates, scratch.touched);
  }
  std::vector<Hit> hits;
  hits.reserve(candidates.size());
  for (const std::uint32_t doc : candidates) {
    hits.push_back(Hit{doc, scratch.total[doc]});
    scratch.matched[doc] = 0;
    scratch.total[doc] = 0;
    scratch.seen[doc] = 0;
  }
  return hits;
}

void TextIndex::rank(std::vector<Hit>& hits, std::size_t top) {
  const auto better = [](const Hit& a, const Hit& b) { return a.score != b.score ? a.score > b.score : a.doc < b.doc; };
  const auto middle = hits.begin() + static_cast<std::ptrdiff_t>(std::min(top, hits.size()));
  std::partial_sort(hits.begin(), middle, hits.end(), better);
}

}  // namespace hvhk::search

#include "search/text_index.h"

#include <algorithm>
#include <unordered_map>

#include "search/normalize.h"

namespace hvhk::search {
namespace {

constexpr float kPrefixFactor = 0.6F;  // a prefix match counts less than the whole word

}  // namespace

void TextIndex::add(std::uint32_t doc, std::string_view text, float weight) {
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

std::vector<Hit> TextIndex::search(std::string_view query) const {
  std::vector<std::string> terms = words(query);
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  if (terms.empty()) {
    return {};
  }
  // Score per document for each term; keep only documents that matched all terms so far.
  std::unordered_map<std::uint32_t, float> scores;
  bool first = true;
  for (const std::string& term : terms) {
    std::unordered_map<std::uint32_t, float> term_scores;
    auto it = std::lower_bound(entries_.begin(), entries_.end(), term,
                               [](const Entry& e, const std::string& t) { return e.word < t; });
    for (; it != entries_.end() && it->word.compare(0, term.size(), term) == 0; ++it) {
      const float factor = it->word.size() == term.size() ? 1.0F : kPrefixFactor;
      for (const Posting& posting : it->postings) {
        float& score = term_scores[posting.doc];
        score = std::max(score, posting.weight * factor);
      }
    }
    if (first) {
      scores = std::move(term_scores);
      first = false;
    } else {
      std::unordered_map<std::uint32_t, float> both;
      for (const auto& [doc, score] : scores) {
        if (auto found = term_scores.find(doc); found != term_scores.end()) {
          both.emplace(doc, score + found->second);
        }
      }
      scores = std::move(both);
    }
    if (scores.empty()) {
      return {};
    }
  }
  std::vector<Hit> hits;
  hits.reserve(scores.size());
  for (const auto& [doc, score] : scores) {
    hits.push_back(Hit{doc, score});
  }
  std::sort(hits.begin(), hits.end(),
            [](const Hit& a, const Hit& b) { return a.score != b.score ? a.score > b.score : a.doc < b.doc; });
  return hits;
}

}  // namespace hvhk::search

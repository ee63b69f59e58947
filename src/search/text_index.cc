#include "search/text_index.h"

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <numeric>
#include <span>
#include <utility>

#include "search/normalize.h"

namespace hvhk::search {
namespace {

float factor_of(MatchKind kind) {
  switch (kind) {
    case MatchKind::kExact:
      return TextIndex::kExactFactor;
    case MatchKind::kStem:
      return TextIndex::kStemFactor;
    case MatchKind::kPrefix:
      return TextIndex::kPrefixFactor;
    case MatchKind::kCompound:
      return TextIndex::kCompoundFactor;
    case MatchKind::kTypo:
      return TextIndex::kTypoFactor;
  }
  return 0;
}

// Per-thread working memory for one query, sized to the number of documents and reused, so a
// query allocates little. Entries touched by a query are reset when it is done.
struct Scratch {
  std::vector<std::uint32_t> seen;            // stamp of the term that last touched the document
  std::vector<float> best;                    // best score of the document for that term
  std::vector<std::uint32_t> seen_in_phrase;  // the same for one word of a phrase variant
  std::vector<float> best_in_phrase;
  std::vector<float> sum_in_phrase;    // summed over the words of the phrase so far
  std::vector<float> total;            // score summed over the terms matched so far
  std::vector<std::uint16_t> matched;  // how many of the query's terms matched
  std::vector<std::uint32_t> touched;  // documents touched by the current term
  std::uint32_t stamp = 0;

  void fit(std::size_t docs) {
    if (seen.size() < docs) {
      seen.resize(docs);
      best.resize(docs);
      seen_in_phrase.resize(docs);
      best_in_phrase.resize(docs);
      sum_in_phrase.resize(docs);
      total.resize(docs);
      matched.resize(docs);
    }
  }

  std::uint32_t next_stamp() {
    reserve_stamps(1);
    return ++stamp;
  }

  // Makes sure the next n stamps follow each other without wrapping around (after 4 billion
  // terms): then all stamps start again from clean arrays.
  void reserve_stamps(std::size_t n) {
    if (stamp > std::numeric_limits<std::uint32_t>::max() - n - 1) {
      std::fill(seen.begin(), seen.end(), 0);
      std::fill(seen_in_phrase.begin(), seen_in_phrase.end(), 0);
      stamp = 0;
    }
  }
};

Scratch& this_thread_scratch(std::size_t docs) {
  thread_local Scratch scratch;
  scratch.fit(docs);
  return scratch;
}

}  // namespace

struct TextIndex::Resolved {
  struct Variant {
    float factor;
    std::vector<std::vector<WordMatch>> words;  // per word of the variant
  };
  std::vector<Variant> variants;  // only those whose every word found an index word
  std::size_t cost = 0;           // postings to read
};

TextIndex::TextIndex(Synonyms synonyms) : synonyms_(std::move(synonyms)) {}

void TextIndex::add(std::uint32_t doc, std::string_view text, float weight) {
  doc_count_ = std::max(doc_count_, doc + 1);
  for (std::string& word : words(text)) {
    auto [it, added] = word_ids_.try_emplace(std::move(word), static_cast<std::uint32_t>(new_words_.size()));
    if (added) new_words_.push_back(it->first);
    pending_.push_back(Pending{it->second, doc, weight});
  }
}

void TextIndex::finish() {
  // Words in sorted order; the postings of each word in document order (a counting sort by
  // word keeps the order of add(), which is by document when documents are added in order).
  std::vector<std::uint32_t> order(new_words_.size());
  std::iota(order.begin(), order.end(), 0U);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return new_words_[a] < new_words_[b]; });
  std::vector<std::uint32_t> sorted_id(order.size());
  std::vector<std::string> sorted_words(order.size());
  for (std::uint32_t rank = 0; rank < order.size(); ++rank) {
    sorted_id[order[rank]] = rank;
    sorted_words[rank] = std::move(new_words_[order[rank]]);
  }
  std::vector<std::uint32_t> next(sorted_words.size() + 1, 0);
  for (Pending& p : pending_) {
    p.word = sorted_id[p.word];
    ++next[p.word + 1];
  }
  std::partial_sum(next.begin(), next.end(), next.begin());
  std::vector<Posting> placed(pending_.size());
  for (const Pending& p : pending_) {
    placed[next[p.word]++] = Posting{p.doc, p.weight};
  }
  // next[w] is now the end of word w's postings: merge each word's postings per document.
  starts_.assign(sorted_words.size() + 1, 0);
  postings_.clear();
  postings_.reserve(placed.size());
  std::uint32_t begin = 0;
  for (std::size_t w = 0; w < sorted_words.size(); ++w) {
    const auto first = placed.begin() + begin;
    const auto last = placed.begin() + next[w];
    if (!std::is_sorted(first, last, [](const Posting& a, const Posting& b) { return a.doc < b.doc; })) {
      std::stable_sort(first, last, [](const Posting& a, const Posting& b) { return a.doc < b.doc; });
    }
    starts_[w] = static_cast<std::uint32_t>(postings_.size());
    for (auto it = first; it != last; ++it) {
      if (postings_.size() > starts_[w] && postings_.back().doc == it->doc) {
        postings_.back().weight += it->weight;
      } else {
        postings_.push_back(*it);
      }
    }
    begin = next[w];
  }
  starts_.back() = static_cast<std::uint32_t>(postings_.size());
  postings_.shrink_to_fit();
  lexicon_ = Lexicon(std::move(sorted_words));
  word_ids_ = {};
  new_words_ = {};
  pending_ = {};
}

TextIndex::Resolved TextIndex::resolve(const QueryTerm& term) const {
  Resolved resolved;
  const auto complete = [](const Resolved::Variant& v) {
    return std::none_of(v.words.begin(), v.words.end(), [](const auto& matches) { return matches.empty(); });
  };
  for (const QueryVariant& variant : term.variants) {
    Resolved::Variant found{variant.factor, std::vector<std::vector<WordMatch>>(variant.words.size())};
    for (std::size_t i = 0; i < variant.words.size(); ++i) {
      lexicon_.find(variant.words[i], variant.stems[i], found.words[i]);
    }
    resolved.variants.push_back(std::move(found));
  }
  // Typos only when the term finds nothing else: a word that is in the index is taken as meant.
  if (!resolved.variants.empty() && std::none_of(resolved.variants.begin(), resolved.variants.end(), complete)) {
    Resolved::Variant& typed = resolved.variants.front();
    for (std::size_t i = 0; i < typed.words.size(); ++i) {
      if (typed.words[i].empty()) lexicon_.find_typos(term.variants.front().words[i], typed.words[i]);
    }
  }
  std::erase_if(resolved.variants, [&](const Resolved::Variant& v) { return !complete(v); });
  for (const Resolved::Variant& variant : resolved.variants) {
    for (const auto& matches : variant.words) {
      for (const WordMatch& match : matches) resolved.cost += posting_count(match.word);
    }
  }
  return resolved;
}

namespace {

// Documents where every word of a phrase variant matches, among those that matched the
// earlier `term` terms, with the words' average score. Each word's pass only looks at the
// documents that survived the pass before (their seen_in_phrase is that pass's stamp).
template <typename PostingsOf>
std::vector<Hit> phrase_hits(const std::vector<std::vector<WordMatch>>& words, float factor, std::uint16_t term,
                             Scratch& scratch, PostingsOf postings_of) {
  scratch.reserve_stamps(words.size());
  std::vector<std::uint32_t> docs;
  std::vector<std::uint32_t> survivors;
  std::uint32_t previous = 0;
  for (std::size_t w = 0; w < words.size(); ++w) {
    const std::uint32_t stamp = scratch.next_stamp();
    docs.clear();
    for (const WordMatch& match : words[w]) {
      const float f = factor_of(match.kind);
      for (const auto& posting : postings_of(match.word)) {
        if (scratch.matched[posting.doc] != term) continue;
        const std::uint32_t seen = scratch.seen_in_phrase[posting.doc];
        const float score = posting.weight * f;
        if (seen == stamp) {
          scratch.best_in_phrase[posting.doc] = std::max(scratch.best_in_phrase[posting.doc], score);
        } else if (w == 0 || seen == previous) {
          scratch.seen_in_phrase[posting.doc] = stamp;
          scratch.best_in_phrase[posting.doc] = score;
          if (w == 0) scratch.sum_in_phrase[posting.doc] = 0;
          docs.push_back(posting.doc);
        }
      }
    }
    for (const std::uint32_t doc : docs) scratch.sum_in_phrase[doc] += scratch.best_in_phrase[doc];
    previous = stamp;
    std::swap(docs, survivors);
  }
  const float scale = factor / static_cast<float>(words.size());
  std::vector<Hit> result;
  result.reserve(survivors.size());
  for (const std::uint32_t doc : survivors) result.push_back(Hit{doc, scratch.sum_in_phrase[doc] * scale});
  return result;
}

}  // namespace

std::vector<Hit> TextIndex::search(const Query& query) const {
  if (query.terms.empty() || query.terms.size() > kMaxTerms) return {};
  std::vector<Resolved> terms;
  terms.reserve(query.terms.size());
  for (const QueryTerm& term : query.terms) {
    terms.push_back(resolve(term));
    if (terms.back().variants.empty()) return {};  // this term matches nothing, so neither does the query
  }
  // The rarest term first: later terms only add to the documents that are still in.
  std::sort(terms.begin(), terms.end(), [](const Resolved& a, const Resolved& b) { return a.cost < b.cost; });

  const auto postings_of = [this](std::uint32_t word) {
    return std::span<const Posting>(postings_.data() + starts_[word], posting_count(word));
  };
  Scratch& scratch = this_thread_scratch(doc_count_);
  std::vector<std::uint32_t> candidates;  // documents that matched every term so far
  for (std::size_t t = 0; t < terms.size(); ++t) {
    const auto term = static_cast<std::uint16_t>(t);
    // This term's stamp and those of its phrase variants' words, without a wrap in between.
    std::size_t stamps = 1;
    for (const Resolved::Variant& variant : terms[t].variants) {
      if (variant.words.size() > 1) stamps += variant.words.size();
    }
    scratch.reserve_stamps(stamps);
    const std::uint32_t stamp = scratch.next_stamp();
    scratch.touched.clear();
    const auto offer = [&](std::uint32_t doc, float score) {
      if (scratch.seen[doc] != stamp) {
        scratch.seen[doc] = stamp;
        scratch.best[doc] = score;
        scratch.touched.push_back(doc);
      } else {
        scratch.best[doc] = std::max(scratch.best[doc], score);
      }
    };
    for (const Resolved::Variant& variant : terms[t].variants) {
      if (variant.words.size() > 1) {
        for (const Hit& hit : phrase_hits(variant.words, variant.factor, term, scratch, postings_of)) {
          offer(hit.doc, hit.score);
        }
        continue;
      }
      for (const WordMatch& match : variant.words.front()) {
        const float f = factor_of(match.kind) * variant.factor;
        for (const Posting& posting : postings_of(match.word)) {
          // Only documents that matched all earlier terms can still match the query.
          if (scratch.matched[posting.doc] == term) offer(posting.doc, posting.weight * f);
        }
      }
    }
    for (const std::uint32_t doc : scratch.touched) {
      scratch.matched[doc] = static_cast<std::uint16_t>(term + 1);
      scratch.total[doc] += scratch.best[doc];
    }
    // Documents of earlier terms that missed this one drop out; reset them now.
    for (const std::uint32_t doc : candidates) {
      if (scratch.matched[doc] != term + 1) {
        scratch.matched[doc] = 0;
        scratch.total[doc] = 0;
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
  }
  return hits;
}

std::vector<std::string> TextIndex::unmatched_words(const Query& query) const {
  const auto postings_of = [this](std::uint32_t word) {
    return std::span<const Posting>(postings_.data() + starts_[word], posting_count(word));
  };
  Scratch& scratch = this_thread_scratch(doc_count_);  // matched[] is all 0 between queries
  std::vector<std::string> out;
  for (const QueryTerm& term : query.terms) {
    const Resolved resolved = resolve(term);
    const bool found = std::any_of(resolved.variants.begin(), resolved.variants.end(), [&](const auto& variant) {
      return variant.words.size() == 1 || !phrase_hits(variant.words, variant.factor, 0, scratch, postings_of).empty();
    });
    if (!found) out.push_back(term.typed);
  }
  return out;
}

namespace {

// A key whose ascending order is by score, best first, then by document: the score's bits made
// to sort like the float (negative scores included), inverted, above the document number.
std::uint64_t rank_key(const Hit& hit) {
  const auto bits = std::bit_cast<std::uint32_t>(hit.score);
  const std::uint32_t ascending = (bits & 0x80000000U) != 0 ? ~bits : bits | 0x80000000U;
  return (static_cast<std::uint64_t>(~ascending) << 32U) | hit.doc;
}

Hit hit_of(std::uint64_t key) {
  const auto ascending = ~static_cast<std::uint32_t>(key >> 32U);
  const std::uint32_t bits = (ascending & 0x80000000U) != 0 ? ascending & 0x7FFFFFFFU : ~ascending;
  return Hit{static_cast<std::uint32_t>(key), std::bit_cast<float>(bits)};
}

// Sorts all hits by LSD radix sort on rank_key(), a byte at a time, skipping the bytes in which
// all keys agree (the high bytes of document numbers, most bytes of the few distinct scores).
// Linear, where a comparison sort of 20 000 hits takes a millisecond.
void radix_sort(std::vector<Hit>& hits) {
  std::vector<std::uint64_t> keys(hits.size());
  std::vector<std::uint64_t> spare(hits.size());
  std::array<std::array<std::size_t, 256>, 8> counts{};  // per byte of the key, in one pass
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const std::uint64_t key = rank_key(hits[i]);
    keys[i] = key;
    for (unsigned b = 0; b < 8; ++b) ++counts[b][(key >> (8 * b)) & 0xFFU];
  }
  for (unsigned b = 0; b < 8; ++b) {
    auto& next = counts[b];
    if (next[(keys[0] >> (8 * b)) & 0xFFU] == keys.size()) continue;  // all keys agree
    std::size_t sum = 0;
    for (std::size_t& slot : next) sum += std::exchange(slot, sum);
    for (const std::uint64_t key : keys) spare[next[(key >> (8 * b)) & 0xFFU]++] = key;
    keys.swap(spare);
  }
  for (std::size_t i = 0; i < hits.size(); ++i) hits[i] = hit_of(keys[i]);
}

}  // namespace

void TextIndex::rank(std::vector<Hit>& hits, std::size_t top) {
  if (hits.size() < 2) return;
  top = std::min(top, hits.size());
  // A heap of the best few beats sorting everything when a page needs 20 of 5 000.
  if (top * 16 < hits.size()) {
    const auto better = [](const Hit& a, const Hit& b) {
      return a.score != b.score ? a.score > b.score : a.doc < b.doc;
    };
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(top), hits.end(), better);
  } else {
    radix_sort(hits);
  }
}

}  // namespace hvhk::search

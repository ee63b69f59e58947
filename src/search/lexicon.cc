#include "search/lexicon.h"

#include <algorithm>
#include <functional>

#include "search/dutch_stemmer.h"
#include "search/edit_distance.h"

namespace hvhk::search {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::uint64_t hash_of(std::string_view text) { return std::hash<std::string_view>{}(text); }

// Calls f with text minus one letter, for each letter (duplicates included: "zwemmen").
template <typename F>
void for_each_deletion(std::string_view text, F f) {
  std::string shorter;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = i + 1;
    while (end < text.size() && is_continuation(text[end])) ++end;
    shorter.assign(text.substr(0, i));
    shorter.append(text.substr(end));
    f(std::string_view(shorter));
    i = end;
  }
}

// Bytes in reverse: a suffix of the word is a prefix of its reverse. Byte order is enough,
// since a query word starts on a letter boundary.
std::string reversed(std::string_view text) { return {text.rbegin(), text.rend()}; }

// The entries of a sorted (key, word) list whose key starts with prefix.
template <typename Entry>
auto starting_with(const std::vector<Entry>& list, std::string_view prefix) {
  auto first = std::lower_bound(list.begin(), list.end(), prefix,
                                [](const Entry& e, std::string_view p) { return std::string_view(e.first) < p; });
  auto last = first;
  while (last != list.end() && std::string_view(last->first).starts_with(prefix)) ++last;
  return std::make_pair(first, last);
}

// Keeps one match per word, the best, in word order.
void keep_best(std::vector<WordMatch>& out, std::size_t from) {
  const auto begin = out.begin() + static_cast<std::ptrdiff_t>(from);
  std::sort(begin, out.end(), [](const WordMatch& a, const WordMatch& b) {
    return a.word != b.word ? a.word < b.word : a.kind < b.kind;
  });
  out.erase(std::unique(begin, out.end(), [](const WordMatch& a, const WordMatch& b) { return a.word == b.word; }),
            out.end());
}

}  // namespace

Lexicon::Lexicon(std::vector<std::string> words) : words_(std::move(words)) {
  DutchStemmer& stemmer = DutchStemmer::this_thread();
  stems_.reserve(words_.size());
  reversed_.reserve(words_.size() * 2);
  for (std::uint32_t id = 0; id < words_.size(); ++id) {
    const std::string& word = words_[id];
    std::string stem = stemmer.stem(word);
    reversed_.emplace_back(reversed(word), id);
    if (stem != word) reversed_.emplace_back(reversed(stem), id);
    stems_.emplace_back(std::move(stem), id);
    if (code_points(word) + 1 >= kMinTypoLetters && !has_digit(word)) {
      deletions_.emplace_back(hash_of(word), id);
      for_each_deletion(word, [&](std::string_view shorter) { deletions_.emplace_back(hash_of(shorter), id); });
    }
  }
  std::sort(stems_.begin(), stems_.end());
  std::sort(reversed_.begin(), reversed_.end());
  std::sort(deletions_.begin(), deletions_.end());
  deletions_.erase(std::unique(deletions_.begin(), deletions_.end()), deletions_.end());
}

void Lexicon::find(std::string_view word, std::string_view stem, std::vector<WordMatch>& out) const {
  const std::size_t from = out.size();
  const auto add_prefixed = [&](std::string_view prefix) {
    auto it = std::lower_bound(words_.begin(), words_.end(), prefix,
                               [](const std::string& w, std::string_view p) { return std::string_view(w) < p; });
    for (; it != words_.end() && std::string_view(*it).starts_with(prefix); ++it) {
      const auto id = static_cast<std::uint32_t>(it - words_.begin());
      out.push_back(
          WordMatch{id, it->size() == prefix.size() && prefix == word ? MatchKind::kExact : MatchKind::kPrefix});
    }
  };
  // Compound ends: "opvang" in "kinderopvang", and "zwem" (stem of "zwemmen") in
  // "peuterzwem" (stem of "peuterzwemmen").
  const auto add_ending = [&](std::string_view part) {
    const std::size_t letters = code_points(part);
    if (letters < kMinCompoundPart) return;
    const auto [first, last] = starting_with(reversed_, reversed(part));
    for (auto it = first; it != last; ++it) {
      if (code_points(it->first) >= letters + kMinCompoundHead)
        out.push_back(WordMatch{it->second, MatchKind::kCompound});
    }
  };

  add_prefixed(word);  // includes the word itself
  if (!stem.empty()) {
    auto it = std::lower_bound(stems_.begin(), stems_.end(), stem,
                               [](const Keyed& e, std::string_view s) { return std::string_view(e.first) < s; });
    for (; it != stems_.end() && it->first == stem; ++it) out.push_back(WordMatch{it->second, MatchKind::kStem});
    if (stem != word && code_points(stem) >= kMinCompoundPart) add_prefixed(stem);
  }
  add_ending(word);
  if (stem != word) add_ending(stem);
  keep_best(out, from);
}

void Lexicon::find_typos(std::string_view word, std::vector<WordMatch>& out) const {
  if (code_points(word) < kMinTypoLetters || has_digit(word)) return;
  const std::size_t from = out.size();
  const auto candidates = [&](std::string_view key) {
    const std::uint64_t h = hash_of(key);
    auto it = std::lower_bound(deletions_.begin(), deletions_.end(), std::make_pair(h, std::uint32_t{0}));
    for (; it != deletions_.end() && it->first == h; ++it) {
      const std::string& candidate = words_[it->second];
      if (candidate != word && within_one_edit(word, candidate)) out.push_back(WordMatch{it->second, MatchKind::kTypo});
    }
  };
  candidates(word);
  for_each_deletion(word, candidates);
  keep_best(out, from);
}

}  // namespace hvhk::search

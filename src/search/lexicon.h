// The distinct words of a text index and the ways a query word finds them: as the same word,
// by Dutch stem ("zwemlessen" ~ "zwemles"), as the start of a word ("huiswerk" ->
// "huiswerkbegeleiding"), as the end of a compound ("opvang" -> "kinderopvang") or with one
// typo ("opvoedign" -> "opvoeding"). Words are folded (see fold()); built once, then read
// from many threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hvhk::search {

// How a query word found an index word, best first.
enum class MatchKind : std::uint8_t {
  kExact,     // the same word
  kStem,      // the same Dutch stem
  kPrefix,    // the index word starts with the query word or its stem
  kCompound,  // the index word (or its stem) ends with the query word or its stem
  kTypo,      // one edit apart
};

struct WordMatch {
  std::uint32_t word;  // index into the lexicon
  MatchKind kind;
};

class Lexicon {
 public:
  // Shorter query words (and stems) do not match inside compounds, nor shorter heads:
  // "les" does not find "zwemles", "opvang" finds "kinderopvang" but "peuter" not "speuter".
  static constexpr std::size_t kMinCompoundPart = 4;
  static constexpr std::size_t kMinCompoundHead = 3;
  // Typos are forgiven in query words of at least this many letters.
  static constexpr std::size_t kMinTypoLetters = 5;

  Lexicon() = default;
  // words: distinct and sorted. Stems them (Dutch) and builds the look-up tables.
  explicit Lexicon(std::vector<std::string> words);

  [[nodiscard]] std::size_t size() const { return words_.size(); }
  [[nodiscard]] const std::string& word(std::uint32_t id) const { return words_[id]; }

  // Appends the index words that the folded query word (with its stem) finds in any way but a
  // typo, once each with its best kind, in word order.
  void find(std::string_view word, std::string_view stem, std::vector<WordMatch>& out) const;
  // Appends the index words one edit away from the query word (none for short words).
  void find_typos(std::string_view word, std::vector<WordMatch>& out) const;

 private:
  using Keyed = std::pair<std::string, std::uint32_t>;
  std::vector<std::string> words_;  // sorted: a prefix is a range
  std::vector<Keyed> stems_;        // (stem, word), sorted
  std::vector<Keyed> reversed_;     // (reversed word or stem, word), sorted: a suffix is a range
  // (hash of the word or of the word with one letter deleted, word), sorted: two words one edit
  // apart share an entry (SymSpell's deletion neighbourhood).
  std::vector<std::pair<std::uint64_t, std::uint32_t>> deletions_;
};

}  // namespace hvhk::search

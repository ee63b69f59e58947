// Words that mean the same to a family, so that a search for "crèche" also finds offers
// that say "kinderopvang". Coordinators extend the built-in Dutch list with lines of text:
//
//   # a comment
//   crèche, creche, kribbe => kinderopvang     each word on the left also finds the right
//   bso => buitenschoolse opvang                phrases of up to four words are fine
//   peuter, kleuter                             a group: each finds all the others
//
// Lines are folded like all search text (case and accents do not matter) and looked up by
// Dutch stem too ("crèches" finds what "crèche" finds). Expansion follows arrows on:
// "cb => consultatiebureau" and "consultatiebureau => kind en gezin" make "cb" find both;
// it does not go on through groups, so that meanings do not drift ("kleuterschool =>
// kleuter" and "peuter, kleuter" do not make "kleuterschool" find "peuter").
// Where a network's own lines are stored is not this class's business.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hvhk::search {

// Why a line of a synonym list was left out.
enum class SynonymProblemKind {
  kMoreThanOneArrow,    // "a => b => c"
  kNothingBeforeArrow,  // "=> kinderopvang"
  kNothingAfterArrow,   // "crèche =>"
  kSingleWord,          // "peuter": a group needs two or more
  kPhraseTooLong,       // more than kMaxPhraseWords words between two commas
};

struct SynonymProblem {
  std::size_t line;  // 1-based line number in the text
  SynonymProblemKind kind;
  std::string text;  // the line as written
  // Plain Dutch for the coordinator who wrote the line.
  [[nodiscard]] std::string_view message() const;
};

struct ParsedSynonyms;

class Synonyms {
 public:
  static constexpr std::size_t kMaxPhraseWords = 4;

  // No synonyms at all.
  Synonyms() = default;
  // The built-in Dutch list for family support (builtin_text()).
  static Synonyms builtin();
  [[nodiscard]] static std::string_view builtin_text();
  // A list from text; bad lines are left out and reported.
  static ParsedSynonyms parse(std::string_view text);

  // Adds the lines of text to this list (e.g. a network's own lines on top of builtin());
  // returns the problems of the lines that were left out.
  std::vector<SynonymProblem> add(std::string_view text);

  // The phrases (folded words joined by one space) that a phrase of a query expands to,
  // directly or through further lines, not including the phrase itself; empty if none.
  // `words` are folded, `stems` their dutch_stem()s (a query has them at hand).
  [[nodiscard]] std::vector<std::string> expand(std::span<const std::string> words,
                                                std::span<const std::string> stems) const;
  // The same for a phrase as typed ("Crèche").
  [[nodiscard]] std::vector<std::string> expand(std::string_view phrase) const;

  // The most words of a phrase that expands to something: how far a query looks ahead.
  [[nodiscard]] std::size_t longest_phrase() const { return longest_phrase_; }
  [[nodiscard]] bool empty() const { return targets_.empty(); }

 private:
  struct Target {
    std::string phrase;
    bool arrow;  // from an "a => b" line, so expansion goes on from it
    bool operator==(const Target&) const = default;
  };
  void add_rule(const std::string& from, const std::vector<std::string>& from_stems, const Target& to);

  // Folded phrase -> the phrases it expands to directly.
  std::unordered_map<std::string, std::vector<Target>> targets_;
  // Phrase of stems -> the folded phrases with those stems (keys of targets_).
  std::unordered_map<std::string, std::vector<std::string>> by_stem_;
  std::size_t longest_phrase_ = 0;
};

struct ParsedSynonyms {
  Synonyms synonyms;
  std::vector<SynonymProblem> problems;
};

}  // namespace hvhk::search

#include "search/synonyms.h"

#include <algorithm>

#include "search/dutch_stemmer.h"
#include "search/normalize.h"

namespace hvhk::search {
namespace {

// Kept small and obvious: a coordinator can read it and add a network's own words.
constexpr std::string_view kBuiltin = R"(# Ingebouwde synoniemen van de zoeker: één regel per groep.
# "a, b => c" : wie a of b zoekt, vindt ook c.   "a, b" : a en b vinden elkaar.

# Kinderopvang
crèche, creche, kribbe, kinderdagverblijf, onthaalouder, onthaalmoeder => kinderopvang
kdv => kinderdagverblijf
bso, naschoolse opvang, ibo => buitenschoolse opvang

# Zwanger en baby
zwanger, zwangerschap
prenataal, zwangerschapsbegeleiding => zwangerschap
bevalling, geboorte
kraamzorg, kraamhulp
vroedvrouw, verloskundige
babymassage, babyzwemmen => baby
zuigeling, pasgeborene, boreling => baby
borstvoeding, flesvoeding => voeding

# Consultatiebureau en gezondheid
consultatiebureau => kind en gezin
cb => consultatiebureau
vaccinatie, inenting
kinderarts, pediater
logopedie, logopedist
kinesitherapie, kinesist, kine

# Opvoeding en leren
opvoedingsvraag, opvoedingsvragen, opvoedingsondersteuning, opvoedingsadvies => opvoeding
opvoedingswinkel, opvoedingsspreekuur => opvoeding
huiswerkklas, huiswerkhulp, bijles => huiswerk
kleuterschool, kleuterklas => kleuter

# Vrije tijd
speelpleinwerking => speelplein
jeugdbeweging, jeugdvereniging => jeugdwerk

# Leeftijden
peuter, kleuter
tiener, puber, adolescent => jongere

# Gezin
mama, moeder
papa, vader
oma, opa, grootmoeder, grootvader => grootouder
pleegzorg, pleeggezin, pleegouder
scheiding, echtscheiding
eenoudergezin, alleenstaande ouder

# Welzijn, geld en wonen
ocmw, sociaal huis
cpas => ocmw, sociaal huis
caw => centrum algemeen welzijnswerk
cgg => centrum geestelijke gezondheidszorg
ckg => centrum kinderzorg en gezinsondersteuning
budgetbegeleiding, budgethulp, schuldbemiddeling => budgetcoaching
groeipakket, kinderbijslag
premie, toelage, tegemoetkoming
woning, huisvesting
anderstalig, nieuwkomer
)";

constexpr std::size_t kMaxExpansions = 32;  // bounds the work of one query word

std::string joined(std::span<const std::string> parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

// The folded phrases between the commas of text; empty items (", ,") are skipped.
struct Phrases {
  std::vector<std::vector<std::string>> items;
  bool too_long = false;
};

Phrases phrases_of(std::string_view text) {
  Phrases out;
  while (true) {
    const auto comma = text.find(',');
    std::vector<std::string> item = words(text.substr(0, comma));
    if (item.size() > Synonyms::kMaxPhraseWords) {
      out.too_long = true;
    } else if (!item.empty() && std::find(out.items.begin(), out.items.end(), item) == out.items.end()) {
      out.items.push_back(std::move(item));
    }
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

template <typename T>
void add_unique(std::vector<T>& list, const T& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

}  // namespace

std::string_view SynonymProblem::message() const {
  switch (kind) {
    case SynonymProblemKind::kMoreThanOneArrow:
      return "Deze regel heeft meer dan één '=>'. Gebruik er hoogstens één.";
    case SynonymProblemKind::kNothingBeforeArrow:
      return "Links van '=>' staat geen woord.";
    case SynonymProblemKind::kNothingAfterArrow:
      return "Rechts van '=>' staat geen woord.";
    case SynonymProblemKind::kSingleWord:
      return "Een groep heeft minstens twee woorden nodig, met een komma ertussen.";
    case SynonymProblemKind::kPhraseTooLong:
      return "Tussen twee komma's mogen hoogstens vier woorden staan.";
  }
  return "Deze regel is niet duidelijk.";
}

Synonyms Synonyms::builtin() {
  static const Synonyms kList = parse(kBuiltin).synonyms;
  return kList;
}

std::string_view Synonyms::builtin_text() { return kBuiltin; }

ParsedSynonyms Synonyms::parse(std::string_view text) {
  ParsedSynonyms out;
  out.problems = out.synonyms.add(text);
  return out;
}

std::vector<SynonymProblem> Synonyms::add(std::string_view text) {
  std::vector<SynonymProblem> problems;
  std::size_t number = 0;
  while (!text.empty()) {
    const auto newline = text.find('\n');
    const std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    ++number;
    const std::string_view content = trimmed(line.substr(0, line.find('#')));
    if (content.empty()) continue;
    const auto problem = [&](SynonymProblemKind kind) {
      problems.push_back(SynonymProblem{number, kind, std::string(trimmed(line))});
    };
    const auto arrow = content.find("=>");
    if (arrow != std::string_view::npos && content.find("=>", arrow + 2) != std::string_view::npos) {
      problem(SynonymProblemKind::kMoreThanOneArrow);
      continue;
    }
    Phrases left = phrases_of(content.substr(0, arrow));
    Phrases right = arrow == std::string_view::npos ? Phrases{} : phrases_of(content.substr(arrow + 2));
    if (left.too_long || right.too_long) {
      problem(SynonymProblemKind::kPhraseTooLong);
    } else if (arrow != std::string_view::npos && left.items.empty()) {
      problem(SynonymProblemKind::kNothingBeforeArrow);
    } else if (arrow != std::string_view::npos && right.items.empty()) {
      problem(SynonymProblemKind::kNothingAfterArrow);
    } else if (arrow == std::string_view::npos && left.items.size() < 2) {
      problem(SynonymProblemKind::kSingleWord);
    } else {
      const auto& targets = arrow == std::string_view::npos ? left.items : right.items;
      for (const auto& from : left.items) {
        std::vector<std::string> stems;
        stems.reserve(from.size());
        for (const std::string& word : from) stems.push_back(dutch_stem(word));
        for (const auto& to : targets) {
          if (to != from) add_rule(joined(from), stems, Target{joined(to), arrow != std::string_view::npos});
        }
      }
    }
  }
  return problems;
}

void Synonyms::add_rule(const std::string& from, const std::vector<std::string>& from_stems, const Target& to) {
  add_unique(targets_[from], to);
  add_unique(by_stem_[joined(from_stems)], from);
  longest_phrase_ = std::max(longest_phrase_, from_stems.size());
}

std::vector<std::string> Synonyms::expand(std::span<const std::string> words,
                                          std::span<const std::string> stems) const {
  std::vector<std::string> out;
  if (targets_.empty() || words.empty() || words.size() > longest_phrase_) return out;
  const std::string phrase = joined(words);
  std::vector<bool> goes_on;  // per phrase of out: reached by an arrow
  const auto add_targets_of = [&](const std::string& from, bool arrows_only) {
    auto it = targets_.find(from);
    if (it == targets_.end()) return;
    for (const Target& to : it->second) {
      if (to.phrase == phrase || (arrows_only && !to.arrow) || out.size() >= kMaxExpansions) continue;
      if (std::find(out.begin(), out.end(), to.phrase) == out.end()) {
        out.push_back(to.phrase);
        goes_on.push_back(to.arrow);
      }
    }
  };
  add_targets_of(phrase, false);
  if (auto it = by_stem_.find(joined(stems)); it != by_stem_.end()) {
    for (const std::string& from : it->second) add_targets_of(from, false);
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (goes_on[i]) {
      const std::string next = out[i];  // add_targets_of may grow out
      add_targets_of(next, true);
    }
  }
  return out;
}

std::vector<std::string> Synonyms::expand(std::string_view phrase) const {
  const std::vector<std::string> folded = words(phrase);
  std::vector<std::string> stems;
  stems.reserve(folded.size());
  for (const std::string& word : folded) stems.push_back(dutch_stem(word));
  return expand(folded, stems);
}

}  // namespace hvhk::search

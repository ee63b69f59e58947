// The fixed word lists of a Huis van het Kind: pillars and life domains, partner types,
// location kinds, intensity, access, target groups and age bands. Each term has a stable
// code used in code and data, and the Dutch word shown on screen (see the glossary).
// They are published through the HSDS API as taxonomies.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace hvhk::core {

struct Term {
  std::string_view code;
  std::string_view label_nl;
  std::string_view description_nl;
};

// One word list, published as one HSDS taxonomy.
struct Vocabulary {
  std::string_view code;  // e.g. "theme"; also the taxonomy's name suffix
  std::string_view label_nl;
  std::string_view description_nl;
  std::span<const Term> terms;

  [[nodiscard]] const Term* find(std::string_view term_code) const;
  [[nodiscard]] bool contains(std::string_view term_code) const { return find(term_code) != nullptr; }
};

// The three pillars of the decree come first, then the life domains.
const Vocabulary& themes();
const Vocabulary& partner_types();
const Vocabulary& location_kinds();
const Vocabulary& intensities();
const Vocabulary& access_kinds();
const Vocabulary& target_groups();
const Vocabulary& age_bands();
// Offer fields with a value (age in months, yes/no flags), published as HSDS attributes.
const Vocabulary& fields();

// All vocabularies, in the order they are published.
std::span<const Vocabulary* const> vocabularies();

// True for the decree's three minimum pillars (as opposed to other life domains).
bool is_pillar(std::string_view theme_code);

// Age bands in months: [min, max] inclusive; prenatal is -9..-1.
struct AgeBand {
  std::string_view code;
  int min_months;
  int max_months;
};
std::span<const AgeBand> age_band_ranges();

}  // namespace hvhk::core

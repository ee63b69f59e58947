// How the HvhK word lists become HSDS taxonomies: stable ids for each taxonomy and term,
// and which terms describe an offer, a partner or a location. A plain HSDS client sees
// them as ordinary taxonomy terms and attributes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "core/vocabulary.h"

namespace hvhk::core {

std::string taxonomy_id(const Vocabulary& vocabulary);
std::string taxonomy_name(const Vocabulary& vocabulary);  // e.g. "hvhk-theme"
std::string term_id(const Vocabulary& vocabulary, std::string_view term_code);
std::string taxonomy_uri(const Vocabulary& vocabulary);

struct TermRef {
  const Vocabulary* vocabulary;
  const Term* term;
};

// Themes, target groups, age bands (from the age range), intensity and access of an offer.
std::vector<TermRef> service_terms(const Service& service);
// The partner type of an organisation.
std::vector<TermRef> organization_terms(const Organization& organization);
// The kind of a location.
std::vector<TermRef> location_terms(const Location& location);

// Age band codes that overlap an age range in months.
std::vector<std::string_view> age_bands_for(int min_months, int max_months);

}  // namespace hvhk::core

#include "core/taxonomy.h"

#include "core/ids.h"

namespace hvhk::core {
namespace {

void add_term(std::vector<TermRef>& out, const Vocabulary& vocabulary, std::string_view code) {
  if (const Term* term = vocabulary.find(code)) {
    out.push_back(TermRef{&vocabulary, term});
  }
}

}  // namespace

std::string taxonomy_name(const Vocabulary& vocabulary) { return "hvhk-" + std::string(vocabulary.code); }

std::string taxonomy_id(const Vocabulary& vocabulary) { return stable_uuid("taxonomy/" + taxonomy_name(vocabulary)); }

std::string term_id(const Vocabulary& vocabulary, std::string_view term_code) {
  return stable_uuid("taxonomy/" + taxonomy_name(vocabulary) + "/" + std::string(term_code));
}

std::string taxonomy_uri(const Vocabulary& vocabulary) { return "urn:hvhk:taxonomy:" + std::string(vocabulary.code); }

std::vector<std::string_view> age_bands_for(int min_months, int max_months) {
  std::vector<std::string_view> out;
  for (const AgeBand& band : age_band_ranges()) {
    if (min_months <= band.max_months && max_months >= band.min_months) {
      out.push_back(band.code);
    }
  }
  return out;
}

std::vector<TermRef> service_terms(const Service& service) {
  std::vector<TermRef> out;
  for (const std::string& code : service.themes) {
    add_term(out, themes(), code);
  }
  for (const std::string& code : service.target_groups) {
    add_term(out, target_groups(), code);
  }
  for (const std::string_view code : age_bands_for(service.min_age_months, service.max_age_months)) {
    add_term(out, age_bands(), code);
  }
  add_term(out, intensities(), service.intensity);
  add_term(out, access_kinds(), service.access);
  return out;
}

std::vector<TermRef> organization_terms(const Organization& organization) {
  std::vector<TermRef> out;
  add_term(out, partner_types(), organization.partner_type);
  return out;
}

std::vector<TermRef> location_terms(const Location& location) {
  std::vector<TermRef> out;
  add_term(out, location_kinds(), location.kind);
  return out;
}

}  // namespace hvhk::core

#include "core/coverage.h"

#include <algorithm>
#include <unordered_map>

#include "core/taxonomy.h"
#include "core/vocabulary.h"

namespace hvhk::core {
namespace {

// True when the offer has no place with an address: online, by phone. Such offers reach every
// municipality of the network.
bool without_address(const Service& service, const std::unordered_map<std::string_view, const Location*>& locations) {
  return std::none_of(service.locations.begin(), service.locations.end(), [&](const ServiceAtLocation& at) {
    const auto found = locations.find(at.location_id);
    return found != locations.end() && found->second->address && !found->second->address->postcode.empty();
  });
}

bool in_municipality(const Service& service, const std::unordered_map<std::string_view, const Location*>& locations,
                     const std::vector<std::string>& postcodes) {
  return std::any_of(service.locations.begin(), service.locations.end(), [&](const ServiceAtLocation& at) {
    const auto found = locations.find(at.location_id);
    if (found == locations.end() || !found->second->address) return false;
    return std::find(postcodes.begin(), postcodes.end(), found->second->address->postcode) != postcodes.end();
  });
}

}  // namespace

const CoverageCell& CoverageMatrix::at(std::size_t theme, std::size_t age_band) const {
  return cells.at(theme * age_band_ranges().size() + age_band);
}

std::size_t CoverageMatrix::gaps() const {
  return static_cast<std::size_t>(std::count_if(cells.begin(), cells.end(), [](const auto& c) { return c.gap(); }));
}

std::size_t CoverageMatrix::overlaps() const {
  return static_cast<std::size_t>(std::count_if(cells.begin(), cells.end(), [](const auto& c) { return c.overlap(); }));
}

Result<CoverageMatrix> coverage(const Catalogue& catalogue, std::string_view network_id,
                                std::string_view municipality) {
  const auto network = std::find_if(catalogue.networks.begin(), catalogue.networks.end(),
                                    [&](const Network& n) { return n.id == network_id; });
  if (network == catalogue.networks.end()) {
    return fail(Error::Kind::not_found, "Huis van het Kind " + std::string(network_id) + " bestaat niet.");
  }
  std::vector<std::string> postcodes;
  if (!municipality.empty()) {
    const auto& codes = network->municipality_nis_codes;
    if (std::find(codes.begin(), codes.end(), municipality) == codes.end()) {
      return fail(Error::Kind::invalid,
                  "Gemeente " + std::string(municipality) + " hoort niet bij " + network->name + ".");
    }
    for (const Municipality& m : catalogue.municipalities) {
      if (m.nis_code == municipality) postcodes = m.postcodes;
    }
  }
  std::unordered_map<std::string_view, const Location*> locations;
  for (const Location& location : catalogue.locations) locations.emplace(location.id, &location);

  CoverageMatrix matrix;
  matrix.network_id = network->id;
  matrix.municipality = std::string(municipality);
  const auto bands = age_band_ranges();
  for (const Term& theme : themes().terms) {
    for (const AgeBand& band : bands) matrix.cells.push_back(CoverageCell{theme.code, band.code, {}, {}});
  }
  for (const Service& service : catalogue.services) {
    if (service.network_id != network->id || service.status != "active") continue;
    if (!municipality.empty() && !in_municipality(service, locations, postcodes) &&
        !without_address(service, locations)) {
      continue;
    }
    const std::vector<std::string_view> ages = age_bands_for(service.min_age_months, service.max_age_months);
    for (std::size_t row = 0; row < themes().terms.size(); ++row) {
      const std::string_view theme = themes().terms[row].code;
      if (std::find(service.themes.begin(), service.themes.end(), theme) == service.themes.end()) continue;
      for (std::size_t column = 0; column < bands.size(); ++column) {
        if (std::find(ages.begin(), ages.end(), bands[column].code) == ages.end()) continue;
        CoverageCell& cell = matrix.cells[row * bands.size() + column];
        cell.service_ids.push_back(service.id);
        auto& partners = cell.organization_ids;
        if (std::find(partners.begin(), partners.end(), service.organization_id) == partners.end()) {
          partners.push_back(service.organization_id);
        }
      }
    }
  }
  return matrix;
}

}  // namespace hvhk::core

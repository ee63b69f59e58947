// The coverage matrix of a Huis van het Kind: for every theme (pillars, then life domains) and
// age band, which active offers of the network there are, and from how many partners — in one
// municipality or in the whole network. Coordinators use it to show where the network has gaps
// (nothing for an age in a place) and overlap (many partners doing the same for the same age in
// the same place). No I/O: the input is the catalogue.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "core/result.h"

namespace hvhk::core {

// A cell with offers of at least this many different partners is an overlap.
inline constexpr std::size_t kOverlapPartners = 3;

// One theme × age band.
struct CoverageCell {
  std::string_view theme;                     // theme code (vocabulary: Theme)
  std::string_view age_band;                  // age band code (vocabulary: AgeBand)
  std::vector<std::string> service_ids;       // the active offers, in catalogue order
  std::vector<std::string> organization_ids;  // their partners, each once, in order of first offer

  [[nodiscard]] std::size_t count() const { return service_ids.size(); }
  [[nodiscard]] bool gap() const { return service_ids.empty(); }
  [[nodiscard]] bool overlap() const { return organization_ids.size() >= kOverlapPartners; }
};

struct CoverageMatrix {
  std::string network_id;
  std::string municipality;  // NIS code; empty for the whole network
  // Rows are themes(), columns age_band_ranges(), both in vocabulary order; cells row by row.
  std::vector<CoverageCell> cells;

  [[nodiscard]] const CoverageCell& at(std::size_t theme, std::size_t age_band) const;
  [[nodiscard]] std::size_t gaps() const;
  [[nodiscard]] std::size_t overlaps() const;
};

// An offer counts in a cell when its status is "active", it has the theme, and its age range
// overlaps the age band. In one municipality: when one of its locations has a postcode of that
// municipality, or when none of its locations has an address at all (online, by phone): such
// offers count everywhere. municipality empty: the whole network. Errors: not_found for an
// unknown network, invalid for a municipality that is not the network's.
Result<CoverageMatrix> coverage(const Catalogue& catalogue, std::string_view network_id,
                                std::string_view municipality = {});

}  // namespace hvhk::core

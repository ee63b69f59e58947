#include "search/offer_facts.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "core/languages.h"
#include "core/vocabulary.h"

namespace hvhk::search {
namespace {

std::int16_t months(int value) {
  return static_cast<std::int16_t>(
      std::clamp(value, int{std::numeric_limits<std::int16_t>::min()}, int{std::numeric_limits<std::int16_t>::max()}));
}

}  // namespace

std::uint16_t OfferFacts::theme_bit(std::string_view code) {
  const auto terms = core::themes().terms;
  for (std::size_t i = 0; i < terms.size() && i < 16; ++i) {
    if (terms[i].code == code) return static_cast<std::uint16_t>(1U << i);
  }
  return 0;
}

std::uint32_t OfferFacts::language_bit(std::string_view code) {
  static const std::vector<std::string_view> codes = core::known_language_codes();
  for (std::size_t i = 0; i < codes.size() && i < 32; ++i) {
    if (codes[i] == code) return 1U << i;
  }
  return 0;
}

OfferFacts::OfferFacts(const core::Catalogue& catalogue) {
  std::unordered_map<std::string_view, std::uint32_t> location_index;
  for (std::uint32_t i = 0; i < catalogue.locations.size(); ++i) location_index.emplace(catalogue.locations[i].id, i);
  facts_.reserve(catalogue.services.size());
  place_start_.reserve(catalogue.services.size() + 1);
  for (const core::Service& s : catalogue.services) {
    Facts f;
    f.min_age_months = months(s.min_age_months);
    f.max_age_months = months(s.max_age_months);
    if (s.status == "active") f.flags |= kActive;
    if (s.cost.free) f.flags |= kFree;
    if (s.cost.free || s.cost.reduced_amount || !s.cost.reduced_description.empty()) f.flags |= kReducedTariff;
    if (s.interpreter_available) f.flags |= kInterpreter;
    if (s.registration_required) f.flags |= kRegistrationRequired;
    for (const std::string& theme : s.themes) f.themes |= theme_bit(theme);
    for (const std::string& language : s.languages) f.languages |= language_bit(language);
    place_start_.push_back(static_cast<std::uint32_t>(places_.size()));
    for (const core::ServiceAtLocation& sal : s.locations) {
      for (const core::Schedule& h : sal.schedules) {
        if (h.attending_type == "online") f.flags |= kOnline;
      }
      const auto found = location_index.find(sal.location_id);
      if (found == location_index.end()) continue;
      const core::Location& l = catalogue.locations[found->second];
      if (l.kind == "online") {
        f.flags |= kOnline;
        continue;
      }
      f.flags |= kOnSite;
      if (l.latitude && l.longitude) places_.push_back(found->second);
    }
    facts_.push_back(f);
  }
  place_start_.push_back(static_cast<std::uint32_t>(places_.size()));
}

std::span<const std::uint32_t> OfferFacts::places(std::uint32_t service) const {
  return std::span<const std::uint32_t>(places_).subspan(place_start_[service],
                                                         place_start_[service + 1] - place_start_[service]);
}

}  // namespace hvhk::search

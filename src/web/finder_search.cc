#include "web/finder_search.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <mutex>

#include "core/postcodes.h"
#include "core/vocabulary.h"
#include "search/geo.h"
#include "web/local_date.h"

namespace hvhk::web {
namespace {

// Where an online-only offer ranks among places near a postcode: after the nearest ones.
constexpr double kOnlineRankDistanceM = 5000;
// Places nearer than this count as equally near: a little further but much sooner wins.
constexpr double kRingM = 2000;
// How offers without dates rank against dated ones (in days): after this week's sessions,
// and offers whose dates have all passed come last.
constexpr int kUndatedSoonness = 7;
constexpr int kEndedSoonness = 100000;

template <typename T>
long elapsed_ms(T started) {
  return static_cast<long>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count());
}

struct PerCatalogue {
  std::shared_ptr<const search::CatalogueIndex> index;
  std::shared_ptr<const search::OfferFacts> facts;
  std::shared_ptr<const search::SessionCalendar> calendar;
  std::shared_ptr<PageCache> pages;
};

int soonness(const search::SessionCalendar& cal, std::uint32_t i) {
  if (const auto days = cal.days_to_next(i)) return *days;
  return cal.has_schedule(i) ? kEndedSoonness : kUndatedSoonness;
}

// Whether offer i passes the choices that do not depend on place or words.
bool passes(const FinderQuery& f, std::uint32_t i, const search::OfferFacts::Facts& facts,
            const search::SessionCalendar& cal, int min_age, int max_age, std::uint16_t theme, std::uint32_t language) {
  using F = search::OfferFacts;
  if ((facts.flags & F::kActive) == 0) return false;
  if (facts.min_age_months > max_age || facts.max_age_months < min_age) return false;
  if (theme != 0 && (facts.themes & theme) == 0) return false;
  if (language != 0 && (facts.languages & language) == 0) return false;
  if (f.cost == "gratis" && (facts.flags & F::kFree) == 0) return false;
  if (f.cost == "kansentarief" && (facts.flags & F::kReducedTariff) == 0) return false;
  if (f.interpreter && (facts.flags & F::kInterpreter) == 0) return false;
  if (f.no_registration && (facts.flags & F::kRegistrationRequired) != 0) return false;
  if (f.attendance == "online" && (facts.flags & F::kOnline) == 0) return false;
  if (f.attendance == "ter-plaatse" && (facts.flags & F::kOnSite) == 0) return false;
  if (f.this_week) {
    const auto days = cal.days_to_next(i);
    if (!days || *days > 6) return false;
  }
  if (!f.day.empty() || !f.part_of_day.empty()) {
    unsigned days = 0x7FU;
    unsigned parts = core::kMorning | core::kAfternoon | core::kEvening;
    if (!f.day.empty()) {
      days =
          1U << static_cast<unsigned>(std::find(day_codes().begin(), day_codes().end(), f.day) - day_codes().begin());
    }
    if (f.part_of_day == "weekend") days &= 0b1100000U;
    if (f.part_of_day == "voormiddag") parts = core::kMorning;
    if (f.part_of_day == "namiddag") parts = core::kAfternoon;
    if (f.part_of_day == "avond") parts = core::kEvening;
    if (!cal.happens(i, days, parts)) return false;
  }
  return true;
}

}  // namespace

FinderContext finder_context(const api::IndexSource& source) {
  static std::mutex mutex;
  static PerCatalogue current;
  const auto index = source();
  const core::Date today = local_today();
  const std::lock_guard lock(mutex);
  if (current.index != index) {
    const auto started = std::chrono::steady_clock::now();
    current = PerCatalogue{index, std::make_shared<const search::OfferFacts>(index->catalogue()), nullptr, nullptr};
    spdlog::info("finder facts built: {} offers in {} ms", index->catalogue().services.size(), elapsed_ms(started));
  }
  if (!current.calendar || current.calendar->today() != today) {
    const auto started = std::chrono::steady_clock::now();
    current.calendar = std::make_shared<const search::SessionCalendar>(index->catalogue(), today);
    current.pages = std::make_shared<PageCache>();
    spdlog::info("session calendar of {} built: {} offers in {} ms", core::format_date(today),
                 index->catalogue().services.size(), elapsed_ms(started));
  }
  return FinderContext{current.index, current.facts, current.calendar, current.pages, today};
}

std::vector<Match> find(const FinderQuery& f, const FinderContext& c, std::size_t ranked) {
  const search::CatalogueIndex& index = *c.index;
  const search::OfferFacts& facts = *c.facts;
  const search::SessionCalendar& cal = *c.calendar;
  const std::size_t count = index.catalogue().services.size();

  int min_age = std::numeric_limits<int>::min();
  int max_age = std::numeric_limits<int>::max();
  for (const core::AgeBand& b : core::age_band_ranges()) {
    if (b.code == f.age_band) {
      min_age = b.min_months;
      max_age = b.max_months;
    }
  }
  if (f.age_months) {
    min_age = std::max(min_age, *f.age_months);
    max_age = std::min(max_age, *f.age_months);
  }
  const std::uint16_t theme = f.theme.empty() ? 0 : search::OfferFacts::theme_bit(f.theme);
  const std::uint32_t language = f.language.empty() ? 0 : search::OfferFacts::language_bit(f.language);

  // Distance from the postcode to every place, once per search (not once per offer and place).
  std::vector<double> place_distance;
  if (!f.postcode.empty()) {
    if (const auto centre = core::PostcodeDirectory::embedded().centroid(f.postcode)) {
      const auto& locations = index.catalogue().locations;
      place_distance.assign(locations.size(), std::numeric_limits<double>::infinity());
      for (std::size_t l = 0; l < locations.size(); ++l) {
        if (locations[l].latitude && locations[l].longitude) {
          place_distance[l] = search::distance_m({centre->latitude, centre->longitude},
                                                 {*locations[l].latitude, *locations[l].longitude});
        }
      }
    }
  }
  const double limit_m = f.distance_km * 1000.0;

  std::vector<Match> out;
  const auto consider = [&](std::uint32_t i, float relevance) {
    if (i >= count || !passes(f, i, facts[i], cal, min_age, max_age, theme, language)) return;
    Match m{i, 0, relevance, 0, 0};
    if (!place_distance.empty()) {
      double nearest = std::numeric_limits<double>::infinity();
      for (const std::uint32_t l : facts.places(i)) nearest = std::min(nearest, place_distance[l]);
      if (nearest <= limit_m) {
        m.distance_m = nearest;
        m.rank_distance_m = nearest;
      } else if ((facts[i].flags & search::OfferFacts::kOnline) != 0) {
        m.rank_distance_m = kOnlineRankDistanceM;  // online only: near everyone, after what is close by
      } else {
        return;
      }
    }
    m.soonness = soonness(cal, i);
    out.push_back(m);
  };
  if (!f.q.empty()) {
    for (const search::Hit& hit : *index.search(f.q)) consider(hit.doc, hit.score);
  } else {
    out.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) consider(i, 0);
  }

  const auto better = [](const Match& a, const Match& b) {
    if (a.relevance != b.relevance) return a.relevance > b.relevance;
    const auto ring_a = static_cast<long>(a.rank_distance_m / kRingM);
    const auto ring_b = static_cast<long>(b.rank_distance_m / kRingM);
    if (ring_a != ring_b) return ring_a < ring_b;
    if (a.soonness != b.soonness) return a.soonness < b.soonness;
    return a.service < b.service;  // a stable order for equal offers
  };
  const std::size_t sorted = std::min(ranked, out.size());
  std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(sorted), out.end(), better);
  return out;
}

}  // namespace hvhk::web

// The finder's search: which offers fit a family's choices (words, age, theme, place and
// distance, day and time, cost, language, …) and in what order — best words first, then
// nearest, then soonest. Works on the read model of one catalogue as of one day.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "api/hsds_api.h"
#include "core/sessions.h"
#include "search/catalogue_index.h"
#include "search/offer_facts.h"
#include "search/session_calendar.h"
#include "web/finder_query.h"
#include "web/page_cache.h"

namespace hvhk::web {

// Everything a finder page needs: the read model, its compact filter facts, the session
// calendar of today, and the cache of finished pages for this catalogue and day.
struct FinderContext {
  std::shared_ptr<const search::CatalogueIndex> index;
  std::shared_ptr<const search::OfferFacts> facts;
  std::shared_ptr<const search::SessionCalendar> calendar;
  std::shared_ptr<PageCache> pages;
  core::Date today;
};

// The context for the current catalogue and today; facts, calendar and cache are made once
// per catalogue (and day) and shared by all requests.
FinderContext finder_context(const api::IndexSource& source);

struct Match {
  std::uint32_t service;
  double distance_m;       // to the nearest place of the offer, when a postcode was given
  float relevance;         // text relevance, when there are search words
  double rank_distance_m;  // distance_m, or a fixed distance for offers only online
  int soonness;            // days to the next session; later for offers without dates
};

// The offers that fit f. The first `ranked` of them are in order (best first); the rest
// follow in no particular order (only their number counts).
std::vector<Match> find(const FinderQuery& f, const FinderContext& c, std::size_t ranked);

}  // namespace hvhk::web

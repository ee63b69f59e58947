// The public finder for families: the start page (entries by life stage and theme, a search
// box), the results page with filters that combine and can be removed one by one, and the
// offer page. Server-rendered, works without JavaScript, in the family's language.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "api/hsds_api.h"
#include "http/router.h"
#include "store/registration_store.h"

namespace hvhk::web {

// The sessions of an offer a family can register for, soonest first (empty: none to show).
using SessionsOf = std::function<std::vector<store::ActivitySession>(const std::string& service_id)>;

// sessions: where the offer page finds the dates to register for; empty for none.
void add_finder_routes(http::Router& router, const api::IndexSource& index, const SessionsOf& sessions = {});

}  // namespace hvhk::web

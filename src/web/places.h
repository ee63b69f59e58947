// The finder's pages about places: a location (the house, an antenna point, a partner's site
// or online) with what happens there this week and every offer there, and a Huis van het Kind
// (network) with its municipalities, places and partners. Server-rendered, in the family's
// language, linked from the offer pages and from each other.
#pragma once

#include "api/hsds_api.h"
#include "http/router.h"

namespace hvhk::web {

// GET /locatie/{id} and GET /huis/{id}.
void add_place_routes(http::Router& router, const api::IndexSource& index);

}  // namespace hvhk::web

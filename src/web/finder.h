// The public finder for families: the start page (entries by life stage and theme, a search
// box), the results page with filters that combine and can be removed one by one, and the
// offer page. Server-rendered, works without JavaScript, in the family's language.
#pragma once

#include "api/hsds_api.h"
#include "http/router.h"

namespace hvhk::web {

void add_finder_routes(http::Router& router, const api::IndexSource& index);

}  // namespace hvhk::web

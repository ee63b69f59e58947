// The site's own pages outside the API: for now the start page (what this server is and
// where the data is) and the health check for monitoring. The family finder builds on it.
#pragma once

#include "api/hsds_api.h"
#include "http/router.h"
#include "web/finder.h"

namespace hvhk::web {

// sessions: the dates to register for that offer pages show (see finder.h); may be empty.
void add_site_routes(http::Router& router, const api::IndexSource& index, const SessionsOf& sessions = {});

// Escapes text for HTML element content and quoted attribute values.
std::string escape_html(std::string_view text);

}  // namespace hvhk::web

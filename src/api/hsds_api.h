// The HSDS 3.0 read API under /api/hsds/: services, organizations, service_at_locations,
// taxonomies and taxonomy_terms, with HSDS paging and query parameters. Answers from the
// in-memory catalogue index, so a request never waits on the database.
#pragma once

#include <functional>
#include <memory>

#include "http/router.h"
#include "search/catalogue_index.h"

namespace hvhk::api {

// Returns the catalogue index to answer from (the newest one the node has).
using IndexSource = std::function<std::shared_ptr<const search::CatalogueIndex>()>;

void add_hsds_routes(http::Router& router, const IndexSource& index);

}  // namespace hvhk::api

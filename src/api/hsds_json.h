// The catalogue as Open Referral HSDS 3.0 JSON: list items (one-to-one fields), fully
// nested objects, taxonomies and terms. HvhK's own fields travel as taxonomy-term
// attributes, cost options, languages and service areas, so a plain HSDS client still
// validates and nothing is lost on export and re-import (see hsds_import.h).
#pragma once

#include <boost/json/object.hpp>

#include "core/catalogue.h"
#include "core/vocabulary.h"
#include "search/catalogue_index.h"

namespace hvhk::api {

constexpr std::string_view kHsdsVersion = "3.0";

boost::json::object service_summary(const core::Service& service, const search::CatalogueIndex& index);
boost::json::object service_full(const core::Service& service, const search::CatalogueIndex& index);

boost::json::object organization_summary(const core::Organization& organization);
boost::json::object organization_full(const core::Organization& organization, const search::CatalogueIndex& index,
                                      bool full_services);

boost::json::object location_full(const core::Location& location);

boost::json::object service_at_location_summary(search::SalRef ref, const search::CatalogueIndex& index);
boost::json::object service_at_location_full(search::SalRef ref, const search::CatalogueIndex& index);

boost::json::object taxonomy(const core::Vocabulary& vocabulary);
boost::json::object taxonomy_term(const core::Vocabulary& vocabulary, const core::Term& term);

}  // namespace hvhk::api

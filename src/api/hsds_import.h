// Reads HSDS 3.0 JSON into catalogue records: the document `hvhk export` writes
// ({"services": [...], "organizations": [...], "hvhk": {networks, municipalities}}), or a plain
// array of fully nested services from another HSDS publisher. Every problem names the record
// and the field; the caller stores nothing unless the list of problems is empty.
#pragma once

#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/catalogue.h"
#include "core/validation.h"

namespace hvhk::api {

struct ImportOptions {
  // Network for records that don't name one (plain HSDS data); empty = such records are refused.
  std::string default_network_id;
  // Partner type for organisations without an HvhK partner-type attribute.
  std::string default_partner_type = "other";
};

struct ImportResult {
  core::Catalogue catalogue;
  std::vector<core::Problem> problems;
  // Organisations known only from the short form nested in a service (id, name, description).
  std::unordered_set<std::string> summary_only_organizations;
};

ImportResult read_hsds_json(std::string_view text, const ImportOptions& options);
ImportResult read_hsds_value(const boost::json::value& document, const ImportOptions& options);

// Drops the organisations that came only as a nested summary and are stored already, so
// that importing a partner's offers never wipes the partner's own record (type, phones, ...).
void keep_stored_organizations(ImportResult& result, const core::Catalogue& existing);

// The whole catalogue as one HSDS JSON document (what read_hsds_json reads back).
boost::json::object export_document(const core::Catalogue& catalogue);

}  // namespace hvhk::api

// Saving what people edit in the partner portal: a record (offer, organisation, place) is
// written together with its change history (HSDS metadata rows, field by field) and its new
// version, in one transaction — and only if nobody saved it since the editor opened it (the
// version check that keeps two colleagues from silently overwriting each other).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/changes.h"
#include "core/result.h"
#include "store/connection.h"

namespace hvhk::store {

// One saved change of one record.
struct CatalogueEdit {
  std::string resource_type;  // "service", "organization", "location" or "network"
  std::string resource_id;
  std::int64_t expected_version = 0;  // the version the editor started from; 0 for a new record
  std::string action;                 // created, updated, archived, restored, approved, ...
  std::string actor_user_id;
  std::string at;  // ISO 8601 UTC
  std::vector<core::FieldChange> changes;
};

// One row of a record's history.
struct ChangeEntry {
  std::int64_t version = 0;
  std::string at;
  std::string actor_user_id;
  std::string action;
  std::string field;
  std::string previous;
  std::string replacement;
};

class CatalogueEdits {
 public:
  explicit CatalogueEdits(Connection& connection) : connection_(connection) {}

  // Writes records (see CatalogueStore::save) and the edit's history; returns the record's new
  // version. Error::Kind::conflict when the stored version is not edit.expected_version (someone
  // saved in between, or a "new" record already exists): nothing is written then.
  core::Result<std::int64_t> save(const core::Catalogue& records, const CatalogueEdit& edit);
  // Records an action that changes no stored field (e.g. "submitted" for review) in the history.
  core::Result<void> note(const CatalogueEdit& edit);

  // The current version of a record (1 for a stored record never edited in the portal, 0 for none).
  core::Result<std::int64_t> version(const std::string& resource_type, const std::string& resource_id);
  // The newest history rows of a record first.
  core::Result<std::vector<ChangeEntry>> history(const std::string& resource_type, const std::string& resource_id,
                                                 std::size_t limit);

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

// Reads and writes the offer catalogue in either engine. Writes are whole and atomic:
// save() stores a set of records in one transaction (all or nothing) and bumps the
// catalogue revision so every app node knows to reload its read model.
#pragma once

#include <cstdint>

#include "core/catalogue.h"
#include "core/result.h"
#include "store/connection.h"

namespace hvhk::store {

class CatalogueStore {
 public:
  explicit CatalogueStore(Connection& connection) : connection_(connection) {}

  // Everything in the catalogue, children in their stored order.
  core::Result<core::Catalogue> load();

  // Inserts or replaces every record in `catalogue` (records not mentioned stay as they are).
  // A record's children (phones, schedules, themes, ...) are replaced by the ones given.
  core::Result<void> save(const core::Catalogue& catalogue);
  // The same inside the caller's transaction (throws DbError; for stores that write more with it).
  void save_within_transaction(const core::Catalogue& catalogue);

  // Increases with every save; cheap to poll.
  core::Result<std::int64_t> revision();

  // Number of offers stored.
  core::Result<std::int64_t> service_count();

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

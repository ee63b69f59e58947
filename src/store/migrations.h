// Versioned schema migrations, one list per engine (src/store/migrations/<engine>/NNN_name.sql,
// embedded at build time). Applied in order by `hvhk migrate` and at start; each in its own
// transaction, recorded in schema_migrations.
#pragma once

#include <string_view>
#include <vector>

#include "store/connection.h"

namespace hvhk::store {

struct Migration {
  std::string_view engine;  // "sqlite" or "postgres"
  int version;
  std::string_view name;
  std::string_view sql;
};

// The migrations for one engine, in version order.
std::vector<Migration> migrations_for(Engine engine);

// Applies every migration not yet applied; returns how many were applied.
int migrate(Connection& connection);

// The highest applied version (0 for an empty database).
int schema_version(Connection& connection);

}  // namespace hvhk::store

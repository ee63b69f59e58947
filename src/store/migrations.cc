#include "store/migrations.h"

#include <fmt/chrono.h>
#include <spdlog/spdlog.h>

#include <ctime>

#include <algorithm>
#include <array>

namespace hvhk::store {
namespace {

constexpr Migration kEmbedded[] = {
    Migration{"", 0, "", ""},  // keeps the array non-empty; skipped below
#include "store/embedded_migrations.inc"
};

void ensure_table(Connection& connection) {
  connection.exec_script(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
}

}  // namespace

std::vector<Migration> migrations_for(Engine engine) {
  const std::string_view wanted = engine == Engine::sqlite ? "sqlite" : "postgres";
  std::vector<Migration> out;
  std::copy_if(std::begin(kEmbedded), std::end(kEmbedded), std::back_inserter(out),
               [&](const Migration& m) { return m.engine == wanted; });
  std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return out;
}

int schema_version(Connection& connection) {
  ensure_table(connection);
  const Rows rows = connection.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  return static_cast<int>(rows.integer(0, 0));
}

int migrate(Connection& connection) {
  ensure_table(connection);
  int applied = 0;
  for (const Migration& migration : migrations_for(connection.engine())) {
    Transaction transaction(connection);
    // Checked inside the transaction so two processes starting together apply it once.
    if (connection.engine() == Engine::postgres) {
      connection.exec_script("LOCK TABLE schema_migrations IN EXCLUSIVE MODE");
    }
    const Rows done = connection.query("SELECT 1 FROM schema_migrations WHERE version = ?", {p(migration.version)});
    if (!done.empty()) {
      continue;
    }
    spdlog::info("applying migration {:03d}_{}", migration.version, migration.name);
    connection.exec_script(migration.sql);
    connection.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                       {p(migration.version), p(migration.name),
                        p(fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(std::time(nullptr))))});
    transaction.commit();
    ++applied;
  }
  return applied;
}

}  // namespace hvhk::store

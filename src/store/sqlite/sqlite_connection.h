// The embedded engine: one SQLite database file in WAL mode with foreign keys on and a
// busy timeout, and a cache of prepared statements keyed by their SQL text.
#pragma once

#include <sqlite3.h>

#include <string>
#include <unordered_map>

#include "store/connection.h"

namespace hvhk::store {

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(const std::string& path);
  ~SqliteConnection() override;

  [[nodiscard]] Engine engine() const override { return Engine::sqlite; }
  void exec_script(std::string_view sql) override;
  Rows query(std::string_view sql, const Params& params) override;
  std::int64_t execute(std::string_view sql, const Params& params) override;
  void begin() override { exec_script("BEGIN IMMEDIATE"); }

 private:
  sqlite3_stmt* prepare(std::string_view sql, const Params& params);
  [[noreturn]] void fail(std::string_view what) const;

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace hvhk::store

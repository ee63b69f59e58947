// The embedded engine: one SQLite database file in WAL mode with foreign keys on and a
// busy timeout, and a cache of prepared statements keyed by their SQL text. Write transactions
// of one process queue on a lock per database file before they begin (woken when the writer
// before them ends), rather than on SQLite's busy handler, which sleeps and polls and so lets a
// waiting writer lose again and again under load; other processes still meet the busy timeout.
#pragma once

#include <sqlite3.h>

#include <mutex>
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
  void begin() override;

 private:
  sqlite3_stmt* prepare(std::string_view sql, const Params& params);
  [[noreturn]] void fail(std::string_view what) const;

  sqlite3* db_ = nullptr;
  std::string path_;
  std::unique_lock<std::timed_mutex> writing_;  // held from begin() to COMMIT or ROLLBACK
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace hvhk::store

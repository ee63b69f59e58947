#include "store/sqlite/sqlite_connection.h"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>

namespace hvhk::store {
namespace {

// Resets a cached statement when a query is done with it, also on exceptions.
struct StatementReset {
  explicit StatementReset(sqlite3_stmt* statement) : stmt(statement) {}
  StatementReset(const StatementReset&) = delete;
  StatementReset& operator=(const StatementReset&) = delete;
  ~StatementReset() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
  sqlite3_stmt* stmt;
};

constexpr std::chrono::seconds kBusyTimeout{10};

// The writers' lock of a database file, shared by every connection of this process to it.
std::timed_mutex& writer_lock(const std::string& path) {
  static std::mutex guard;
  static std::map<std::string, std::unique_ptr<std::timed_mutex>, std::less<>> locks;
  const std::lock_guard lock(guard);
  auto& found = locks[path];
  if (!found) found = std::make_unique<std::timed_mutex>();
  return *found;
}

}  // namespace

SqliteConnection::SqliteConnection(const std::string& path) : path_(path) {
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) {
    std::error_code ignored;
    std::filesystem::create_directories(parent, ignored);
  }
  const int rc =
      sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw DbError(fmt::format("cannot open SQLite database {}: {}", path, message));
  }
  sqlite3_busy_timeout(db_, static_cast<int>(std::chrono::milliseconds(kBusyTimeout).count()));
  exec_script("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, stmt] : statements_) {
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db_);
}

void SqliteConnection::fail(std::string_view what) const {
  throw DbError(fmt::format("{}: {}", what, sqlite3_errmsg(db_)));
}

void SqliteConnection::begin() {
  writing_ = std::unique_lock(writer_lock(path_), std::defer_lock);
  if (!writing_.try_lock_for(kBusyTimeout)) throw DbError("SQLite: database is locked (other writers in this process)");
  try {
    exec_script("BEGIN IMMEDIATE");
  } catch (const DbError&) {
    writing_.unlock();
    throw;
  }
}

void SqliteConnection::exec_script(std::string_view sql) {
  const bool ends = sql == "COMMIT" || sql == "ROLLBACK";
  char* error = nullptr;
  if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    // A failed ROLLBACK means no transaction is left; a failed COMMIT leaves it for a ROLLBACK.
    if (sql == "ROLLBACK" && writing_.owns_lock()) writing_.unlock();
    throw DbError(fmt::format("SQLite: {}", message));
  }
  if (ends && writing_.owns_lock()) writing_.unlock();
}

sqlite3_stmt* SqliteConnection::prepare(std::string_view sql, const Params& params) {
  auto it = statements_.find(std::string(sql));
  if (it == statements_.end()) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
        SQLITE_OK) {
      fail(fmt::format("SQLite prepare failed for [{}]", sql));
    }
    it = statements_.emplace(std::string(sql), stmt).first;
  }
  sqlite3_stmt* stmt = it->second;
  if (sqlite3_bind_parameter_count(stmt) != static_cast<int>(params.size())) {
    throw DbError(fmt::format("SQLite: {} parameters given for [{}]", params.size(), sql));
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i + 1);
    int rc = SQLITE_OK;
    if (const auto* v = std::get_if<std::int64_t>(&params[i])) {
      rc = sqlite3_bind_int64(stmt, index, *v);
    } else if (const auto* d = std::get_if<double>(&params[i])) {
      rc = sqlite3_bind_double(stmt, index, *d);
    } else if (const auto* s = std::get_if<std::string>(&params[i])) {
      rc = sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
    } else {
      rc = sqlite3_bind_null(stmt, index);
    }
    if (rc != SQLITE_OK) {
      fail("SQLite bind failed");
    }
  }
  return stmt;
}

Rows SqliteConnection::query(std::string_view sql, const Params& params) {
  sqlite3_stmt* stmt = prepare(sql, params);
  const StatementReset reset{stmt};
  Rows rows;
  const int columns = sqlite3_column_count(stmt);
  for (;;) {
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) {
      break;
    }
    if (rc != SQLITE_ROW) {
      fail("SQLite step failed");
    }
    std::vector<Rows::Cell> row(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_NULL:
          break;
        case SQLITE_FLOAT:
          row[static_cast<std::size_t>(c)] = fmt::format("{}", sqlite3_column_double(stmt, c));
          break;
        default: {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          row[static_cast<std::size_t>(c)] = std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c)));
        }
      }
    }
    rows.data.push_back(std::move(row));
  }
  return rows;
}

std::int64_t SqliteConnection::execute(std::string_view sql, const Params& params) {
  query(sql, params);
  return sqlite3_changes64(db_);
}

}  // namespace hvhk::store

// A connection to one of the two database engines (SQLite or PostgreSQL), seen through
// one small interface: run parameterised SQL, get rows of text back. SQL is written with
// `?` placeholders; the PostgreSQL connection numbers them. Errors are thrown as DbError
// inside the store and turned into core::Error at the store's public boundary.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"

namespace hvhk::store {

enum class Engine { sqlite, postgres };

class DbError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The error a store returns for a database failure (at its public boundary).
inline core::Error internal_error(const DbError& e) { return core::Error{core::Error::Kind::internal, e.what()}; }
// Whether e is a UNIQUE or PRIMARY KEY violation (both engines' words for it).
bool is_unique_violation(const DbError& e);

// A value bound to a `?` placeholder.
using Param = std::variant<std::nullptr_t, std::int64_t, double, std::string>;
using Params = std::vector<Param>;

// Helpers that keep call sites short: p(42), p(std::optional<double>{}), p(name).
inline Param p(std::int64_t v) { return v; }
inline Param p(int v) { return static_cast<std::int64_t>(v); }
inline Param p(bool v) { return static_cast<std::int64_t>(v ? 1 : 0); }
inline Param p(double v) { return v; }
inline Param p(std::string v) { return v; }
inline Param p(std::string_view v) { return std::string(v); }
inline Param p(const char* v) { return std::string(v); }
inline Param p(std::optional<double> v) { return v ? Param(*v) : Param(nullptr); }
inline Param p(std::optional<int> v) { return v ? p(*v) : Param(nullptr); }
// Empty text is stored as NULL (for optional references such as an organisation id).
inline Param p_or_null(std::string_view v) { return v.empty() ? Param(nullptr) : Param(std::string(v)); }

// The result of a query: column values as text (NULL as nullopt).
class Rows {
 public:
  using Cell = std::optional<std::string>;
  std::vector<std::vector<Cell>> data;

  [[nodiscard]] std::size_t size() const { return data.size(); }
  [[nodiscard]] bool empty() const { return data.empty(); }
  [[nodiscard]] std::string text(std::size_t row, std::size_t col) const;
  [[nodiscard]] std::int64_t integer(std::size_t row, std::size_t col) const;
  [[nodiscard]] bool boolean(std::size_t row, std::size_t col) const;
  [[nodiscard]] std::optional<double> real(std::size_t row, std::size_t col) const;
  [[nodiscard]] std::optional<int> optional_int(std::size_t row, std::size_t col) const;
  [[nodiscard]] bool is_null(std::size_t row, std::size_t col) const { return !data[row][col].has_value(); }
};

class Connection {
 public:
  virtual ~Connection() = default;
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  [[nodiscard]] virtual Engine engine() const = 0;
  // Runs one or more statements without parameters (migrations, BEGIN/COMMIT).
  virtual void exec_script(std::string_view sql) = 0;
  // Runs one statement; returns its rows (empty for statements that return none).
  virtual Rows query(std::string_view sql, const Params& params = {}) = 0;
  // Runs one statement; returns the number of rows it changed.
  virtual std::int64_t execute(std::string_view sql, const Params& params = {}) = 0;

  // A write transaction; SQLite takes the write lock at once (BEGIN IMMEDIATE).
  virtual void begin() = 0;
  void commit() { exec_script("COMMIT"); }
  void rollback() { exec_script("ROLLBACK"); }
};

// Opens a connection from a URL: "sqlite:PATH" (or a bare path) or "postgresql://…"; in a
// server with the pool on, an idle one of the pool (store/connection_pool.h).
std::unique_ptr<Connection> open_connection(std::string_view url);

// Rolls back unless committed: keeps imports all-or-nothing when an exception escapes.
class Transaction {
 public:
  explicit Transaction(Connection& connection) : connection_(connection) { connection_.begin(); }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit() {
    connection_.commit();
    done_ = true;
  }

 private:
  Connection& connection_;
  bool done_ = false;
};

}  // namespace hvhk::store

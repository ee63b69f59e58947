#include "store/connection.h"

#include <charconv>

#include "store/connection_pool.h"
#include "store/postgres/postgres_connection.h"
#include "store/sqlite/sqlite_connection.h"

namespace hvhk::store {

bool is_unique_violation(const DbError& e) {
  const std::string_view message = e.what();
  return message.find("UNIQUE constraint failed") != std::string_view::npos ||
         message.find("duplicate key value violates unique constraint") != std::string_view::npos;
}

std::string Rows::text(std::size_t row, std::size_t col) const { return data[row][col].value_or(std::string()); }

std::int64_t Rows::integer(std::size_t row, std::size_t col) const {
  const Cell& cell = data[row][col];
  if (!cell) {
    return 0;
  }
  std::int64_t value = 0;
  std::from_chars(cell->data(), cell->data() + cell->size(), value);
  return value;
}

bool Rows::boolean(std::size_t row, std::size_t col) const {
  const Cell& cell = data[row][col];
  return cell && (*cell == "1" || *cell == "t" || *cell == "true");
}

std::optional<double> Rows::real(std::size_t row, std::size_t col) const {
  const Cell& cell = data[row][col];
  if (!cell) {
    return std::nullopt;
  }
  double value = 0;
  std::from_chars(cell->data(), cell->data() + cell->size(), value);
  return value;
}

std::optional<int> Rows::optional_int(std::size_t row, std::size_t col) const {
  if (!data[row][col]) {
    return std::nullopt;
  }
  return static_cast<int>(integer(row, col));
}

Transaction::~Transaction() {
  if (!done_) {
    try {
      connection_.rollback();
    } catch (const DbError&) {
      // The connection is already out of the transaction (e.g. the server ended it).
    }
  }
}

std::unique_ptr<Connection> open_connection(std::string_view url) {
  if (auto pooled = take_pooled(url)) return pooled;
  return open_unpooled(url);
}

std::unique_ptr<Connection> open_unpooled(std::string_view url) {
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return std::make_unique<PostgresConnection>(std::string(url));
  }
  if (url.starts_with("sqlite:")) {
    url.remove_prefix(7);
  }
  if (url.empty()) {
    throw DbError("empty database path");
  }
  return std::make_unique<SqliteConnection>(std::string(url));
}

}  // namespace hvhk::store

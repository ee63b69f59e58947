#include "store/postgres/postgres_connection.h"

#include <fmt/format.h>

#include <memory>

namespace hvhk::store {
namespace {

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

}  // namespace

PostgresConnection::PostgresConnection(const std::string& url) : conn_(PQconnectdb(url.c_str())) {
  if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
    std::string message = conn_ ? PQerrorMessage(conn_) : "out of memory";
    PQfinish(conn_);
    conn_ = nullptr;
    throw DbError(fmt::format("cannot connect to PostgreSQL: {}", message));
  }
  exec_script("SET client_min_messages TO WARNING; SET TIME ZONE 'UTC'");
}

PostgresConnection::~PostgresConnection() { PQfinish(conn_); }

std::string PostgresConnection::number_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int next = 1;
  char quote = 0;
  for (const char c : sql) {
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      }
      out.push_back(c);
    } else if (c == '\'' || c == '"') {
      quote = c;
      out.push_back(c);
    } else if (c == '?') {
      out += fmt::format("${}", next++);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

void PostgresConnection::exec_script(std::string_view sql) {
  const ResultPtr result(PQexec(conn_, std::string(sql).c_str()));
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw DbError(fmt::format("PostgreSQL: {}", PQerrorMessage(conn_)));
  }
}

PGresult* PostgresConnection::run(std::string_view sql, const Params& params) {
  std::vector<std::string> texts(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (const auto* v = std::get_if<std::int64_t>(&params[i])) {
      texts[i] = std::to_string(*v);
    } else if (const auto* d = std::get_if<double>(&params[i])) {
      texts[i] = fmt::format("{}", *d);
    } else if (const auto* s = std::get_if<std::string>(&params[i])) {
      texts[i] = *s;
    } else {
      continue;  // NULL
    }
    values[i] = texts[i].c_str();
  }
  const std::string numbered = number_placeholders(sql);
  PGresult* result = PQexecParams(conn_, numbered.c_str(), static_cast<int>(params.size()), nullptr, values.data(),
                                  nullptr, nullptr, 0);
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    std::string message = PQerrorMessage(conn_);
    PQclear(result);
    throw DbError(fmt::format("PostgreSQL: {}", message));
  }
  return result;
}

Rows PostgresConnection::query(std::string_view sql, const Params& params) {
  const ResultPtr result(run(sql, params));
  Rows rows;
  const int n_rows = PQntuples(result.get());
  const int n_cols = PQnfields(result.get());
  rows.data.reserve(static_cast<std::size_t>(n_rows));
  for (int r = 0; r < n_rows; ++r) {
    std::vector<Rows::Cell> row(static_cast<std::size_t>(n_cols));
    for (int c = 0; c < n_cols; ++c) {
      if (PQgetisnull(result.get(), r, c) == 0) {
        row[static_cast<std::size_t>(c)] =
            std::string(PQgetvalue(result.get(), r, c), static_cast<std::size_t>(PQgetlength(result.get(), r, c)));
      }
    }
    rows.data.push_back(std::move(row));
  }
  return rows;
}

std::int64_t PostgresConnection::execute(std::string_view sql, const Params& params) {
  const ResultPtr result(run(sql, params));
  const char* affected = PQcmdTuples(result.get());
  return (affected != nullptr && *affected != '\0') ? std::stoll(affected) : 0;
}

}  // namespace hvhk::store

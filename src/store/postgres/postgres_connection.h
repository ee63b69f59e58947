// The engine at scale: PostgreSQL 15 through libpq. Statements are sent with their
// parameters apart from the SQL text (PQexecParams), never spliced into it.
#pragma once

#include <libpq-fe.h>

#include <string>

#include "store/connection.h"

namespace hvhk::store {

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(const std::string& url);
  ~PostgresConnection() override;

  [[nodiscard]] Engine engine() const override { return Engine::postgres; }
  void exec_script(std::string_view sql) override;
  Rows query(std::string_view sql, const Params& params) override;
  std::int64_t execute(std::string_view sql, const Params& params) override;
  void begin() override { exec_script("BEGIN"); }

  // Rewrites `?` placeholders (outside quotes) as $1, $2, ...
  static std::string number_placeholders(std::string_view sql);

 private:
  PGresult* run(std::string_view sql, const Params& params);

  PGconn* conn_ = nullptr;
};

}  // namespace hvhk::store

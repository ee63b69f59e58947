// Fresh, empty databases for integration tests on both engines: a temp SQLite file, and a
// new PostgreSQL database on the throw-away server scripts/test starts (HVHK_TEST_PG_URL,
// e.g. postgresql://postgres@127.0.0.1:55432). Without that variable the PostgreSQL cases
// are skipped, unless HVHK_REQUIRE_PG=1 (set by scripts/test) makes them fail instead.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

#include "core/ids.h"
#include "store/connection.h"
#include "store/migrations.h"

namespace hvhk::store {
// Names the engine in test output ("sqlite", "postgres") instead of its bytes.
inline void PrintTo(Engine engine, std::ostream* out) { *out << (engine == Engine::sqlite ? "sqlite" : "postgres"); }
}  // namespace hvhk::store

namespace hvhk::testing {

class TestDatabase {
 public:
  explicit TestDatabase(store::Engine engine) : engine_(engine) {
    const std::string name = "hvhk_test_" + core::random_uuid().substr(0, 8);
    if (engine == store::Engine::sqlite) {
      dir_ = std::filesystem::temp_directory_path() / name;
      std::filesystem::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "hvhk.db").string();
    } else {
      base_ = std::getenv("HVHK_TEST_PG_URL");
      auto admin = store::open_connection(base_ + "/postgres");
      admin->exec_script("CREATE DATABASE " + name);
      db_name_ = name;
      url_ = base_ + "/" + name;
    }
  }
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;
  ~TestDatabase() {
    if (engine_ == store::Engine::sqlite) {
      std::error_code ignored;
      std::filesystem::remove_all(dir_, ignored);
    } else {
      try {
        auto admin = store::open_connection(base_ + "/postgres");
        admin->exec_script("DROP DATABASE IF EXISTS " + db_name_ + " WITH (FORCE)");
      } catch (const store::DbError&) {
        // The server is gone already; scripts/test removes its data directory.
      }
    }
  }

  [[nodiscard]] const std::string& url() const { return url_; }
  [[nodiscard]] std::unique_ptr<store::Connection> connect() const { return store::open_connection(url_); }
  // A connection to a migrated database.
  [[nodiscard]] std::unique_ptr<store::Connection> migrated() const {
    auto connection = connect();
    store::migrate(*connection);
    return connection;
  }

 private:
  store::Engine engine_;
  std::filesystem::path dir_;
  std::string base_;
  std::string db_name_;
  std::string url_;
};

inline std::string engine_name(const ::testing::TestParamInfo<store::Engine>& info) {
  return info.param == store::Engine::sqlite ? "sqlite" : "postgres";
}

// Call first in every engine-parameterised test.
inline bool skip_unavailable(store::Engine engine) {
  if (engine != store::Engine::postgres || std::getenv("HVHK_TEST_PG_URL") != nullptr) {
    return false;
  }
  const char* required = std::getenv("HVHK_REQUIRE_PG");
  if (required != nullptr && std::string(required) == "1") {
    ADD_FAILURE() << "HVHK_REQUIRE_PG=1 but HVHK_TEST_PG_URL is not set";
  }
  return true;
}

#define HVHK_ENGINE_TEST_SETUP()                        \
  if (::hvhk::testing::skip_unavailable(GetParam())) {  \
    GTEST_SKIP() << "no PostgreSQL (HVHK_TEST_PG_URL)"; \
  }

#define HVHK_INSTANTIATE_ENGINES(Suite)                                                                       \
  INSTANTIATE_TEST_SUITE_P(Engines, Suite, ::testing::Values(store::Engine::sqlite, store::Engine::postgres), \
                           ::hvhk::testing::engine_name)

}  // namespace hvhk::testing

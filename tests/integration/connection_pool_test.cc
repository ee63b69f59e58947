// The server's connection pool on both real engines: a dropped connection is lent again; one
// dropped inside a transaction or after a failed statement is closed, never lent again (its
// transaction rolled back); with the pool off every open is a new connection.
#include "store/connection_pool.h"

#include <gtest/gtest.h>

#include "test_databases.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

class ConnectionPoolTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    HVHK_ENGINE_TEST_SETUP();
    db_ = std::make_unique<TestDatabase>(GetParam());
    (void)db_->migrated();
    store::enable_connection_pool(4);
  }
  void TearDown() override { store::disable_connection_pool(); }

  // Marks a connection so it can be recognised when lent again.
  static void mark(store::Connection& c, const std::string& v) {
    c.exec_script("CREATE TEMP TABLE IF NOT EXISTS pool_mark (v TEXT)");
    c.execute("DELETE FROM pool_mark");
    c.execute("INSERT INTO pool_mark (v) VALUES (?)", {store::p(v)});
  }
  static std::string marked(store::Connection& c) {
    c.exec_script("CREATE TEMP TABLE IF NOT EXISTS pool_mark (v TEXT)");
    const store::Rows rows = c.query("SELECT v FROM pool_mark");
    return rows.empty() ? std::string() : rows.text(0, 0);
  }

  std::unique_ptr<TestDatabase> db_;
};

TEST_P(ConnectionPoolTest, ADroppedConnectionIsLentAgain) {
  {
    auto c = store::open_connection(db_->url());
    mark(*c, "first");
  }
  auto again = store::open_connection(db_->url());
  EXPECT_EQ(marked(*again), "first");
  auto second = store::open_connection(db_->url());  // the first is in use: a new one
  EXPECT_EQ(marked(*second), "");
}

TEST_P(ConnectionPoolTest, AConnectionLeftInATransactionOrAfterAFailureIsNeverLentAgain) {
  {
    auto c = store::open_connection(db_->url());
    mark(*c, "in a transaction");
    c->begin();
    c->execute("INSERT INTO audit_log (at, actor_user_id, action, subject, detail) VALUES ('x', '', 'a', '', '')");
  }  // dropped without COMMIT
  {
    auto c = store::open_connection(db_->url());
    EXPECT_EQ(marked(*c), "");                                                // a new connection
    EXPECT_TRUE(c->query("SELECT 1 FROM audit_log WHERE at = 'x'").empty());  // rolled back
    mark(*c, "failed");
    EXPECT_THROW(c->query("SELECT * FROM no_such_table"), store::DbError);
  }
  {
    auto c = store::open_connection(db_->url());
    EXPECT_EQ(marked(*c), "");
    mark(*c, "clean");
    store::Transaction t(*c);
    c->execute("INSERT INTO audit_log (at, actor_user_id, action, subject, detail) VALUES ('y', '', 'a', '', '')");
    t.commit();
  }
  auto c = store::open_connection(db_->url());
  EXPECT_EQ(marked(*c), "clean");  // committed: clean, lent again
  EXPECT_FALSE(c->query("SELECT 1 FROM audit_log WHERE at = 'y'").empty());
}

TEST_P(ConnectionPoolTest, WithThePoolOffEveryOpenIsNew) {
  store::disable_connection_pool();
  {
    auto c = store::open_connection(db_->url());
    mark(*c, "first");
  }
  auto again = store::open_connection(db_->url());
  EXPECT_EQ(marked(*again), "");
}

HVHK_INSTANTIATE_ENGINES(ConnectionPoolTest);

}  // namespace
}  // namespace hvhk

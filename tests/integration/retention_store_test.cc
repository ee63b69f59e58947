// Housekeeping on both real engines: what is past its period goes (expired sessions, links used
// or expired more than 7 days ago, mail sent more than 30 days ago, undeliverable mail older
// than 90 days, audit entries older than the audit period), what is recent stays, the counts
// say what went, and a second run finds nothing left to delete.
#include "store/retention_store.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/timestamps.h"
#include "store/account_store.h"
#include "store/outbox_store.h"
#include "test_databases.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

class RetentionStoreTest : public ::testing::TestWithParam<Engine> {};

// 2026-11-23T12:00:00Z
const std::chrono::system_clock::time_point kNow =
    std::chrono::sys_days{std::chrono::year{2026} / 11 / 23} + std::chrono::hours{12};
constexpr const char* kSetUp = "2026-11-20T09:00:00Z";  // when the accounts were made (recent)

std::string days_ago(int days) { return core::iso_utc(kNow - std::chrono::days(days)); }

std::int64_t count(store::Connection& db, const std::string& sql, const store::Params& params = {}) {
  return db.query(sql, params).integer(0, 0);
}

std::int64_t queue(store::Connection& db, const std::string& key, const std::string& at) {
  store::OutboxStore outbox(db);
  EXPECT_TRUE(outbox.enqueue("ouder@example.org", "Onderwerp", "Tekst", key, at));
  return db.query("SELECT id FROM outbox WHERE dedupe_key = ?", {store::p(key)}).integer(0, 0);
}

TEST_P(RetentionStoreTest, DeletesWhatIsPastItsPeriodAndKeepsWhatIsRecent) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  store::AccountStore accounts(*connection);
  auto user = accounts.create_user("an@partner.example", "An", "", kSetUp, "");
  ASSERT_TRUE(user) << user.error().message;

  // Sessions: one past its end, one ending right now, one still good.
  ASSERT_TRUE(accounts.create_session(std::string(64, 'a'),
                                      {user->id, "csrf", core::iso_utc(kNow - std::chrono::hours(1))}, kSetUp));
  ASSERT_TRUE(accounts.create_session(std::string(64, 'b'), {user->id, "csrf", core::iso_utc(kNow)}, kSetUp));
  ASSERT_TRUE(accounts.create_session(std::string(64, 'c'), {user->id, "csrf", "2026-11-23T13:00:00Z"}, kSetUp));

  // Links: expired 13 days ago (goes), expired 3 days ago (stays), used 13 days ago (goes),
  // used yesterday (stays), still good (stays).
  ASSERT_TRUE(accounts.create_token("old-expired", user->id, "invitation", days_ago(13), days_ago(20), ""));
  ASSERT_TRUE(accounts.create_token("new-expired", user->id, "invitation", days_ago(3), days_ago(10), ""));
  ASSERT_TRUE(accounts.create_token("old-used", user->id, "invitation", days_ago(-7), days_ago(14), ""));
  ASSERT_TRUE(accounts.use_token("old-used", "invitation", days_ago(13)));
  ASSERT_TRUE(accounts.create_token("new-used", user->id, "password_reset", days_ago(-7), days_ago(2), ""));
  ASSERT_TRUE(accounts.use_token("new-used", "password_reset", days_ago(1)));
  ASSERT_TRUE(accounts.create_token("good", user->id, "invitation", days_ago(-7), days_ago(0), ""));

  // Mail: sent 40 days ago (goes), sent 10 days ago (stays), waiting (stays), undeliverable
  // since 100 days (goes) and since 50 days (stays), failing for 100 days but not given up (stays).
  store::OutboxStore outbox(*connection);
  ASSERT_TRUE(outbox.mark_sent(queue(*connection, "sent-old", days_ago(41)), days_ago(40)));
  ASSERT_TRUE(outbox.mark_sent(queue(*connection, "sent-new", days_ago(11)), days_ago(10)));
  queue(*connection, "waiting", days_ago(0));
  ASSERT_TRUE(outbox.mark_undeliverable(queue(*connection, "undeliverable-old", days_ago(100)), "line break"));
  ASSERT_TRUE(outbox.mark_undeliverable(queue(*connection, "undeliverable-new", days_ago(50)), "line break"));
  ASSERT_TRUE(outbox.mark_failed(queue(*connection, "failing", days_ago(100)), "timeout", days_ago(-1)));

  // Audit: 500 days old (goes), 300 days old (stays); the set-up's own entries are recent.
  ASSERT_TRUE(accounts.audit({0, days_ago(500), "", "sign_in", user->id, ""}));
  ASSERT_TRUE(accounts.audit({0, days_ago(300), "", "sign_in", user->id, ""}));
  const std::int64_t audit_before = count(*connection, "SELECT COUNT(*) FROM audit_log");

  store::RetentionStore retention(*connection);
  const auto purged = retention.purge(kNow);
  ASSERT_TRUE(purged) << purged.error().message;
  EXPECT_EQ(purged->sessions, 2);
  EXPECT_EQ(purged->tokens, 2);
  EXPECT_EQ(purged->mails, 2);
  EXPECT_EQ(purged->audit_entries, 1);
  EXPECT_EQ(purged->total(), 7);

  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM sessions"), 1);
  EXPECT_TRUE(accounts.find_session(std::string(64, 'c'), core::iso_utc(kNow)).value().has_value());
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM one_time_tokens"), 3);
  EXPECT_TRUE(accounts.token_holder("good", "invitation", core::iso_utc(kNow)).value().has_value());
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM outbox"), 4);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM outbox WHERE dedupe_key IN ('sent-old', 'undeliverable-old')"), 0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM audit_log"), audit_before - 1);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM audit_log WHERE at = ?", {store::p(days_ago(300))}), 1);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM users"), 1) << "people are never deleted by housekeeping";

  const auto again = retention.purge(kNow);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->total(), 0);
}

TEST_P(RetentionStoreTest, TheAuditPeriodCanBeShorter) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  store::AccountStore accounts(*connection);
  ASSERT_TRUE(accounts.audit({0, days_ago(500), "", "sign_in", "u1", ""}));
  ASSERT_TRUE(accounts.audit({0, days_ago(300), "", "sign_in", "u1", ""}));
  ASSERT_TRUE(accounts.audit({0, days_ago(20), "", "sign_in", "u1", ""}));

  store::RetentionPolicy policy;
  policy.audit = std::chrono::days(200);
  const auto purged = store::RetentionStore(*connection).purge(kNow, policy);
  ASSERT_TRUE(purged) << purged.error().message;
  EXPECT_EQ(purged->audit_entries, 2);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM audit_log"), 1);
}

HVHK_INSTANTIATE_ENGINES(RetentionStoreTest);

}  // namespace
}  // namespace hvhk

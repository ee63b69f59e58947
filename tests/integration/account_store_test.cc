// Accounts on both real engines: people found by e-mail whatever its case, a taken address
// refused with nothing half-written, memberships, sessions stored only as token hashes and
// ending when they expire, lock-out after failed sign-ins, and an audit entry for every change
// written in the same transaction as the change.
#include "store/account_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "core/ids.h"
#include "test_databases.h"

namespace hvhk {
namespace {

using core::Membership;
using core::Role;
using store::AccountStore;
using store::Engine;
using testing::TestDatabase;

constexpr const char* kNow = "2026-11-23T10:00:00Z";
constexpr const char* kHash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";

class AccountStoreTest : public ::testing::TestWithParam<Engine> {};

std::int64_t count(store::Connection& db, const std::string& sql, const store::Params& params = {}) {
  return db.query(sql, params).integer(0, 0);
}

// The audit log oldest first, as "action subject detail" lines, so a test reads like the story.
std::vector<std::string> audit_story(AccountStore& accounts) {
  auto log = accounts.audit_log(1000);
  EXPECT_TRUE(log) << log.error().message;
  std::vector<std::string> out;
  for (auto it = log->rbegin(); it != log->rend(); ++it) {
    out.push_back(it->action + " " + it->subject + " " + it->detail);
  }
  return out;
}

TEST_P(AccountStoreTest, CreatesAndFindsAPersonWhateverTheCaseOfTheEmail) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  AccountStore accounts(*connection);

  const auto created = accounts.create_user("  An.Peeters@CKG.example.ORG \n", "An Peeters", kHash, kNow, "admin-1");
  ASSERT_TRUE(created) << created.error().message;
  EXPECT_TRUE(core::is_uuid(created->id));
  EXPECT_EQ(created->email, "an.peeters@ckg.example.org");
  EXPECT_EQ(created->created_at, kNow);

  const auto by_email = accounts.find_user_by_email("AN.PEETERS@ckg.example.org ");
  ASSERT_TRUE(by_email) << by_email.error().message;
  ASSERT_TRUE(by_email->has_value());
  const store::User& user = **by_email;
  EXPECT_EQ(user.id, created->id);
  EXPECT_EQ(user.email, "an.peeters@ckg.example.org");
  EXPECT_EQ(user.name, "An Peeters");
  EXPECT_EQ(user.password_hash, kHash);
  EXPECT_EQ(user.failed_sign_ins, 0);
  EXPECT_EQ(user.locked_until, "");
  EXPECT_FALSE(user.disabled);
  EXPECT_EQ(user.created_at, kNow);
  EXPECT_TRUE(user.memberships.empty());

  const auto by_id = accounts.find_user(created->id);
  ASSERT_TRUE(by_id && by_id->has_value());
  EXPECT_EQ((*by_id)->email, user.email);

  EXPECT_FALSE(accounts.find_user_by_email("someone.else@ckg.example.org")->has_value());
  EXPECT_FALSE(accounts.find_user("no-such-id")->has_value());

  // Invited people have no password until they choose one.
  const auto invited = accounts.create_user("bert@bib.example.org", "Bert", "", kNow, "admin-1");
  ASSERT_TRUE(invited) << invited.error().message;
  EXPECT_EQ((*accounts.find_user(invited->id))->password_hash, "");
  ASSERT_TRUE(accounts.set_password(invited->id, kHash, "2026-11-23T10:05:00Z"));
  EXPECT_EQ((*accounts.find_user(invited->id))->password_hash, kHash);
  EXPECT_EQ(accounts.set_password("no-such-id", kHash, kNow).error().kind, core::Error::Kind::not_found);

  const auto blank = accounts.create_user("   ", "Niemand", "", kNow, "admin-1");
  ASSERT_FALSE(blank);
  EXPECT_EQ(blank.error().kind, core::Error::Kind::invalid);
}

TEST_P(AccountStoreTest, ATakenEmailIsAConflictAndNothingIsHalfWritten) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  AccountStore accounts(*connection);
  const auto first = accounts.create_user("an@ckg.example.org", "An", kHash, kNow, "admin-1");
  ASSERT_TRUE(first) << first.error().message;

  const auto again = accounts.create_user(" AN@ckg.example.org", "Andere An", "", kNow, "admin-1");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, core::Error::Kind::conflict);
  EXPECT_EQ(again.error().message, "Er is al een account met dit e-mailadres.");

  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM users"), 1);
  EXPECT_EQ((*accounts.find_user_by_email("an@ckg.example.org"))->name, "An");
  EXPECT_EQ(audit_story(accounts), (std::vector<std::string>{"user_created " + first->id + " an@ckg.example.org"}));
}

// Two nodes taking one address at once: the second waits for the first and is told the address
// is taken (PostgreSQL: by the unique index, as its check ran before the first committed).
TEST_P(AccountStoreTest, TwoNodesTakingOneAddressAtOnceGiveAConflictNotTwoAccounts) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  auto other_node = db.connect();
  other_node->begin();
  other_node->execute("INSERT INTO users (id, email, name, created_at) VALUES ('other', 'an@ckg.example.org', 'An', ?)",
                      {store::p(kNow)});

  core::Result<store::User> created = core::fail(core::Error::Kind::internal, "not run");
  std::thread node([&] { created = AccountStore(*connection).create_user("an@ckg.example.org", "An", "", kNow, ""); });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  other_node->commit();
  node.join();

  ASSERT_FALSE(created);
  EXPECT_EQ(created.error().kind, core::Error::Kind::conflict) << created.error().message;
  EXPECT_EQ(created.error().message, "Er is al een account met dit e-mailadres.");
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM users"), 1);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM audit_log"), 0);
}

TEST_P(AccountStoreTest, MembershipsAreAddedOnceRemovedAndLoadedInAStableOrder) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  AccountStore accounts(*connection);
  const std::string id = accounts.create_user("an@ckg.example.org", "An", kHash, kNow, "admin-1")->id;

  const Membership staff_b{Role::partner_staff, "org-b"};
  const Membership staff_a{Role::partner_staff, "org-a"};
  const Membership coordinator{Role::coordinator, "network-1"};
  ASSERT_TRUE(accounts.add_membership(id, staff_b, kNow, "admin-1"));
  ASSERT_TRUE(accounts.add_membership(id, coordinator, kNow, "admin-1"));
  ASSERT_TRUE(accounts.add_membership(id, staff_a, kNow, "admin-1"));
  ASSERT_TRUE(accounts.add_membership(id, staff_a, kNow, "admin-1"));  // harmless

  const std::vector<Membership> expected{coordinator, staff_a, staff_b};  // by role code, then scope
  EXPECT_EQ((*accounts.find_user(id))->memberships, expected);
  EXPECT_EQ((*accounts.find_user_by_email("an@ckg.example.org"))->memberships, expected);

  ASSERT_TRUE(accounts.remove_membership(id, staff_a, kNow, "admin-1"));
  ASSERT_TRUE(accounts.remove_membership(id, staff_a, kNow, "admin-1"));  // nothing left to remove
  EXPECT_EQ((*accounts.find_user(id))->memberships, (std::vector<Membership>{coordinator, staff_b}));

  // The administrator's role has no scope.
  ASSERT_TRUE(accounts.add_membership(id, Membership{Role::administrator, ""}, kNow, "admin-1"));
  EXPECT_EQ((*accounts.find_user(id))->memberships.front(), (Membership{Role::administrator, ""}));

  const auto unknown = accounts.add_membership("no-such-id", coordinator, kNow, "admin-1");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().kind, core::Error::Kind::not_found);

  // Only real changes are audited: one entry per add and per remove that changed something.
  const auto story = audit_story(accounts);
  EXPECT_EQ(
      std::count_if(story.begin(), story.end(), [](const std::string& s) { return s.starts_with("membership_added"); }),
      4);
  EXPECT_EQ(std::count_if(story.begin(), story.end(),
                          [](const std::string& s) { return s.starts_with("membership_removed"); }),
            1);
}

TEST_P(AccountStoreTest, SessionsAreFoundUntilTheyExpireOrEnd) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  AccountStore accounts(*connection);
  const std::string an = accounts.create_user("an@ckg.example.org", "An", kHash, kNow, "")->id;
  const std::string bert = accounts.create_user("bert@bib.example.org", "Bert", kHash, kNow, "")->id;

  ASSERT_TRUE(accounts.create_session("token-an-1", {an, "csrf-1", "2026-11-23T18:00:00Z"}, kNow));
  ASSERT_TRUE(accounts.create_session("token-an-2", {an, "csrf-2", "2026-11-24T18:00:00Z"}, kNow));
  ASSERT_TRUE(accounts.create_session("token-bert", {bert, "csrf-3", "2026-11-24T18:00:00Z"}, kNow));
  EXPECT_EQ(accounts.create_session("token-x", {"no-such-id", "csrf", "2026-11-24T18:00:00Z"}, kNow).error().kind,
            core::Error::Kind::not_found);

  const auto found = accounts.find_session("token-an-1", "2026-11-23T12:00:00Z");
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->user_id, an);
  EXPECT_EQ((*found)->csrf_token, "csrf-1");
  EXPECT_EQ((*found)->expires_at, "2026-11-23T18:00:00Z");
  EXPECT_EQ(connection->query("SELECT last_seen_at FROM sessions WHERE csrf_token = 'csrf-1'").text(0, 0),
            "2026-11-23T12:00:00Z");

  EXPECT_FALSE(accounts.find_session("no-such-token", "2026-11-23T12:00:00Z")->has_value());
  EXPECT_FALSE(accounts.find_session("token-an-1", "2026-11-23T18:00:00Z")->has_value());  // expired at that second
  EXPECT_FALSE(accounts.find_session("token-an-1", "2026-11-23T19:00:00Z")->has_value());
  EXPECT_TRUE(accounts.find_session("token-an-2", "2026-11-23T19:00:00Z")->has_value());

  ASSERT_TRUE(accounts.delete_session("token-an-2"));
  EXPECT_FALSE(accounts.find_session("token-an-2", "2026-11-23T19:00:00Z")->has_value());
  ASSERT_TRUE(accounts.delete_session("token-an-2"));  // signing out twice is fine

  ASSERT_TRUE(accounts.create_session("token-an-3", {an, "csrf-4", "2026-11-24T18:00:00Z"}, kNow));
  ASSERT_TRUE(accounts.delete_sessions_of(an, "2026-11-23T20:00:00Z", an));
  EXPECT_FALSE(accounts.find_session("token-an-3", "2026-11-23T20:00:00Z")->has_value());
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM sessions WHERE user_id = ?", {store::p(an)}), 0);
  EXPECT_TRUE(accounts.find_session("token-bert", "2026-11-23T20:00:00Z")->has_value());  // others stay signed in

  // A disabled person's sessions stop working at once.
  connection->execute("UPDATE users SET disabled = 1 WHERE id = ?", {store::p(bert)});
  EXPECT_FALSE(accounts.find_session("token-bert", "2026-11-23T20:00:00Z")->has_value());
}

TEST_P(AccountStoreTest, OnlyAHashOfTheSessionTokenIsStored) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  AccountStore accounts(*connection);
  const std::string an = accounts.create_user("an@ckg.example.org", "An", kHash, kNow, "")->id;
  const std::string token = "s3cr3t-token-that-goes-in-the-cookie";
  ASSERT_TRUE(accounts.create_session(token, {an, "csrf-1", "2026-11-24T18:00:00Z"}, kNow));

  const store::Rows rows = connection->query("SELECT token_hash FROM sessions");
  ASSERT_EQ(rows.size(), 1U);
  const std::string stored = rows.text(0, 0);
  EXPECT_NE(stored, token);
  EXPECT_EQ(stored.find(token), std::string::npos);
  EXPECT_EQ(stored.size(), 64U);  // BLAKE2b-256 in hex
  EXPECT_TRUE(std::all_of(stored.begin(), stored.end(),
                          [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }));
  // The stored hash does not work as a token.
  EXPECT_FALSE(accounts.find_session(stored, kNow)->has_value());
  EXPECT_TRUE(accounts.find_session(token, kNow)->has_value());
  // And neither the token nor the password hash is in the audit log.
  for (const std::string& line : audit_story(accounts)) {
    EXPECT_EQ(line.find(token), std::string::npos) << line;
    EXPECT_EQ(line.find(kHash), std::string::npos) << line;
  }
}

TEST_P(AccountStoreTest, LocksAfterFailedSignInsInARowAndASuccessResetsTheCount) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  AccountStore accounts(*connection);
  const std::string id = accounts.create_user("an@ckg.example.org", "An", kHash, kNow, "")->id;
  const std::string until = "2026-11-23T10:15:00Z";

  ASSERT_TRUE(accounts.record_failed_sign_in(id, 3, until, kNow));
  ASSERT_TRUE(accounts.record_failed_sign_in(id, 3, until, kNow));
  EXPECT_EQ((*accounts.find_user(id))->failed_sign_ins, 2);
  EXPECT_EQ((*accounts.find_user(id))->locked_until, "");

  ASSERT_TRUE(accounts.record_sign_in(id, kNow));  // a success in between starts the count again
  EXPECT_EQ((*accounts.find_user(id))->failed_sign_ins, 0);
  ASSERT_TRUE(accounts.record_failed_sign_in(id, 3, until, kNow));
  ASSERT_TRUE(accounts.record_failed_sign_in(id, 3, until, kNow));
  EXPECT_EQ((*accounts.find_user(id))->locked_until, "");
  ASSERT_TRUE(accounts.record_failed_sign_in(id, 3, until, kNow));
  EXPECT_EQ((*accounts.find_user(id))->locked_until, until);
  EXPECT_EQ((*accounts.find_user(id))->failed_sign_ins, 0);  // a fresh count after the lock

  ASSERT_TRUE(accounts.record_sign_in(id, "2026-11-23T10:20:00Z"));
  EXPECT_EQ((*accounts.find_user(id))->locked_until, "");
  EXPECT_EQ((*accounts.find_user(id))->failed_sign_ins, 0);

  EXPECT_EQ(accounts.record_failed_sign_in("no-such-id", 3, until, kNow).error().kind, core::Error::Kind::not_found);
  EXPECT_EQ(accounts.record_sign_in("no-such-id", kNow).error().kind, core::Error::Kind::not_found);

  const auto story = audit_story(accounts);
  EXPECT_EQ(
      std::count_if(story.begin(), story.end(), [](const std::string& s) { return s.starts_with("sign_in_failed"); }),
      5);
  EXPECT_EQ(std::count(story.begin(), story.end(), "account_locked " + id + " until " + until), 1);
}

TEST_P(AccountStoreTest, EveryActionIsAuditedInOrder) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  AccountStore accounts(*connection);
  const std::string id = accounts.create_user("an@ckg.example.org", "An", "", "2026-11-23T10:00:00Z", "admin-1")->id;
  ASSERT_TRUE(accounts.set_password(id, kHash, "2026-11-23T10:01:00Z"));
  ASSERT_TRUE(accounts.add_membership(id, {Role::coordinator, "network-1"}, "2026-11-23T10:02:00Z", "admin-1"));
  ASSERT_TRUE(accounts.record_failed_sign_in(id, 2, "2026-11-23T10:18:00Z", "2026-11-23T10:03:00Z"));
  ASSERT_TRUE(accounts.record_failed_sign_in(id, 2, "2026-11-23T10:19:00Z", "2026-11-23T10:04:00Z"));
  ASSERT_TRUE(accounts.record_sign_in(id, "2026-11-23T10:20:00Z"));
  ASSERT_TRUE(accounts.create_session("token", {id, "csrf", "2026-11-23T18:00:00Z"}, "2026-11-23T10:20:00Z"));
  ASSERT_TRUE(accounts.remove_membership(id, {Role::coordinator, "network-1"}, "2026-11-23T10:21:00Z", "admin-1"));
  ASSERT_TRUE(accounts.delete_sessions_of(id, "2026-11-23T10:22:00Z", "admin-1"));
  ASSERT_TRUE(accounts.audit({.id = 0,
                              .at = "2026-11-23T10:23:00Z",
                              .actor_user_id = "",
                              .action = "sign_in_unknown_email",
                              .subject = "nobody@example.org",
                              .detail = ""}));

  EXPECT_EQ(audit_story(accounts), (std::vector<std::string>{
                                       "user_created " + id + " an@ckg.example.org",
                                       "password_set " + id + " ",
                                       "membership_added " + id + " coordinator:network-1",
                                       "sign_in_failed " + id + " failure 1 in a row",
                                       "sign_in_failed " + id + " failure 2 in a row",
                                       "account_locked " + id + " until 2026-11-23T10:19:00Z",
                                       "sign_in " + id + " ",
                                       "membership_removed " + id + " coordinator:network-1",
                                       "sign_out_everywhere " + id + " 1 sessions ended",
                                       "sign_in_unknown_email nobody@example.org ",
                                   }));

  const auto log = accounts.audit_log(3);
  ASSERT_TRUE(log) << log.error().message;
  ASSERT_EQ(log->size(), 3U);  // the newest first
  EXPECT_EQ((*log)[0].action, "sign_in_unknown_email");
  EXPECT_EQ((*log)[0].at, "2026-11-23T10:23:00Z");
  EXPECT_EQ((*log)[1].action, "sign_out_everywhere");
  EXPECT_EQ((*log)[1].actor_user_id, "admin-1");
  EXPECT_EQ((*log)[2].action, "membership_removed");
  EXPECT_GT((*log)[0].id, (*log)[1].id);
}

TEST_P(AccountStoreTest, AFailedChangeLeavesNoAuditEntryAndAFailedAuditNoChange) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  AccountStore accounts(*connection);
  const std::string id = accounts.create_user("an@ckg.example.org", "An", kHash, kNow, "admin-1")->id;

  // The change fails (its table is gone for a moment): no audit entry says it happened.
  connection->exec_script("ALTER TABLE memberships RENAME TO memberships_away");
  const auto added = accounts.add_membership(id, {Role::coordinator, "network-1"}, kNow, "admin-1");
  connection->exec_script("ALTER TABLE memberships_away RENAME TO memberships");
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().kind, core::Error::Kind::internal);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM audit_log WHERE action = 'membership_added'"), 0);

  // The audit entry cannot be written: the change is rolled back with it.
  connection->exec_script("ALTER TABLE audit_log RENAME TO audit_log_away");
  const auto created = accounts.create_user("bert@bib.example.org", "Bert", kHash, kNow, "admin-1");
  const auto password = accounts.set_password(id, "$argon2id$other", kNow);
  const auto signed_in = accounts.record_failed_sign_in(id, 1, "2026-11-23T11:00:00Z", kNow);
  connection->exec_script("ALTER TABLE audit_log_away RENAME TO audit_log");
  EXPECT_FALSE(created);
  EXPECT_FALSE(password);
  EXPECT_FALSE(signed_in);
  EXPECT_FALSE(accounts.find_user_by_email("bert@bib.example.org")->has_value());
  const store::User an = **accounts.find_user(id);
  EXPECT_EQ(an.password_hash, kHash);
  EXPECT_EQ(an.failed_sign_ins, 0);
  EXPECT_EQ(an.locked_until, "");
  EXPECT_TRUE(an.memberships.empty());
  EXPECT_EQ(audit_story(accounts), (std::vector<std::string>{"user_created " + id + " an@ckg.example.org"}));

  // The store works on as before.
  ASSERT_TRUE(accounts.add_membership(id, {Role::coordinator, "network-1"}, kNow, "admin-1"));
  EXPECT_EQ(audit_story(accounts).size(), 2U);
}

TEST_P(AccountStoreTest, RemovingAPersonRemovesTheirMembershipsAndSessionsButNotTheAuditLog) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  AccountStore accounts(*connection);
  const std::string id = accounts.create_user("an@ckg.example.org", "An", kHash, kNow, "admin-1")->id;
  ASSERT_TRUE(accounts.add_membership(id, {Role::partner_admin, "org-a"}, kNow, "admin-1"));
  ASSERT_TRUE(accounts.create_session("token", {id, "csrf", "2026-11-24T18:00:00Z"}, kNow));

  connection->execute("DELETE FROM users WHERE id = ?", {store::p(id)});
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM memberships"), 0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM sessions"), 0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM audit_log"), 2);
}

TEST_P(AccountStoreTest, TheSecondStepIsConfirmedOnceAndEachStepIsTakenOnce) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  AccountStore accounts(*connection);
  const auto an = accounts.create_user("an@ckg.example", "An", kHash, kNow, "");
  ASSERT_TRUE(an);
  EXPECT_TRUE(an->totp_secret.empty());
  EXPECT_FALSE(an->totp_confirmed);

  // Proposed (not audited, not asked yet), then confirmed with the step of a right code.
  ASSERT_TRUE(accounts.set_totp_secret(an->id, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", false, kNow, an->id));
  EXPECT_FALSE((*accounts.find_user(an->id))->totp_confirmed);
  EXPECT_FALSE(*accounts.accept_totp_step(an->id, 60'000'000, kNow));  // not on yet
  ASSERT_TRUE(accounts.confirm_totp(an->id, 60'000'000, kNow));
  const auto on = *accounts.find_user(an->id);
  EXPECT_TRUE(on->totp_confirmed);
  EXPECT_EQ(on->totp_secret, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(on->totp_last_step, 60'000'000);

  // A step is taken once; only later steps after it.
  EXPECT_FALSE(*accounts.accept_totp_step(an->id, 60'000'000, kNow));
  EXPECT_TRUE(*accounts.accept_totp_step(an->id, 60'000'001, kNow));
  EXPECT_FALSE(*accounts.accept_totp_step(an->id, 60'000'000, kNow));

  // A session waiting for the code, then signed in.
  ASSERT_TRUE(accounts.create_session("token-an", {an->id, "csrf", "2026-11-23T10:10:00Z", "code"}, kNow));
  EXPECT_EQ((*accounts.find_session("token-an", kNow))->second_factor_pending, "code");
  ASSERT_TRUE(accounts.complete_second_factor("token-an", "2026-11-23T22:00:00Z"));
  const auto session = *accounts.find_session("token-an", "2026-11-23T12:00:00Z");
  ASSERT_TRUE(session);
  EXPECT_EQ(session->second_factor_pending, "");

  ASSERT_TRUE(accounts.reset_two_factor(an->id, kNow, "admin-1", "lost phone"));
  const auto off = *accounts.find_user(an->id);
  EXPECT_TRUE(off->totp_secret.empty());
  EXPECT_FALSE(off->totp_confirmed);
  EXPECT_EQ(off->totp_last_step, 0);
  EXPECT_FALSE(accounts.confirm_totp(an->id, 60'000'005, kNow));  // nothing to confirm
  EXPECT_FALSE(accounts.reset_two_factor("no-such-user", kNow, "", ""));

  const auto story = audit_story(accounts);
  EXPECT_NE(std::find(story.begin(), story.end(), "two_factor_on " + an->id + " "), story.end());
  EXPECT_NE(std::find(story.begin(), story.end(), "second_factor_passed " + an->id + " "), story.end());
  EXPECT_NE(std::find(story.begin(), story.end(), "two_factor_off " + an->id + " lost phone"), story.end());
  for (const std::string& line : story) EXPECT_EQ(line.find("GEZDGNBV"), std::string::npos) << line;
}

HVHK_INSTANTIATE_ENGINES(AccountStoreTest);

}  // namespace
}  // namespace hvhk

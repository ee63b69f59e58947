// The registration service on both real engines: what the families are told when places move
// (offered, lapsed, the next one offered), reminders the day before once per date (however often
// the round runs), staff reading a family's data leaves an audit entry, and a walk-in comes in
// beyond capacity without any personal data.
#include "web/taking_part.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "store/account_store.h"
#include "store/outbox_store.h"
#include "test_databases.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

constexpr const char* kNow = "2026-11-23T10:00:00Z";

class TakingPartTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    HVHK_ENGINE_TEST_SETUP();
    db_ = std::make_unique<TestDatabase>(GetParam());
    connection_ = db_->migrated();
    session_.id = "voorlezen";
    session_.service_id = "voorleesuur";
    session_.dates = {{"2026-11-25T10:00", "2026-11-25T11:00"}, {"2026-12-02T10:00", "2026-12-02T11:00"}};
    session_.capacity = 1;
    session_.confirm_hours = 24;
    ASSERT_TRUE(store::RegistrationStore(*connection_).add_session(session_, kNow));
  }

  web::Registered registered(const std::string& name, const std::string& channel = "email") {
    web::Registering how;
    how.session = &session_;
    how.family.data.first_name = name;
    how.family.data.email = name + "@example.be";
    how.family.data.phone = "+32470000000";
    how.family.data.child_age_months = {40};
    how.family.age_bands = "3-6";
    how.channel = channel;
    how.request_key = std::string(58, 'b') + name;
    auto r = taking_part().register_family(how, kNow);
    EXPECT_TRUE(r) << name;
    return r ? *r : web::Registered{};
  }

  web::TakingPart taking_part() { return web::TakingPart(*connection_, key_, "https://hvhk.example", {}); }

  std::vector<store::OutgoingMail> mails() { return *store::OutboxStore(*connection_).all(); }
  std::vector<std::string> keys() {
    std::vector<std::string> out;
    for (const auto& m : mails()) out.push_back(m.dedupe_key);
    return out;
  }
  static bool has(const std::vector<std::string>& keys, const std::string& key) {
    return std::ranges::find(keys, key) != keys.end();
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
  core::DataKey key_ = core::DataKey::generate();
  store::ActivitySession session_;
};

TEST_P(TakingPartTest, PlacesMoveDownTheLineAndEveryFamilyIsTold) {
  const auto a = registered("anna");
  const auto b = registered("bilal");
  const auto c = registered("chen", "sms");
  EXPECT_EQ(a.registration.state, "confirmed");
  EXPECT_EQ(b.registration.place_in_line, 1);
  ASSERT_TRUE(taking_part().cancel(a.link_token, kNow));
  auto k = keys();
  const std::string bid = std::to_string(b.registration.id);
  EXPECT_TRUE(has(k, "registration:" + std::to_string(a.registration.id) + ":cancelled"));
  EXPECT_TRUE(has(k, "registration:" + bid + ":offered"));
  // Bilal does not confirm within 24 hours: Chen is offered the place, by text message.
  EXPECT_EQ(*taking_part().lapse_offers("2026-11-24T09:59:59Z"), 0U);
  EXPECT_EQ(*taking_part().lapse_offers("2026-11-24T10:00:00Z"), 2U);
  k = keys();
  EXPECT_TRUE(has(k, "registration:" + bid + ":lapsed"));
  const std::string cid = std::to_string(c.registration.id);
  EXPECT_TRUE(has(k, "registration:" + cid + ":offered"));
  for (const auto& m : mails()) {
    if (m.dedupe_key == "registration:" + cid + ":offered") {
      EXPECT_EQ(m.channel, "sms");
      EXPECT_EQ(m.recipient, "+32470000000");
      EXPECT_NE(m.body.find("https://hvhk.example/inschrijving/" + c.link_token), std::string::npos);
    }
  }
  EXPECT_FALSE(*taking_part().confirm(b.link_token, "2026-11-24T10:00:01Z"));
  EXPECT_TRUE(*taking_part().confirm(c.link_token, "2026-11-24T10:00:01Z"));
  EXPECT_TRUE(has(keys(), "registration:" + cid + ":confirmed"));
}

TEST_P(TakingPartTest, RemindersGoTheDayBeforeEachDateOnce) {
  const auto a = registered("anna");
  registered("bilal");  // in line: no reminder
  const auto today = *core::parse_date("2026-11-24");
  EXPECT_EQ(*taking_part().send_reminders(today, kNow), 1U);
  EXPECT_EQ(*taking_part().send_reminders(today, kNow), 1U);  // the round runs every minute
  const auto k = keys();
  const std::string reminder = "reminder:" + std::to_string(a.registration.id) + ":2026-11-25T10:00";
  EXPECT_EQ(std::ranges::count(k, reminder), 1);
  EXPECT_EQ(std::ranges::count_if(k, [](const std::string& key) { return key.starts_with("reminder:"); }), 1);
  EXPECT_EQ(*taking_part().send_reminders(*core::parse_date("2026-11-26"), kNow), 0U);  // no date on the 27th
  EXPECT_EQ(*taking_part().send_reminders(*core::parse_date("2026-12-01"), kNow), 1U);  // the series' next date
}

TEST_P(TakingPartTest, StaffReadsAreAuditedAndWalkInsCarryNoPersonalData) {
  const auto a = registered("anna");
  const auto opened = taking_part().open(a.registration, "staff-1", kNow);
  ASSERT_TRUE(opened);
  EXPECT_EQ(opened->first_name, "anna");
  const auto log = *store::AccountStore(*connection_).audit_log(10);
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.front().action, "registration_read");
  EXPECT_EQ(log.front().actor_user_id, "staff-1");

  web::Registering walk_in;
  walk_in.session = &session_;
  walk_in.walk_in = true;
  walk_in.children = 3;
  walk_in.staff_user_id = "staff-1";
  const auto w = taking_part().register_family(walk_in, kNow);
  ASSERT_TRUE(w);
  EXPECT_EQ(w->registration.state, "confirmed");  // beyond the one place
  EXPECT_EQ(w->registration.children, 3);
  EXPECT_EQ(w->registration.family_sealed, "");
  EXPECT_EQ(store::AccountStore(*connection_).audit_log(1)->front().action, "registration_walk_in");
  EXPECT_EQ(std::ranges::count_if(keys(), [](const std::string& key) { return key.ends_with(":confirmed"); }), 1);
}

HVHK_INSTANTIATE_ENGINES(TakingPartTest);

}  // namespace
}  // namespace hvhk

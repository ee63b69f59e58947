// Registrations on both real engines, under load: 200 families registering at once (each on its
// own connection) for a session with 10 places give exactly 10 confirmations and 190 families in
// line, each with its own place in line; a cancellation gives the place to the first in line,
// once; personal data is stored sealed only.
#include "store/registration_store.h"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "core/data_key.h"
#include "test_databases.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

constexpr const char* kNow = "2026-11-23T10:00:00Z";

class RegistrationStoreTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    HVHK_ENGINE_TEST_SETUP();
    db_ = std::make_unique<TestDatabase>(GetParam());
    connection_ = db_->migrated();
    store::ActivitySession s;
    s.id = "voorlezen-2026-12-02";
    s.service_id = "voorlezen";
    s.starts_at = "2026-12-02T14:00";
    s.ends_at = "2026-12-02T15:00";
    s.capacity = 10;
    ASSERT_TRUE(store::RegistrationStore(*connection_).add_session(s, kNow));
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
  const core::DataKey key_ = core::DataKey::generate();
};

TEST_P(RegistrationStoreTest, TwoHundredFamiliesAtOnceForTenPlaces) {
  constexpr int kFamilies = 200;
  std::atomic<int> confirmed{0};
  std::atomic<int> waitlisted{0};
  std::atomic<int> failed{0};
  std::vector<std::thread> threads;
  threads.reserve(kFamilies);
  for (int i = 0; i < kFamilies; ++i) {
    threads.emplace_back([&, i] {
      auto connection = db_->connect();
      const auto r = store::RegistrationStore(*connection)
                         .register_family("voorlezen-2026-12-02", key_.seal("gezin " + std::to_string(i)), 1,
                                          "token-" + std::to_string(i), kNow);
      if (!r) {
        ++failed;
      } else if (r->state == "confirmed") {
        ++confirmed;
      } else {
        ++waitlisted;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(confirmed.load(), 10);
  EXPECT_EQ(waitlisted.load(), kFamilies - 10);

  store::RegistrationStore registrations(*connection_);
  EXPECT_EQ((*registrations.session("voorlezen-2026-12-02"))->taken, 10);
  const auto all = registrations.of_session("voorlezen-2026-12-02");
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), static_cast<std::size_t>(kFamilies));
  // Arrival order: the first 10 rows are the confirmed ones, then the line 1, 2, 3, ...
  std::set<std::string> families;
  for (std::size_t i = 0; i < all->size(); ++i) {
    const store::Registration& r = (*all)[i];
    EXPECT_EQ(r.state, i < 10 ? "confirmed" : "waitlisted") << i;
    EXPECT_EQ(r.place_in_line, i < 10 ? 0 : static_cast<int>(i) - 9);
    const auto opened = key_.open(r.family_sealed);
    ASSERT_TRUE(opened);
    families.insert(*opened);
  }
  EXPECT_EQ(families.size(), static_cast<std::size_t>(kFamilies));  // every family once
}

TEST_P(RegistrationStoreTest, ACancellationGivesThePlaceToTheFirstInLineOnce) {
  store::RegistrationStore registrations(*connection_);
  for (int i = 0; i < 12; ++i) {
    const auto r = registrations.register_family("voorlezen-2026-12-02", key_.seal("gezin"), 1,
                                                 "token-" + std::to_string(i), kNow);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->place_in_line, i < 10 ? 0 : i - 9);
  }
  const auto promoted = registrations.cancel("token-3", kNow);
  ASSERT_TRUE(promoted);
  ASSERT_TRUE(promoted->has_value());
  const auto all = registrations.of_session("voorlezen-2026-12-02");
  EXPECT_EQ((**promoted).id, (*all)[9].id);  // the 11th registration, first in line
  EXPECT_EQ((*all)[9].state, "confirmed");
  EXPECT_EQ((*all)[10].place_in_line, 1);
  // Cancelling again changes nothing, and a family in line that cancels frees no place.
  EXPECT_FALSE(registrations.cancel("token-3", kNow)->has_value());
  EXPECT_FALSE(registrations.cancel("token-11", kNow)->has_value());
  EXPECT_EQ((*registrations.session("voorlezen-2026-12-02"))->taken, 10);
  EXPECT_EQ(registrations.of_session("voorlezen-2026-12-02")->size(), 10U);
}

TEST_P(RegistrationStoreTest, BadRegistrationsStoreNothing) {
  store::RegistrationStore registrations(*connection_);
  EXPECT_EQ(registrations.register_family("voorlezen-2026-12-02", "x", 0, "t0", kNow).error().kind,
            core::Error::Kind::invalid);
  EXPECT_EQ(registrations.register_family("no-such-session", "x", 1, "t1", kNow).error().kind,
            core::Error::Kind::not_found);
  ASSERT_TRUE(registrations.register_family("voorlezen-2026-12-02", "x", 1, "t2", kNow));
  EXPECT_EQ(registrations.register_family("voorlezen-2026-12-02", "y", 1, "t2", kNow).error().kind,
            core::Error::Kind::conflict);  // the same link twice
  EXPECT_EQ(registrations.of_session("voorlezen-2026-12-02")->size(), 1U);
  EXPECT_EQ((*registrations.session("voorlezen-2026-12-02"))->taken, 1);
}

HVHK_INSTANTIATE_ENGINES(RegistrationStoreTest);

}  // namespace
}  // namespace hvhk

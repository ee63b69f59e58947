// Registrations on both real engines, under load: 200 families registering at once (each on its
// own connection) for a session with 10 places give exactly 10 confirmations and 190 families in
// line, each with its own place in line; a cancellation gives the place to the first in line,
// once; personal data is stored sealed only.
#include "store/registration_store.h"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "app/demo_network.h"
#include "core/data_key.h"
#include "store/catalogue_store.h"
#include "store/offer_review_store.h"
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
    s.dates = {{"2026-12-02T14:00", "2026-12-02T15:00"}};
    s.capacity = 10;
    ASSERT_TRUE(store::RegistrationStore(*connection_).add_session(s, kNow));
  }

  static store::NewRegistration family(const std::string& token, const std::string& sealed = "x", int children = 1) {
    store::NewRegistration n;
    n.session_id = "voorlezen-2026-12-02";
    n.family_sealed = sealed;
    n.children = children;
    n.cancel_token_hash = token;
    return n;
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
      const auto r =
          store::RegistrationStore(*connection)
              .register_family(family("token-" + std::to_string(i), key_.seal("gezin " + std::to_string(i))), kNow);
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

TEST_P(RegistrationStoreTest, ACancellationOffersThePlaceToTheFirstInLineOnce) {
  store::RegistrationStore registrations(*connection_);
  for (int i = 0; i < 12; ++i) {
    const auto r = registrations.register_family(family("token-" + std::to_string(i)), kNow);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->place_in_line, i < 10 ? 0 : i - 9);
  }
  const auto moved = registrations.cancel("token-3", kNow);
  ASSERT_TRUE(moved);
  ASSERT_EQ(moved->size(), 1U);
  const auto all = registrations.of_session("voorlezen-2026-12-02");
  EXPECT_EQ((*moved)[0].registration.id, (*all)[9].id);  // the 11th registration, first in line
  EXPECT_EQ((*moved)[0].event, "offered");
  EXPECT_EQ((*all)[9].state, "offered");
  EXPECT_EQ((*all)[9].offer_expires_at, "2026-11-25T10:00:00Z");  // 48 hours to confirm
  EXPECT_EQ((*all)[10].place_in_line, 1);
  // Cancelling again changes nothing, and a family in line that cancels frees no place.
  EXPECT_TRUE(registrations.cancel("token-3", kNow)->empty());
  EXPECT_TRUE(registrations.cancel("token-11", kNow)->empty());
  EXPECT_EQ((*registrations.session("voorlezen-2026-12-02"))->taken, 10);
  EXPECT_EQ(registrations.of_session("voorlezen-2026-12-02")->size(), 10U);
}

TEST_P(RegistrationStoreTest, AnOfferNotConfirmedInTimeGoesToTheNextInLine) {
  store::RegistrationStore registrations(*connection_);
  for (int i = 0; i < 13; ++i) ASSERT_TRUE(registrations.register_family(family("t" + std::to_string(i)), kNow));
  ASSERT_EQ(registrations.cancel("t0", kNow)->size(), 1U);  // t10 offered
  ASSERT_EQ(registrations.cancel("t1", kNow)->size(), 1U);  // t11 offered
  EXPECT_TRUE(*registrations.confirm_offer("t10", "2026-11-24T10:00:00Z"));
  EXPECT_FALSE(*registrations.confirm_offer("t10", "2026-11-24T10:00:00Z"));  // once
  EXPECT_FALSE(*registrations.confirm_offer("t12", "2026-11-24T10:00:00Z"));  // not offered
  EXPECT_TRUE(registrations.lapse_offers("2026-11-25T09:59:59Z")->empty());
  const auto moved = registrations.lapse_offers("2026-11-25T10:00:00Z");
  ASSERT_TRUE(moved);
  ASSERT_EQ(moved->size(), 2U);
  EXPECT_EQ((*moved)[0].event, "offered");  // t12 moves up
  EXPECT_EQ((*moved)[1].event, "lapsed");   // t11 did not confirm in time
  EXPECT_FALSE(*registrations.confirm_offer("t11", "2026-11-25T10:00:01Z"));
  EXPECT_EQ((**registrations.by_token("t10")).state, "confirmed");
  EXPECT_EQ((**registrations.by_token("t11")).state, "lapsed");
  EXPECT_EQ((**registrations.by_token("t12")).state, "offered");
  EXPECT_EQ((*registrations.session("voorlezen-2026-12-02"))->taken, 10);
}

TEST_P(RegistrationStoreTest, TheSameRequestRegistersOnceAndAFamilyOncePerSession) {
  store::RegistrationStore registrations(*connection_);
  auto n = family("t1");
  n.request_key = "form-1";
  n.family_key = "family-a";
  int seen = 0;
  const auto first =
      registrations.register_family(n, kNow, [&](store::Connection&, const store::Registration&) { ++seen; });
  ASSERT_TRUE(first);
  EXPECT_FALSE(first->repeated);
  n.cancel_token_hash = "t2";  // a retry makes a new link, but it is the same request
  const auto again =
      registrations.register_family(n, kNow, [&](store::Connection&, const store::Registration&) { ++seen; });
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->repeated);
  EXPECT_EQ(again->id, first->id);
  EXPECT_EQ(seen, 1);        // one confirmation, not two
  n.request_key = "form-2";  // the same family with a new form
  EXPECT_EQ(registrations.register_family(n, kNow).error().kind, core::Error::Kind::conflict);
  ASSERT_TRUE(registrations.cancel("t1", kNow));
  EXPECT_TRUE(registrations.register_family(n, kNow));  // after cancelling it may register again
  EXPECT_EQ((*registrations.session("voorlezen-2026-12-02"))->taken, 1);
}

TEST_P(RegistrationStoreTest, WorkInTheTransactionRollsBackWithIt) {
  store::RegistrationStore registrations(*connection_);
  const auto failed =
      registrations.register_family(family("t1"), kNow, [](store::Connection&, const store::Registration&) {
        throw store::DbError("the outbox could not take the confirmation");
      });
  EXPECT_FALSE(failed);
  EXPECT_TRUE(registrations.of_session("voorlezen-2026-12-02")->empty());
  EXPECT_EQ((*registrations.session("voorlezen-2026-12-02"))->taken, 0);
}

TEST_P(RegistrationStoreTest, WalkInsComeInBeyondCapacityAndAttendanceIsKept) {
  store::RegistrationStore registrations(*connection_);
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(registrations.register_family(family("t" + std::to_string(i)), kNow));
  auto walk_in = family("walk-in-1", "", 2);
  walk_in.walk_in = true;
  walk_in.age_bands = "3-5 6-11";
  const auto added = registrations.register_family(walk_in, kNow);
  ASSERT_TRUE(added);
  EXPECT_EQ(added->state, "confirmed");
  EXPECT_EQ((*registrations.session("voorlezen-2026-12-02"))->taken, 12);
  ASSERT_TRUE(registrations.mark_attendance(added->id, "2026-12-02T14:00", true, kNow));
  ASSERT_TRUE(registrations.mark_attendance(added->id, "2026-12-02T14:00", false, kNow));  // corrected
  const auto first = registrations.of_session("voorlezen-2026-12-02")->front();
  ASSERT_TRUE(registrations.mark_attendance(first.id, "2026-12-02T14:00", true, kNow));
  const auto marked = registrations.attendance("voorlezen-2026-12-02", "2026-12-02T14:00");
  ASSERT_TRUE(marked);
  ASSERT_EQ(marked->size(), 2U);
  EXPECT_EQ((*marked)[0], std::make_pair(first.id, true));
  EXPECT_EQ((*marked)[1], std::make_pair(added->id, false));
}

TEST_P(RegistrationStoreTest, ASeriesIsBookedAsAWholeAndRemindedPerDate) {
  store::RegistrationStore registrations(*connection_);
  store::ActivitySession series;
  series.id = "super-sim-2027";
  series.service_id = "super-sim";
  series.kind = "series";
  series.capacity = 8;
  for (int week = 0; week < 7; ++week) {
    const std::string day = "2027-01-" + std::to_string(10 + week * 3);
    series.dates.push_back({day + "T09:30", day + "T11:00"});
  }
  ASSERT_TRUE(registrations.add_session(series, kNow));
  EXPECT_EQ(registrations.add_session(series, kNow).error().kind, core::Error::Kind::conflict);
  auto n = family("s1");
  n.session_id = "super-sim-2027";
  ASSERT_TRUE(registrations.register_family(n, kNow));
  const auto stored = *registrations.session("super-sim-2027");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->dates.size(), 7U);
  EXPECT_EQ(stored->starts_at(), "2027-01-10T09:30");
  EXPECT_EQ(stored->ends_at(), "2027-01-28T11:00");
  EXPECT_EQ(stored->places_left(), 7);
  const auto tomorrow = registrations.starting_between("2027-01-13T00:00", "2027-01-14T00:00");
  ASSERT_TRUE(tomorrow);
  ASSERT_EQ(tomorrow->size(), 1U);
  EXPECT_EQ((*tomorrow)[0].second.starts_at, "2027-01-13T09:30");
  const auto upcoming = registrations.upcoming("super-sim", "2027-01-20T00:00");
  ASSERT_EQ(upcoming->size(), 1U);  // still running
  EXPECT_TRUE(registrations.upcoming("super-sim", "2027-01-29T00:00")->empty());
}

TEST_P(RegistrationStoreTest, PastRetentionOnlyAnonymousFiguresRemain) {
  store::RegistrationStore registrations(*connection_);
  auto n = family("t1", key_.seal("Amina, 0470 00 00 00"), 2);
  n.family_key = "family-a";
  n.age_bands = "0-2 3-5";
  const auto r = registrations.register_family(n, kNow);
  ASSERT_TRUE(r);
  ASSERT_TRUE(registrations.mark_attendance(r->id, "2026-12-02T14:00", true, kNow));
  // 90 days (the default) after 2 December is 2 March.
  EXPECT_EQ(*registrations.anonymise_past("2027-03-02T12:00", kNow), 0);
  EXPECT_EQ(*registrations.anonymise_past("2027-03-03T12:00", kNow), 1);
  const auto after = registrations.by_id(r->id);
  ASSERT_TRUE(after && *after);
  EXPECT_EQ((**after).family_sealed, "");
  EXPECT_EQ((**after).family_key, "");
  EXPECT_EQ((**after).children, 2);
  EXPECT_EQ((**after).age_bands, "0-2 3-5");
  EXPECT_FALSE(*registrations.by_token("t1"));  // the link no longer works
  EXPECT_EQ(registrations.attendance("voorlezen-2026-12-02", "2026-12-02T14:00")->size(), 1U);
  EXPECT_EQ(*registrations.anonymise_past("2027-03-03T12:00", kNow), 0);  // once
}

TEST_P(RegistrationStoreTest, EachNetworkKeepsFamiliesDataAsLongAsItSays) {
  core::Catalogue demo = app::demo_network();
  ASSERT_TRUE(store::CatalogueStore(*connection_).save(demo));
  const std::string network = demo.networks.front().id;
  store::RegistrationStore registrations(*connection_);
  EXPECT_EQ(*registrations.retention_days(network), 90);
  ASSERT_TRUE(registrations.set_retention_days(network, 30));
  EXPECT_EQ(*registrations.retention_days(network), 30);
  EXPECT_EQ(registrations.set_retention_days(network, 0).error().kind, core::Error::Kind::invalid);
  EXPECT_EQ(registrations.set_retention_days(network, 731).error().kind, core::Error::Kind::invalid);
  store::ActivitySession s;
  s.id = "huiswerk";
  s.service_id = demo.services.front().id;
  s.dates = {{"2026-12-02T13:30", "2026-12-02T15:30"}};
  s.capacity = 5;
  ASSERT_TRUE(registrations.add_session(s, kNow));
  auto n = family("h1", key_.seal("Bilal"));
  n.session_id = "huiswerk";
  ASSERT_TRUE(registrations.register_family(n, kNow));
  ASSERT_TRUE(registrations.register_family(family("v1", key_.seal("Chen")), kNow));  // no network: 90 days
  // 30 days after 2 December: this network's family is forgotten on 2 January, the other is not.
  EXPECT_EQ(*registrations.anonymise_past("2027-01-01T12:00", kNow), 0);
  EXPECT_EQ(*registrations.anonymise_past("2027-01-02T12:00", kNow), 1);
  EXPECT_FALSE(*registrations.by_token("h1"));
  EXPECT_TRUE(*registrations.by_token("v1"));
  // Turning review on keeps the retention (one settings row, upserted).
  ASSERT_TRUE(store::OfferReviewStore(*connection_).set_review_required(network, true));
  EXPECT_EQ(*registrations.retention_days(network), 30);
}

TEST_P(RegistrationStoreTest, SessionsPlannedTogetherAreStoredAllOrNone) {
  store::RegistrationStore registrations(*connection_);
  std::vector<store::ActivitySession> weeks(3);
  for (int i = 0; i < 3; ++i) {
    weeks[i].id = i == 0 ? "voorlezen-2026-12-02" : "voorlezen-week-" + std::to_string(i);  // the first id is taken
    weeks[i].service_id = "voorlezen";
    weeks[i].dates = {{"2026-12-0" + std::to_string(2 + i) + "T14:00", "2026-12-0" + std::to_string(2 + i) + "T15:00"}};
    weeks[i].capacity = 10;
  }
  ASSERT_TRUE(registrations.add_sessions(weeks, kNow));
  EXPECT_EQ(weeks[0].id, "voorlezen-2026-12-02-2");
  EXPECT_TRUE(*registrations.session("voorlezen-week-2"));
  std::vector<store::ActivitySession> broken = weeks;
  broken[0].id = "new-1";
  broken[1].id = "new-2";
  broken[2].dates.clear();  // nothing may be stored
  EXPECT_EQ(registrations.add_sessions(broken, kNow).error().kind, core::Error::Kind::invalid);
  EXPECT_FALSE(*registrations.session("new-1"));
}

TEST_P(RegistrationStoreTest, BadRegistrationsStoreNothing) {
  store::RegistrationStore registrations(*connection_);
  EXPECT_EQ(registrations.register_family(family("t0", "x", 0), kNow).error().kind, core::Error::Kind::invalid);
  auto elsewhere = family("t1");
  elsewhere.session_id = "no-such-session";
  EXPECT_EQ(registrations.register_family(elsewhere, kNow).error().kind, core::Error::Kind::not_found);
  ASSERT_TRUE(registrations.register_family(family("t2"), kNow));
  EXPECT_EQ(registrations.register_family(family("t2", "y"), kNow).error().kind,
            core::Error::Kind::conflict);  // the same link twice
  EXPECT_EQ(registrations.of_session("voorlezen-2026-12-02")->size(), 1U);
  EXPECT_EQ((*registrations.session("voorlezen-2026-12-02"))->taken, 1);
}

HVHK_INSTANTIATE_ENGINES(RegistrationStoreTest);

}  // namespace
}  // namespace hvhk

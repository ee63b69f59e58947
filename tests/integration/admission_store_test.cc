// Partner admission's storage on both real engines: applications with every field, meetings
// with their free agenda items in order, decisions with their events, a decided application
// never decided twice, and an admission that adds the partner in the same transaction.
#include "store/admission_store.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "app/demo_network.h"
#include "store/catalogue_store.h"
#include "test_databases.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

class AdmissionStoreTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    HVHK_ENGINE_TEST_SETUP();
    db_ = std::make_unique<TestDatabase>(GetParam());
    connection_ = db_->migrated();
    const core::Catalogue demo = app::demo_network();
    ASSERT_TRUE(store::CatalogueStore(*connection_).save(demo));
    network_ = demo.networks.front().id;
    municipality_ = demo.networks.front().municipality_nis_codes.front();
  }

  store::PartnerApplication application(const std::string& id, const std::string& name) const {
    return store::PartnerApplication{
        id,
        network_,
        core::ApplicationForm{name,
                              "association",
                              "An Peeters",
                              "an@knikker.example",
                              "09 123 45 67",
                              "https://knikker.example",
                              {"leisure", "meeting-cohesion"},
                              {"1-3", "3-6"},
                              {municipality_},
                              "We lenen speelgoed uit.\nOok aan gezinnen met weinig geld."},
        core::ApplicationStatus::pending,
        "2026-11-10T09:00:00Z",
        "2026-11-10",
        ""};
  }

  store::NetworkMeeting meeting(const std::string& id, const std::string& date) const {
    return store::NetworkMeeting{id,
                                 network_,
                                 date,
                                 "19:30",
                                 "Huis van het Kind, zaal 1",
                                 {"Verslag", "Varia"},
                                 "2026-11-01T10:00:00Z",
                                 "coordinator-1"};
  }

  static store::AdmissionDecision decision(const std::string& application, const std::string& meeting,
                                           core::Outcome outcome) {
    return store::AdmissionDecision{0,
                                    application,
                                    meeting,
                                    outcome,
                                    9,
                                    1,
                                    2,
                                    "Goed aanbod.",
                                    std::string(core::kDefaultDecisionRule),
                                    "2026-11-23T20:00:00Z",
                                    "coordinator-1"};
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
  std::string network_, municipality_;
};

TEST_P(AdmissionStoreTest, KeepsAnApplicationWithEveryFieldAndItsFirstEvent) {
  store::AdmissionStore store(*connection_);
  ASSERT_TRUE(store.submit(application("a1", "Speelotheek De Knikker")));
  const auto found = store.application(network_, "a1");
  ASSERT_TRUE(found && *found);
  const store::PartnerApplication& a = **found;
  EXPECT_EQ(a.form.organization_name, "Speelotheek De Knikker");
  EXPECT_EQ(a.form.phone, "09 123 45 67");
  EXPECT_EQ(a.form.themes, (std::vector<std::string>{"leisure", "meeting-cohesion"}));
  EXPECT_EQ(a.form.age_bands, (std::vector<std::string>{"1-3", "3-6"}));
  EXPECT_EQ(a.form.municipalities, std::vector<std::string>{municipality_});
  EXPECT_EQ(a.form.motivation, "We lenen speelgoed uit.\nOok aan gezinnen met weinig geld.");
  EXPECT_EQ(a.status, core::ApplicationStatus::pending);
  EXPECT_FALSE(*store.application("other-network", "a1"));  // only within its own network
  const auto events = store.events("a1");
  ASSERT_EQ(events->size(), 1U);
  EXPECT_EQ(events->front().kind, "submitted");
}

TEST_P(AdmissionStoreTest, MeetingsComeInTheOrderTheyAreHeldWithTheirItems) {
  store::AdmissionStore store(*connection_);
  ASSERT_TRUE(store.plan_meeting(meeting("m2", "2027-01-12")));
  ASSERT_TRUE(store.plan_meeting(meeting("m1", "2026-11-23")));
  const auto meetings = store.meetings(network_);
  ASSERT_EQ(meetings->size(), 2U);
  EXPECT_EQ((*meetings)[0].id, "m1");
  EXPECT_EQ((*meetings)[1].id, "m2");
  EXPECT_EQ((*meetings)[0].items, (std::vector<std::string>{"Verslag", "Varia"}));
  EXPECT_EQ((*store.meeting(network_, "m2"))->place, "Huis van het Kind, zaal 1");
}

TEST_P(AdmissionStoreTest, ADecidedApplicationIsNeverDecidedAgain) {
  store::AdmissionStore store(*connection_);
  ASSERT_TRUE(store.submit(application("a1", "Speelotheek De Knikker")));
  ASSERT_TRUE(store.plan_meeting(meeting("m1", "2026-11-23")));
  ASSERT_TRUE(store.plan_meeting(meeting("m2", "2027-01-12")));
  ASSERT_TRUE(store.record_decision(decision("a1", "m1", core::Outcome::postponed)));
  EXPECT_EQ((*store.application(network_, "a1"))->status, core::ApplicationStatus::postponed);
  // The same meeting once only.
  const auto twice = store.record_decision(decision("a1", "m1", core::Outcome::not_admitted));
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, core::Error::Kind::conflict);
  EXPECT_EQ((*store.application(network_, "a1"))->status, core::ApplicationStatus::postponed);

  ASSERT_TRUE(store.record_decision(decision("a1", "m2", core::Outcome::not_admitted)));
  EXPECT_EQ((*store.application(network_, "a1"))->status, core::ApplicationStatus::not_admitted);
  const auto again = store.record_decision(decision("a1", "m2", core::Outcome::admitted));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, core::Error::Kind::conflict);

  const auto decisions = store.decisions(network_);
  ASSERT_EQ(decisions->size(), 2U);
  EXPECT_EQ((*decisions)[1].outcome, core::Outcome::not_admitted);
  EXPECT_EQ((*decisions)[1].votes_for, 9);
  EXPECT_EQ((*decisions)[1].rule, core::kDefaultDecisionRule);
  const auto events = store.events("a1");
  ASSERT_EQ(events->size(), 3U);
  EXPECT_EQ((*events)[1].kind, "postponed");
  EXPECT_EQ((*events)[2].kind, "decided");
  EXPECT_EQ((*events)[2].meeting_id, "m2");
}

TEST_P(AdmissionStoreTest, VotesMayBeLeftOut) {
  store::AdmissionStore store(*connection_);
  ASSERT_TRUE(store.submit(application("a1", "Speelotheek De Knikker")));
  ASSERT_TRUE(store.plan_meeting(meeting("m1", "2026-11-23")));
  store::AdmissionDecision consensus = decision("a1", "m1", core::Outcome::admitted);
  consensus.votes_for = consensus.votes_against = consensus.votes_abstained = std::nullopt;
  ASSERT_TRUE(store.record_decision(consensus));
  const auto decisions = store.decisions(network_);
  EXPECT_FALSE(decisions->front().votes_for);
  EXPECT_FALSE(decisions->front().votes_abstained);
}

TEST_P(AdmissionStoreTest, AnAdmissionAddsThePartnerWithAFreshIdWhenItsIdIsTaken) {
  store::AdmissionStore store(*connection_);
  store::CatalogueStore catalogue(*connection_);
  const core::Organization existing = app::demo_network().organizations.front();
  ASSERT_TRUE(store.submit(application("a1", existing.name)));
  ASSERT_TRUE(store.plan_meeting(meeting("m1", "2026-11-23")));
  const std::int64_t before = *catalogue.revision();

  core::Organization partner;
  partner.id = existing.id;  // taken: must not overwrite the existing organisation
  partner.name = existing.name;
  partner.partner_type = "association";
  partner.network_ids = {network_};
  partner.last_modified = "2026-11-23T20:00:00Z";
  const auto added = store.record_decision(decision("a1", "m1", core::Outcome::admitted), &partner);
  ASSERT_TRUE(added) << added.error().message;
  EXPECT_NE(*added, existing.id);
  EXPECT_GT(*catalogue.revision(), before);  // every node reloads its read model

  const auto loaded = catalogue.load();
  const auto count = std::ranges::count_if(loaded->organizations,
                                           [&](const core::Organization& o) { return o.name == existing.name; });
  EXPECT_EQ(count, 2);
  const auto it = std::ranges::find(loaded->organizations, *added, &core::Organization::id);
  ASSERT_NE(it, loaded->organizations.end());
  EXPECT_EQ(it->network_ids, std::vector<std::string>{network_});
  EXPECT_EQ((*store.application(network_, "a1"))->organization_id, *added);
  EXPECT_EQ(store.events("a1")->back().kind, "partner_added");
}

TEST_P(AdmissionStoreTest, AFailedAdmissionLeavesNoPartnerBehind) {
  store::AdmissionStore store(*connection_);
  store::CatalogueStore catalogue(*connection_);
  ASSERT_TRUE(store.submit(application("a1", "Speelotheek De Knikker")));
  ASSERT_TRUE(store.plan_meeting(meeting("m1", "2026-11-23")));
  ASSERT_TRUE(store.record_decision(decision("a1", "m1", core::Outcome::not_admitted)));
  const std::size_t organizations = catalogue.load()->organizations.size();
  core::Organization partner;
  partner.id = "new-partner";
  partner.name = "Speelotheek De Knikker";
  partner.partner_type = "association";
  partner.network_ids = {network_};
  partner.last_modified = "2026-11-23T20:00:00Z";
  EXPECT_FALSE(store.record_decision(decision("a1", "m1", core::Outcome::admitted), &partner));
  EXPECT_EQ(catalogue.load()->organizations.size(), organizations);
}

HVHK_INSTANTIATE_ENGINES(AdmissionStoreTest);

}  // namespace
}  // namespace hvhk

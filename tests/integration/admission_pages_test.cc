// Partner admission through the router, on both real engines: a candidate's form keeps what was
// typed and names what is wrong; an application goes on the agenda of the next meeting; the
// network's decision is refused (422, nothing stored) without reasons, when a minority would
// block, before the meeting, or twice; an admission adds the partner to the catalogue and mails
// the candidate; forms without their CSRF token do nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "app/demo_network.h"
#include "core/passwords.h"
#include "core/sessions.h"
#include "search/catalogue_index.h"
#include "store/account_store.h"
#include "store/admission_store.h"
#include "store/catalogue_store.h"
#include "store/outbox_store.h"
#include "test_databases.h"
#include "web/local_date.h"
#include "web/page.h"
#include "web/portal.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

constexpr const char* kCoordinatorSession = "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc";
constexpr const char* kFormToken = "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";

std::string day_from_today(int days) {
  return core::format_date(core::Date{std::chrono::sys_days{web::local_today()} + std::chrono::days{days}});
}

class AdmissionPagesTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    HVHK_ENGINE_TEST_SETUP();
    db_ = std::make_unique<TestDatabase>(GetParam());
    connection_ = db_->migrated();
    core::Catalogue c = app::demo_network();
    ASSERT_TRUE(store::CatalogueStore(*connection_).save(c));
    network_ = c.networks.front().id;
    municipality_ = c.networks.front().municipality_nis_codes.front();
    index_ = std::make_shared<const search::CatalogueIndex>(std::move(c));
    web::PortalOptions options;
    options.db_url = db_->url();
    options.index = [this] { return index_; };
    web::add_portal_routes(router_, options);
    store::AccountStore accounts(*connection_);
    auto user = accounts.create_user("coordinator@test.example", "Coördinator", core::hash_password("pw-123456789"),
                                     "2026-11-01T08:00:00Z", "");
    ASSERT_TRUE(user);
    coordinator_ = user->id;
    ASSERT_TRUE(accounts.add_membership(user->id, core::Membership{core::Role::coordinator, network_},
                                        "2026-11-01T08:00:00Z", ""));
    store::Session session;
    session.user_id = user->id;
    session.csrf_token = "csrf";
    session.expires_at = "2099-01-01T00:00:00Z";
    ASSERT_TRUE(accounts.create_session(kCoordinatorSession, session, "2026-11-01T08:00:00Z"));
  }

  http::Response send(const std::string& method, const std::string& path, const std::string& body,
                      const std::string& cookies, const std::string& query = "") {
    http::Request req;
    req.method = method;
    req.path = path;
    req.body = body;
    req.client_address = "192.0.2.7";
    if (!query.empty()) req.query.add("bewaard", query);
    if (!cookies.empty()) req.headers.emplace("cookie", cookies);
    return router_.dispatch(req);
  }
  http::Response coordinator(const std::string& method, const std::string& path, const std::string& body = "") {
    return send(method, path, body, std::string("hvhk_session=") + kCoordinatorSession);
  }

  std::string apply_path() const { return "/huis/" + network_ + "/partner-worden"; }
  std::string candidate_form(const std::string& name, const std::string& email) const {
    return "csrf=" + std::string(kFormToken) + "&organization_name=" + web::encode_query_value(name) +
           "&partner_type=association&contact_name=An+Peeters&email=" + web::encode_query_value(email) +
           "&themes=leisure&themes=meeting-cohesion&age_bands=3-6&municipalities=" + municipality_ +
           "&motivation=" + web::encode_query_value("Wij lenen speelgoed uit.");
  }
  http::Response apply(const std::string& body) {
    return send("POST", apply_path(), body, std::string("hvhk_form=") + kFormToken);
  }

  std::string plan(const std::string& date, const std::string& time = "19:30") {
    const auto r = coordinator(
        "POST", "/portaal/huis/" + network_ + "/vergaderingen",
        "csrf=csrf&date=" + date + "&time=" + web::encode_query_value(time) + "&place=Zaal+1&items=Verslag%0D%0AVaria");
    EXPECT_EQ(r.status, 303U) << r.body;
    const auto meetings = store::AdmissionStore(*connection_).meetings(network_);
    for (const auto& m : *meetings) {
      if (m.date == date && m.time == time) return m.id;
    }
    return "";
  }

  std::vector<store::PartnerApplication> applications() {
    return *store::AdmissionStore(*connection_).applications(network_);
  }

  http::Response decide(const std::string& meeting, const std::string& application, const std::string& fields,
                        const std::string& csrf = "csrf") {
    return coordinator("POST", "/portaal/huis/" + network_ + "/vergaderingen/" + meeting + "/beslissing",
                       "csrf=" + csrf + "&application=" + application + "&" + fields);
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
  std::shared_ptr<const search::CatalogueIndex> index_;
  http::Router router_;
  std::string network_, municipality_, coordinator_;
};

TEST_P(AdmissionPagesTest, TheFormSetsItsTokenAndAnUnknownNetworkIsNotFound) {
  const auto page = send("GET", apply_path(), "", "");
  EXPECT_EQ(page.status, 200U);
  EXPECT_NE(page.body.find("name=\"organization_name\""), std::string::npos);
  EXPECT_TRUE(std::ranges::any_of(
      page.headers, [](const auto& h) { return h.first == "Set-Cookie" && h.second.starts_with("hvhk_form="); }));
  EXPECT_EQ(send("GET", "/huis/no-such-network/partner-worden", "", "").status, 404U);
}

TEST_P(AdmissionPagesTest, BadInputKeepsWhatWasTypedAndStoresNothing) {
  const auto r = apply(candidate_form("Speelotheek <De Knikker>", ""));
  EXPECT_EQ(r.status, 422U);
  EXPECT_NE(r.body.find("value=\"Speelotheek &lt;De Knikker&gt;\""), std::string::npos);
  EXPECT_NE(r.body.find("id=\"email-error\""), std::string::npos);
  EXPECT_NE(r.body.find("Wij lenen speelgoed uit."), std::string::npos);
  EXPECT_NE(r.body.find("value=\"leisure\" checked"), std::string::npos);
  EXPECT_TRUE(applications().empty());
  EXPECT_TRUE(store::OutboxStore(*connection_).all()->empty());
}

TEST_P(AdmissionPagesTest, WithoutTheFormTokenNothingIsStored) {
  const auto no_cookie = send("POST", apply_path(), candidate_form("De Knikker", "an@knikker.example"), "");
  EXPECT_EQ(no_cookie.status, 403U);
  const auto other_cookie = send("POST", apply_path(), candidate_form("De Knikker", "an@knikker.example"),
                                 "hvhk_form=" + std::string(64, 'e'));
  EXPECT_EQ(other_cookie.status, 403U);
  EXPECT_TRUE(applications().empty());
}

TEST_P(AdmissionPagesTest, AnApplicationGoesOnTheAgendaOfTheNextMeeting) {
  const std::string past = plan(day_from_today(-7));
  const std::string next = plan(day_from_today(14));
  const std::string later = plan(day_from_today(40));
  const auto r = apply(candidate_form("Speelotheek De Knikker", "an@knikker.example"));
  ASSERT_EQ(r.status, 200U) << r.body;
  const auto stored = applications();
  ASSERT_EQ(stored.size(), 1U);
  const std::string meetings = "/portaal/huis/" + network_ + "/vergaderingen/";
  EXPECT_NE(coordinator("GET", meetings + next).body.find("Speelotheek De Knikker"), std::string::npos);
  EXPECT_NE(coordinator("GET", meetings + later).body.find("Speelotheek De Knikker"), std::string::npos);
  EXPECT_EQ(coordinator("GET", meetings + past).body.find("Speelotheek De Knikker"), std::string::npos);
  // The list names the next meeting; the candidate heard it was received and when it is on the agenda.
  const auto list = coordinator("GET", "/portaal/huis/" + network_ + "/aanvragen");
  EXPECT_NE(list.body.find(next), std::string::npos);
  const auto mails = *store::OutboxStore(*connection_).all();
  ASSERT_EQ(mails.size(), 1U);
  EXPECT_EQ(mails.front().recipient, "an@knikker.example");
  EXPECT_EQ(mails.front().dedupe_key, "admission:" + stored.front().id + ":received");
  const auto events = *store::AdmissionStore(*connection_).events(stored.front().id);
  EXPECT_TRUE(
      std::ranges::any_of(events, [&](const auto& e) { return e.kind == "on_agenda" && e.meeting_id == next; }));
  EXPECT_TRUE(std::ranges::any_of(events, [](const auto& e) { return e.kind == "notified"; }));
}

TEST_P(AdmissionPagesTest, AMeetingPlannedLaterPutsWaitingApplicationsOnItsAgendaAndTellsTheCandidate) {
  ASSERT_EQ(apply(candidate_form("Speelotheek De Knikker", "an@knikker.example")).status, 200U);
  const std::string next = plan(day_from_today(10));
  const std::string id = applications().front().id;
  const auto mails = *store::OutboxStore(*connection_).all();
  EXPECT_TRUE(
      std::ranges::any_of(mails, [&](const auto& m) { return m.dedupe_key == "admission:" + id + ":agenda:" + next; }));
}

TEST_P(AdmissionPagesTest, ARejectionWithoutReasonsIsRefusedAndNothingIsStored) {
  ASSERT_EQ(apply(candidate_form("Speelotheek De Knikker", "an@knikker.example")).status, 200U);
  const std::string today = plan(day_from_today(0));
  const std::string id = applications().front().id;
  const auto r = decide(today, id, "outcome=not_admitted&reasons=&rule=Consensus");
  EXPECT_EQ(r.status, 422U);
  EXPECT_NE(r.body.find("id=\"reasons-" + id + "-error\""), std::string::npos);
  EXPECT_NE(r.body.find("Schrijf de redenen op"), std::string::npos);  // in Dutch, next to the field
  EXPECT_NE(r.body.find("value=\"not_admitted\" checked"), std::string::npos);
  EXPECT_TRUE(store::AdmissionStore(*connection_).decisions(network_)->empty());
  EXPECT_EQ(applications().front().status, core::ApplicationStatus::pending);
}

TEST_P(AdmissionPagesTest, AMinorityCannotBlock) {
  ASSERT_EQ(apply(candidate_form("Speelotheek De Knikker", "an@knikker.example")).status, 200U);
  const std::string today = plan(day_from_today(0));
  const std::string id = applications().front().id;
  const auto r =
      decide(today, id, "outcome=not_admitted&votes_for=9&votes_against=1&votes_abstained=&reasons=Concurrent&rule=X");
  EXPECT_EQ(r.status, 422U);
  EXPECT_NE(r.body.find("id=\"votes_against-" + id + "-error\""), std::string::npos);
  EXPECT_NE(r.body.find(">Concurrent</textarea>"), std::string::npos);
  EXPECT_TRUE(store::AdmissionStore(*connection_).decisions(network_)->empty());
}

TEST_P(AdmissionPagesTest, NoDecisionBeforeTheMeetingNorWithoutTheSessionToken) {
  ASSERT_EQ(apply(candidate_form("Speelotheek De Knikker", "an@knikker.example")).status, 200U);
  const std::string ahead = plan(day_from_today(3));
  const std::string today = plan(day_from_today(0));
  const std::string id = applications().front().id;
  EXPECT_EQ(decide(ahead, id, "outcome=admitted&rule=X").status, 422U);
  EXPECT_EQ(decide(today, id, "outcome=admitted&rule=X", "wrong").status, 403U);
  EXPECT_EQ(decide(today, "no-such-application", "outcome=admitted&rule=X").status, 404U);
  EXPECT_TRUE(store::AdmissionStore(*connection_).decisions(network_)->empty());
}

TEST_P(AdmissionPagesTest, AnAdmissionAddsThePartnerAndMailsTheCandidate) {
  ASSERT_EQ(apply(candidate_form("Speelotheek De Knikker", "an@knikker.example")).status, 200U);
  const std::string today = plan(day_from_today(0));
  const std::string id = applications().front().id;
  const auto r = decide(today, id,
                        "outcome=admitted&votes_for=12&votes_against=1&votes_abstained=2&reasons=&rule=" +
                            web::encode_query_value(std::string(core::kDefaultDecisionRule)));
  ASSERT_EQ(r.status, 303U) << r.body;

  const auto a = applications().front();
  EXPECT_EQ(a.status, core::ApplicationStatus::admitted);
  ASSERT_FALSE(a.organization_id.empty());
  const auto catalogue = store::CatalogueStore(*connection_).load();
  const auto org = std::ranges::find(catalogue->organizations, a.organization_id, &core::Organization::id);
  ASSERT_NE(org, catalogue->organizations.end());
  EXPECT_EQ(org->name, "Speelotheek De Knikker");
  EXPECT_EQ(org->network_ids, std::vector<std::string>{network_});
  EXPECT_EQ(org->partner_type, "association");

  const auto mails = *store::OutboxStore(*connection_).all();
  const auto decision = std::ranges::find_if(
      mails, [&](const auto& m) { return m.dedupe_key == "admission:" + id + ":decision:" + today + ":admitted"; });
  ASSERT_NE(decision, mails.end());
  EXPECT_NE(decision->body.find("Speelotheek De Knikker"), std::string::npos);
  const auto log = *store::AccountStore(*connection_).audit_log(20);
  EXPECT_TRUE(
      std::ranges::any_of(log, [&](const auto& e) { return e.action == "admission_decided" && e.subject == id; }));

  // The meeting page says so and links to the new partner's page; a second decision is refused.
  const auto page = send("GET", "/portaal/huis/" + network_ + "/vergaderingen/" + today, "",
                         std::string("hvhk_session=") + kCoordinatorSession, id);
  EXPECT_NE(page.body.find("/portaal/organisatie/" + a.organization_id), std::string::npos);
  EXPECT_EQ(decide(today, id, "outcome=not_admitted&reasons=Toch+niet&rule=X").status, 422U);
  EXPECT_EQ(store::AdmissionStore(*connection_).decisions(network_)->size(), 1U);
}

TEST_P(AdmissionPagesTest, ARejectionIsMailedWithItsReasonsAndTheHistoryStays) {
  ASSERT_EQ(apply(candidate_form("Speelotheek De Knikker", "an@knikker.example")).status, 200U);
  const std::string today = plan(day_from_today(0));
  const std::string id = applications().front().id;
  ASSERT_EQ(decide(today, id,
                   "outcome=not_admitted&votes_for=2&votes_against=9&reasons=" +
                       web::encode_query_value("Geen aanbod voor gezinnen in onze gemeenten.") + "&rule=Meerderheid")
                .status,
            303U);
  const auto mails = *store::OutboxStore(*connection_).all();
  EXPECT_TRUE(std::ranges::any_of(mails, [](const auto& m) {
    return m.body.find("Geen aanbod voor gezinnen in onze gemeenten.") != std::string::npos;
  }));
  const auto page = coordinator("GET", "/portaal/huis/" + network_ + "/aanvragen/" + id);
  EXPECT_EQ(page.status, 200U);
  EXPECT_NE(page.body.find("Geen aanbod voor gezinnen in onze gemeenten."), std::string::npos);
  EXPECT_NE(page.body.find("Meerderheid"), std::string::npos);
  const auto events = *store::AdmissionStore(*connection_).events(id);
  std::vector<std::string> kinds;
  kinds.reserve(events.size());
  for (const auto& e : events) kinds.push_back(e.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"submitted", "notified", "on_agenda", "notified", "decided", "notified"}));
}

TEST_P(AdmissionPagesTest, APostponedApplicationIsDecidedAtALaterMeeting) {
  ASSERT_EQ(apply(candidate_form("Speelotheek De Knikker", "an@knikker.example")).status, 200U);
  const std::string first = plan(day_from_today(0), "00:00");
  const std::string second = plan(day_from_today(0), "23:59");
  const std::string id = applications().front().id;
  ASSERT_EQ(decide(second, id, "outcome=postponed&reasons=&rule=X").status, 303U);
  EXPECT_EQ(applications().front().status, core::ApplicationStatus::postponed);
  EXPECT_EQ(decide(second, id, "outcome=admitted&rule=X").status, 422U);  // not twice at one meeting
  EXPECT_EQ(decide(first, id, "outcome=admitted&rule=X").status, 422U);   // nor at an earlier one
  const std::string third = plan(day_from_today(21));
  EXPECT_NE(coordinator("GET", "/portaal/huis/" + network_ + "/vergaderingen/" + third).body.find("Speelotheek"),
            std::string::npos);  // stays on the agendas until decided
}

HVHK_INSTANTIATE_ENGINES(AdmissionPagesTest);

}  // namespace
}  // namespace hvhk

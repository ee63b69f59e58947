// The session pages (web/portal_sessions.cc) on both engines, as a partner's staff member uses
// them: planning one date, weekly dates and a series; wrong input named per field with nothing
// stored; who registered, opened one audited read at a time; the list as a file; attendance
// with a walk-in beyond the places; registering a family at the desk with a printed slip; and
// reach figures that never show a number under 5.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "app/demo_network.h"
#include "core/data_key.h"
#include "core/passwords.h"
#include "http/form.h"
#include "search/catalogue_index.h"
#include "store/account_store.h"
#include "store/catalogue_store.h"
#include "store/registration_store.h"
#include "test_databases.h"
#include "web/portal.h"

namespace hvhk {
namespace {

using store::Engine;

class SessionPages : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    if (testing::skip_unavailable(GetParam())) GTEST_SKIP() << "no PostgreSQL (HVHK_TEST_PG_URL)";
    db_ = std::make_unique<testing::TestDatabase>(GetParam());
    connection_ = db_->migrated();
    core::Catalogue c = app::demo_network();
    ASSERT_TRUE(store::CatalogueStore(*connection_).save(c));
    org_ = c.organizations.front().id;
    index_ = std::make_shared<const search::CatalogueIndex>(std::move(c));
    const auto& services = index_->services_of(org_);
    ASSERT_FALSE(services.empty());
    const core::Service& offer = index_->catalogue().services[services.front()];
    offer_ = offer.id;
    if (!offer.locations.empty()) place_ = offer.locations.front().location_id;
    web::PortalOptions options{db_->url(), [this] { return index_; }, true, {}};
    options.data_key = std::make_shared<const core::DataKey>(core::DataKey::generate());
    web::add_portal_routes(router_, options);
    store::AccountStore accounts(*connection_);
    auto user = accounts.create_user("staff@test.example", "Staff", core::hash_password("test-password-123"),
                                     "2026-11-23T08:00:00Z", "");
    ASSERT_TRUE(user);
    ASSERT_TRUE(accounts.add_membership(user->id, {core::Role::partner_staff, org_}, "2026-11-23T08:00:00Z", ""));
    ASSERT_TRUE(accounts.create_session(token_, store::Session{user->id, "csrf", "2099-01-01T00:00:00Z"},
                                        "2026-11-23T08:00:00Z"));
  }

  http::Response send(const std::string& method, const std::string& path, const std::string& body = "") {
    http::Request req;
    req.method = method;
    const auto q = path.find('?');
    req.path = path.substr(0, q);
    if (q != std::string::npos) {
      std::string error;
      EXPECT_TRUE(http::parse_form(path.substr(q + 1), req.query, error));
    }
    req.body = body;
    req.headers.emplace("cookie", "hvhk_session=" + token_);
    return router_.dispatch(req);
  }

  std::string plan_path() const { return "/portaal/organisatie/" + org_ + "/aanbod/" + offer_ + "/sessies"; }
  std::string session_path(const std::string& id) const { return "/portaal/organisatie/" + org_ + "/sessies/" + id; }

  http::Response plan(const std::string& fields) {
    return send("POST", plan_path(), "csrf=csrf&place=" + place_ + "&start=14:00&end=16:00&" + fields);
  }

  std::vector<store::ActivitySession> sessions() {
    auto all = store::RegistrationStore(*connection_).of_service(offer_);
    EXPECT_TRUE(all);
    return all ? *all : std::vector<store::ActivitySession>{};
  }

  // One session on 2099-12-02 with capacity places; its id.
  std::string one_session(int capacity) {
    EXPECT_EQ(plan("kind=once&date=2099-12-02&capacity=" + std::to_string(capacity)).status, 303U);
    const auto all = sessions();
    return all.empty() ? "" : all.front().id;
  }

  std::size_t audit_entries() {
    auto log = store::AccountStore(*connection_).audit_log(10000);
    EXPECT_TRUE(log);
    return log ? log->size() : 0;
  }

  http::Response assist(const std::string& session, const std::string& first_name, const std::string& request_key) {
    return send(
        "POST", session_path(session) + "/inschrijven",
        "csrf=csrf&first_name=" + first_name + "&channel=print&language=nl&child=3&consent=yes&request=" + request_key);
  }

  std::unique_ptr<testing::TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
  std::shared_ptr<const search::CatalogueIndex> index_;
  http::Router router_;
  std::string org_, offer_, place_;
  std::string token_ = std::string(64, 's');
};

TEST_P(SessionPages, PlanningOnceWeeklyAndASeriesStoresTheRightDates) {
  EXPECT_EQ(send("GET", plan_path()).status, 200U);
  EXPECT_EQ(plan("kind=once&date=2099-12-02&capacity=12&price_standard=5%2C50&confirm_hours=24").status, 303U);
  auto all = sessions();
  ASSERT_EQ(all.size(), 1U);
  EXPECT_EQ(all[0].id, offer_ + "-20991202-1400");
  EXPECT_EQ(all[0].kind, "once");
  EXPECT_EQ(all[0].starts_at(), "2099-12-02T14:00");
  EXPECT_EQ(all[0].ends_at(), "2099-12-02T16:00");
  EXPECT_EQ(all[0].capacity, 12);
  EXPECT_EQ(all[0].price_standard_cents, 550);
  EXPECT_EQ(all[0].confirm_hours, 24);

  // The same moment again gets its own id.
  EXPECT_EQ(plan("kind=once&date=2099-12-02&capacity=5").status, 303U);
  EXPECT_EQ(sessions().size(), 2U);

  EXPECT_EQ(plan("kind=weekly&date=2099-12-28&count=3&capacity=10&min_age=2&max_age=4").status, 303U);
  all = sessions();
  ASSERT_EQ(all.size(), 5U);  // newest first
  EXPECT_EQ(all[0].starts_at(), "2100-01-11T14:00");
  EXPECT_EQ(all[1].starts_at(), "2100-01-04T14:00");
  EXPECT_EQ(all[2].starts_at(), "2099-12-28T14:00");
  EXPECT_EQ(all[2].dates.size(), 1U);
  EXPECT_EQ(all[2].min_age_months, 24);
  EXPECT_EQ(all[2].max_age_months, 59);

  EXPECT_EQ(
      plan("kind=series&date=2101-03-01&count=4&capacity=8&residents_until=2101-02-01&postcodes=9000+9050").status,
      303U);
  all = sessions();
  ASSERT_EQ(all.size(), 6U);
  const store::ActivitySession& series = all[0];
  EXPECT_EQ(series.kind, "series");
  ASSERT_EQ(series.dates.size(), 4U);
  EXPECT_EQ(series.dates[0].starts_at, "2101-03-01T14:00");
  EXPECT_EQ(series.dates[3].starts_at, "2101-03-22T14:00");
  EXPECT_EQ(series.residents_until, "2101-02-01");
  EXPECT_EQ(series.resident_postcodes, "9000 9050");
  // The list shows them.
  EXPECT_NE(send("GET", plan_path()).body.find("2101-03-01"), std::string::npos);
}

TEST_P(SessionPages, WrongInputIsNamedNextToItsFieldAndNothingIsStored) {
  const std::pair<std::string, std::string> cases[] = {
      {"kind=once&date=2001-01-01&capacity=5", "date"},
      {"kind=once&date=2099-02-30&capacity=5", "date"},
      {"kind=once&date=2099-12-02&capacity=0", "capacity"},
      {"kind=once&date=2099-12-02&capacity=501", "capacity"},
      {"kind=once&date=2099-12-02&capacity=many", "capacity"},
      {"kind=weekly&date=2099-12-02&count=61&capacity=5", "count"},
      {"kind=series&date=2099-12-02&count=0&capacity=5", "count"},
      {"kind=sometimes&date=2099-12-02&capacity=5", "kind"},
      {"kind=once&date=2099-12-02&capacity=5&min_age=6&max_age=3", "max_age"},
      {"kind=once&date=2099-12-02&capacity=5&min_age=30", "min_age"},
      {"kind=once&date=2099-12-02&capacity=5&price_standard=vijf", "price_standard"},
      {"kind=once&date=2099-12-02&capacity=5&price_reduced=1%2C234", "price_reduced"},
      {"kind=once&date=2099-12-02&capacity=5&opens=2099-11-20&closes=2099-11-10", "closes"},
      {"kind=once&date=2099-12-02&capacity=5&closes=2099-12-05", "closes"},
      {"kind=once&date=2099-12-02&capacity=5&residents_until=2099-11-01&postcodes=", "postcodes"},
      {"kind=once&date=2099-12-02&capacity=5&postcodes=90000", "postcodes"},
      {"kind=once&date=2099-12-02&capacity=5&confirm_hours=1000", "confirm_hours"},
  };
  for (const auto& [fields, field] : cases) {
    const http::Response r = plan(fields);
    EXPECT_EQ(r.status, 422U) << fields;
    EXPECT_NE(r.body.find("id=\"" + field + "-error\""), std::string::npos) << fields;
    EXPECT_NE(r.body.find("href=\"#" + field + "\""), std::string::npos) << fields;  // the summary links to it
    EXPECT_TRUE(sessions().empty()) << fields;
  }
  // The end before the start, with what was typed kept.
  const http::Response r = send(
      "POST", plan_path(), "csrf=csrf&place=" + place_ + "&kind=once&date=2099-12-02&start=16:00&end=15:00&capacity=7");
  EXPECT_EQ(r.status, 422U);
  EXPECT_NE(r.body.find("id=\"end-error\""), std::string::npos);
  EXPECT_NE(r.body.find("value=\"2099-12-02\""), std::string::npos);
  EXPECT_NE(r.body.find("value=\"7\""), std::string::npos);
  EXPECT_TRUE(sessions().empty());
}

TEST_P(SessionPages, TheListShowsWhoRegisteredAndEachReadIsAudited) {
  const std::string id = one_session(10);
  const http::Response slip = assist(id, "Amina", "req-1");
  ASSERT_EQ(slip.status, 200U) << slip.body;
  EXPECT_NE(slip.body.find("Amina"), std::string::npos);
  EXPECT_NE(slip.body.find("/inschrijving/"), std::string::npos);  // the family's link, as text
  EXPECT_NE(slip.body.find("<svg"), std::string::npos);            // and as QR code
  ASSERT_EQ(assist(id, "Bart", "req-2").status, 200U);

  const std::size_t before = audit_entries();
  const http::Response list = send("GET", session_path(id));
  ASSERT_EQ(list.status, 200U);
  EXPECT_NE(list.body.find("Amina"), std::string::npos);
  EXPECT_NE(list.body.find("Bart"), std::string::npos);
  EXPECT_LT(list.body.find("Amina"), list.body.find("Bart"));  // line order
  EXPECT_EQ(audit_entries(), before + 2);                      // one read per registration
  const bool private_page = std::any_of(list.headers.begin(), list.headers.end(), [](const auto& h) {
    return h.first == "Cache-Control" && h.second == "no-store";
  });
  EXPECT_TRUE(private_page);
}

TEST_P(SessionPages, TheListAsAFormulaSafeCsvFileIsOneAuditedRead) {
  const std::string id = one_session(10);
  ASSERT_EQ(assist(id, "%3DHYPERLINK(1)", "req-1").status, 200U);
  ASSERT_EQ(assist(id, "Chloé", "req-2").status, 200U);
  const std::size_t before = audit_entries();
  const http::Response csv = send("GET", session_path(id) + ".csv");
  ASSERT_EQ(csv.status, 200U);
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBF"));
  EXPECT_NE(csv.body.find("'=HYPERLINK(1)"), std::string::npos);
  EXPECT_NE(csv.body.find("Chloé"), std::string::npos);
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 3);  // header and two rows
  bool attachment = false;
  for (const auto& [name, value] : csv.headers) {
    if (name == "Content-Disposition") attachment = value.starts_with("attachment;");
  }
  EXPECT_TRUE(attachment);
  EXPECT_EQ(audit_entries(), before + 1);
}

TEST_P(SessionPages, AttendanceIsSavedAndAWalkInComesInBeyondThePlaces) {
  const std::string id = one_session(1);
  ASSERT_EQ(assist(id, "Amina", "req-1").status, 200U);
  store::RegistrationStore store(*connection_);
  auto list = store.of_session(id);
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 1U);
  const std::int64_t amina = list->front().id;
  const std::string page = session_path(id) + "/aanwezigheid";
  const http::Response form = send("GET", page);
  ASSERT_EQ(form.status, 200U);
  EXPECT_NE(form.body.find("id=\"present-" + std::to_string(amina) + "\""), std::string::npos);

  EXPECT_EQ(send("POST", page, "csrf=csrf&datum=2099-12-02T14:00&action=save&present=" + std::to_string(amina)).status,
            303U);
  auto marks = store.attendance(id, "2099-12-02T14:00");
  ASSERT_TRUE(marks);
  ASSERT_EQ(marks->size(), 1U);
  EXPECT_TRUE(marks->front().second);
  EXPECT_NE(send("GET", page).body.find("checked"), std::string::npos);
  // Unticked and saved: absent.
  EXPECT_EQ(send("POST", page, "csrf=csrf&datum=2099-12-02T14:00&action=save").status, 303U);
  marks = store.attendance(id, "2099-12-02T14:00");
  ASSERT_TRUE(marks);
  EXPECT_FALSE(marks->front().second);
  // A date that is not the session's.
  EXPECT_EQ(send("POST", page, "csrf=csrf&datum=2099-12-09T14:00&action=save").status, 400U);

  // A walk-in: the session is full, they come in anyway and are present at once.
  const http::Response bad = send("POST", page, "csrf=csrf&datum=2099-12-02T14:00&action=walk_in&children=0");
  EXPECT_EQ(bad.status, 422U);
  EXPECT_NE(bad.body.find("id=\"children-error\""), std::string::npos);
  const http::Response no_consent =
      send("POST", page, "csrf=csrf&datum=2099-12-02T14:00&action=walk_in&children=1&first_name=Zoe");
  EXPECT_EQ(no_consent.status, 422U);
  EXPECT_EQ(store.of_session(id)->size(), 1U);
  EXPECT_EQ(send("POST", page, "csrf=csrf&datum=2099-12-02T14:00&action=walk_in&children=1&ages=3").status, 303U);
  list = store.of_session(id);
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 2U);
  EXPECT_EQ(list->back().state, "confirmed");
  EXPECT_TRUE(list->back().walk_in);
  marks = store.attendance(id, "2099-12-02T14:00");
  ASSERT_TRUE(marks);
  bool walk_in_present = false;
  for (const auto& [registration, present] : *marks) {
    if (registration == list->back().id) walk_in_present = present;
  }
  EXPECT_TRUE(walk_in_present);
}

TEST_P(SessionPages, AssistedRegistrationWithAPrintedSlipAndWrongInputKept) {
  const std::string id = one_session(10);
  const http::Response wrong = send("POST", session_path(id) + "/inschrijven",
                                    "csrf=csrf&first_name=Amina&channel=print&language=nl&child=3&request=r");
  EXPECT_EQ(wrong.status, 422U);
  EXPECT_NE(wrong.body.find("id=\"consent-error\""), std::string::npos);
  EXPECT_NE(wrong.body.find("value=\"Amina\""), std::string::npos);
  EXPECT_TRUE(store::RegistrationStore(*connection_).of_session(id)->empty());
  const http::Response slip = assist(id, "Amina", "r");
  ASSERT_EQ(slip.status, 200U);
  EXPECT_NE(slip.body.find("class=\"slip\""), std::string::npos);
  EXPECT_NE(slip.body.find("2099-12-02 14:00"), std::string::npos);
  auto list = store::RegistrationStore(*connection_).of_session(id);
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 1U);
  EXPECT_TRUE(list->front().assisted);
  EXPECT_EQ(list->front().channel, "print");
}

TEST_P(SessionPages, ReachFiguresNeverShowANumberUnderFive) {
  store::RegistrationStore store(*connection_);
  // 4 families in a session of 2098, 6 in one of 2099 (one of them twice: counted once).
  for (const auto& [id, year, families] : {std::tuple{"s-2098", "2098", 4}, std::tuple{"s-2099", "2099", 6}}) {
    store::ActivitySession s;
    s.id = id;
    s.service_id = offer_;
    s.dates = {{std::string(year) + "-06-01T10:00", std::string(year) + "-06-01T12:00"}};
    s.capacity = 20;
    ASSERT_TRUE(store.add_session(s, "2026-11-23T08:00:00Z"));
    for (int f = 0; f < families; ++f) {
      store::NewRegistration n;
      n.session_id = id;
      n.family_key = fmt::format("family-{}", f);
      n.request_key = fmt::format("{}-{}", id, f);
      n.cancel_token_hash = n.request_key;
      n.children = 1;
      n.age_bands = "3-6";
      ASSERT_TRUE(store.register_family(n, "2026-11-23T08:00:00Z"));
    }
  }
  const http::Response r = send("GET", "/portaal/organisatie/" + org_ + "/aanbod/" + offer_ + "/bereik");
  ASSERT_EQ(r.status, 200U);
  EXPECT_NE(r.body.find("<th scope=\"row\">2098</th><td>&lt; 5</td><td>&lt; 5</td>"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("<th scope=\"row\">2099</th><td>6</td><td>6</td>"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("<td>4</td>"), std::string::npos);
}

// The coordinator's overview: per upcoming session of the network its places, taken, free, in
// line and how full — numbers only, never a family's name.
TEST_P(SessionPages, TheNetworkSeesOccupancyAndWaitingListsWithoutNames) {
  const std::string id = one_session(2);
  for (const char* name : {"Amina", "Bilal", "Chen"}) {
    ASSERT_EQ(assist(id, name, std::string(60, 'c') + name).status, 200U);  // the slip
  }
  const std::string network = index_->catalogue().networks.front().id;
  store::AccountStore accounts(*connection_);
  auto user = accounts.create_user("coordinator@test.example", "Coördinator", core::hash_password("test-password-123"),
                                   "2026-11-23T08:00:00Z", "");
  ASSERT_TRUE(user);
  ASSERT_TRUE(accounts.add_membership(user->id, {core::Role::coordinator, network}, "2026-11-23T08:00:00Z", ""));
  const std::string token(64, 'k');
  ASSERT_TRUE(
      accounts.create_session(token, store::Session{user->id, "csrf", "2099-01-01T00:00:00Z"}, "2026-11-23T08:00:00Z"));
  http::Router router;  // the second sign-in step is not what this test is about
  web::PortalOptions options{db_->url(), [this] { return index_; }, false, {}};
  options.data_key = std::make_shared<const core::DataKey>(core::DataKey::generate());
  web::add_portal_routes(router, options);
  http::Request req;
  req.method = "GET";
  req.path = "/portaal/huis/" + network + "/bezetting";
  req.headers.emplace("cookie", "hvhk_session=" + token);
  const http::Response r = router.dispatch(req);
  ASSERT_EQ(r.status, 200U) << r.body;
  EXPECT_NE(r.body.find("<td>2</td><td>2</td><td>0</td><td>1</td>"), std::string::npos) << r.body;  // 2 of 2, 1 in line
  for (const char* name : {"Amina", "Bilal", "Chen"}) EXPECT_EQ(r.body.find(name), std::string::npos) << name;
  req.path = session_path(id);  // the families themselves: not for the coordinator
  EXPECT_EQ(router.dispatch(req).status, 403U);
}

HVHK_INSTANTIATE_ENGINES(SessionPages);

}  // namespace
}  // namespace hvhk

// The family's registration through the router, on both real engines: the offer page shows the
// dates with places left; a good form registers once (the same form sent again lands on the same
// registration), queues the confirmation with its calendar and seals the family's data; bad input
// is refused next to its field with nothing stored (impossible ages, a begun session, a closed
// window, the same family twice, oversize text, a missing CSRF token); cancelling by the family's
// link offers the place to the first family in line, who confirms it on its own page.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/demo_network.h"
#include "core/data_key.h"
#include "search/catalogue_index.h"
#include "store/catalogue_store.h"
#include "store/outbox_store.h"
#include "store/registration_store.h"
#include "test_databases.h"
#include "web/registration_pages.h"
#include "web/site.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

constexpr const char* kFormToken = "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";
constexpr const char* kSession = "huiswerk-2099-03-04";

std::string header(const http::Response& response, const std::string& name) {
  for (const auto& [key, value] : response.headers) {
    if (key == name) return value;
  }
  return {};
}

std::string request_key(int n) { return std::string(60, 'a') + std::to_string(1000 + n); }

class RegistrationPagesTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    HVHK_ENGINE_TEST_SETUP();
    db_ = std::make_unique<TestDatabase>(GetParam());
    connection_ = db_->migrated();
    core::Catalogue c = app::demo_network();
    ASSERT_TRUE(store::CatalogueStore(*connection_).save(c));
    index_ = std::make_shared<const search::CatalogueIndex>(std::move(c));
    offer_ = app::demo_id("service/huiswerkklas");
    store::ActivitySession s;
    s.id = kSession;
    s.service_id = offer_;
    s.location_id = app::demo_id("location/school-regenboog");
    s.dates = {{"2099-03-04T13:30", "2099-03-04T15:30"}};
    s.capacity = 1;
    s.min_age_months = 72;
    s.max_age_months = 143;
    ASSERT_TRUE(store::RegistrationStore(*connection_).add_session(s, "2026-11-01T08:00:00Z"));
    web::add_registration_routes(router_, web::RegistrationOptions{db_->url(), [this] { return index_; }, key_});
    web::add_site_routes(
        router_, [this] { return index_; },
        [this](const std::string& id) { return web::upcoming_sessions(db_->url(), id); });
  }

  http::Response send(const std::string& method, const std::string& path, const std::string& body = "",
                      bool with_cookie = true) {
    http::Request req;
    req.method = method;
    req.path = path;
    req.body = body;
    req.client_address = "192.0.2.7";
    if (with_cookie) req.headers.emplace("cookie", std::string("hvhk_form=") + kFormToken);
    return router_.dispatch(req);
  }

  std::string form_path() const { return "/aanbod/" + offer_ + "/inschrijven/" + kSession; }

  static std::string family(int n, const std::string& extra = "") {
    return "csrf=" + std::string(kFormToken) + "&request=" + request_key(n) + "&first_name=Ouder" + std::to_string(n) +
           "&email=ouder" + std::to_string(n) + "%40example.be&channel=email&language=nl&child=8" + "&consent=yes" +
           extra;
  }

  // The link token of a 303 to the family's page.
  static std::string token_of(const http::Response& response) {
    const std::string location = header(response, "Location");
    const auto start = location.find("/inschrijving/");
    if (start == std::string::npos) return {};
    return location.substr(start + 14, 64);
  }

  std::vector<store::Registration> registrations() {
    return *store::RegistrationStore(*connection_).of_session(kSession);
  }
  std::vector<store::OutgoingMail> mails() { return *store::OutboxStore(*connection_).all(); }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
  std::shared_ptr<const search::CatalogueIndex> index_;
  std::shared_ptr<const core::DataKey> key_ = std::make_shared<const core::DataKey>(core::DataKey::generate());
  http::Router router_;
  std::string offer_;
};

TEST_P(RegistrationPagesTest, TheOfferPageShowsTheDatesAndThePlacesLeft) {
  const auto page = send("GET", "/aanbod/" + offer_);
  ASSERT_EQ(page.status, 200U);
  EXPECT_NE(page.body.find("/aanbod/" + offer_ + "/inschrijven"), std::string::npos);
  EXPECT_NE(page.body.find("2099"), std::string::npos);
  const auto list = send("GET", "/aanbod/" + offer_ + "/inschrijven");
  ASSERT_EQ(list.status, 200U);
  EXPECT_NE(list.body.find(form_path()), std::string::npos);
  const auto form = send("GET", form_path());
  ASSERT_EQ(form.status, 200U);
  EXPECT_NE(form.body.find("name=\"request\""), std::string::npos);
  EXPECT_NE(header(form, "Set-Cookie").find("hvhk_form="), std::string::npos);
}

TEST_P(RegistrationPagesTest, AFormRegistersOnceAndQueuesItsConfirmation) {
  const auto first = send("POST", form_path(), family(1));
  ASSERT_EQ(first.status, 303U) << first.body;
  const std::string token = token_of(first);
  ASSERT_EQ(token.size(), 64U);
  // The same form again (the answer was lost): the same page, nothing new.
  const auto again = send("POST", form_path(), family(1));
  ASSERT_EQ(again.status, 303U);
  EXPECT_EQ(token_of(again), token);
  const auto all = registrations();
  ASSERT_EQ(all.size(), 1U);
  EXPECT_EQ(all[0].state, "confirmed");
  EXPECT_EQ(all[0].family_sealed.find("Ouder1"), std::string::npos);  // sealed
  EXPECT_EQ(all[0].age_bands, "6-12");
  const auto queued = mails();
  ASSERT_EQ(queued.size(), 1U);
  EXPECT_EQ(queued[0].recipient, "ouder1@example.be");
  EXPECT_NE(queued[0].calendar.find("BEGIN:VEVENT"), std::string::npos);
  EXPECT_NE(queued[0].body.find("/inschrijving/" + token), std::string::npos);
  const auto mine = send("GET", "/inschrijving/" + token);
  ASSERT_EQ(mine.status, 200U);
  EXPECT_NE(mine.body.find("status-confirmed"), std::string::npos);
  EXPECT_EQ(header(mine, "Referrer-Policy"), "no-referrer");
}

TEST_P(RegistrationPagesTest, BadInputIsNamedAtItsFieldAndNothingIsStored) {
  const auto cases = std::vector<std::pair<std::string, std::string>>{
      {family(2, "&child=40"), "child-error"},  // impossible age
      {"csrf=" + std::string(kFormToken) + "&request=" + request_key(3) + "&child=8&consent=yes", "first_name-error"},
      {family(4) + "&needs=" + std::string(400, 'x'), "needs-error"},  // oversize
      {"csrf=" + std::string(kFormToken) + "&request=" + request_key(5) + "&first_name=A&email=a%40b.be&child=8",
       "consent-error"},
  };
  for (const auto& [body, error_id] : cases) {
    const auto answer = send("POST", form_path(), body);
    EXPECT_EQ(answer.status, 422U) << error_id;
    EXPECT_NE(answer.body.find("id=\"" + error_id + "\""), std::string::npos) << error_id;
  }
  // What was typed is kept.
  const auto kept = send("POST", form_path(), family(6, "&child=vier"));
  EXPECT_NE(kept.body.find("value=\"Ouder6\""), std::string::npos);
  EXPECT_NE(kept.body.find("value=\"vier\""), std::string::npos);
  // Without the CSRF cookie nothing happens.
  EXPECT_EQ(send("POST", form_path(), family(7), false).status, 403U);
  EXPECT_TRUE(registrations().empty());
  EXPECT_TRUE(mails().empty());
}

TEST_P(RegistrationPagesTest, TheSameFamilyTwiceAndBegunSessionsAreRefused) {
  ASSERT_EQ(send("POST", form_path(), family(1)).status, 303U);
  std::string twice = family(1);
  twice.replace(twice.find(request_key(1)), request_key(1).size(), request_key(2));  // a new form, same e-mail
  const auto answer = send("POST", form_path(), twice);
  EXPECT_EQ(answer.status, 422U);
  EXPECT_NE(answer.body.find("id=\"email-error\""), std::string::npos);
  EXPECT_EQ(registrations().size(), 1U);

  store::ActivitySession past;
  past.id = "huiswerk-2001";
  past.service_id = offer_;
  past.dates = {{"2001-03-07T13:30", "2001-03-07T15:30"}};
  past.capacity = 10;
  ASSERT_TRUE(store::RegistrationStore(*connection_).add_session(past, "2000-01-01T00:00:00Z"));
  const auto begun = send("POST", "/aanbod/" + offer_ + "/inschrijven/huiswerk-2001", family(3));
  EXPECT_EQ(begun.status, 422U);
  EXPECT_TRUE(store::RegistrationStore(*connection_).of_session("huiswerk-2001")->empty());
  // A session of another offer is not reachable through this offer's address.
  EXPECT_EQ(send("GET", "/aanbod/" + app::demo_id("service/zomerklas") + "/inschrijven/" + kSession).status, 404U);
  EXPECT_EQ(send("GET", "/inschrijving/not-a-token").status, 404U);
}

TEST_P(RegistrationPagesTest, CancellingOffersThePlaceToTheFirstInLine) {
  const std::string a = token_of(send("POST", form_path(), family(1)));
  const std::string b = token_of(send("POST", form_path(), family(2)));
  ASSERT_FALSE(a.empty());
  ASSERT_FALSE(b.empty());
  EXPECT_NE(send("GET", "/inschrijving/" + b).body.find("status-waitlisted"), std::string::npos);
  const std::string csrf = "csrf=" + std::string(kFormToken);
  EXPECT_EQ(send("POST", "/inschrijving/" + a + "/annuleren", csrf).status, 422U);  // not ticked "sure"
  EXPECT_EQ(send("POST", "/inschrijving/" + a + "/annuleren", csrf + "&sure=yes", false).status, 403U);
  ASSERT_EQ(send("POST", "/inschrijving/" + a + "/annuleren", csrf + "&sure=yes").status, 303U);
  const auto all = registrations();
  ASSERT_EQ(all.size(), 1U);
  EXPECT_EQ(all[0].state, "offered");
  std::vector<std::string> keys;
  for (const auto& m : mails()) keys.push_back(m.dedupe_key);
  EXPECT_NE(std::ranges::find(keys, "registration:" + std::to_string(all[0].id) + ":offered"), keys.end());
  EXPECT_NE(send("GET", "/inschrijving/" + b).body.find("/inschrijving/" + b + "/bevestigen"), std::string::npos);
  ASSERT_EQ(send("POST", "/inschrijving/" + b + "/bevestigen", csrf).status, 303U);
  EXPECT_EQ(registrations()[0].state, "confirmed");
  EXPECT_EQ(send("POST", "/inschrijving/" + b + "/bevestigen", csrf).status, 409U);  // not offered any more
  EXPECT_NE(send("GET", "/inschrijving/" + a).body.find("status-cancelled"), std::string::npos);
}

HVHK_INSTANTIATE_ENGINES(RegistrationPagesTest);

}  // namespace
}  // namespace hvhk

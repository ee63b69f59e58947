// The platform administrator's pages on both real engines, in-process: a new Huis van het Kind
// with a known municipality and one that was not known yet (a wrong NIS code or postcode named
// next to its field, what was typed kept, nothing stored), then its coordinator appointed (an
// account, the role, an invitation in the outbox) who can open the new Huis van het Kind.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>

#include "app/demo_network.h"
#include "core/passwords.h"
#include "http/form.h"
#include "search/catalogue_index.h"
#include "store/account_store.h"
#include "store/catalogue_edits.h"
#include "store/catalogue_store.h"
#include "store/outbox_store.h"
#include "test_databases.h"
#include "web/page.h"
#include "web/portal.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

constexpr const char* kCsrf = "csrf-of-the-test";

class PlatformPages : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    HVHK_ENGINE_TEST_SETUP();
    db_ = std::make_unique<TestDatabase>(GetParam());
    connection_ = db_->migrated();
    core::Catalogue demo = app::demo_network();
    demo_network_ = demo.networks.front().id;
    known_nis_ = demo.municipalities.front().nis_code;
    ASSERT_TRUE(store::CatalogueStore(*connection_).save(demo));
    index_ = std::make_shared<const search::CatalogueIndex>(demo);
    web::add_portal_routes(router_, web::PortalOptions{db_->url(), [this] { return index_; }});
    admin_ = person("beheer@platform.example", "Bea Beheer", core::Membership{core::Role::administrator, ""}, 'a');
  }

  // A signed-in person with one role; returns their user id.
  std::string person(const std::string& email, const std::string& name, const core::Membership& membership,
                     char token) {
    store::AccountStore accounts(*connection_);
    auto user = accounts.create_user(email, name, core::hash_password("wachtwoord-2026"), "2026-11-23T08:00:00Z", "");
    EXPECT_TRUE(user);
    EXPECT_TRUE(accounts.add_membership(user->id, membership, "2026-11-23T08:00:00Z", ""));
    sign_in(user->id, token);
    return user->id;
  }

  void sign_in(const std::string& user_id, char token) {
    EXPECT_TRUE(store::AccountStore(*connection_)
                    .create_session(std::string(64, token), store::Session{user_id, kCsrf, "2099-01-01T00:00:00Z"},
                                    "2026-11-23T08:00:00Z"));
    cookies_[user_id] = "hvhk_session=" + std::string(64, token);
  }

  http::Response send(const std::string& user, const std::string& method, const std::string& path,
                      const std::string& body = "") {
    http::Request req;
    req.method = method;
    req.path = path;
    req.body = body;
    const auto question = path.find('?');
    if (question != std::string::npos) {
      req.path = path.substr(0, question);
      std::string error;
      EXPECT_TRUE(http::parse_form(path.substr(question + 1), req.query, error));
    }
    req.headers.emplace("cookie", cookies_.at(user));
    return router_.dispatch(req);
  }

  static std::string location_of(const http::Response& r) {
    for (const auto& [name, value] : r.headers) {
      if (name == "Location") return value;
    }
    return "";
  }

  static bool has(const http::Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }

  core::Catalogue stored() {
    auto c = store::CatalogueStore(*connection_).load();
    EXPECT_TRUE(c);
    return *c;
  }

  const core::Network* stored_network(const core::Catalogue& c, const std::string& name) {
    const auto found =
        std::find_if(c.networks.begin(), c.networks.end(), [&](const core::Network& n) { return n.name == name; });
    return found == c.networks.end() ? nullptr : &*found;
  }

  static std::string network_form(const std::string& name, const std::string& extra) {
    return std::string("csrf=") + kCsrf + "&name=" + web::encode_query_value(name) +
           "&description=Samen+voor+gezinnen&email=info%40testdorp.example&website=https%3A%2F%2Ftestdorp.example" +
           extra;
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
  std::shared_ptr<const search::CatalogueIndex> index_;
  http::Router router_;
  std::map<std::string, std::string> cookies_;
  std::string demo_network_, known_nis_, admin_;
};

TEST_P(PlatformPages, TheOverviewShowsEveryNetworkWithItsNumbers) {
  const http::Response page = send(admin_, "GET", "/portaal/beheer");
  ASSERT_EQ(page.status, 200U);
  EXPECT_TRUE(has(page, index_->catalogue().networks.front().name));
  EXPECT_TRUE(has(page, "Zele"));
  EXPECT_TRUE(has(page, "Nieuw Huis van het Kind"));
  EXPECT_TRUE(has(page, "/portaal/beheer/huis/" + demo_network_ + "/coordinator"));
  EXPECT_TRUE(has(page, "Nog geen coördinator."));
  const std::string partners = std::to_string(index_->organizations_of_network(demo_network_).size());
  EXPECT_TRUE(has(page, "<td>" + partners + "</td>"));
  // The start page links here for an administrator.
  EXPECT_TRUE(has(send(admin_, "GET", "/portaal"), "href=\"/portaal/beheer"));
}

TEST_P(PlatformPages, AWrongNewMunicipalityIsNamedAndNothingIsStored) {
  const std::size_t networks = stored().networks.size();
  const std::size_t municipalities = stored().municipalities.size();
  const http::Response wrong =
      send(admin_, "POST", "/portaal/beheer/huis-nieuw",
           network_form("Huis van het Kind Testdorp", "&municipality=" + known_nis_ +
                                                          "&new-1-nis=123&new-1-name=Testdorp&new-1-postcodes=9000"
                                                          "&new-2-nis=99001&new-2-name=&new-2-postcodes=9000%2C+1234"));
  EXPECT_EQ(wrong.status, 422U);
  EXPECT_TRUE(has(wrong, "id=\"new-1-nis-error\""));
  EXPECT_TRUE(has(wrong, "Een NIS-code heeft 5 cijfers, zoals 44021."));
  EXPECT_TRUE(has(wrong, "id=\"new-2-postcodes-error\""));
  EXPECT_TRUE(has(wrong, "Postcode 1234 bestaat niet."));
  EXPECT_TRUE(has(wrong, "aria-describedby=\"new-2-postcodes-hint new-2-postcodes-error\""));
  // What was typed stays, the ticked municipality too.
  EXPECT_TRUE(has(wrong, "value=\"123\""));
  EXPECT_TRUE(has(wrong, "value=\"9000, 1234\""));
  EXPECT_TRUE(has(wrong, "value=\"Huis van het Kind Testdorp\""));
  EXPECT_TRUE(has(wrong, "value=\"" + known_nis_ + "\" checked"));
  EXPECT_EQ(stored().networks.size(), networks);
  EXPECT_EQ(stored().municipalities.size(), municipalities);

  const http::Response empty = send(admin_, "POST", "/portaal/beheer/huis-nieuw", std::string("csrf=") + kCsrf);
  EXPECT_EQ(empty.status, 422U);
  EXPECT_TRUE(has(empty, "Vul de naam van het Huis van het Kind in."));
  EXPECT_TRUE(has(empty, "id=\"municipalities-error\""));

  const http::Response taken =
      send(admin_, "POST", "/portaal/beheer/huis-nieuw",
           network_form(index_->catalogue().networks.front().name, "&municipality=" + known_nis_));
  EXPECT_EQ(taken.status, 422U);
  EXPECT_TRUE(has(taken, "Er is al een Huis van het Kind met deze naam."));

  const http::Response known_again =
      send(admin_, "POST", "/portaal/beheer/huis-nieuw",
           network_form("Huis van het Kind Testdorp", "&new-1-nis=" + known_nis_ + "&new-1-postcodes=9240"));
  EXPECT_EQ(known_again.status, 422U);
  EXPECT_TRUE(has(known_again, "id=\"new-1-nis-error\""));

  const http::Response forged =
      send(admin_, "POST", "/portaal/beheer/huis-nieuw", "csrf=not-the-token&name=X&municipality=" + known_nis_);
  EXPECT_EQ(forged.status, 403U);
  EXPECT_EQ(stored().networks.size(), networks);
}

TEST_P(PlatformPages, ANewNetworkThenItsCoordinatorWhoCanOpenIt) {
  const http::Response created =
      send(admin_, "POST", "/portaal/beheer/huis-nieuw",
           network_form("Huis van het Kind Testdorp",
                        "&municipality=" + known_nis_ + "&new-1-nis=99001&new-1-name=&new-1-postcodes=9000%2C9030"));
  ASSERT_EQ(created.status, 303U) << created.body;
  EXPECT_TRUE(location_of(created).starts_with("/portaal/beheer?nieuw=1")) << location_of(created);

  const core::Catalogue c = stored();
  const core::Network* net = stored_network(c, "Huis van het Kind Testdorp");
  ASSERT_NE(net, nullptr);
  EXPECT_TRUE(core::is_uuid(net->id));
  EXPECT_EQ(net->email, "info@testdorp.example");
  EXPECT_EQ(net->municipality_nis_codes, (std::vector<std::string>{known_nis_, "99001"}));
  const auto added = std::find_if(c.municipalities.begin(), c.municipalities.end(),
                                  [](const core::Municipality& m) { return m.nis_code == "99001"; });
  ASSERT_NE(added, c.municipalities.end());
  EXPECT_EQ(added->name, "Gent");  // from the first postcode
  EXPECT_EQ(added->postcodes, (std::vector<std::string>{"9000", "9030"}));
  const auto history = store::CatalogueEdits(*connection_).history("network", net->id, 10);
  ASSERT_TRUE(history && !history->empty());
  EXPECT_EQ(history->front().action, "created");
  EXPECT_EQ(history->front().actor_user_id, admin_);

  // The overview shows it at once, before the finder's index is reloaded.
  const http::Response overview = send(admin_, "GET", "/portaal/beheer?nieuw=1");
  EXPECT_TRUE(has(overview, "Huis van het Kind Testdorp"));
  EXPECT_TRUE(has(overview, "role=\"status\""));
  const std::string appoint = "/portaal/beheer/huis/" + net->id + "/coordinator";
  EXPECT_TRUE(has(overview, appoint));

  ASSERT_EQ(send(admin_, "GET", appoint).status, 200U);
  const http::Response bad = send(admin_, "POST", appoint, std::string("csrf=") + kCsrf + "&email=geen-adres");
  EXPECT_EQ(bad.status, 422U);
  EXPECT_TRUE(has(bad, "id=\"email-error\""));
  EXPECT_TRUE(has(bad, "value=\"geen-adres\""));

  const http::Response appointed =
      send(admin_, "POST", appoint, std::string("csrf=") + kCsrf + "&email=Cora%40Testdorp.example&name=Cora+Coord");
  ASSERT_EQ(appointed.status, 200U) << appointed.body;
  EXPECT_TRUE(has(appointed, "wachtwoord"));

  store::AccountStore accounts(*connection_);
  const auto cora = accounts.find_user_by_email("cora@testdorp.example");
  ASSERT_TRUE(cora && *cora);
  EXPECT_TRUE((*cora)->password_hash.empty());
  EXPECT_EQ((*cora)->name, "Cora Coord");
  EXPECT_EQ((*cora)->memberships, (std::vector<core::Membership>{core::Membership{core::Role::coordinator, net->id}}));
  const auto mails = *store::OutboxStore(*connection_).all();
  ASSERT_EQ(mails.size(), 1U);
  EXPECT_EQ(mails.front().recipient, "cora@testdorp.example");
  EXPECT_NE(mails.front().body.find("/wachtwoord-kiezen?code="), std::string::npos);
  EXPECT_NE(mails.front().body.find("Huis van het Kind Testdorp"), std::string::npos);
  bool audited = false;
  const auto log = accounts.audit_log(50);
  ASSERT_TRUE(log);
  for (const store::AuditEntry& entry : *log) {
    audited = audited ||
              (entry.action == "membership_added" && entry.subject == (*cora)->id && entry.actor_user_id == admin_);
  }
  EXPECT_TRUE(audited);

  // The overview lists her; once the server has reloaded the catalogue she opens her network.
  EXPECT_TRUE(has(send(admin_, "GET", "/portaal/beheer"), "cora@testdorp.example"));
  index_ = std::make_shared<const search::CatalogueIndex>(stored());
  sign_in((*cora)->id, 'c');
  const http::Response hers = send((*cora)->id, "GET", "/portaal/huis/" + net->id);
  EXPECT_EQ(hers.status, 200U);
  EXPECT_TRUE(has(hers, "Huis van het Kind Testdorp"));
  EXPECT_EQ(send((*cora)->id, "GET", "/portaal/huis/" + demo_network_).status, 403U);
}

TEST_P(PlatformPages, SomeoneWithAPasswordJustGetsTheRoleAndANote) {
  const std::string partner =
      person("piet@partner.example", "Piet", core::Membership{core::Role::partner_staff, "x"}, 'p');
  const std::string appoint = "/portaal/beheer/huis/" + demo_network_ + "/coordinator";
  const http::Response appointed =
      send(admin_, "POST", appoint, std::string("csrf=") + kCsrf + "&email=piet%40partner.example");
  ASSERT_EQ(appointed.status, 200U);
  const auto piet = *store::AccountStore(*connection_).find_user(partner);
  ASSERT_TRUE(piet);
  EXPECT_EQ(piet->memberships.size(), 2U);
  const auto mails = *store::OutboxStore(*connection_).all();
  ASSERT_EQ(mails.size(), 1U);
  EXPECT_EQ(mails.front().body.find("wachtwoord-kiezen"), std::string::npos);
  EXPECT_NE(mails.front().body.find("/aanmelden"), std::string::npos);
  EXPECT_EQ(send(admin_, "GET", "/portaal/beheer/huis/does-not-exist/coordinator").status, 404U);
}

HVHK_INSTANTIATE_ENGINES(PlatformPages);

}  // namespace
}  // namespace hvhk

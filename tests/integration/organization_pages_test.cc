// A partner keeps its organisation in the portal, on both real engines, in-process: the profile
// (wrong fields named and kept, the version check against a colleague's save, the history),
// places found by postcode (town and map point from the postcode data; another organisation's
// place is never reached), and colleagues (a role changed, someone removed, the last
// administrator kept).
#include <gtest/gtest.h>

#include <regex>

#include "app/demo_network.h"
#include "core/passwords.h"
#include "core/postcodes.h"
#include "http/form.h"
#include "search/catalogue_index.h"
#include "store/account_store.h"
#include "store/catalogue_edits.h"
#include "store/catalogue_store.h"
#include "test_databases.h"
#include "web/page.h"
#include "web/portal.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

constexpr const char* kCsrf = "csrf-of-the-test";

class OrganizationPages : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    HVHK_ENGINE_TEST_SETUP();
    db_ = std::make_unique<TestDatabase>(GetParam());
    connection_ = db_->migrated();
    core::Catalogue demo = app::demo_network();
    org_ = demo.organizations.front().id;
    other_org_ = demo.organizations.at(1).id;
    // A place of another organisation, to try to reach through this one.
    core::Location elsewhere;
    elsewhere.id = core::stable_uuid("location:test/elsewhere");
    elsewhere.network_id = demo.networks.front().id;
    elsewhere.organization_id = other_org_;
    elsewhere.kind = "partner-site";
    elsewhere.name = "Plek van een andere partner";
    elsewhere.address = core::Address{"Markt 1", "9300", "Aalst", "BE"};
    elsewhere.last_modified = "2026-11-01T09:00:00Z";
    demo.locations.push_back(elsewhere);
    other_place_ = elsewhere.id;
    ASSERT_TRUE(store::CatalogueStore(*connection_).save(demo));
    index_ = std::make_shared<const search::CatalogueIndex>(demo);
    web::add_portal_routes(router_, web::PortalOptions{db_->url(), [this] { return index_; }});
    admin_ = person("an@partner.example", "An Admin", core::Role::partner_admin, 'a');
    colleague_ = person("bo@partner.example", "Bo Collega", core::Role::partner_staff, 'b');
  }

  // A signed-in person with one role in the organisation; returns their user id.
  std::string person(const std::string& email, const std::string& name, core::Role role, char token) {
    store::AccountStore accounts(*connection_);
    auto user = accounts.create_user(email, name, core::hash_password("wachtwoord-2026"), "2026-11-23T08:00:00Z", "");
    EXPECT_TRUE(user);
    EXPECT_TRUE(accounts.add_membership(user->id, {role, org_}, "2026-11-23T08:00:00Z", ""));
    EXPECT_TRUE(accounts.create_session(std::string(64, token), store::Session{user->id, kCsrf, "2099-01-01T00:00:00Z"},
                                        "2026-11-23T08:00:00Z"));
    cookies_[user->id] = "hvhk_session=" + std::string(64, token);
    return user->id;
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

  static std::string version_in(const http::Response& r) {
    std::smatch m;
    static const std::regex field(R"re(name="version" value="(\d+)")re");
    return std::regex_search(r.body, m, field) ? m[1].str() : "";
  }

  static bool has(const http::Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }

  core::Catalogue stored() {
    auto c = store::CatalogueStore(*connection_).load();
    EXPECT_TRUE(c);
    return *c;
  }

  std::string find_organization_name() {
    for (const core::Organization& o : stored().organizations) {
      if (o.id == org_) return o.name;
    }
    return "";
  }

  static std::string profile_form(const std::string& version, const std::string& name, const std::string& email) {
    return std::string("csrf=") + kCsrf + "&version=" + version + "&name=" + web::encode_query_value(name) +
           "&alternate_name=&partner_type=library&description=Boeken+en+voorlezen&email=" +
           web::encode_query_value(email) + "&website=https%3A%2F%2Fwww.bib.example&phones=052+12+34+56";
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
  std::shared_ptr<const search::CatalogueIndex> index_;
  http::Router router_;
  std::map<std::string, std::string> cookies_;
  std::string org_, other_org_, other_place_, admin_, colleague_;
};

TEST_P(OrganizationPages, TheProfileNamesAWrongFieldThenSavesWithItsHistory) {
  const std::string path = "/portaal/organisatie/" + org_ + "/profiel";
  const http::Response form = send(admin_, "GET", path);
  ASSERT_EQ(form.status, 200U);
  const std::string version = version_in(form);
  EXPECT_EQ(version, "1");

  const http::Response wrong = send(admin_, "POST", path, profile_form(version, "Bib Zele", "geen-adres"));
  EXPECT_EQ(wrong.status, 422U);
  EXPECT_TRUE(has(wrong, "id=\"email-error\""));
  EXPECT_TRUE(has(wrong, "aria-describedby=\"email-hint email-error\""));
  EXPECT_TRUE(has(wrong, "value=\"geen-adres\""));
  EXPECT_TRUE(has(wrong, "value=\"Bib Zele\""));
  EXPECT_NE(find_organization_name(), "Bib Zele");  // nothing half-stored

  const http::Response saved = send(admin_, "POST", path, profile_form(version, "Bib Zele", "info@bib.example"));
  ASSERT_EQ(saved.status, 303U) << saved.body.substr(0, 2000);
  EXPECT_EQ(location_of(saved), path + "?bewaard=1&lang=nl");
  EXPECT_EQ(find_organization_name(), "Bib Zele");
  const core::Catalogue now = stored();
  for (const core::Organization& o : now.organizations) {
    if (o.id != org_) continue;
    EXPECT_EQ(o.email, "info@bib.example");
    EXPECT_EQ(o.partner_type, "library");
    ASSERT_EQ(o.phones.size(), 1U);
    EXPECT_EQ(o.phones.front().number, "052 12 34 56");
    EXPECT_FALSE(o.last_modified.empty());
    EXPECT_NE(o.last_modified, "2026-11-01T09:00:00Z");
  }
  EXPECT_EQ(*store::CatalogueEdits(*connection_).version("organization", org_), 2);

  // The page reads what is stored (the finder's index reloads by itself), with the history.
  const http::Response after = send(admin_, "GET", path + "?bewaard=1");
  EXPECT_EQ(after.status, 200U);
  EXPECT_EQ(version_in(after), "2");
  EXPECT_TRUE(has(after, "value=\"Bib Zele\""));
  EXPECT_TRUE(has(after, "role=\"status\""));
  EXPECT_TRUE(has(after, "An Admin"));
  EXPECT_TRUE(has(after, "<td>Naam</td>"));
  EXPECT_TRUE(has(after, "Bibliotheek"));  // the kind of partner in words, not its code
  EXPECT_EQ(send(admin_, "GET", "/portaal/organisatie/" + org_).body.find("Bib Zele") != std::string::npos, true);

  // The same form again changes nothing and writes no history.
  const auto rows_before = store::CatalogueEdits(*connection_).history("organization", org_, 100)->size();
  EXPECT_EQ(send(admin_, "POST", path, profile_form("2", "Bib Zele", "info@bib.example")).status, 200U);
  EXPECT_EQ(store::CatalogueEdits(*connection_).history("organization", org_, 100)->size(), rows_before);
}

TEST_P(OrganizationPages, AColleaguesSaveInBetweenIsAConflictNotAnOverwrite) {
  const std::string path = "/portaal/organisatie/" + org_ + "/profiel";
  const std::string opened = version_in(send(admin_, "GET", path));
  // Another administrator saves first (from the same version).
  const std::string other = person("cas@partner.example", "Cas", core::Role::partner_admin, 'c');
  ASSERT_EQ(send(other, "POST", path, profile_form(opened, "Bibliotheek van Cas", "cas@bib.example")).status, 303U);

  const http::Response late = send(admin_, "POST", path, profile_form(opened, "Bibliotheek van An", "an@bib.example"));
  EXPECT_EQ(late.status, 409U);
  EXPECT_TRUE(has(late, "value=\"Bibliotheek van An\""));  // what An typed stays
  EXPECT_TRUE(has(late, "id=\"name-stored\""));
  EXPECT_TRUE(has(late, "Bibliotheek van Cas"));  // what is stored now
  EXPECT_EQ(version_in(late), "2");
  EXPECT_EQ(find_organization_name(), "Bibliotheek van Cas");

  // Saving again from the new version keeps An's text.
  EXPECT_EQ(send(admin_, "POST", path, profile_form("2", "Bibliotheek van An", "an@bib.example")).status, 303U);
  EXPECT_EQ(find_organization_name(), "Bibliotheek van An");
}

TEST_P(OrganizationPages, APlaceIsAddedByPostcodeWithTheTownAndMapPointOfThePostcode) {
  const std::string base = "/portaal/organisatie/" + org_ + "/plaatsen";
  const http::Response form = send(admin_, "GET", base + "/nieuw");
  ASSERT_EQ(form.status, 200U);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(form.body, m, std::regex(R"re(name="id" value="([0-9a-f-]{36})")re")));
  const std::string id = m[1].str();
  const std::string fields = std::string("csrf=") + kCsrf + "&version=0&id=" + id +
                             "&name=Bib+Sint-Pieters&kind=partner-site&street=Kouter+1&city=&url=&network=" +
                             "&accessibility=Drempelvrij%2C+lift&transportation=Tram+1&description=&phones=";

  const http::Response unknown = send(admin_, "POST", base + "/nieuw", fields + "&postcode=9999");
  EXPECT_EQ(unknown.status, 422U);
  EXPECT_TRUE(has(unknown, "id=\"postcode-error\""));
  EXPECT_TRUE(has(unknown, "value=\"Kouter 1\""));

  const http::Response saved = send(admin_, "POST", base + "/nieuw", fields + "&postcode=9000");
  ASSERT_EQ(saved.status, 303U) << saved.body.substr(0, 3000);
  EXPECT_EQ(location_of(saved), base + "/" + id + "?bewaard=1&lang=nl");
  const auto centre = core::PostcodeDirectory::embedded().centroid("9000");
  ASSERT_TRUE(centre);
  bool found = false;
  for (const core::Location& l : stored().locations) {
    if (l.id != id) continue;
    found = true;
    EXPECT_EQ(l.organization_id, org_);
    ASSERT_TRUE(l.address);
    EXPECT_EQ(l.address->city, centre->name);
    ASSERT_TRUE(l.latitude && l.longitude);
    EXPECT_NEAR(*l.latitude, centre->latitude, 1e-9);
    EXPECT_NEAR(*l.longitude, centre->longitude, 1e-9);
    EXPECT_EQ(l.accessibility, "Drempelvrij, lift");
  }
  EXPECT_TRUE(found);
  // Sent twice (a second click): the place made the first time, not a second one.
  const http::Response twice = send(admin_, "POST", base + "/nieuw", fields + "&postcode=9000");
  EXPECT_EQ(twice.status, 303U);
  EXPECT_EQ(location_of(twice), base + "/" + id + "?bewaard=1&lang=nl");

  const http::Response page = send(admin_, "GET", base + "/" + id + "?bewaard=1");
  EXPECT_EQ(page.status, 200U);
  EXPECT_TRUE(has(page, "centre of its postcode") || has(page, "midden van de postcode"));
  EXPECT_TRUE(has(page, "/locatie/" + id));
  EXPECT_TRUE(has(page, "Drempelvrij, lift"));
  EXPECT_TRUE(has(send(admin_, "GET", base), "Bib Sint-Pieters"));

  // Online: a web address instead of an address.
  const std::string online = std::string("csrf=") + kCsrf + "&version=" + version_in(page) +
                             "&name=Online+voorlezen&kind=online&street=&postcode=&city=&network=" +
                             "&url=https%3A%2F%2Fvoorlezen.example&accessibility=&transportation=&description=&phones=";
  EXPECT_EQ(send(admin_, "POST", base + "/" + id, online).status, 303U);
  for (const core::Location& l : stored().locations) {
    if (l.id != id) continue;
    EXPECT_FALSE(l.address);
    EXPECT_FALSE(l.latitude);
    EXPECT_EQ(l.url, "https://voorlezen.example");
  }
  const auto history = store::CatalogueEdits(*connection_).history("location", id, 100);
  ASSERT_TRUE(history);
  EXPECT_FALSE(history->empty());
  EXPECT_EQ(history->back().action, "created");
}

TEST_P(OrganizationPages, AnotherOrganisationsPlaceIsNeverReachedThroughThisOne) {
  const std::string path = "/portaal/organisatie/" + org_ + "/plaatsen/" + other_place_;
  EXPECT_EQ(send(admin_, "GET", path).status, 404U);
  const std::string fields = std::string("csrf=") + kCsrf +
                             "&version=1&name=Overgenomen&kind=partner-site&street=Kerkstraat+1&postcode=9240"
                             "&city=&url=&network=&accessibility=&transportation=&description=&phones=";
  EXPECT_EQ(send(admin_, "POST", path, fields).status, 404U);
  // Nor by giving its id to the form for a new place.
  const http::Response again =
      send(admin_, "POST", "/portaal/organisatie/" + org_ + "/plaatsen/nieuw", fields + "&id=" + other_place_);
  EXPECT_EQ(again.status, 409U);
  for (const core::Location& l : stored().locations) {
    if (l.id == other_place_) {
      EXPECT_EQ(l.name, "Plek van een andere partner");
      EXPECT_EQ(l.organization_id, other_org_);
    }
  }
}

TEST_P(OrganizationPages, ColleaguesChangeRoleAndAreRemovedButTheLastAdministratorStays) {
  const std::string base = "/portaal/organisatie/" + org_ + "/medewerkers";
  const http::Response list = send(admin_, "GET", base);
  ASSERT_EQ(list.status, 200U);
  EXPECT_TRUE(has(list, "Bo Collega"));
  EXPECT_TRUE(has(list, "bo@partner.example"));
  EXPECT_TRUE(has(list, "/uitnodigen"));
  EXPECT_TRUE(has(list, "Verwijderen<span class=\"visually-hidden\">: Bo Collega</span>")) << list.body;
  EXPECT_FALSE(has(list, base + "/" + admin_ + "/verwijderen"));  // the last administrator

  // The last administrator can be neither made staff nor removed.
  EXPECT_EQ(
      send(admin_, "POST", base + "/" + admin_ + "/rol", std::string("csrf=") + kCsrf + "&role=partner_staff").status,
      409U);
  EXPECT_EQ(send(admin_, "GET", base + "/" + admin_ + "/verwijderen").status, 409U);
  EXPECT_EQ(send(admin_, "POST", base + "/" + admin_ + "/verwijderen", std::string("csrf=") + kCsrf).status, 409U);
  // Without the session's token nothing happens.
  EXPECT_EQ(send(admin_, "POST", base + "/" + colleague_ + "/rol", "csrf=nope&role=partner_admin").status, 403U);

  // Bo becomes administrator; then An may step down.
  EXPECT_EQ(send(admin_, "POST", base + "/" + colleague_ + "/rol", std::string("csrf=") + kCsrf + "&role=partner_admin")
                .status,
            303U);
  store::AccountStore accounts(*connection_);
  EXPECT_EQ((*accounts.find_user(colleague_))->memberships,
            (std::vector<core::Membership>{{core::Role::partner_admin, org_}}));
  EXPECT_EQ(send(admin_, "GET", base + "/" + colleague_ + "/verwijderen").status, 200U);

  // Bo removes An: at once, An no longer reaches the organisation.
  EXPECT_EQ(send(colleague_, "POST", base + "/" + admin_ + "/verwijderen", std::string("csrf=") + kCsrf).status, 303U);
  EXPECT_TRUE((*accounts.find_user(admin_))->memberships.empty());
  EXPECT_EQ(send(admin_, "GET", "/portaal/organisatie/" + org_).status, 403U);
  bool audited = false;
  const auto log = accounts.audit_log(20);
  ASSERT_TRUE(log);
  for (const store::AuditEntry& e : *log) {
    audited |= e.action == "membership_removed" && e.subject == admin_ && e.actor_user_id == colleague_;
  }
  EXPECT_TRUE(audited);
  // Someone who is not of this organisation is not found through it.
  EXPECT_EQ(send(colleague_, "GET", base + "/" + admin_ + "/verwijderen").status, 404U);
}

HVHK_INSTANTIATE_ENGINES(OrganizationPages);

}  // namespace
}  // namespace hvhk

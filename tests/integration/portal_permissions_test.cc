// Every portal route × every role, at HTTP level: a table says for each person and page
// whether the answer is the page (200), refused (403), unknown (404) or "sign in first" (303).
// Ids in URLs are changed on purpose: a partner never reaches another partner's pages.
#include <gtest/gtest.h>

#include <map>

#include "app/demo_network.h"
#include "core/passwords.h"
#include "search/catalogue_index.h"
#include "store/account_store.h"
#include "store/catalogue_store.h"
#include "test_databases.h"
#include "web/portal.h"

namespace hvhk {
namespace {

using testing::TestDatabase;

// The people of the test, each with one role (or none).
struct Person {
  std::string key;
  std::optional<core::Membership> membership;
};

class PortalPermissions : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<TestDatabase>(store::Engine::sqlite);
    auto connection = db_->migrated();
    core::Catalogue c = app::demo_network();
    network_ = c.networks.front().id;
    // A second Huis van het Kind with one partner: nobody of the first may see it.
    c.municipalities.push_back({"11002", "Antwerpen", {"2000"}});
    c.networks.push_back(core::Network{"other-network", "Huis van het Kind Elders", "", "", "", {"11002"}});
    core::Organization elsewhere;
    elsewhere.id = "other-organization";
    elsewhere.name = "Partner elders";
    elsewhere.partner_type = "library";
    elsewhere.network_ids = {"other-network"};
    elsewhere.last_modified = "2026-11-01T09:00:00Z";
    c.organizations.push_back(elsewhere);
    const auto saved = store::CatalogueStore(*connection).save(c);
    ASSERT_TRUE(saved) << saved.error().message;
    own_org_ = c.organizations.front().id;
    for (const core::Organization& o : c.organizations) {
      if (o.id != own_org_ && o.network_ids == std::vector<std::string>{network_}) sibling_org_ = o.id;
    }
    ASSERT_FALSE(sibling_org_.empty());
    municipality_ = c.networks.front().municipality_nis_codes.front();
    index_ = std::make_shared<const search::CatalogueIndex>(std::move(c));
    web::add_portal_routes(router_, web::PortalOptions{db_->url(), [this] { return index_; }});

    store::AccountStore accounts(*connection);
    const std::string hash = core::hash_password("test-password-123");
    const std::vector<Person> people{
        {"administrator", core::Membership{core::Role::administrator, ""}},
        {"coordinator", core::Membership{core::Role::coordinator, network_}},
        {"partner_admin", core::Membership{core::Role::partner_admin, own_org_}},
        {"partner_staff", core::Membership{core::Role::partner_staff, own_org_}},
        {"municipality", core::Membership{core::Role::municipality_viewer, municipality_}},
        {"opgroeien", core::Membership{core::Role::opgroeien_viewer, network_}},
        {"no_role", std::nullopt},
    };
    for (const Person& p : people) {
      auto user = accounts.create_user(p.key + "@test.example", p.key, hash, "2026-11-23T08:00:00Z", "");
      ASSERT_TRUE(user);
      if (p.membership) {
        ASSERT_TRUE(accounts.add_membership(user->id, *p.membership, "2026-11-23T08:00:00Z", ""));
      }
      const std::string token(64, static_cast<char>('a' + sessions_.size()));
      ASSERT_TRUE(accounts.create_session(token, store::Session{user->id, "csrf", "2099-01-01T00:00:00Z"},
                                          "2026-11-23T08:00:00Z"));
      sessions_[p.key] = token;
    }
  }

  unsigned status(const std::string& person, const std::string& path) {
    http::Request req;
    req.method = "GET";
    req.path = path;
    if (!person.empty()) req.headers.emplace("cookie", "hvhk_session=" + sessions_.at(person));
    return router_.dispatch(req).status;
  }

  std::unique_ptr<TestDatabase> db_;
  std::shared_ptr<const search::CatalogueIndex> index_;
  http::Router router_;
  std::map<std::string, std::string> sessions_;
  std::string network_, own_org_, sibling_org_, municipality_;
};

TEST_F(PortalPermissions, EveryRouteForEveryRole) {
  const std::vector<std::pair<std::string, std::string>> routes{
      {"home", "/portaal"},
      {"own organisation", "/portaal/organisatie/" + own_org_},
      {"other partner, same network", "/portaal/organisatie/" + sibling_org_},
      {"partner of another network", "/portaal/organisatie/other-organization"},
      {"unknown organisation", "/portaal/organisatie/does-not-exist"},
      {"own network", "/portaal/huis/" + network_},
      {"another network", "/portaal/huis/other-network"},
      {"unknown network", "/portaal/huis/does-not-exist"},
      {"invite to own organisation", "/portaal/organisatie/" + own_org_ + "/uitnodigen"},
      {"invite to other partner", "/portaal/organisatie/" + sibling_org_ + "/uitnodigen"},
      {"invite to partner elsewhere", "/portaal/organisatie/other-organization/uitnodigen"},
      {"search words of own network", "/portaal/huis/" + network_ + "/zoekwoorden"},
      {"search words of another network", "/portaal/huis/other-network/zoekwoorden"},
  };
  // Expected status per person, in the order of the routes above.
  const std::map<std::string, std::vector<unsigned>> expected{
      {"administrator", {200, 200, 200, 200, 404, 200, 200, 404, 200, 200, 200, 200, 200}},
      {"coordinator", {200, 200, 200, 403, 404, 200, 403, 404, 200, 200, 403, 200, 403}},
      {"partner_admin", {200, 200, 403, 403, 404, 403, 403, 404, 200, 403, 403, 403, 403}},
      {"partner_staff", {200, 200, 403, 403, 404, 403, 403, 404, 403, 403, 403, 403, 403}},
      {"municipality", {200, 403, 403, 403, 404, 200, 403, 404, 403, 403, 403, 403, 403}},
      {"opgroeien", {200, 403, 403, 403, 404, 200, 403, 404, 403, 403, 403, 403, 403}},
      {"no_role", {403, 403, 403, 403, 404, 403, 403, 404, 403, 403, 403, 403, 403}},
      {"", {303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303}},  // not signed in
  };
  for (const auto& [person, statuses] : expected) {
    for (std::size_t r = 0; r < routes.size(); ++r) {
      EXPECT_EQ(status(person, routes[r].second), statuses[r])
          << (person.empty() ? "not signed in" : person) << " → " << routes[r].first;
    }
  }
}

TEST_F(PortalPermissions, APartnerAdminCannotInviteIntoAnotherOrganisationByPost) {
  http::Request req;
  req.method = "POST";
  req.path = "/portaal/organisatie/" + sibling_org_ + "/uitnodigen";
  req.body = "csrf=csrf&email=x%40y.example&role=partner_admin";
  req.headers.emplace("cookie", "hvhk_session=" + sessions_.at("partner_admin"));
  EXPECT_EQ(router_.dispatch(req).status, 403U);
}

TEST_F(PortalPermissions, AForgedOrExpiredSessionIsNotSignedIn) {
  http::Request req;
  req.method = "GET";
  req.path = "/portaal";
  req.headers.emplace("cookie", "hvhk_session=" + std::string(64, 'z'));
  EXPECT_EQ(router_.dispatch(req).status, 303U);
  http::Request short_token;
  short_token.method = "GET";
  short_token.path = "/portaal";
  short_token.headers.emplace("cookie", "hvhk_session=abc");
  EXPECT_EQ(router_.dispatch(short_token).status, 303U);
}

}  // namespace
}  // namespace hvhk

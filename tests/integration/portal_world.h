// The world of the portal's permission tests: the demo network plus a second Huis van het Kind
// with one partner, one signed-in person per role (and one without a role), and a router with
// every portal route. Each page group's permission test walks its own routes × every person
// with expect_statuses(); portal_permissions_test.cc checks that every portal route is walked.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/demo_network.h"
#include "core/passwords.h"
#include "search/catalogue_index.h"
#include "store/account_store.h"
#include "store/catalogue_store.h"
#include "test_databases.h"
#include "web/portal.h"

namespace hvhk::testing {

// The people of the test, each with one role (or none).
struct Person {
  std::string key;
  std::optional<core::Membership> membership;
};

class PortalWorld : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<TestDatabase>(engine());
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
    // After a save in the portal, the index is rebuilt from the database, as a node does.
    web::add_portal_routes(
        router_, web::PortalOptions{db_->url(), [this] { return index_; }, true,
                                    [this] {
                                      auto reader = db_->connect();
                                      auto stored = store::CatalogueStore(*reader).load();
                                      ASSERT_TRUE(stored);
                                      index_ = std::make_shared<const search::CatalogueIndex>(std::move(*stored));
                                    }});

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

  // SQLite unless a test suite runs on both engines (it overrides this and skips PostgreSQL when
  // there is none).
  [[nodiscard]] virtual store::Engine engine() const { return store::Engine::sqlite; }

  // Every person of the world; "" is somebody not signed in.
  static const std::vector<std::string>& people() {
    static const std::vector<std::string> keys{"administrator", "coordinator", "partner_admin", "partner_staff",
                                               "municipality",  "opgroeien",   "no_role",       ""};
    return keys;
  }

  // The whole answer to a request as person ("" = not signed in); body empty for a GET.
  http::Response send(const std::string& person, const std::string& method, const std::string& path,
                      const std::string& body = "") {
    http::Request req;
    req.method = method;
    req.path = path;
    req.body = body;
    if (!person.empty()) req.headers.emplace("cookie", "hvhk_session=" + sessions_.at(person));
    return router_.dispatch(req);
  }

  unsigned status(const std::string& person, const std::string& path) {
    http::Request req;
    req.method = "GET";
    req.path = path;
    if (!person.empty()) req.headers.emplace("cookie", "hvhk_session=" + sessions_.at(person));
    return router_.dispatch(req).status;
  }

  // A POST as person (with the session's CSRF token "csrf" unless the body says otherwise).
  unsigned post(const std::string& person, const std::string& path, const std::string& body) {
    http::Request req;
    req.method = "POST";
    req.path = path;
    req.body = body;
    if (!person.empty()) req.headers.emplace("cookie", "hvhk_session=" + sessions_.at(person));
    return router_.dispatch(req).status;
  }

  // routes: (what, path); expected: per person of people(), the status of each route in order.
  void expect_statuses(const std::vector<std::pair<std::string, std::string>>& routes,
                       const std::map<std::string, std::vector<unsigned>>& expected) {
    ASSERT_EQ(expected.size(), people().size()) << "a row for every person";
    for (const auto& [person, statuses] : expected) {
      ASSERT_EQ(statuses.size(), routes.size()) << person;
      for (std::size_t r = 0; r < routes.size(); ++r) {
        EXPECT_EQ(status(person, routes[r].second), statuses[r])
            << (person.empty() ? "not signed in" : person) << " → " << routes[r].first;
      }
    }
  }

  std::unique_ptr<TestDatabase> db_;
  std::shared_ptr<const search::CatalogueIndex> index_;
  http::Router router_;
  std::map<std::string, std::string> sessions_;
  std::string network_, own_org_, sibling_org_, municipality_;
};

}  // namespace hvhk::testing

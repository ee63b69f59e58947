// The platform administrator's pages × every role: only the administrator gets them (200, or
// 404 for a network that does not exist); everyone else is refused (403), by GET and by POST,
// and nothing is stored; somebody not signed in is sent to sign in (303).
#include "portal_world.h"
#include "store/outbox_store.h"

namespace hvhk {
namespace {

using PortalPlatformPermissions = testing::PortalWorld;

TEST_F(PortalPlatformPermissions, EveryRouteForEveryRole) {
  const std::vector<std::pair<std::string, std::string>> routes{
      {"overview", "/portaal/beheer"},
      {"new network", "/portaal/beheer/huis-nieuw"},
      {"coordinator of a network", "/portaal/beheer/huis/" + network_ + "/coordinator"},
      {"coordinator of another network", "/portaal/beheer/huis/other-network/coordinator"},
      {"coordinator of an unknown network", "/portaal/beheer/huis/does-not-exist/coordinator"},
  };
  expect_statuses(routes, {
                              {"administrator", {200, 200, 200, 200, 404}},
                              {"coordinator", {403, 403, 403, 403, 403}},
                              {"partner_admin", {403, 403, 403, 403, 403}},
                              {"partner_staff", {403, 403, 403, 403, 403}},
                              {"municipality", {403, 403, 403, 403, 403}},
                              {"opgroeien", {403, 403, 403, 403, 403}},
                              {"no_role", {403, 403, 403, 403, 403}},
                              {"", {303, 303, 303, 303, 303}},
                          });
}

TEST_F(PortalPlatformPermissions, OnlyTheAdministratorMayPost) {
  const std::string network_form =
      "csrf=csrf&name=Huis+van+het+Kind+Nergens&municipality=" + municipality_ + "&new-1-nis=&new-1-postcodes=";
  const std::string coordinator_form = "csrf=csrf&email=nieuw%40coord.example&name=Nieuw";
  const std::string appoint = "/portaal/beheer/huis/" + network_ + "/coordinator";
  for (const std::string& person : people()) {
    if (person == "administrator") continue;
    const unsigned expected = person.empty() ? 303U : 403U;
    EXPECT_EQ(post(person, "/portaal/beheer/huis-nieuw", network_form), expected) << person;
    EXPECT_EQ(post(person, appoint, coordinator_form), expected) << person;
  }
  auto connection = db_->connect();
  const auto catalogue = store::CatalogueStore(*connection).load();
  ASSERT_TRUE(catalogue);
  for (const core::Network& n : catalogue->networks) EXPECT_NE(n.name, "Huis van het Kind Nergens");
  const auto nobody = store::AccountStore(*connection).find_user_by_email("nieuw@coord.example");
  ASSERT_TRUE(nobody);
  EXPECT_FALSE(nobody->has_value());
  EXPECT_TRUE(store::OutboxStore(*connection).all()->empty());

  // The administrator may, with the session's token only.
  EXPECT_EQ(post("administrator", appoint, "csrf=wrong&email=nieuw%40coord.example"), 403U);
  EXPECT_EQ(post("administrator", appoint, coordinator_form), 200U);
  EXPECT_EQ(post("administrator", "/portaal/beheer/huis-nieuw", network_form), 303U);
}

}  // namespace
}  // namespace hvhk

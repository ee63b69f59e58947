// The second step's pages × every person: anyone signed in may turn it on (200); nobody reaches
// it without signing in (303). Turning it off is refused (403) to whom it is required
// (administrator, coordinator), and posts without the session's CSRF token are refused.
#include "portal_world.h"

namespace hvhk {
namespace {

using PortalTwoFactorPermissions = testing::PortalWorld;

TEST_F(PortalTwoFactorPermissions, EveryRouteForEveryRole) {
  const std::vector<std::pair<std::string, std::string>> routes{
      {"set-up page", "/portaal/tweestapsverificatie"},
      {"code page (nothing pending: to sign in)", "/aanmelden/code"},
  };
  expect_statuses(routes, {
                              {"administrator", {200, 303}},
                              {"coordinator", {200, 303}},
                              {"partner_admin", {200, 303}},
                              {"partner_staff", {200, 303}},
                              {"municipality", {200, 303}},
                              {"opgroeien", {200, 303}},
                              {"no_role", {200, 303}},
                              {"", {303, 303}},  // "" = not signed in
                          });
}

TEST_F(PortalTwoFactorPermissions, PostsForEveryRole) {
  for (const std::string& person : people()) {
    const bool signed_in = !person.empty();
    const bool required = person == "administrator" || person == "coordinator";
    if (signed_in) {
      EXPECT_EQ(status(person, "/portaal/tweestapsverificatie"), 200U) << person;  // makes a secret
    }
    // A wrong code: said next to the field; without the token: refused.
    EXPECT_EQ(post(person, "/portaal/tweestapsverificatie", "csrf=csrf&code=abcdef"), signed_in ? 422U : 303U)
        << person;
    EXPECT_EQ(post(person, "/portaal/tweestapsverificatie", "csrf=forged&code=123456"), signed_in ? 403U : 303U)
        << person;
    // Off: not allowed where required; nothing to turn off for the others.
    EXPECT_EQ(post(person, "/portaal/tweestapsverificatie/uit", "csrf=csrf&code=123456"), required ? 403U : 303U)
        << person;
    EXPECT_EQ(post(person, "/aanmelden/code", "csrf=csrf&code=123456"), 303U) << person;
  }
}

}  // namespace
}  // namespace hvhk

// The coverage page and its two downloads × every person: whoever may see a Huis van het Kind
// (its coordinators, an administrator, the viewers of its municipality and of Opgroeien) sees
// its coverage; partners and people without a role do not, and nobody sees another network's.
#include "portal_world.h"

namespace hvhk {
namespace {

using PortalCoveragePermissions = testing::PortalWorld;

TEST_F(PortalCoveragePermissions, EveryRouteForEveryRole) {
  const std::string own = "/portaal/huis/" + network_;
  const std::vector<std::pair<std::string, std::string>> routes{
      {"coverage of own network", own + "/dekking"},
      {"coverage as CSV", own + "/dekking.csv"},
      {"coverage as Excel", own + "/dekking.xlsx"},
      {"coverage of another network", "/portaal/huis/other-network/dekking"},
      {"CSV of another network", "/portaal/huis/other-network/dekking.csv"},
      {"Excel of another network", "/portaal/huis/other-network/dekking.xlsx"},
      {"coverage of an unknown network", "/portaal/huis/does-not-exist/dekking"},
      {"CSV of an unknown network", "/portaal/huis/does-not-exist/dekking.csv"},
      {"Excel of an unknown network", "/portaal/huis/does-not-exist/dekking.xlsx"},
  };
  expect_statuses(routes, {
                              {"administrator", {200, 200, 200, 200, 200, 200, 404, 404, 404}},
                              {"coordinator", {200, 200, 200, 403, 403, 403, 404, 404, 404}},
                              {"partner_admin", {403, 403, 403, 403, 403, 403, 404, 404, 404}},
                              {"partner_staff", {403, 403, 403, 403, 403, 403, 404, 404, 404}},
                              {"municipality", {200, 200, 200, 403, 403, 403, 404, 404, 404}},
                              {"opgroeien", {200, 200, 200, 403, 403, 403, 404, 404, 404}},
                              {"no_role", {403, 403, 403, 403, 403, 403, 404, 404, 404}},
                              {"", {303, 303, 303, 303, 303, 303, 303, 303, 303}},  // "" = not signed in
                          });
}

}  // namespace
}  // namespace hvhk

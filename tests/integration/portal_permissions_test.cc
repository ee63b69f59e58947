// Every portal route × every role, at HTTP level: a table says for each person and page
// whether the answer is the page (200), refused (403), unknown (404) or "sign in first" (303).
// Ids in URLs are changed on purpose: a partner never reaches another partner's pages. Page
// groups keep their own tables (portal_*_permissions_test.cc); the last test here makes sure
// no portal route is left out of every table.
#include "portal_world.h"
#include "store/registration_store.h"

namespace hvhk {
namespace {

using PortalPermissions = testing::PortalWorld;

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
      {"retention of own network", "/portaal/huis/" + network_ + "/bewaartermijn"},
      {"retention of another network", "/portaal/huis/other-network/bewaartermijn"},
  };
  // Expected status per person, in the order of the routes above.
  expect_statuses(
      routes,
      {
          {"administrator", {200, 200, 200, 200, 404, 200, 200, 404, 200, 200, 200, 200, 200, 200, 200}},
          {"coordinator", {200, 200, 200, 403, 404, 200, 403, 404, 200, 200, 403, 200, 403, 200, 403}},
          {"partner_admin", {200, 200, 403, 403, 404, 403, 403, 404, 200, 403, 403, 403, 403, 403, 403}},
          {"partner_staff", {200, 200, 403, 403, 404, 403, 403, 404, 403, 403, 403, 403, 403, 403, 403}},
          {"municipality", {200, 403, 403, 403, 404, 200, 403, 404, 403, 403, 403, 403, 403, 403, 403}},
          {"opgroeien", {200, 403, 403, 403, 404, 200, 403, 404, 403, 403, 403, 403, 403, 403, 403}},
          {"no_role", {403, 403, 403, 403, 404, 403, 403, 404, 403, 403, 403, 403, 403, 403, 403}},
          {"", {303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303}}  // "" = not signed in
      });
}

TEST_F(PortalPermissions, APartnerAdminCannotInviteIntoAnotherOrganisationByPost) {
  EXPECT_EQ(post("partner_admin", "/portaal/organisatie/" + sibling_org_ + "/uitnodigen",
                 "csrf=csrf&email=x%40y.example&role=partner_admin"),
            403U);
}

// How long a network keeps families' data: its coordinator sets it (1–730 days, audited); a
// wrong number is named next to the field and nothing changes; another network's is refused.
TEST_F(PortalPermissions, TheCoordinatorSetsHowLongFamiliesDataIsKept) {
  const std::string path = "/portaal/huis/" + network_ + "/bewaartermijn";
  EXPECT_EQ(post("coordinator", path, "csrf=csrf&days=0"), 422U);
  EXPECT_EQ(post("coordinator", path, "csrf=csrf&days=abc"), 422U);
  EXPECT_EQ(post("coordinator", path, "csrf=wrong&days=30"), 403U);
  EXPECT_EQ(post("partner_admin", path, "csrf=csrf&days=30"), 403U);
  EXPECT_EQ(post("coordinator", "/portaal/huis/other-network/bewaartermijn", "csrf=csrf&days=30"), 403U);
  auto connection = db_->connect();
  EXPECT_EQ(*store::RegistrationStore(*connection).retention_days(network_), 90);
  EXPECT_EQ(post("coordinator", path, "csrf=csrf&days=30"), 200U);
  EXPECT_EQ(*store::RegistrationStore(*connection).retention_days(network_), 30);
  const http::Response page = send("coordinator", "GET", path);
  EXPECT_NE(page.body.find("value=\"30\""), std::string::npos);
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

// The portal routes (pages under /portaal) that the tables walk. A new portal page adds its
// pattern here and walks it, for every person, in its page group's table.
TEST_F(PortalPermissions, EveryPortalRouteIsInATable) {
  const std::set<std::string> walked{
      "/portaal",
      "/portaal/organisatie/{id}",
      "/portaal/organisatie/{id}/uitnodigen",
      "/portaal/huis/{id}",
      "/portaal/huis/{id}/zoekwoorden",
      "/portaal/huis/{id}/bewaartermijn",
      "/portaal/huis/{id}/partner/{organization}",  // POST only: see the test below
      "/portaal/organisatie/{id}/aanbod/nieuw",
      "/portaal/organisatie/{id}/aanbod/{offer}",
      "/portaal/huis/{id}/nazicht",
      "/portaal/huis/{id}/nazicht/{offer}",
      "/portaal/huis/{id}/aanvragen",
      "/portaal/huis/{id}/aanvragen/{application}",
      "/portaal/huis/{id}/vergaderingen",
      "/portaal/huis/{id}/vergaderingen/{meeting}",
      "/portaal/huis/{id}/vergaderingen/{meeting}/beslissing",
      "/portaal/organisatie/{id}/profiel",
      "/portaal/organisatie/{id}/plaatsen",
      "/portaal/organisatie/{id}/plaatsen/nieuw",
      "/portaal/organisatie/{id}/plaatsen/{location}",
      "/portaal/organisatie/{id}/medewerkers",
      "/portaal/organisatie/{id}/medewerkers/{user}/rol",
      "/portaal/organisatie/{id}/medewerkers/{user}/verwijderen",
      "/portaal/tweestapsverificatie",
      "/portaal/tweestapsverificatie/uit",
      "/portaal/huis/{id}/dekking",
      "/portaal/huis/{id}/dekking.csv",
      "/portaal/huis/{id}/dekking.xlsx",
      "/portaal/organisatie/{id}/aanbod/{offer}/sessies",
      "/portaal/organisatie/{id}/aanbod/{offer}/bereik",
      "/portaal/organisatie/{id}/sessies/{session}",  // also {session}.csv
      "/portaal/organisatie/{id}/sessies/{session}/aanwezigheid",
      "/portaal/organisatie/{id}/sessies/{session}/inschrijven",
      "/portaal/huis/{id}/bezetting",
      "/portaal/beheer",
      "/portaal/beheer/huis-nieuw",
      "/portaal/beheer/huis/{id}/coordinator",
  };
  for (const std::string& pattern : router_.patterns()) {
    if (pattern.starts_with("/portaal")) {
      EXPECT_TRUE(walked.contains(pattern)) << pattern << " is in no table";
    }
  }
}

// A municipality's viewer sees, read-only, the Huizen van het Kind that cover the municipality.
TEST_F(PortalPermissions, AMunicipalitySeesTheHuizenVanHetKindThatCoverIt) {
  const http::Response home = send("municipality", "GET", "/portaal");
  EXPECT_EQ(home.status, 200U);
  EXPECT_NE(home.body.find("/portaal/huis/" + network_), std::string::npos);
  EXPECT_EQ(home.body.find("/portaal/huis/other-network"), std::string::npos);
}

// A partner's tier in the network (core, network or associated partner): only the network's
// coordinators (and administrators) set it, only for partners of that network; viewers read it.
TEST_F(PortalPermissions, OnlyTheNetworksCoordinatorSetsAPartnersTier) {
  const std::string own = "/portaal/huis/" + network_ + "/partner/" + own_org_;
  EXPECT_EQ(post("", own, "csrf=csrf&tier=core"), 303U);
  EXPECT_EQ(post("partner_admin", own, "csrf=csrf&tier=core"), 403U);
  EXPECT_EQ(post("municipality", own, "csrf=csrf&tier=core"), 403U);
  EXPECT_EQ(post("opgroeien", own, "csrf=csrf&tier=core"), 403U);
  EXPECT_EQ(post("coordinator", "/portaal/huis/other-network/partner/other-organization", "csrf=csrf&tier=core"), 403U);
  EXPECT_EQ(post("coordinator", "/portaal/huis/" + network_ + "/partner/other-organization", "csrf=csrf&tier=core"),
            404U);
  EXPECT_EQ(post("coordinator", own, "csrf=forged&tier=core"), 403U);
  EXPECT_EQ(post("coordinator", own, "csrf=csrf&tier=boss"), 400U);
  EXPECT_EQ(post("coordinator", own, "csrf=csrf&tier=core"), 303U);
  EXPECT_NE(send("municipality", "GET", "/portaal/huis/" + network_).body.find("Kernpartner"), std::string::npos);
  EXPECT_NE(send("coordinator", "GET", "/portaal/huis/" + network_).body.find("value=\"core\" selected"),
            std::string::npos);
}

}  // namespace
}  // namespace hvhk

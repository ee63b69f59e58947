// The organisation's own pages (profile, places, colleagues) × every role: who gets the page
// (200), refused (403), unknown (404) or "sign in first" (303). Ids in URLs are changed on
// purpose: a partner admin never reaches another organisation's profile, place or colleagues,
// not by GET and not by POST.
#include "portal_world.h"

namespace hvhk {
namespace {

class PortalOrganizationPermissions : public testing::PortalWorld {
 protected:
  void SetUp() override {
    PortalWorld::SetUp();
    if (HasFatalFailure()) return;
    auto connection = db_->connect();
    // A place of the own organisation and one of the sibling (the index is not reloaded here:
    // the pages read what is stored).
    core::Catalogue places;
    for (const auto& [id, org] : {std::pair{&own_place_, own_org_}, std::pair{&sibling_place_, sibling_org_}}) {
      core::Location l;
      l.id = core::stable_uuid("location:permissions/" + org);
      l.network_id = network_;
      l.organization_id = org;
      l.kind = "partner-site";
      l.name = "Plek " + org.substr(0, 4);
      l.address = core::Address{"Kerkstraat 1", "9240", "Zele", "BE"};
      l.last_modified = "2026-11-01T09:00:00Z";
      places.locations.push_back(l);
      *id = l.id;
    }
    ASSERT_TRUE(store::CatalogueStore(*connection).save(places));
    store::AccountStore accounts(*connection);
    own_staff_ = (*accounts.find_user_by_email("partner_staff@test.example"))->id;
    own_admin_ = (*accounts.find_user_by_email("partner_admin@test.example"))->id;
    // A colleague of the sibling organisation.
    auto sibling = accounts.create_user("sibling@test.example", "Sibling", "", "2026-11-23T08:00:00Z", "");
    ASSERT_TRUE(sibling);
    sibling_staff_ = sibling->id;
    ASSERT_TRUE(
        accounts.add_membership(sibling_staff_, {core::Role::partner_staff, sibling_org_}, "2026-11-23T08:00:00Z", ""));
  }

  std::vector<core::Membership> memberships_of(const std::string& user) {
    auto connection = db_->connect();
    return (*store::AccountStore(*connection).find_user(user))->memberships;
  }

  std::string location_name(const std::string& id) {
    auto connection = db_->connect();
    const auto catalogue = store::CatalogueStore(*connection).load();
    for (const core::Location& l : catalogue->locations) {
      if (l.id == id) return l.name;
    }
    return "";
  }

  std::string own_place_, sibling_place_, own_staff_, own_admin_, sibling_staff_;
};

TEST_F(PortalOrganizationPermissions, EveryRouteForEveryRole) {
  const std::string own = "/portaal/organisatie/" + own_org_;
  const std::string sibling = "/portaal/organisatie/" + sibling_org_;
  const std::string elsewhere = "/portaal/organisatie/other-organization";
  const std::vector<std::pair<std::string, std::string>> routes{
      {"own profile", own + "/profiel"},
      {"sibling's profile", sibling + "/profiel"},
      {"profile elsewhere", elsewhere + "/profiel"},
      {"unknown organisation's profile", "/portaal/organisatie/does-not-exist/profiel"},
      {"own places", own + "/plaatsen"},
      {"sibling's places", sibling + "/plaatsen"},
      {"places elsewhere", elsewhere + "/plaatsen"},
      {"new own place", own + "/plaatsen/nieuw"},
      {"new place of sibling", sibling + "/plaatsen/nieuw"},
      {"own place", own + "/plaatsen/" + own_place_},
      {"sibling's place through own organisation", own + "/plaatsen/" + sibling_place_},
      {"sibling's place", sibling + "/plaatsen/" + sibling_place_},
      {"own colleagues", own + "/medewerkers"},
      {"sibling's colleagues", sibling + "/medewerkers"},
      {"colleagues elsewhere", elsewhere + "/medewerkers"},
      {"remove own staff member", own + "/medewerkers/" + own_staff_ + "/verwijderen"},
      {"remove sibling's colleague through own organisation", own + "/medewerkers/" + sibling_staff_ + "/verwijderen"},
      {"remove sibling's colleague", sibling + "/medewerkers/" + sibling_staff_ + "/verwijderen"},
  };
  // Expected status per person, in the order of the routes above.
  expect_statuses(
      routes,
      {
          {"administrator", {200, 200, 200, 404, 200, 200, 200, 200, 200, 200, 404, 200, 200, 200, 200, 200, 404, 200}},
          {"coordinator", {403, 403, 403, 404, 200, 200, 403, 403, 403, 403, 403, 403, 200, 200, 403, 200, 404, 200}},
          {"partner_admin", {200, 403, 403, 404, 200, 403, 403, 200, 403, 200, 404, 403, 200, 403, 403, 200, 404, 403}},
          {"partner_staff", {403, 403, 403, 404, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403}},
          {"municipality", {403, 403, 403, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403}},
          {"opgroeien", {403, 403, 403, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403}},
          {"no_role", {403, 403, 403, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403}},
          {"", {303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303}},
      });
}

TEST_F(PortalOrganizationPermissions, APartnerAdminCannotChangeAnotherOrganisationByPost) {
  const std::string own = "/portaal/organisatie/" + own_org_;
  const std::string sibling = "/portaal/organisatie/" + sibling_org_;
  const std::string place =
      "csrf=csrf&version=1&name=Overgenomen&kind=partner-site&street=Kerkstraat+2&postcode=9240&city=Zele&url="
      "&network=&accessibility=&transportation=&description=&phones=";
  EXPECT_EQ(post("partner_admin", sibling + "/profiel", "csrf=csrf&version=1&name=Overgenomen&partner_type=library"),
            403U);
  EXPECT_EQ(post("partner_admin", sibling + "/plaatsen/" + sibling_place_, place), 403U);
  EXPECT_EQ(post("partner_admin", own + "/plaatsen/" + sibling_place_, place), 404U);
  EXPECT_EQ(post("partner_admin", sibling + "/plaatsen/nieuw", place), 403U);
  EXPECT_EQ(location_name(sibling_place_), "Plek " + sibling_org_.substr(0, 4));

  EXPECT_EQ(post("partner_admin", sibling + "/medewerkers/" + sibling_staff_ + "/verwijderen", "csrf=csrf"), 403U);
  EXPECT_EQ(post("partner_admin", own + "/medewerkers/" + sibling_staff_ + "/verwijderen", "csrf=csrf"), 404U);
  EXPECT_EQ(post("partner_admin", own + "/medewerkers/" + sibling_staff_ + "/rol", "csrf=csrf&role=partner_admin"),
            404U);
  EXPECT_EQ(memberships_of(sibling_staff_), (std::vector<core::Membership>{{core::Role::partner_staff, sibling_org_}}));

  // Staff may not change the profile, places or colleagues of their own organisation.
  EXPECT_EQ(post("partner_staff", own + "/profiel", "csrf=csrf&version=1&name=Anders&partner_type=library"), 403U);
  EXPECT_EQ(post("partner_staff", own + "/plaatsen/" + own_place_, place), 403U);
  EXPECT_EQ(post("partner_staff", own + "/medewerkers/" + own_admin_ + "/verwijderen", "csrf=csrf"), 403U);
  EXPECT_EQ(post("partner_staff", own + "/medewerkers/" + own_staff_ + "/rol", "csrf=csrf&role=partner_admin"), 403U);
  EXPECT_EQ(memberships_of(own_staff_), (std::vector<core::Membership>{{core::Role::partner_staff, own_org_}}));
  // Not signed in: to the sign-in page, nothing changed.
  EXPECT_EQ(post("", own + "/medewerkers/" + own_staff_ + "/verwijderen", "csrf=csrf"), 303U);
  EXPECT_EQ(location_name(own_place_), "Plek " + own_org_.substr(0, 4));
}

}  // namespace
}  // namespace hvhk

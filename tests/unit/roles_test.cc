#include "core/roles.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <utility>

namespace hvhk::core {
namespace {

constexpr std::array kRoles{Role::administrator, Role::coordinator,         Role::partner_admin,
                            Role::partner_staff, Role::municipality_viewer, Role::opgroeien_viewer};

constexpr std::array<std::pair<Action, std::string_view>, 10> kActions{{
    {Action::view_portal, "view_portal"},
    {Action::view_organization, "view_organization"},
    {Action::edit_organization, "edit_organization"},
    {Action::edit_offer, "edit_offer"},
    {Action::manage_staff, "manage_staff"},
    {Action::view_network, "view_network"},
    {Action::review_offers, "review_offers"},
    {Action::manage_network, "manage_network"},
    {Action::manage_platform, "manage_platform"},
    {Action::manage_registrations, "manage_registrations"},
}};

// One world: organisation A is a partner of network N, which covers municipality 11002;
// organisation B is a partner of network X, which covers 44021.
Membership member_of(Role role) {
  switch (role) {
    case Role::administrator:
      return {role, ""};
    case Role::coordinator:
    case Role::opgroeien_viewer:
      return {role, "net-n"};
    case Role::partner_admin:
    case Role::partner_staff:
      return {role, "org-a"};
    case Role::municipality_viewer:
      return {role, "11002"};
  }
  return {role, ""};
}

const std::array<std::pair<std::string_view, Target>, 7> kTargets{{
    {"own organisation", {"org-a", {"net-n"}, {"11002"}}},
    {"other organisation", {"org-b", {"net-x"}, {"44021"}}},
    {"own network", {"", {"net-n"}, {"11002"}}},
    {"other network", {"", {"net-x"}, {"44021"}}},
    {"own municipality", {"", {}, {"11002"}}},
    {"other municipality", {"", {}, {"44021"}}},
    {"empty target", {}},
}};

struct Expectation {
  Role role;
  Action action;
  std::string_view targets;  // Y (allowed) or - (refused) per target, in the order of kTargets
};

// The permission policy, written out. A change in the rules must show up as a change here.
//                                                         own org, other org, own net, other net,
//                                                         own muni, other muni, empty
const std::array kExpected{
    Expectation{Role::administrator, Action::view_portal, "Y Y Y Y Y Y Y"},
    Expectation{Role::administrator, Action::view_organization, "Y Y Y Y Y Y Y"},
    Expectation{Role::administrator, Action::edit_organization, "Y Y Y Y Y Y Y"},
    Expectation{Role::administrator, Action::edit_offer, "Y Y Y Y Y Y Y"},
    Expectation{Role::administrator, Action::manage_staff, "Y Y Y Y Y Y Y"},
    Expectation{Role::administrator, Action::view_network, "Y Y Y Y Y Y Y"},
    Expectation{Role::administrator, Action::review_offers, "Y Y Y Y Y Y Y"},
    Expectation{Role::administrator, Action::manage_network, "Y Y Y Y Y Y Y"},
    Expectation{Role::administrator, Action::manage_platform, "Y Y Y Y Y Y Y"},
    Expectation{Role::administrator, Action::manage_registrations, "- - - - - - -"},

    Expectation{Role::coordinator, Action::view_portal, "Y Y Y Y Y Y Y"},
    Expectation{Role::coordinator, Action::view_organization, "Y - - - - - -"},
    Expectation{Role::coordinator, Action::edit_organization, "- - - - - - -"},
    Expectation{Role::coordinator, Action::edit_offer, "- - - - - - -"},
    Expectation{Role::coordinator, Action::manage_staff, "Y - - - - - -"},
    Expectation{Role::coordinator, Action::view_network, "Y - Y - - - -"},
    Expectation{Role::coordinator, Action::review_offers, "Y - Y - - - -"},
    Expectation{Role::coordinator, Action::manage_network, "Y - Y - - - -"},
    Expectation{Role::coordinator, Action::manage_platform, "- - - - - - -"},
    Expectation{Role::coordinator, Action::manage_registrations, "- - - - - - -"},

    Expectation{Role::partner_admin, Action::view_portal, "Y Y Y Y Y Y Y"},
    Expectation{Role::partner_admin, Action::view_organization, "Y - - - - - -"},
    Expectation{Role::partner_admin, Action::edit_organization, "Y - - - - - -"},
    Expectation{Role::partner_admin, Action::edit_offer, "Y - - - - - -"},
    Expectation{Role::partner_admin, Action::manage_staff, "Y - - - - - -"},
    Expectation{Role::partner_admin, Action::view_network, "- - - - - - -"},
    Expectation{Role::partner_admin, Action::review_offers, "- - - - - - -"},
    Expectation{Role::partner_admin, Action::manage_network, "- - - - - - -"},
    Expectation{Role::partner_admin, Action::manage_platform, "- - - - - - -"},
    Expectation{Role::partner_admin, Action::manage_registrations, "Y - - - - - -"},

    Expectation{Role::partner_staff, Action::view_portal, "Y Y Y Y Y Y Y"},
    Expectation{Role::partner_staff, Action::view_organization, "Y - - - - - -"},
    Expectation{Role::partner_staff, Action::edit_organization, "- - - - - - -"},
    Expectation{Role::partner_staff, Action::edit_offer, "Y - - - - - -"},
    Expectation{Role::partner_staff, Action::manage_staff, "- - - - - - -"},
    Expectation{Role::partner_staff, Action::view_network, "- - - - - - -"},
    Expectation{Role::partner_staff, Action::review_offers, "- - - - - - -"},
    Expectation{Role::partner_staff, Action::manage_network, "- - - - - - -"},
    Expectation{Role::partner_staff, Action::manage_platform, "- - - - - - -"},
    Expectation{Role::partner_staff, Action::manage_registrations, "Y - - - - - -"},

    Expectation{Role::municipality_viewer, Action::view_portal, "Y Y Y Y Y Y Y"},
    Expectation{Role::municipality_viewer, Action::view_organization, "- - - - - - -"},
    Expectation{Role::municipality_viewer, Action::edit_organization, "- - - - - - -"},
    Expectation{Role::municipality_viewer, Action::edit_offer, "- - - - - - -"},
    Expectation{Role::municipality_viewer, Action::manage_staff, "- - - - - - -"},
    Expectation{Role::municipality_viewer, Action::view_network, "Y - Y - Y - -"},
    Expectation{Role::municipality_viewer, Action::review_offers, "- - - - - - -"},
    Expectation{Role::municipality_viewer, Action::manage_network, "- - - - - - -"},
    Expectation{Role::municipality_viewer, Action::manage_platform, "- - - - - - -"},
    Expectation{Role::municipality_viewer, Action::manage_registrations, "- - - - - - -"},

    Expectation{Role::opgroeien_viewer, Action::view_portal, "Y Y Y Y Y Y Y"},
    Expectation{Role::opgroeien_viewer, Action::view_organization, "- - - - - - -"},
    Expectation{Role::opgroeien_viewer, Action::edit_organization, "- - - - - - -"},
    Expectation{Role::opgroeien_viewer, Action::edit_offer, "- - - - - - -"},
    Expectation{Role::opgroeien_viewer, Action::manage_staff, "- - - - - - -"},
    Expectation{Role::opgroeien_viewer, Action::view_network, "Y - Y - - - -"},
    Expectation{Role::opgroeien_viewer, Action::review_offers, "- - - - - - -"},
    Expectation{Role::opgroeien_viewer, Action::manage_network, "- - - - - - -"},
    Expectation{Role::opgroeien_viewer, Action::manage_platform, "- - - - - - -"},
    Expectation{Role::opgroeien_viewer, Action::manage_registrations, "- - - - - - -"},
};

bool allows(const std::vector<Membership>& memberships, Action action, const Target& target) {
  return allowed(memberships, action, target);
}

TEST(Roles, PermissionMatrix) {
  ASSERT_EQ(kExpected.size(), kRoles.size() * kActions.size());
  for (const Role role : kRoles) {
    for (const auto& [action, action_label] : kActions) {
      const Expectation* row = nullptr;
      for (const Expectation& e : kExpected) {
        if (e.role == role && e.action == action) {
          ASSERT_EQ(row, nullptr) << "two rows for " << role_code(role) << " " << action_label;
          row = &e;
        }
      }
      ASSERT_NE(row, nullptr) << "no row for " << role_code(role) << " " << action_label;
      std::string marks;
      for (const char c : row->targets) {
        if (c != ' ') marks.push_back(c);
      }
      ASSERT_EQ(marks.size(), kTargets.size()) << role_code(role) << " " << action_label;
      const std::vector<Membership> memberships{member_of(role)};
      for (std::size_t i = 0; i < kTargets.size(); ++i) {
        EXPECT_EQ(allowed(memberships, action, kTargets.at(i).second), marks.at(i) == 'Y')
            << role_code(role) << " (" << memberships.front().scope_id << ") " << action_label << " on "
            << kTargets.at(i).first;
      }
    }
  }
}

TEST(Roles, CodesRoundTripAndLabels) {
  for (const Role role : kRoles) {
    EXPECT_EQ(parse_role(role_code(role)), role) << role_code(role);
    EXPECT_FALSE(role_label_nl(role).empty());
  }
  EXPECT_EQ(role_code(Role::partner_admin), "partner_admin");
  EXPECT_EQ(role_code(Role::municipality_viewer), "municipality_viewer");
  EXPECT_EQ(role_label_nl(Role::administrator), "beheerder");
  EXPECT_EQ(role_label_nl(Role::coordinator), "coördinator");
  EXPECT_EQ(role_label_nl(Role::partner_admin), "beheerder van de partner");
  EXPECT_EQ(role_label_nl(Role::partner_staff), "medewerker van de partner");
  EXPECT_EQ(role_label_nl(Role::municipality_viewer), "gemeente (alleen lezen)");
  EXPECT_EQ(role_label_nl(Role::opgroeien_viewer), "Opgroeien (alleen lezen)");
}

TEST(Roles, UnknownCodes) {
  EXPECT_FALSE(parse_role(""));
  EXPECT_FALSE(parse_role("admin"));
  EXPECT_FALSE(parse_role("Coordinator"));
  EXPECT_FALSE(parse_role("coordinator "));
  EXPECT_FALSE(parse_role("partner-admin"));
  EXPECT_FALSE(parse_role(std::string_view("coordinator\0x", 13)));
}

TEST(Roles, NoMembershipsNothingAtAll) {
  const std::vector<Membership> none;
  for (const auto& [action, label] : kActions) {
    for (const auto& [name, target] : kTargets) {
      EXPECT_FALSE(allowed(none, action, target)) << label << " on " << name;
    }
  }
}

TEST(Roles, EmptyScopeGrantsOnlyThePortal) {
  for (const Role role : kRoles) {
    if (role == Role::administrator) continue;
    const std::vector<Membership> memberships{{role, ""}};
    for (const auto& [action, label] : kActions) {
      for (const auto& [name, target] : kTargets) {
        EXPECT_EQ(allowed(memberships, action, target), action == Action::view_portal)
            << role_code(role) << " " << label << " on " << name;
      }
    }
    // Not even a target whose fields are empty too, nor one that lists an empty id.
    const Target blank{"", {""}, {""}};
    EXPECT_FALSE(allowed(memberships, Action::view_organization, blank)) << role_code(role);
    EXPECT_FALSE(allowed(memberships, Action::view_network, blank)) << role_code(role);
  }
}

TEST(Roles, ChangingAnIdDoesNotReachAnotherPartner) {
  const std::vector<Membership> staff{{Role::partner_admin, "org-a"}};
  EXPECT_TRUE(allows(staff, Action::edit_offer, {"org-a", {}, {}}));
  EXPECT_FALSE(allows(staff, Action::edit_offer, {"org-b", {"net-n"}, {"11002"}}));  // same network, other partner
  EXPECT_FALSE(allows(staff, Action::edit_offer, {"org-a ", {}, {}}));
  EXPECT_FALSE(allows(staff, Action::edit_offer, {"ORG-A", {}, {}}));
  EXPECT_FALSE(allows(staff, Action::edit_offer, {"", {"org-a"}, {"org-a"}}));  // the id in another field
}

TEST(Roles, SeveralMembershipsCombine) {
  // The coordinator of N who also runs the house's own offers as partner admin of A.
  const std::vector<Membership> both{{Role::partner_admin, "org-a"}, {Role::coordinator, "net-n"}};
  const Target own_org{"org-a", {"net-n"}, {"11002"}};
  const Target partner_c{"org-c", {"net-n"}, {"11002"}};
  const Target other_org{"org-b", {"net-x"}, {"44021"}};
  const Target network_n{"", {"net-n"}, {"11002"}};
  const Target network_x{"", {"net-x"}, {"44021"}};

  EXPECT_TRUE(allows(both, Action::edit_offer, own_org));         // from partner_admin
  EXPECT_TRUE(allows(both, Action::edit_organization, own_org));  // from partner_admin
  EXPECT_TRUE(allows(both, Action::review_offers, network_n));    // from coordinator
  EXPECT_TRUE(allows(both, Action::manage_network, network_n));
  EXPECT_TRUE(allows(both, Action::view_organization, partner_c));
  EXPECT_TRUE(allows(both, Action::manage_staff, partner_c));
  EXPECT_FALSE(allows(both, Action::edit_offer, partner_c));  // reviewing is not editing
  EXPECT_FALSE(allows(both, Action::edit_organization, partner_c));
  EXPECT_FALSE(allows(both, Action::view_organization, other_org));
  EXPECT_FALSE(allows(both, Action::view_network, network_x));
  EXPECT_FALSE(allows(both, Action::manage_platform, {}));

  // Order does not matter, and a useless membership does not take anything away.
  const std::vector<Membership> reversed{
      {Role::coordinator, "net-n"}, {Role::partner_staff, ""}, {Role::partner_admin, "org-a"}};
  for (const auto& [action, label] : kActions) {
    for (const Target* target : {&own_org, &partner_c, &other_org, &network_n, &network_x}) {
      EXPECT_EQ(allows(both, action, *target), allows(reversed, action, *target)) << label;
    }
  }

  // Coordinator of two networks.
  const std::vector<Membership> two{{Role::coordinator, "net-n"}, {Role::coordinator, "net-x"}};
  EXPECT_TRUE(allows(two, Action::review_offers, network_n));
  EXPECT_TRUE(allows(two, Action::review_offers, network_x));
  EXPECT_TRUE(allows(two, Action::manage_staff, other_org));
}

TEST(Roles, AnOrganisationInSeveralNetworks) {
  const Target shared{"org-s", {"net-x", "net-n"}, {"44021", "11002"}};
  EXPECT_TRUE(allows({{Role::coordinator, "net-n"}}, Action::view_organization, shared));
  EXPECT_TRUE(allows({{Role::opgroeien_viewer, "net-n"}}, Action::view_network, shared));
  EXPECT_TRUE(allows({{Role::municipality_viewer, "11002"}}, Action::view_network, shared));
  EXPECT_FALSE(allows({{Role::coordinator, "net-y"}}, Action::view_organization, shared));
  EXPECT_FALSE(allows({{Role::municipality_viewer, "11001"}}, Action::view_network, shared));
}

// Families' registrations are need to know: the organisation's own people only, not the
// coordinator of its network, not viewers, not even the platform's administrators.
TEST(Roles, OnlyTheOrganisationsOwnPeopleSeeItsRegistrations) {
  const Target own{"org-a", {"net-n"}, {"11002"}};
  EXPECT_TRUE(allows({{Role::partner_staff, "org-a"}}, Action::manage_registrations, own));
  EXPECT_TRUE(allows({{Role::partner_admin, "org-a"}}, Action::manage_registrations, own));
  EXPECT_FALSE(allows({{Role::partner_staff, "org-b"}}, Action::manage_registrations, own));
  EXPECT_FALSE(allows({{Role::coordinator, "net-n"}}, Action::manage_registrations, own));
  EXPECT_FALSE(allows({{Role::administrator, ""}}, Action::manage_registrations, own));
  EXPECT_FALSE(allows({{Role::municipality_viewer, "11002"}}, Action::manage_registrations, own));
  EXPECT_FALSE(allows({{Role::opgroeien_viewer, "net-n"}}, Action::manage_registrations, own));
}

TEST(Roles, TheMatrixCoversEveryRoleAndAction) {
  EXPECT_EQ(static_cast<std::size_t>(Action::manage_registrations) + 1, kActions.size());
  EXPECT_EQ(static_cast<std::size_t>(Role::opgroeien_viewer) + 1, kRoles.size());
}

}  // namespace
}  // namespace hvhk::core

#include "core/roles.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace hvhk::core {
namespace {

struct RoleName {
  Role role;
  std::string_view code;
  std::string_view label_nl;
};

constexpr std::array<RoleName, 6> kRoleNames{{
    {Role::administrator, "administrator", "beheerder"},
    {Role::coordinator, "coordinator", "coördinator"},
    {Role::partner_admin, "partner_admin", "beheerder van de partner"},
    {Role::partner_staff, "partner_staff", "medewerker van de partner"},
    {Role::municipality_viewer, "municipality_viewer", "gemeente (alleen lezen)"},
    {Role::opgroeien_viewer, "opgroeien_viewer", "Opgroeien (alleen lezen)"},
}};

constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < kRoleNames.size(); ++i) {
    if (kRoleNames[i].role != static_cast<Role>(i)) return false;
  }
  return true;
}
static_assert(in_enum_order(), "kRoleNames is indexed by Role");

const RoleName& name_of(Role role) { return kRoleNames.at(static_cast<std::size_t>(role)); }

// What a role's grant for one action depends on.
enum class Grant {
  no,            // refused
  yes,           // allowed whatever the target (and even without a scope)
  organization,  // the scope is the target's organisation
  partner,       // the target is an organisation, and the scope is one of its networks
  network,       // the scope is one of the target's networks
  municipality,  // the scope is one of the target's municipalities
};

constexpr std::size_t kActions = static_cast<std::size_t>(Action::manage_registrations) + 1;

// The whole permission policy. Columns, in the order of Action:
// view_portal, view_organization, edit_organization, edit_offer, manage_staff,
// view_network, review_offers, manage_network, manage_platform, manage_registrations.
// Coordinators review offers but do not edit them: a house that runs its own offers gives its
// coordinator partner_admin of that organisation as well. Families' registrations are seen only
// by the organisation's own people, not even by administrators (need to know, ADR 020).
constexpr Grant N = Grant::no, Y = Grant::yes, O = Grant::organization, P = Grant::partner, W = Grant::network,
                M = Grant::municipality;
constexpr std::array<std::array<Grant, kActions>, kRoleNames.size()> kPolicy{{
    /* administrator       */ {Y, Y, Y, Y, Y, Y, Y, Y, Y, N},
    /* coordinator         */ {Y, P, N, N, P, W, W, W, N, N},
    /* partner_admin       */ {Y, O, O, O, O, N, N, N, N, O},
    /* partner_staff       */ {Y, O, N, O, N, N, N, N, N, O},
    /* municipality_viewer */ {Y, N, N, N, N, M, N, N, N, N},
    /* opgroeien_viewer    */ {Y, N, N, N, N, W, N, N, N, N},
}};

bool contains(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool grants(const Membership& m, Action action, const Target& target) {
  const Grant grant = kPolicy.at(static_cast<std::size_t>(m.role)).at(static_cast<std::size_t>(action));
  if (grant == Grant::yes) return true;
  if (grant == Grant::no || m.scope_id.empty()) return false;
  switch (grant) {
    case Grant::organization:
      return target.organization_id == m.scope_id;
    case Grant::partner:
      return !target.organization_id.empty() && contains(target.network_ids, m.scope_id);
    case Grant::network:
      return contains(target.network_ids, m.scope_id);
    case Grant::municipality:
      return contains(target.municipality_nis, m.scope_id);
    case Grant::no:
    case Grant::yes:
      break;
  }
  return false;
}

}  // namespace

std::optional<Role> parse_role(std::string_view code) {
  for (const RoleName& name : kRoleNames) {
    if (name.code == code) return name.role;
  }
  return std::nullopt;
}

std::string_view role_code(Role role) { return name_of(role).code; }

std::string_view role_label_nl(Role role) { return name_of(role).label_nl; }

bool allowed(std::span<const Membership> memberships, Action action, const Target& target) {
  return std::any_of(memberships.begin(), memberships.end(),
                     [&](const Membership& m) { return grants(m, action, target); });
}

}  // namespace hvhk::core

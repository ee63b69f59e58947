// Who may do what on the platform: the roles people hold (per network, per organisation, or
// platform-wide) and the one permission check every page and command goes through. A partner's
// staff can only touch their own organisation's data; the decision is made here, from the
// memberships of the signed-in person and what the request is about, never from ids alone.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hvhk::core {

enum class Role {
  administrator,        // the platform: creates networks and coordinators (scope: none)
  coordinator,          // one Huis van het Kind (scope: network id)
  partner_admin,        // one organisation: its profile, places, offers and staff (scope: organisation id)
  partner_staff,        // one organisation: its offers (scope: organisation id)
  municipality_viewer,  // the networks covering one municipality, read-only (scope: NIS code)
  opgroeien_viewer,     // the networks of a region, read-only (scope: network id, one per network)
};

// "coordinator" ⇄ Role::coordinator; nullopt for an unknown code.
std::optional<Role> parse_role(std::string_view code);
std::string_view role_code(Role role);
// The Dutch word shown on screen (glossary).
std::string_view role_label_nl(Role role);

struct Membership {
  Role role;
  std::string scope_id;  // network id, organisation id or NIS code; empty for administrator
  bool operator==(const Membership&) const = default;
};

enum class Action {
  view_portal,        // sign in to the portal at all
  view_organization,  // an organisation's profile, places, offers and history
  edit_organization,  // its profile and places
  edit_offer,         // create, change, archive its offers
  manage_staff,       // invite and remove its staff
  view_network,       // a network's partners, offers, coverage (read-only)
  review_offers,      // approve offers awaiting review in a network
  manage_network,     // partners, admission, meetings of a network
  manage_platform,    // create networks and coordinators
  // the families registered for its sessions: their data, attendance, registering on their
  // behalf; only the organisation's own people (need to know: not coordinators nor viewers)
  manage_registrations,
};

// What a request is about: an organisation (with the networks it is a partner of), or a
// network (with the municipalities it covers); empty fields when the action has no target.
struct Target {
  std::string organization_id;
  std::vector<std::string> network_ids;       // networks the organisation belongs to, or the one network
  std::vector<std::string> municipality_nis;  // municipalities of those networks
};

// The one permission check: whether someone with these memberships may do action on target.
bool allowed(std::span<const Membership> memberships, Action action, const Target& target);

}  // namespace hvhk::core

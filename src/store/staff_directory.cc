#include "store/staff_directory.h"

#include <algorithm>

namespace hvhk::store {

bool StaffMember::is_admin() const {
  return std::find(roles.begin(), roles.end(), core::Role::partner_admin) != roles.end();
}

core::Result<std::vector<StaffMember>> StaffDirectory::of_organization(const std::string& organization_id) {
  try {
    // The last sign-in is the newest "sign_in" audit entry about the person.
    const Rows rows = connection_.query(
        "SELECT u.id, u.email, u.name, u.disabled, u.password_hash <> '', m.role, "
        "(SELECT MAX(a.at) FROM audit_log a WHERE a.action = 'sign_in' AND a.subject = u.id) "
        "FROM memberships m JOIN users u ON u.id = m.user_id "
        "WHERE m.scope_id = ? AND m.role IN ('partner_admin', 'partner_staff') "
        "ORDER BY u.name, u.email, u.id, m.role",
        {p(organization_id)});
    std::vector<StaffMember> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (out.empty() || out.back().user_id != rows.text(r, 0)) {
        out.push_back(StaffMember{rows.text(r, 0),
                                  rows.text(r, 1),
                                  rows.text(r, 2),
                                  rows.boolean(r, 3),
                                  rows.boolean(r, 4),
                                  {},
                                  rows.is_null(r, 6) ? "" : rows.text(r, 6)});
      }
      if (const auto role = core::parse_role(rows.text(r, 5))) out.back().roles.push_back(*role);
    }
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

}  // namespace hvhk::store

// Who works for one organisation in the portal: the people with a partner role in its scope,
// with the role and when they last signed in, for the staff page. Read-only; memberships are
// changed through AccountStore (which audits every change).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "core/roles.h"
#include "store/connection.h"

namespace hvhk::store {

struct StaffMember {
  std::string user_id;
  std::string email;
  std::string name;
  bool disabled = false;
  bool has_password = false;      // false: invited, has not chosen a password yet
  std::vector<core::Role> roles;  // partner_admin and/or partner_staff in this organisation
  std::string last_sign_in;       // ISO 8601 UTC from the audit log; empty when never
  [[nodiscard]] bool is_admin() const;
};

class StaffDirectory {
 public:
  explicit StaffDirectory(Connection& connection) : connection_(connection) {}

  // The people with partner_admin or partner_staff in organization_id, by name then e-mail.
  core::Result<std::vector<StaffMember>> of_organization(const std::string& organization_id);

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

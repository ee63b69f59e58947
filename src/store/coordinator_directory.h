// Who coordinates which Huis van het Kind: the people with the coordinator role, per network,
// for the platform administrator's overview. Read-only; roles are given through AccountStore
// (which audits every change). StaffDirectory lists an organisation's partner roles only, so
// this is its counterpart for networks.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/connection.h"

namespace hvhk::store {

struct Coordinator {
  std::string user_id;
  std::string email;
  std::string name;
  bool has_password = false;  // false: invited, has not chosen a password yet
  bool disabled = false;
};

class CoordinatorDirectory {
 public:
  explicit CoordinatorDirectory(Connection& connection) : connection_(connection) {}

  // Every network id with coordinators → its coordinators, by name then e-mail.
  core::Result<std::map<std::string, std::vector<Coordinator>>> by_network();

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

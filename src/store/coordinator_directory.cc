#include "store/coordinator_directory.h"

namespace hvhk::store {

core::Result<std::map<std::string, std::vector<Coordinator>>> CoordinatorDirectory::by_network() {
  try {
    const Rows rows = connection_.query(
        "SELECT m.scope_id, u.id, u.email, u.name, u.password_hash <> '', u.disabled "
        "FROM memberships m JOIN users u ON u.id = m.user_id "
        "WHERE m.role = ? ORDER BY m.scope_id, u.name, u.email, u.id",
        {p("coordinator")});
    std::map<std::string, std::vector<Coordinator>> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out[rows.text(r, 0)].push_back(
          Coordinator{rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.boolean(r, 4), rows.boolean(r, 5)});
    }
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

}  // namespace hvhk::store

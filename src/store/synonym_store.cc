#include "store/synonym_store.h"

namespace hvhk::store {

core::Result<std::vector<SynonymList>> SynonymStore::load_all() {
  try {
    const Rows rows = connection_.query("SELECT network_id, lines, updated_at FROM synonym_lists ORDER BY network_id");
    std::vector<SynonymList> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out.push_back(SynonymList{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2)});
    }
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<SynonymList> SynonymStore::load(const std::string& network_id) {
  try {
    const Rows rows =
        connection_.query("SELECT lines, updated_at FROM synonym_lists WHERE network_id = ?", {Param(network_id)});
    if (rows.size() == 0) return SynonymList{network_id, "", ""};
    return SynonymList{network_id, rows.text(0, 0), rows.text(0, 1)};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> SynonymStore::save(const SynonymList& list) {
  try {
    Transaction transaction(connection_);
    if (connection_.query("SELECT 1 FROM networks WHERE id = ?", {Param(list.network_id)}).size() == 0) {
      return core::fail(core::Error::Kind::not_found, "no Huis van het Kind with id " + list.network_id);
    }
    connection_.execute("DELETE FROM synonym_lists WHERE network_id = ?", {Param(list.network_id)});
    if (!list.lines.empty()) {
      connection_.execute("INSERT INTO synonym_lists (network_id, lines, updated_at) VALUES (?, ?, ?)",
                          {Param(list.network_id), Param(list.lines), Param(list.updated_at)});
    }
    connection_.execute("UPDATE catalogue_revision SET revision = revision + 1 WHERE id = 1");
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

}  // namespace hvhk::store

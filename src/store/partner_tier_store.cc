#include "store/partner_tier_store.h"

namespace hvhk::store {

core::Result<std::map<std::string, std::string>> PartnerTierStore::of_network(const std::string& network_id) {
  try {
    const Rows rows =
        connection_.query("SELECT organization_id, tier FROM partner_tiers WHERE network_id = ?", {p(network_id)});
    std::map<std::string, std::string> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.emplace(rows.text(r, 0), rows.text(r, 1));
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> PartnerTierStore::set(const std::string& network_id, const std::string& organization_id,
                                         const std::string& tier) {
  try {
    Transaction transaction(connection_);
    connection_.execute("DELETE FROM partner_tiers WHERE network_id = ? AND organization_id = ?",
                        {p(network_id), p(organization_id)});
    connection_.execute("INSERT INTO partner_tiers (network_id, organization_id, tier) VALUES (?, ?, ?)",
                        {p(network_id), p(organization_id), p(tier)});
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

}  // namespace hvhk::store

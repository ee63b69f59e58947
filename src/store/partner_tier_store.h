// The tier of each partner in a Huis van het Kind (core/partner_tiers.h), in either engine.
#pragma once

#include <map>
#include <string>

#include "core/result.h"
#include "store/connection.h"

namespace hvhk::store {

class PartnerTierStore {
 public:
  explicit PartnerTierStore(Connection& connection) : connection_(connection) {}

  // organisation id → tier, for the partners of network that have one recorded.
  core::Result<std::map<std::string, std::string>> of_network(const std::string& network_id);
  core::Result<void> set(const std::string& network_id, const std::string& organization_id, const std::string& tier);

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

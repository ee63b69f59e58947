// Registrations for the dated sessions of an offer, in either engine, first come first served:
// a family gets a confirmed place while the session has places left, else a place in line; a
// cancellation frees the place and the first family in line gets it. Every decision is made
// inside one transaction with a conditional UPDATE of the session's count, so 200 families
// registering at once for 10 places give exactly 10 confirmations and a line in arrival order,
// on SQLite and on PostgreSQL. Personal data arrives sealed (core/data_key.h) and stays so.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/connection.h"

namespace hvhk::store {

struct ActivitySession {
  std::string id;
  std::string service_id;
  std::string location_id;
  std::string starts_at;  // ISO 8601 local date-time, e.g. 2026-12-02T14:00
  std::string ends_at;
  int capacity = 0;
  int taken = 0;  // confirmed places
};

struct Registration {
  std::int64_t id = 0;
  std::string session_id;
  std::string state;  // confirmed, waitlisted, cancelled
  std::string family_sealed;
  int children = 0;
  std::string created_at;
  int place_in_line = 0;  // for waitlisted: 1 is next; 0 otherwise
};

class RegistrationStore {
 public:
  explicit RegistrationStore(Connection& connection) : connection_(connection) {}

  core::Result<void> add_session(const ActivitySession& session, const std::string& now);
  core::Result<std::optional<ActivitySession>> session(const std::string& id);

  // A family registers children for a session: confirmed when places are left, else in line.
  // cancel_token_hash: the hash of the family's cancel link (unique).
  core::Result<Registration> register_family(const std::string& session_id, const std::string& family_sealed,
                                             int children, const std::string& cancel_token_hash,
                                             const std::string& now);
  // Cancels the registration of the link; a confirmed place goes to the first family in line,
  // whose registration is returned. Cancelling twice changes nothing the second time.
  core::Result<std::optional<Registration>> cancel(const std::string& cancel_token_hash, const std::string& now);

  // The registrations of a session that are not cancelled, in line order.
  core::Result<std::vector<Registration>> of_session(const std::string& session_id);

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

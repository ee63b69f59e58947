// Forgetting what the platform no longer needs (privacy by design): expired sessions, used or
// expired one-time links, e-mail long sent (or never deliverable), old audit entries, and
// families' personal data of registrations past their network's retention days. Each
// kind goes by one DELETE with its cut-off moment as a parameter, in either engine; the counts
// say what went. jobs::Housekeeping runs it every hour, `hvhk purge` once. See ADR 016 for
// why each period is as long as it is.
#pragma once

#include <chrono>
#include <cstdint>

#include "core/result.h"
#include "store/connection.h"

namespace hvhk::store {

// How long each kind of row is kept after it stopped being of use.
struct RetentionPolicy {
  std::chrono::days tokens{7};                 // after a link was used or expired
  std::chrono::days sent_mail{30};             // after the SMTP server accepted a message
  std::chrono::days undeliverable_mail{90};    // after a message that can never be sent was queued
  std::chrono::days audit{kDefaultAuditDays};  // after an audit entry was written
  static constexpr int kDefaultAuditDays = 400;
};

struct Purged {
  std::int64_t sessions = 0;
  std::int64_t tokens = 0;
  std::int64_t mails = 0;
  std::int64_t audit_entries = 0;
  std::int64_t registrations = 0;  // families' data forgotten (anonymised), per network's retention
  [[nodiscard]] std::int64_t total() const { return sessions + tokens + mails + audit_entries + registrations; }
};

class RetentionStore {
 public:
  explicit RetentionStore(Connection& connection) : connection_(connection) {}

  // Deletes what policy no longer keeps at now: sessions past their expiry (signed in or still
  // waiting for the second step), and the rest once its period is over. Each kind is its own
  // statement: what went before an error stays gone, and the next run does the rest.
  core::Result<Purged> purge(std::chrono::system_clock::time_point now, const RetentionPolicy& policy = {});

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

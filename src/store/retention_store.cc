#include "store/retention_store.h"

#include "core/timestamps.h"
#include "store/outbox_store.h"
#include "store/registration_store.h"

namespace hvhk::store {

core::Result<Purged> RetentionStore::purge(std::chrono::system_clock::time_point now, const RetentionPolicy& policy) {
  // Timestamps are ISO 8601 UTC text of one width, so comparing the text compares the moments.
  const auto before = [&](std::chrono::days period) { return core::iso_utc(now - period); };
  try {
    Purged purged;
    purged.sessions = connection_.execute("DELETE FROM sessions WHERE expires_at <= ?", {p(core::iso_utc(now))});
    const std::string tokens_cut = before(policy.tokens);
    purged.tokens =
        connection_.execute("DELETE FROM one_time_tokens WHERE (used_at <> '' AND used_at < ?) OR expires_at < ?",
                            {p(tokens_cut), p(tokens_cut)});
    purged.mails =
        connection_.execute("DELETE FROM outbox WHERE sent_at <> '' AND sent_at < ?", {p(before(policy.sent_mail))});
    purged.mails += connection_.execute("DELETE FROM outbox WHERE sent_at = '' AND attempts >= ? AND created_at < ?",
                                        {p(OutboxStore::kUndeliverableAttempts), p(before(policy.undeliverable_mail))});
    purged.audit_entries = connection_.execute("DELETE FROM audit_log WHERE at < ?", {p(before(policy.audit))});
    // Retention is counted in whole days after a session's last date; the UTC date is near
    // enough to Brussels' for that.
    const std::string now_text = core::iso_utc(now);
    const auto anonymised = RegistrationStore(connection_).anonymise_past(now_text.substr(0, 16), now_text);
    if (!anonymised) return tl::unexpected(anonymised.error());
    purged.registrations = *anonymised;
    return purged;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

}  // namespace hvhk::store

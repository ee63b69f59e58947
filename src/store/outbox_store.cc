#include "store/outbox_store.h"

namespace hvhk::store {
namespace {

constexpr const char* kColumns =
    "SELECT id, recipient, subject, body, dedupe_key, attempts, next_attempt_at, sent_at, last_error, calendar, "
    "channel FROM outbox ";

std::vector<OutgoingMail> mails(const Rows& rows) {
  std::vector<OutgoingMail> out;
  out.reserve(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    out.push_back(OutgoingMail{rows.integer(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.text(r, 4),
                               static_cast<int>(rows.integer(r, 5)), rows.text(r, 6), rows.text(r, 7), rows.text(r, 8),
                               rows.text(r, 9), rows.text(r, 10)});
  }
  return out;
}

}  // namespace

core::Result<bool> OutboxStore::enqueue(const std::string& recipient, const std::string& subject,
                                        const std::string& body, const std::string& dedupe_key, const std::string& now,
                                        const std::string& calendar, const std::string& channel) {
  if (dedupe_key.empty()) return core::fail(core::Error::Kind::invalid, "an outgoing mail needs a dedupe key");
  if (channel != "email" && channel != "sms") {
    return core::fail(core::Error::Kind::invalid, "an outgoing message goes by email or sms, not " + channel);
  }
  try {
    // ON CONFLICT keeps two enqueuers racing on one key from both adding it (both engines).
    const std::int64_t added = connection_.execute(
        "INSERT INTO outbox (recipient, subject, body, dedupe_key, created_at, next_attempt_at, calendar, channel) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING",
        {p(recipient), p(subject), p(body), p(dedupe_key), p(now), p(now), p(calendar), p(channel)});
    return added == 1;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<OutgoingMail>> OutboxStore::due(const std::string& now, int limit) {
  try {
    return mails(connection_.query(
        std::string(kColumns) + "WHERE sent_at = '' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
        {p(now), p(limit)}));
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<bool> OutboxStore::claim(std::int64_t id, const std::string& seen_next_attempt_at,
                                      const std::string& lease_until) {
  try {
    return connection_.execute(
               "UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND sent_at = '' AND next_attempt_at = ?",
               {p(lease_until), p(id), p(seen_next_attempt_at)}) == 1;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> OutboxStore::mark_sent(std::int64_t id, const std::string& now) {
  try {
    connection_.execute("UPDATE outbox SET sent_at = ?, last_error = '' WHERE id = ?", {p(now), p(id)});
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> OutboxStore::mark_failed(std::int64_t id, const std::string& error, const std::string& retry_at) {
  try {
    connection_.execute(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ? AND sent_at = ''",
        {p(error), p(retry_at), p(id)});
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> OutboxStore::mark_undeliverable(std::int64_t id, const std::string& error) {
  try {
    connection_.execute(
        "UPDATE outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ? AND sent_at = ''",
        {p(kUndeliverableAttempts), p(error), p(kNever), p(id)});
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<OutgoingMail> OutboxStore::find(std::int64_t id) {
  try {
    auto found = mails(connection_.query(std::string(kColumns) + "WHERE id = ?", {p(id)}));
    if (found.empty()) return core::fail(core::Error::Kind::not_found, "no outgoing mail " + std::to_string(id));
    return std::move(found.front());
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<OutgoingMail>> OutboxStore::all() {
  try {
    return mails(connection_.query(std::string(kColumns) + "ORDER BY id"));
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

}  // namespace hvhk::store

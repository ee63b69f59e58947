// The outbox: e-mails (and SMS) waiting to go out, in either engine. Code that wants to send
// mail (invitations, password resets, registration confirmations) only enqueues here, in its
// own transaction if it likes; jobs::MailSender sends what is due and records every attempt.
// Each message has a dedupe key naming the person and the event ("invite:<user>:<token>"):
// enqueueing the same key again adds nothing, so nobody gets the same mail twice for one event.
// Timestamps are ISO 8601 UTC text ("2026-11-23T10:00:00Z"), compared as text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/connection.h"

namespace hvhk::store {

struct OutgoingMail {
  std::int64_t id = 0;
  std::string recipient;  // one bare address: "ouder@example.org"
  std::string subject;    // UTF-8, one line
  std::string body;       // plain text, UTF-8, "\n" line ends
  std::string dedupe_key;
  int attempts = 0;               // failed attempts so far
  std::string next_attempt_at;    // not sent before this
  std::string sent_at;            // empty until the SMTP server accepted it
  std::string last_error;         // why the last attempt failed
  std::string calendar;           // an iCalendar file sent along as a text/calendar part, or ""
  std::string channel = "email";  // "email", or "sms" (recipient is then a phone number "+32470123456")
};

class OutboxStore {
 public:
  explicit OutboxStore(Connection& connection) : connection_(connection) {}

  // Queues a message, due at once. False, and nothing added, when the dedupe key is queued
  // already (sent or not). `calendar` is attached to an e-mail; channel "sms" sends `body` as an
  // SMS to the phone number in `recipient` instead.
  core::Result<bool> enqueue(const std::string& recipient, const std::string& subject, const std::string& body,
                             const std::string& dedupe_key, const std::string& now, const std::string& calendar = "",
                             const std::string& channel = "email");
  // Unsent messages with next_attempt_at <= now, oldest first, at most `limit`.
  core::Result<std::vector<OutgoingMail>> due(const std::string& now, int limit);
  // Takes a due message for one sender: moves its next attempt to `lease_until` if it is still
  // unsent and still due at `seen_next_attempt_at` (what due() returned). False when another
  // sender took it first. A sender that dies holding it leaves it to be retried at lease_until.
  core::Result<bool> claim(std::int64_t id, const std::string& seen_next_attempt_at, const std::string& lease_until);
  core::Result<void> mark_sent(std::int64_t id, const std::string& now);
  // A failed attempt: attempts + 1, tried again at retry_at.
  core::Result<void> mark_failed(std::int64_t id, const std::string& error, const std::string& retry_at);
  // A message that can never be sent (say a recipient with a line break in it): attempts set to
  // kUndeliverableAttempts, never due again, the reason kept in last_error.
  core::Result<void> mark_undeliverable(std::int64_t id, const std::string& error);
  // One message by id (sent or not); not_found when there is none.
  core::Result<OutgoingMail> find(std::int64_t id);
  // Every message, oldest first (for tests and for an administrator looking at the queue).
  core::Result<std::vector<OutgoingMail>> all();

  static constexpr int kUndeliverableAttempts = 1000;
  static constexpr const char* kNever = "9999-12-31T23:59:59Z";

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

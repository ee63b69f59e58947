// Sends the outbox (store::OutboxStore) in the background: e-mail over SMTP with libcurl, SMS
// through an SmsGateway (jobs/sms_gateway.h).
// Each round takes the due messages, claims each one (so two app nodes never send the same
// message at once), builds an RFC 5322 message (UTF-8 text, quoted-printable, RFC 2047 subject,
// a Message-ID derived from the dedupe key) and marks it sent only after the SMTP server
// accepted it. A failure is recorded and retried later, backing off: 1 min, 5 min, 30 min, 2 h,
// then every 12 h. A recipient or subject with a line break in it (header injection) or a
// recipient that is not one plain address is never sent: it is marked undeliverable at once.
//
// Delivery is at least once: if the process dies after the server accepted a message but before
// it was marked sent, the message goes out again once its claim expires (10 minutes). It then
// carries the same Message-ID, so mail clients show it once. Enqueueing is never twice per
// dedupe key, so a person gets one mail per event.
//
// A message with a calendar goes out as multipart/mixed: the text, then the iCalendar file as a
// text/calendar part (method PUBLISH or CANCEL, as the file says) named uitnodiging.ics. A row
// with channel "sms" goes to the gateway instead, and is marked sent or failed the same way; a
// phone number that is not "+" and 8 to 15 digits is undeliverable at once.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/result.h"
#include "jobs/sms_gateway.h"
#include "store/outbox_store.h"

namespace hvhk::jobs {

struct SmtpSettings {
  std::string url;                 // smtp://127.0.0.1:2525 (STARTTLS when offered) or smtps://mail.example.org:465
  std::string from;                // "noreply@example.org" or "Huis van het Kind <noreply@example.org>"
  std::string username, password;  // empty: no authentication
};

// The whole message as sent: headers and a quoted-printable body, CRLF line ends; with a
// calendar, a multipart/mixed message of the text and the calendar (base64).
// `date` is the send time; the Message-ID (and the MIME boundary) depend on the dedupe key only.
std::string build_message(const store::OutgoingMail& mail, const std::string& from,
                          std::chrono::system_clock::time_point date);
// Why this message can never be sent (header injection, not one address), or "" when it can.
std::string undeliverable_reason(const store::OutgoingMail& mail);
// How long to wait after the n-th failed attempt (n >= 1).
std::chrono::minutes retry_delay(int failed_attempts);

class MailSender {
 public:
  MailSender(std::string db_url, SmtpSettings smtp,
             std::shared_ptr<SmsGateway> sms = std::make_shared<LoggingSmsGateway>());
  MailSender(const MailSender&) = delete;
  MailSender& operator=(const MailSender&) = delete;
  ~MailSender();  // stops the background thread, letting a message being sent finish

  // Sends every message due at `now` once; returns how many the server accepted. Failures are
  // recorded on the messages, not returned; an error means the database could not be used.
  core::Result<std::size_t> send_due(std::chrono::system_clock::time_point now);
  // Runs send_due every `interval` on a thread of its own until destroyed (once; later calls do
  // nothing). After a full batch it goes on at once: more may be waiting.
  void start(std::chrono::milliseconds interval);

  static constexpr int kBatch = 50;
  static constexpr std::chrono::minutes kClaim{10};

 private:
  // Hands one message to the SMTP server; "" on success, else curl's reason.
  std::string deliver(const store::OutgoingMail& mail, std::chrono::system_clock::time_point now) const;
  // Why it cannot go out or "" (mail: undeliverable_reason; SMS: a phone number); then sends it.
  std::string refusal(const store::OutgoingMail& mail) const;
  std::string send_one(const store::OutgoingMail& mail, std::chrono::system_clock::time_point now) const;

  std::string db_url_;
  SmtpSettings smtp_;
  std::shared_ptr<SmsGateway> sms_;
  std::atomic<std::size_t> last_batch_ = 0;  // messages due in the last round
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace hvhk::jobs

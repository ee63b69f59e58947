// Sends the e-mail outbox (store::OutboxStore) over SMTP with libcurl, in the background.
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
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

#include "core/result.h"
#include "store/outbox_store.h"

namespace hvhk::jobs {

struct SmtpSettings {
  std::string url;                 // smtp://127.0.0.1:2525 (STARTTLS when offered) or smtps://mail.example.org:465
  std::string from;                // "noreply@example.org" or "Huis van het Kind <noreply@example.org>"
  std::string username, password;  // empty: no authentication
};

// The whole message as sent: headers and a quoted-printable body, CRLF line ends.
// `date` is the send time; the Message-ID depends on the dedupe key only.
std::string build_message(const store::OutgoingMail& mail, const std::string& from,
                          std::chrono::system_clock::time_point date);
// Why this message can never be sent (header injection, not one address), or "" when it can.
std::string undeliverable_reason(const store::OutgoingMail& mail);
// How long to wait after the n-th failed attempt (n >= 1).
std::chrono::minutes retry_delay(int failed_attempts);

class MailSender {
 public:
  MailSender(std::string db_url, SmtpSettings smtp);
  MailSender(const MailSender&) = delete;
  MailSender& operator=(const MailSender&) = delete;
  ~MailSender();  // stops the background thread, letting a message being sent finish

  // Sends every message due at `now` once; returns how many the server accepted. Failures are
  // recorded on the messages, not returned; an error means the database could not be used.
  core::Result<std::size_t> send_due(std::chrono::system_clock::time_point now);
  // Runs send_due every `interval` on a thread of its own until destroyed (once; later calls do nothing).
  void start(std::chrono::milliseconds interval);

  static constexpr int kBatch = 50;
  static constexpr std::chrono::minutes kClaim{10};

 private:
  // Hands one message to the SMTP server; "" on success, else curl's reason.
  std::string deliver(const store::OutgoingMail& mail, std::chrono::system_clock::time_point now) const;

  std::string db_url_;
  SmtpSettings smtp_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace hvhk::jobs

#include "jobs/mail_sender.h"

#include <curl/curl.h>
#include <fmt/format.h>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <ctime>
#include <memory>
#include <utility>
#include <vector>

#include "core/timestamps.h"
#include "store/connection.h"

namespace hvhk::jobs {
namespace {

// RFC 5322 date-time, English names whatever the locale: "Mon, 23 Nov 2026 10:00:00 +0000".
std::string rfc5322_date(std::chrono::system_clock::time_point t) {
  static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::time_t seconds = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  return fmt::format("{}, {:02} {} {:04} {:02}:{:02}:{:02} +0000", kDays.at(static_cast<std::size_t>(tm.tm_wday)),
                     tm.tm_mday, kMonths.at(static_cast<std::size_t>(tm.tm_mon)), tm.tm_year + 1900, tm.tm_hour,
                     tm.tm_min, tm.tm_sec);
}

bool has_line_break(const std::string& text) { return text.find_first_of("\r\n") != std::string::npos; }

bool is_ascii(const std::string& text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// The bare address in "Name <a@b>" or "a@b".
std::string address_of(const std::string& mailbox) {
  const auto open = mailbox.rfind('<');
  const auto close = mailbox.rfind('>');
  if (open != std::string::npos && close != std::string::npos && close > open) {
    return mailbox.substr(open + 1, close - open - 1);
  }
  return mailbox;
}

std::string base64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(std::strlen(out.c_str()));
  return out;
}

// RFC 2047: ASCII text as it is; otherwise encoded-words of at most 75 characters (45 bytes of
// UTF-8 each, never splitting a character), folded onto continuation lines.
std::string encode_header_text(const std::string& text) {
  if (is_ascii(text)) return text;
  constexpr std::size_t kChunk = 45;
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(start + kChunk, text.size());
    // Step back off UTF-8 continuation bytes (10xxxxxx) so a character stays whole.
    while (end < text.size() && end > start + 1 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(std::string_view(text).substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

// Quoted-printable (RFC 2045) with CRLF line ends and soft breaks before 76 characters.
std::string quoted_printable(const std::string& text) {
  static constexpr const char* kHex = "0123456789ABCDEF";
  std::string out;
  std::size_t column = 0;
  auto emit = [&](const std::string& piece) {
    if (column + piece.size() > 75) {
      out += "=\r\n";
      column = 0;
    }
    out += piece;
    column += piece.size();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // the \n ends the line
    if (c == '\n' || c == '\r') {
      out += "\r\n";
      column = 0;
      continue;
    }
    const bool line_end = i + 1 == text.size() || text[i + 1] == '\n' || text[i + 1] == '\r';
    const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !line_end);
    if (literal) {
      emit(std::string(1, static_cast<char>(c)));
    } else {
      emit(std::string{'=', kHex[c >> 4U], kHex[c & 0x0FU]});
    }
  }
  if (!out.ends_with("\r\n")) out += "\r\n";
  return out;
}

std::string message_id(const std::string& dedupe_key) {
  std::array<unsigned char, 16> hash{};
  crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(dedupe_key.data()),
                     dedupe_key.size(), nullptr, 0);
  std::array<char, hash.size() * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), hash.data(), hash.size());
  return "<" + std::string(hex.data()) + "@hvhk>";
}

// Base64 in lines of 76 characters, CRLF line ends (RFC 2045 6.8).
std::string base64_lines(std::string_view bytes) {
  const std::string encoded = base64(bytes);
  std::string out;
  for (std::size_t at = 0; at < encoded.size(); at += 76) out += encoded.substr(at, 76) + "\r\n";
  return out;
}

// The METHOD of an iCalendar file (PUBLISH, CANCEL, ...); PUBLISH when it names none.
std::string calendar_method(const std::string& calendar) {
  const auto at = calendar.find("\nMETHOD:");
  if (at == std::string::npos) return "PUBLISH";
  const auto start = at + 8;
  const auto end = calendar.find_first_of("\r\n", start);
  std::string method = calendar.substr(start, end == std::string::npos ? std::string::npos : end - start);
  const bool token = !method.empty() && std::all_of(method.begin(), method.end(),
                                                    [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; });
  return token ? method : "PUBLISH";
}

struct Upload {
  const std::string* data;
  std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, upload->data->size() - upload->offset);
  std::copy_n(upload->data->data() + upload->offset, n, buffer);
  upload->offset += n;
  return n;
}

void init_curl_once() {
  static const bool done = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
  (void)done;
}

}  // namespace

std::string build_message(const store::OutgoingMail& mail, const std::string& from,
                          std::chrono::system_clock::time_point date) {
  std::string out;
  out += "Date: " + rfc5322_date(date) + "\r\n";
  out += "From: " + from + "\r\n";
  out += "To: " + mail.recipient + "\r\n";
  out += "Subject: " + encode_header_text(mail.subject) + "\r\n";
  out += "Message-ID: " + message_id(mail.dedupe_key) + "\r\n";
  out += "MIME-Version: 1.0\r\n";
  if (mail.calendar.empty()) {
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "\r\n";
    out += quoted_printable(mail.body);
    return out;
  }
  // "=_" never occurs in quoted-printable or base64 text, so the boundary cannot either.
  const std::string id = message_id(mail.dedupe_key);
  const std::string boundary = "=_hvhk_" + id.substr(1, 32);
  out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n";
  out += "\r\n";
  out += "--" + boundary + "\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: quoted-printable\r\n";
  out += "\r\n";
  out += quoted_printable(mail.body);
  out += "\r\n--" + boundary + "\r\n";  // the line end before a boundary belongs to the boundary
  out += "Content-Type: text/calendar; charset=UTF-8; method=" + calendar_method(mail.calendar) +
         "; name=\"uitnodiging.ics\"\r\n";
  out += "Content-Disposition: attachment; filename=\"uitnodiging.ics\"\r\n";
  out += "Content-Transfer-Encoding: base64\r\n";
  out += "\r\n";
  out += base64_lines(mail.calendar);
  out += "\r\n--" + boundary + "--\r\n";
  return out;
}

std::string undeliverable_reason(const store::OutgoingMail& mail) {
  if (has_line_break(mail.recipient)) return "recipient contains a line break (header injection refused)";
  if (has_line_break(mail.subject)) return "subject contains a line break (header injection refused)";
  const std::string& to = mail.recipient;
  const auto at = to.find('@');
  if (at == std::string::npos || at == 0 || at + 1 == to.size() ||
      to.find_first_of(" \t<>,;\"()") != std::string::npos) {
    return "recipient is not one e-mail address: " + to;
  }
  return "";
}

std::chrono::minutes retry_delay(int failed_attempts) {
  using std::chrono::minutes;
  switch (failed_attempts) {
    case 0:
    case 1:
      return minutes(1);
    case 2:
      return minutes(5);
    case 3:
      return minutes(30);
    case 4:
      return minutes(120);
    default:
      return minutes(12 * 60);
  }
}

MailSender::MailSender(std::string db_url, SmtpSettings smtp, std::shared_ptr<SmsGateway> sms)
    : db_url_(std::move(db_url)), smtp_(std::move(smtp)), sms_(std::move(sms)) {
  init_curl_once();
  if (!sms_) sms_ = std::make_shared<LoggingSmsGateway>();
}

MailSender::~MailSender() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void MailSender::start(std::chrono::milliseconds interval) {
  if (thread_.joinable()) return;
  thread_ = std::thread([this, interval] {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      lock.unlock();
      const auto sent = send_due(std::chrono::system_clock::now());
      if (!sent) {
        spdlog::warn("outbox: {}", sent.error().message);
      } else if (*sent > 0) {
        spdlog::info("outbox: {} mail(s) sent", *sent);
      }
      lock.lock();
      if (sent && last_batch_.load() >= static_cast<std::size_t>(kBatch)) continue;  // more may be waiting
      wake_.wait_for(lock, interval, [this] { return stopping_; });
    }
  });
}

core::Result<std::size_t> MailSender::send_due(std::chrono::system_clock::time_point now) {
  std::unique_ptr<store::Connection> connection;
  try {
    connection = store::open_connection(db_url_);
  } catch (const store::DbError& e) {
    return core::fail(core::Error::Kind::internal, std::string("outbox database: ") + e.what());
  }
  store::OutboxStore outbox(*connection);
  const auto due = outbox.due(core::iso_utc(now), kBatch);
  if (!due) return tl::unexpected(due.error());
  last_batch_ = due->size();
  std::size_t sent = 0;
  for (const store::OutgoingMail& mail : *due) {
    const auto claimed = outbox.claim(mail.id, mail.next_attempt_at, core::iso_utc(now + kClaim));
    if (!claimed) return tl::unexpected(claimed.error());
    if (!*claimed) continue;  // another sender has it
    if (const std::string reason = refusal(mail); !reason.empty()) {
      spdlog::warn("outbox: message {} will not be sent: {}", mail.id, reason);
      if (auto marked = outbox.mark_undeliverable(mail.id, reason); !marked) return tl::unexpected(marked.error());
      continue;
    }
    const std::string error = send_one(mail, now);
    if (error.empty()) {
      if (auto marked = outbox.mark_sent(mail.id, core::iso_utc(now)); !marked) return tl::unexpected(marked.error());
      ++sent;
    } else {
      const int failures = mail.attempts + 1;
      spdlog::warn("outbox: message {} to {} failed (attempt {}): {}", mail.id,
                   mail.channel == "sms" ? masked_phone(mail.recipient) : mail.recipient, failures, error);
      if (auto marked = outbox.mark_failed(mail.id, error, core::iso_utc(now + retry_delay(failures))); !marked) {
        return tl::unexpected(marked.error());
      }
    }
  }
  return sent;
}

std::string MailSender::refusal(const store::OutgoingMail& mail) const {
  if (mail.channel == "sms") {
    return is_phone_number(mail.recipient) ? "" : "recipient is not a phone number: " + masked_phone(mail.recipient);
  }
  if (mail.channel != "email") return "unknown channel " + mail.channel;
  return undeliverable_reason(mail);
}

std::string MailSender::send_one(const store::OutgoingMail& mail, std::chrono::system_clock::time_point now) const {
  if (mail.channel == "sms") return sms_->send(mail.recipient, mail.body, mail.dedupe_key);
  return deliver(mail, now);
}

std::string MailSender::deliver(const store::OutgoingMail& mail, std::chrono::system_clock::time_point now) const {
  const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) return "curl_easy_init failed";
  const std::string message = build_message(mail, smtp_.from, now);
  Upload upload{&message};
  const std::string mail_from = "<" + address_of(smtp_.from) + ">";
  const std::string rcpt = "<" + mail.recipient + ">";
  const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(curl_slist_append(nullptr, rcpt.c_str()),
                                                                               &curl_slist_free_all);
  std::array<char, CURL_ERROR_SIZE> error{};
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, smtp_.url.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_FROM, mail_from.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
  curl_easy_setopt(c, CURLOPT_READFUNCTION, &read_upload);
  curl_easy_setopt(c, CURLOPT_READDATA, &upload);
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
  curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 120L);  // well inside kClaim
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error.data());
  if (!smtp_.username.empty()) {
    curl_easy_setopt(c, CURLOPT_USERNAME, smtp_.username.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, smtp_.password.c_str());
  }
  const CURLcode code = curl_easy_perform(c);
  if (code == CURLE_OK) return "";
  return error[0] != '\0' ? std::string(error.data()) : std::string(curl_easy_strerror(code));
}

}  // namespace hvhk::jobs

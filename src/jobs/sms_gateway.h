// Where the outbox's SMS messages go. The platform has no SMS provider yet: an SmsGateway is the
// seam where one plugs in. LoggingSmsGateway, the default, sends nothing: it logs one line per
// message without personal data (the number masked but for its last 3 digits, the message's
// dedupe key and the text's length, never the text) and, given a path, appends the same line to
// that file so tests and a test installation can see what would have gone out.
#pragma once

#include <mutex>
#include <string>

namespace hvhk::jobs {

class SmsGateway {
 public:
  SmsGateway() = default;
  SmsGateway(const SmsGateway&) = delete;
  SmsGateway& operator=(const SmsGateway&) = delete;
  SmsGateway(SmsGateway&&) = delete;
  SmsGateway& operator=(SmsGateway&&) = delete;
  virtual ~SmsGateway() = default;

  // Sends text to phone ("+32470123456"); "" when the provider accepted it, else why not.
  virtual std::string send(const std::string& phone, const std::string& text) = 0;
  // As above, with `reference` naming the message (its dedupe key) for the provider and for logs;
  // the outbox calls this one. By default the reference is not used.
  virtual std::string send(const std::string& phone, const std::string& text, const std::string& reference) {
    (void)reference;
    return send(phone, text);
  }
};

// "+32470123456" -> "+*********456": all digits but the last 3 hidden.
std::string masked_phone(const std::string& phone);
// Whether phone is "+" and 8 to 15 digits (E.164), the only form the outbox sends an SMS to.
bool is_phone_number(const std::string& phone);

class LoggingSmsGateway : public SmsGateway {
 public:
  // file: "" logs only; else every line is appended to it as well.
  explicit LoggingSmsGateway(std::string file = "") : file_(std::move(file)) {}
  std::string send(const std::string& phone, const std::string& text) override { return send(phone, text, ""); }
  std::string send(const std::string& phone, const std::string& text, const std::string& reference) override;

 private:
  std::string file_;
  std::mutex mutex_;
};

}  // namespace hvhk::jobs

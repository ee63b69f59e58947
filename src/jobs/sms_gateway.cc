#include "jobs/sms_gateway.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <fstream>

namespace hvhk::jobs {

std::string masked_phone(const std::string& phone) {
  constexpr std::size_t kShown = 3;
  std::string out = phone;
  std::size_t digits_seen = 0;
  const auto digits =
      static_cast<std::size_t>(std::count_if(phone.begin(), phone.end(), [](char c) { return c >= '0' && c <= '9'; }));
  for (char& c : out) {
    if (c < '0' || c > '9') continue;
    if (digits_seen + kShown < digits) c = '*';
    ++digits_seen;
  }
  return out;
}

bool is_phone_number(const std::string& phone) {
  if (phone.size() < 9 || phone.size() > 16 || phone.front() != '+') return false;
  return std::all_of(phone.begin() + 1, phone.end(), [](char c) { return c >= '0' && c <= '9'; });
}

namespace {

// UTF-8 characters (code points), not bytes.
std::size_t characters(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

}  // namespace

std::string LoggingSmsGateway::send(const std::string& phone, const std::string& text, const std::string& reference) {
  const std::string line = fmt::format("sms to {} ({}): {} characters, not sent (no SMS provider configured)",
                                       masked_phone(phone), reference.empty() ? "-" : reference, characters(text));
  spdlog::info("{}", line);
  if (!file_.empty()) {
    const std::lock_guard lock(mutex_);
    std::ofstream out(file_, std::ios::app);
    out << line << "\n";
    if (!out) return "cannot write the SMS log " + file_;
  }
  return "";
}

}  // namespace hvhk::jobs

#include "core/timestamps.h"

#include <fmt/format.h>

#include <charconv>
#include <ctime>

#include "core/sessions.h"

namespace hvhk::core {

std::string iso_utc(std::chrono::system_clock::time_point t) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                     tm.tm_min, tm.tm_sec);
}

namespace {

std::optional<int> two_digits(std::string_view text, std::size_t at, int max) {
  int value = 0;
  const char* first = text.data() + at;
  const auto [end, error] = std::from_chars(first, first + 2, value);
  if (error != std::errc() || end != first + 2 || value > max) return std::nullopt;
  return value;
}

}  // namespace

std::optional<std::chrono::system_clock::time_point> parse_iso_utc(std::string_view text) {
  if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z') {
    return std::nullopt;
  }
  const auto date = parse_date(text.substr(0, 10));
  const auto hour = two_digits(text, 11, 23);
  const auto minute = two_digits(text, 14, 59);
  const auto second = two_digits(text, 17, 59);
  if (!date || !hour || !minute || !second) return std::nullopt;
  return std::chrono::sys_days(*date) + std::chrono::hours(*hour) + std::chrono::minutes(*minute) +
         std::chrono::seconds(*second);
}

std::string add_hours(std::string_view iso, int hours) {
  const auto moment = parse_iso_utc(iso);
  return moment ? iso_utc(*moment + std::chrono::hours(hours)) : std::string();
}

}  // namespace hvhk::core

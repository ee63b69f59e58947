#include "web/local_date.h"

#include <fmt/format.h>
#include <unicode/timezone.h>

#include <cstdlib>
#include <memory>

#include "core/timestamps.h"

namespace hvhk::web {
namespace {

// The Brussels offset (winter or summer time) at a moment.
std::chrono::milliseconds brussels_offset(std::chrono::system_clock::time_point at) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
  thread_local const std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone("Europe/Brussels"));
  int32_t raw = 0;
  int32_t dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  zone->getOffset(static_cast<UDate>(ms), false, raw, dst, status);
  return U_SUCCESS(status) ? std::chrono::milliseconds(raw + dst) : std::chrono::milliseconds(0);
}

std::string minutes_text(std::chrono::system_clock::time_point local) {
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::hh_mm_ss time(std::chrono::duration_cast<std::chrono::minutes>(local - day));
  return fmt::format("{}T{:02}:{:02}", core::format_date(core::Date{day}), time.hours().count(),
                     time.minutes().count());
}

}  // namespace

core::Date local_today() {
  if (const char* fixed = std::getenv("HVHK_TODAY")) {  // NOLINT(concurrency-mt-unsafe): read-only use
    if (const auto date = core::parse_date(fixed)) return *date;
  }
  const auto now = std::chrono::system_clock::now();
  return core::Date{std::chrono::floor<std::chrono::days>(now + brussels_offset(now))};
}

std::string local_now() {
  const auto now = std::chrono::system_clock::now();
  const std::string clock = minutes_text(now + brussels_offset(now));
  return core::format_date(local_today()) + clock.substr(10);
}

std::string local_date_time(std::string_view iso_utc) {
  const auto moment = core::parse_iso_utc(iso_utc);
  if (!moment) return {};
  return minutes_text(*moment + brussels_offset(*moment));
}

}  // namespace hvhk::web

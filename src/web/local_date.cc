#include "web/local_date.h"

#include <unicode/timezone.h>

#include <cstdlib>
#include <memory>

namespace hvhk::web {

core::Date local_today() {
  if (const char* fixed = std::getenv("HVHK_TODAY")) {  // NOLINT(concurrency-mt-unsafe): read-only use
    if (const auto date = core::parse_date(fixed)) return *date;
  }
  const auto now = std::chrono::system_clock::now();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  thread_local const std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone("Europe/Brussels"));
  int32_t raw = 0;
  int32_t dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  zone->getOffset(static_cast<UDate>(ms), false, raw, dst, status);
  const auto offset = U_SUCCESS(status) ? std::chrono::milliseconds(raw + dst) : std::chrono::milliseconds(0);
  return core::Date{std::chrono::floor<std::chrono::days>(now + offset)};
}

}  // namespace hvhk::web

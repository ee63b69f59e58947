// Today's date and the time where the families live (Europe/Brussels), for "next sessions",
// "this week" and registration windows. HVHK_TODAY=YYYY-MM-DD fixes the date (the time of day
// stays the clock's), so tests and demonstrations do not depend on the calendar.
#pragma once

#include <string>
#include <string_view>

#include "core/sessions.h"

namespace hvhk::web {

core::Date local_today();
// Now as a local date-time to the minute: "2026-11-23T14:05".
std::string local_now();
// A UTC moment ("2026-11-25T10:00:00Z") as local date-time to the minute; "" when not one.
std::string local_date_time(std::string_view iso_utc);

}  // namespace hvhk::web

// How moments are written in the database and the audit log: ISO 8601 in UTC to the second
// ("2026-11-23T10:00:00Z"), so that comparing the text compares the times.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace hvhk::core {

std::string iso_utc(std::chrono::system_clock::time_point t);
// "2026-11-23T10:00:00Z" → the moment; nullopt for anything else.
std::optional<std::chrono::system_clock::time_point> parse_iso_utc(std::string_view text);
// iso plus a number of hours, as ISO 8601 UTC; "" when iso is not an ISO 8601 UTC moment.
std::string add_hours(std::string_view iso, int hours);

}  // namespace hvhk::core

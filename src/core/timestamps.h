// How moments are written in the database and the audit log: ISO 8601 in UTC to the second
// ("2026-11-23T10:00:00Z"), so that comparing the text compares the times.
#pragma once

#include <chrono>
#include <string>

namespace hvhk::core {

std::string iso_utc(std::chrono::system_clock::time_point t);

}  // namespace hvhk::core

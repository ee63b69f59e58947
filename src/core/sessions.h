// When an offer happens: the dated sessions a schedule (an RFC 5545 recurrence rule) gives,
// expanded with libical, and the plain facts the finder filters on (weekdays, part of day).
// Times are the local time of the place (Belgium); no time zone arithmetic is needed here.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"

namespace hvhk::core {

using Date = std::chrono::year_month_day;

// One dated occurrence of an offer at a place (glossary: sessie).
struct Session {
  Date date;
  const Schedule* schedule = nullptr;  // opens_at, closes_at, notes
};

// "2026-11-23" → date; nullopt when not a real calendar date.
std::optional<Date> parse_date(std::string_view text);
// date → "2026-11-23".
std::string format_date(Date date);

// The RFC 5545 RRULE value of a schedule ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20270630"),
// or "" for a one-off.
std::string recurrence_rule(const Schedule& schedule);

// The sessions of schedule from `from` to `to` (both included), in date order, at most limit.
// A schedule without a valid dtstart has none.
std::vector<Session> sessions(const Schedule& schedule, Date from, Date to, std::size_t limit);

// The first session on or after `from`, if the schedule has one.
std::optional<Date> next_session(const Schedule& schedule, Date from);

// The sessions of all schedules of an offer at one place from..to, merged in date order.
std::vector<Session> sessions(const std::vector<Schedule>& schedules, Date from, Date to, std::size_t limit);

// Weekdays a schedule can fall on, as bits: 1 << 0 is Monday ... 1 << 6 is Sunday.
unsigned weekdays(const Schedule& schedule);

// Parts of the day a session overlaps: morning (before 12:00), afternoon (12:00–17:00),
// evening (from 17:00). A schedule without times counts as all three.
enum DayPart : unsigned { kMorning = 1U, kAfternoon = 2U, kEvening = 4U };
unsigned day_parts(const Schedule& schedule);

// Opening hours rather than an activity: open on five or more days a week, or for six hours or
// more at a time (childcare, a helpline). Lists of "what happens this week" leave these out.
bool is_opening_hours(const Schedule& schedule);

}  // namespace hvhk::core

#include "core/sessions.h"

#include <fmt/format.h>
#include <libical/ical.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <memory>

namespace hvhk::core {
namespace {

namespace chr = std::chrono;

// Upper bound on rule steps per call: a daily rule over many years stays cheap.
constexpr int kMaxSteps = 5000;

struct IteratorDeleter {
  void operator()(icalrecur_iterator* it) const { icalrecur_iterator_free(it); }
};
using Iterator = std::unique_ptr<icalrecur_iterator, IteratorDeleter>;

icaltimetype to_ical(Date d) {
  icaltimetype t = icaltime_null_date();
  t.hour = t.minute = t.second = 0;  // null_date leaves -1 there, which breaks rule expansion
  t.year = static_cast<int>(d.year());
  t.month = static_cast<int>(static_cast<unsigned>(d.month()));
  t.day = static_cast<int>(static_cast<unsigned>(d.day()));
  t.is_date = 1;
  return t;
}

Date from_ical(const icaltimetype& t) {
  return Date{chr::year{t.year}, chr::month{static_cast<unsigned>(t.month)}, chr::day{static_cast<unsigned>(t.day)}};
}

std::optional<int> minutes(std::string_view hhmm) {
  if (hhmm.size() < 5 || hhmm[2] != ':') return std::nullopt;
  int h = 0;
  int m = 0;
  if (std::from_chars(hhmm.data(), hhmm.data() + 2, h).ec != std::errc() ||
      std::from_chars(hhmm.data() + 3, hhmm.data() + 5, m).ec != std::errc() || h > 24 || m > 59) {
    return std::nullopt;
  }
  return h * 60 + m;
}

// Only letters, digits, commas and signs may reach libical's rule parser.
bool plain_rule_part(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',' || c == '-' || c == '+';
  });
}

unsigned day_bit(std::string_view code) {
  constexpr std::string_view kDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  for (unsigned i = 0; i < 7; ++i) {
    if (code.ends_with(kDays[i])) return 1U << i;
  }
  return 0;
}

unsigned day_bit(Date d) { return 1U << (chr::weekday{chr::sys_days{d}}.iso_encoding() - 1); }

constexpr unsigned kAllDays = 0x7FU;

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (std::from_chars(text.data(), text.data() + 4, y).ec != std::errc() ||
      std::from_chars(text.data() + 5, text.data() + 7, m).ec != std::errc() ||
      std::from_chars(text.data() + 8, text.data() + 10, d).ec != std::errc()) {
    return std::nullopt;
  }
  const Date date{chr::year{y}, chr::month{m}, chr::day{d}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string format_date(Date date) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                     static_cast<unsigned>(date.day()));
}

std::string recurrence_rule(const Schedule& schedule) {
  if (schedule.freq != "WEEKLY" && schedule.freq != "MONTHLY" && schedule.freq != "DAILY") return "";
  std::string rule = "FREQ=" + schedule.freq;
  if (schedule.interval > 1) rule += fmt::format(";INTERVAL={}", schedule.interval);
  if (!schedule.byday.empty() && plain_rule_part(schedule.byday)) rule += ";BYDAY=" + schedule.byday;
  if (!schedule.bymonthday.empty() && plain_rule_part(schedule.bymonthday)) {
    rule += ";BYMONTHDAY=" + schedule.bymonthday;
  }
  if (schedule.count && *schedule.count > 0) {
    rule += fmt::format(";COUNT={}", *schedule.count);
  } else if (const auto until = parse_date(schedule.until)) {
    // UTC end of that day: valid next to a DTSTART with a time zone (RFC 5545 3.3.10).
    rule += fmt::format(";UNTIL={:04}{:02}{:02}T235959Z", static_cast<int>(until->year()),
                        static_cast<unsigned>(until->month()), static_cast<unsigned>(until->day()));
  }
  return rule;
}

std::vector<Session> sessions(const Schedule& schedule, Date from, Date to, std::size_t limit) {
  std::vector<Session> out;
  const auto start = parse_date(schedule.dtstart);
  if (!start || limit == 0) return out;
  if (const auto valid_from = parse_date(schedule.valid_from); valid_from && *valid_from > from) from = *valid_from;
  if (const auto valid_to = parse_date(schedule.valid_to); valid_to && *valid_to < to) to = *valid_to;
  if (to < from) return out;
  const std::string rule = recurrence_rule(schedule);
  if (rule.empty()) {
    if (schedule.freq.empty() && *start >= from && *start <= to) out.push_back(Session{*start, &schedule});
    return out;
  }
  icalrecurrencetype recur = icalrecurrencetype_from_string(rule.c_str());
  icalerror_clear_errno();
  if (recur.freq == ICAL_NO_RECURRENCE) return out;
  if (const auto until = parse_date(schedule.until); until && !schedule.count) recur.until = to_ical(*until);
  Iterator it(icalrecur_iterator_new(recur, to_ical(*start)));
  icalerror_clear_errno();
  if (!it) return out;
  if (!schedule.count && from > *start) icalrecur_iterator_set_start(it.get(), to_ical(from));
  for (int step = 0; step < kMaxSteps && out.size() < limit; ++step) {
    const icaltimetype t = icalrecur_iterator_next(it.get());
    if (icaltime_is_null_time(t)) break;
    const Date d = from_ical(t);
    if (d > to) break;
    if (d >= from) out.push_back(Session{d, &schedule});
  }
  return out;
}

std::optional<Date> next_session(const Schedule& schedule, Date from) {
  const Date far = chr::year_month_day{chr::sys_days{from} + chr::days{3 * 366}};
  const std::vector<Session> next = sessions(schedule, from, far, 1);
  if (next.empty()) return std::nullopt;
  return next.front().date;
}

std::vector<Session> sessions(const std::vector<Schedule>& schedules, Date from, Date to, std::size_t limit) {
  std::vector<Session> out;
  for (const Schedule& schedule : schedules) {
    std::vector<Session> some = sessions(schedule, from, to, limit);
    out.insert(out.end(), some.begin(), some.end());
  }
  std::stable_sort(out.begin(), out.end(), [](const Session& a, const Session& b) {
    return a.date != b.date ? a.date < b.date : a.schedule->opens_at < b.schedule->opens_at;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

unsigned weekdays(const Schedule& schedule) {
  const auto start = parse_date(schedule.dtstart);
  if (!schedule.byday.empty()) {
    unsigned bits = 0;
    std::string_view rest = schedule.byday;
    while (!rest.empty()) {
      const std::size_t comma = rest.find(',');
      bits |= day_bit(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    return bits != 0 ? bits : kAllDays;
  }
  if (start && (schedule.freq.empty() || schedule.freq == "WEEKLY")) return day_bit(*start);
  return kAllDays;
}

unsigned day_parts(const Schedule& schedule) {
  const auto opens = minutes(schedule.opens_at);
  const auto closes = minutes(schedule.closes_at);
  if (!opens) return kMorning | kAfternoon | kEvening;
  const int end = closes && *closes > *opens ? *closes : *opens + 60;
  unsigned parts = 0;
  if (*opens < 12 * 60) parts |= kMorning;
  if (*opens < 17 * 60 && end > 12 * 60) parts |= kAfternoon;
  if (end > 17 * 60) parts |= kEvening;
  return parts;
}

bool is_opening_hours(const Schedule& schedule) {
  if (schedule.count) return false;  // a series booked as a whole is an activity
  const unsigned days = weekdays(schedule);
  if (schedule.freq == "DAILY" || (schedule.freq == "WEEKLY" && schedule.interval <= 1 && std::popcount(days) >= 5)) {
    return true;
  }
  const auto opens = minutes(schedule.opens_at);
  const auto closes = minutes(schedule.closes_at);
  return opens && closes && *closes - *opens >= 6 * 60;
}

}  // namespace hvhk::core

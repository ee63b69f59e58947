#include "core/sessions.h"

#include <gtest/gtest.h>

namespace hvhk::core {
namespace {

Date d(std::string_view text) { return *parse_date(text); }

std::vector<std::string> dates(const std::vector<Session>& list) {
  std::vector<std::string> out;
  out.reserve(list.size());
  for (const Session& s : list) out.push_back(format_date(s.date));
  return out;
}

Schedule weekly(std::string byday, std::string dtstart, std::string until, int interval = 1) {
  Schedule s;
  s.freq = "WEEKLY";
  s.interval = interval;
  s.byday = std::move(byday);
  s.dtstart = std::move(dtstart);
  s.until = std::move(until);
  s.opens_at = "09:30";
  s.closes_at = "11:30";
  return s;
}

TEST(Dates, ParseAndFormat) {
  EXPECT_EQ(format_date(d("2026-11-23")), "2026-11-23");
  EXPECT_FALSE(parse_date("2026-02-30"));
  EXPECT_FALSE(parse_date("2026-1-3"));
  EXPECT_FALSE(parse_date("tomorrow!!"));
  EXPECT_TRUE(parse_date("2028-02-29"));
}

TEST(RecurrenceRule, WeeklyMonthlyAndOneOff) {
  EXPECT_EQ(recurrence_rule(weekly("MO,WE", "2026-09-02", "2027-06-30", 2)),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20270630T235959Z");
  Schedule series = weekly("TU", "2026-11-03", "");
  series.count = 7;
  EXPECT_EQ(recurrence_rule(series), "FREQ=WEEKLY;BYDAY=TU;COUNT=7");
  Schedule once;
  once.dtstart = "2026-12-12";
  EXPECT_EQ(recurrence_rule(once), "");
  Schedule hostile = weekly("MO;FREQ=DAILY", "2026-09-02", "");
  EXPECT_EQ(recurrence_rule(hostile), "FREQ=WEEKLY");  // nothing but plain rule parts reach libical
}

TEST(Sessions, WeeklyEveryTwoWeeksFromADate) {
  const Schedule s = weekly("MO,WE", "2026-09-02", "2027-06-30", 2);
  // 2026-09-02 is a Wednesday: the weeks of 31 Aug, 14 Sep, 28 Sep ... count.
  EXPECT_EQ(dates(sessions(s, d("2026-09-01"), d("2026-09-20"), 10)),
            (std::vector<std::string>{"2026-09-02", "2026-09-14", "2026-09-16"}));
  EXPECT_EQ(dates(sessions(s, d("2026-11-23"), d("2026-12-06"), 10)),
            (std::vector<std::string>{"2026-11-23", "2026-11-25"}));
  EXPECT_EQ(format_date(*next_session(s, d("2026-11-26"))), "2026-12-07");
}

TEST(Sessions, UntilAndValidToEndTheSchedule) {
  Schedule s = weekly("FR", "2026-09-04", "2026-09-18");
  EXPECT_EQ(dates(sessions(s, d("2026-09-01"), d("2027-01-01"), 10)),
            (std::vector<std::string>{"2026-09-04", "2026-09-11", "2026-09-18"}));
  EXPECT_FALSE(next_session(s, d("2026-09-19")));
  s.until.clear();
  s.valid_to = "2026-09-11";
  EXPECT_EQ(sessions(s, d("2026-09-01"), d("2027-01-01"), 10).size(), 2U);
}

TEST(Sessions, SeriesWithCountAndMonthlyRules) {
  Schedule series = weekly("TU", "2026-11-03", "");
  series.count = 7;
  EXPECT_EQ(sessions(series, d("2026-01-01"), d("2027-12-31"), 100).size(), 7U);
  EXPECT_EQ(dates(sessions(series, d("2026-12-10"), d("2027-12-31"), 100)), (std::vector<std::string>{"2026-12-15"}));

  Schedule first_saturday;
  first_saturday.freq = "MONTHLY";
  first_saturday.byday = "1SA";
  first_saturday.dtstart = "2026-09-05";
  first_saturday.until = "2027-06-30";
  EXPECT_EQ(dates(sessions(first_saturday, d("2026-11-01"), d("2027-01-31"), 10)),
            (std::vector<std::string>{"2026-11-07", "2026-12-05", "2027-01-02"}));

  Schedule fifteenth;
  fifteenth.freq = "MONTHLY";
  fifteenth.bymonthday = "15";
  fifteenth.dtstart = "2026-09-15";
  EXPECT_EQ(dates(sessions(fifteenth, d("2026-11-01"), d("2027-01-31"), 2)),
            (std::vector<std::string>{"2026-11-15", "2026-12-15"}));
}

TEST(Sessions, OneOffAndBrokenSchedules) {
  Schedule once;
  once.dtstart = "2026-12-12";
  EXPECT_EQ(dates(sessions(once, d("2026-12-01"), d("2026-12-31"), 5)), (std::vector<std::string>{"2026-12-12"}));
  EXPECT_TRUE(sessions(once, d("2026-12-13"), d("2026-12-31"), 5).empty());
  Schedule no_start = weekly("MO", "", "");
  EXPECT_TRUE(sessions(no_start, d("2026-01-01"), d("2027-01-01"), 5).empty());
  Schedule odd = weekly("XX", "2026-09-01", "");
  odd.freq = "YEARLY?";
  EXPECT_TRUE(sessions(odd, d("2026-01-01"), d("2027-01-01"), 5).empty());
}

TEST(Sessions, SeveralSchedulesMergeInDateOrder) {
  std::vector<Schedule> list{weekly("WE", "2026-09-02", ""), weekly("MO", "2026-09-07", "")};
  list[1].opens_at = "18:00";
  EXPECT_EQ(dates(sessions(list, d("2026-11-23"), d("2026-12-01"), 10)),
            (std::vector<std::string>{"2026-11-23", "2026-11-25", "2026-11-30"}));
}

TEST(Filters, WeekdaysAndPartsOfDay) {
  EXPECT_EQ(weekdays(weekly("MO,WE", "2026-09-02", "")), 0b0000101U);
  Schedule monthly;
  monthly.freq = "MONTHLY";
  monthly.byday = "1SA";
  EXPECT_EQ(weekdays(monthly), 0b0100000U);
  Schedule once;
  once.dtstart = "2026-11-29";  // a Sunday
  EXPECT_EQ(weekdays(once), 0b1000000U);

  Schedule s = weekly("MO", "2026-09-07", "");
  EXPECT_EQ(day_parts(s), unsigned{kMorning});
  s.opens_at = "11:00";
  s.closes_at = "13:00";
  EXPECT_EQ(day_parts(s), kMorning | kAfternoon);
  s.opens_at = "16:00";
  s.closes_at = "18:30";
  EXPECT_EQ(day_parts(s), kAfternoon | kEvening);
  s.opens_at = "19:00";
  s.closes_at = "21:00";
  EXPECT_EQ(day_parts(s), unsigned{kEvening});
  s.opens_at.clear();
  EXPECT_EQ(day_parts(s), kMorning | kAfternoon | kEvening);
}

TEST(Filters, OpeningHoursAreNotActivities) {
  EXPECT_FALSE(is_opening_hours(weekly("WE", "2026-09-02", "")));
  EXPECT_TRUE(is_opening_hours(weekly("MO,TU,WE,TH,FR", "2026-09-01", "")));
  EXPECT_FALSE(is_opening_hours(weekly("MO,TU,WE,TH,FR", "2026-09-01", "", 2)));
  Schedule summer_mornings = weekly("MO,TU,WE,TH,FR", "2027-07-05", "");
  summer_mornings.count = 10;
  EXPECT_FALSE(is_opening_hours(summer_mornings));
  Schedule long_day = weekly("SA", "2026-09-05", "");
  long_day.opens_at = "09:30";
  long_day.closes_at = "16:30";
  EXPECT_TRUE(is_opening_hours(long_day));
}

}  // namespace
}  // namespace hvhk::core

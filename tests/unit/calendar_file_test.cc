// The "add to my calendar" file: read back with libical's own parser, it has one event per schedule
// at the right Brussels times, rules that expand to the right dates, text that survives escaping,
// and lines as RFC 5545 wants them (CRLF, at most 75 octets).
#include "web/calendar_file.h"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <memory>
#include <string>
#include <vector>

namespace hvhk::web {
namespace {

constexpr const char* kOfferUrl = "https://hvhk.example/aanbod/3f1c2b8a-7d6e-4f0a-9b1c-2d3e4f5a6b7c?lang=nl";
constexpr const char* kNow = "20261123T120000Z";

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

core::Schedule schedule(std::string id, std::string dtstart, std::string opens_at, std::string closes_at) {
  core::Schedule s;
  s.id = std::move(id);
  s.dtstart = std::move(dtstart);
  s.opens_at = std::move(opens_at);
  s.closes_at = std::move(closes_at);
  return s;
}

core::Service babymassage() {
  core::Service service;
  service.id = "svc-1";
  service.name = "Babymassage, voor baby's; en ouders\nmet thee";
  service.description =
      "Samen met je baby (0–6 maanden) leer je masseren, met warme olie; je hoeft niets mee te brengen. "
      "Коли дитина плаче, ми допоможемо. Gratis, inschrijven vooraf.";
  return service;
}

core::Location scheldeboog() {
  core::Location location;
  location.id = "loc-1";
  location.kind = "house";
  location.name = "Huis van het Kind Scheldeboog";
  location.address = core::Address{"Kerkstraat 1", "9000", "Gent"};
  location.latitude = 51.0543;
  location.longitude = 3.7174;
  location.url = "https://scheldeboog.example/";
  return location;
}

core::ServiceAtLocation place() {
  core::ServiceAtLocation place;
  place.id = "sal-1";
  place.service_id = "svc-1";
  place.location_id = "loc-1";
  core::Schedule weekly = schedule("sch-weekly", "2026-11-23", "09:30", "11:00");  // a Monday
  weekly.freq = "WEEKLY";
  weekly.interval = 2;
  weekly.byday = "MO,WE";
  weekly.until = "2027-06-30";
  place.schedules.push_back(weekly);
  place.schedules.push_back(schedule("sch-once", "2026-12-12", "14:00", "16:30"));
  place.schedules.push_back(schedule("sch-day", "2027-01-15", "", ""));
  place.schedules.push_back(schedule("sch-bad", "2026-02-30", "10:00", "11:00"));  // no such day
  return place;
}

Component parse(const std::string& text) {
  Component calendar(icalparser_parse_string(text.c_str()));
  icalerror_clear_errno();
  return calendar;
}

std::vector<icalcomponent*> events(icalcomponent* calendar) {
  std::vector<icalcomponent*> out;
  for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c != nullptr;
       c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    out.push_back(c);
  }
  return out;
}

icalcomponent* event_with_uid(icalcomponent* calendar, const std::string& uid) {
  for (icalcomponent* event : events(calendar)) {
    const char* found = icalcomponent_get_uid(event);
    if (found != nullptr && uid == found) return event;
  }
  return nullptr;
}

std::string tzid_of(icalproperty* property) {
  icalparameter* tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
  return tzid == nullptr ? "" : icalparameter_get_tzid(tzid);
}

std::string date_time(icaltimetype t) {
  char* text = icaltime_as_ical_string_r(t);
  std::string out(text);
  icalmemory_free_buffer(text);
  return out;
}

class CalendarFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    text_ = calendar_file(service_, &location_, place_, kOfferUrl, kNow);
    ASSERT_FALSE(text_.empty());
    calendar_ = parse(text_);
    ASSERT_NE(calendar_, nullptr) << text_;
  }

  core::Service service_ = babymassage();
  core::Location location_ = scheldeboog();
  core::ServiceAtLocation place_ = place();
  std::string text_;
  Component calendar_;
};

TEST_F(CalendarFileTest, IsOneCalendarWithAnEventPerValidSchedule) {
  EXPECT_EQ(icalcomponent_isa(calendar_.get()), ICAL_VCALENDAR_COMPONENT);
  EXPECT_EQ(text_.find("BEGIN:VCALENDAR\r\n"), 0U);
  EXPECT_EQ(text_.find("BEGIN:VCALENDAR", 1), std::string::npos);
  EXPECT_TRUE(text_.ends_with("END:VCALENDAR\r\n"));
  EXPECT_STREQ(icalproperty_get_prodid(icalcomponent_get_first_property(calendar_.get(), ICAL_PRODID_PROPERTY)),
               "-//HvhK//Huis van het Kind//NL");
  EXPECT_STREQ(icalproperty_get_version(icalcomponent_get_first_property(calendar_.get(), ICAL_VERSION_PROPERTY)),
               "2.0");
  EXPECT_EQ(icalproperty_get_method(icalcomponent_get_first_property(calendar_.get(), ICAL_METHOD_PROPERTY)),
            ICAL_METHOD_PUBLISH);

  const std::vector<icalcomponent*> all = events(calendar_.get());
  ASSERT_EQ(all.size(), 3U);  // the schedule on 30 February is left out
  EXPECT_NE(event_with_uid(calendar_.get(), "sch-weekly@hvhk"), nullptr);
  EXPECT_NE(event_with_uid(calendar_.get(), "sch-once@hvhk"), nullptr);
  EXPECT_NE(event_with_uid(calendar_.get(), "sch-day@hvhk"), nullptr);
  EXPECT_EQ(event_with_uid(calendar_.get(), "sch-bad@hvhk"), nullptr);
  for (icalcomponent* event : all) {
    EXPECT_EQ(date_time(icalcomponent_get_dtstamp(event)), kNow);
  }

  icalcomponent* zone = icalcomponent_get_first_component(calendar_.get(), ICAL_VTIMEZONE_COMPONENT);
  ASSERT_NE(zone, nullptr);
  EXPECT_STREQ(icalproperty_get_tzid(icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY)), "Europe/Brussels");
}

TEST_F(CalendarFileTest, TimesAreBrusselsWallClockTimes) {
  icalcomponent* weekly = event_with_uid(calendar_.get(), "sch-weekly@hvhk");
  ASSERT_NE(weekly, nullptr);
  icalproperty* start = icalcomponent_get_first_property(weekly, ICAL_DTSTART_PROPERTY);
  icalproperty* end = icalcomponent_get_first_property(weekly, ICAL_DTEND_PROPERTY);
  ASSERT_NE(start, nullptr);
  ASSERT_NE(end, nullptr);
  EXPECT_EQ(tzid_of(start), "Europe/Brussels");
  EXPECT_EQ(tzid_of(end), "Europe/Brussels");
  EXPECT_EQ(date_time(icalproperty_get_dtstart(start)), "20261123T093000");
  EXPECT_EQ(date_time(icalproperty_get_dtend(end)), "20261123T110000");
  EXPECT_NE(text_.find("DTSTART;TZID=Europe/Brussels:20261123T093000\r\n"), std::string::npos);

  // The file's own VTIMEZONE places the wall-clock time: 09:30 in Brussels in winter is 08:30 UTC,
  // and 14:00 on 12 December is 13:00 UTC.
  icaltimetype utc = icalcomponent_get_dtstart(weekly);
  icaltimezone_convert_time(&utc, const_cast<icaltimezone*>(utc.zone), icaltimezone_get_utc_timezone());
  EXPECT_EQ(utc.hour, 8);
  EXPECT_EQ(utc.minute, 30);
  icalcomponent* once = event_with_uid(calendar_.get(), "sch-once@hvhk");
  ASSERT_NE(once, nullptr);
  EXPECT_EQ(date_time(icalcomponent_get_dtstart(once)), "20261212T140000");
  EXPECT_EQ(date_time(icalcomponent_get_dtend(once)), "20261212T163000");
  icaltimetype once_utc = icalcomponent_get_dtstart(once);
  icaltimezone_convert_time(&once_utc, const_cast<icaltimezone*>(once_utc.zone), icaltimezone_get_utc_timezone());
  EXPECT_EQ(once_utc.hour, 13);
  EXPECT_EQ(icalcomponent_get_first_property(once, ICAL_RRULE_PROPERTY), nullptr);  // a one-off
}

TEST_F(CalendarFileTest, ScheduleWithoutTimesIsAnAllDayEvent) {
  icalcomponent* day = event_with_uid(calendar_.get(), "sch-day@hvhk");
  ASSERT_NE(day, nullptr);
  const icaltimetype start = icalcomponent_get_dtstart(day);
  const icaltimetype end = icalcomponent_get_dtend(day);
  EXPECT_TRUE(start.is_date);
  EXPECT_EQ(date_time(start), "20270115");
  EXPECT_EQ(date_time(end), "20270116");  // DTEND of a date is the day after
  EXPECT_NE(text_.find("DTSTART;VALUE=DATE:20270115\r\n"), std::string::npos);
  EXPECT_EQ(tzid_of(icalcomponent_get_first_property(day, ICAL_DTSTART_PROPERTY)), "");
}

TEST_F(CalendarFileTest, RecurrenceRuleRoundTripsAndExpandsToTheSessions) {
  icalcomponent* weekly = event_with_uid(calendar_.get(), "sch-weekly@hvhk");
  ASSERT_NE(weekly, nullptr);
  icalproperty* rrule = icalcomponent_get_first_property(weekly, ICAL_RRULE_PROPERTY);
  ASSERT_NE(rrule, nullptr);
  icalrecurrencetype rule = icalproperty_get_rrule(rrule);
  EXPECT_EQ(rule.freq, ICAL_WEEKLY_RECURRENCE);
  EXPECT_EQ(rule.interval, 2);
  EXPECT_EQ(icalrecurrencetype_day_day_of_week(rule.by_day[0]), ICAL_MONDAY_WEEKDAY);
  EXPECT_EQ(icalrecurrencetype_day_day_of_week(rule.by_day[1]), ICAL_WEDNESDAY_WEEKDAY);
  EXPECT_EQ(rule.by_day[2], ICAL_RECURRENCE_ARRAY_MAX);
  // Next to a DTSTART with a TZID, UNTIL must be a UTC date-time (RFC 5545 3.3.10).
  EXPECT_FALSE(rule.until.is_date);
  EXPECT_TRUE(icaltime_is_utc(rule.until));
  EXPECT_EQ(date_time(rule.until), "20270630T215959Z");  // the end of 30 June in Brussels (summer time)

  // What the parser read is what the file says.
  char* written = icalrecurrencetype_as_string_r(&rule);
  const std::string rule_text(written);
  icalmemory_free_buffer(written);
  EXPECT_NE(text_.find("RRULE:" + rule_text + "\r\n"), std::string::npos) << rule_text;

  const icaltimetype start = icalcomponent_get_dtstart(weekly);
  std::unique_ptr<icalrecur_iterator, decltype(&icalrecur_iterator_free)> it(icalrecur_iterator_new(rule, start),
                                                                             &icalrecur_iterator_free);
  ASSERT_NE(it, nullptr);
  std::vector<std::string> dates;
  for (icaltimetype t = icalrecur_iterator_next(it.get()); !icaltime_is_null_time(t) && dates.size() < 100;
       t = icalrecur_iterator_next(it.get())) {
    dates.push_back(date_time(t));
  }
  ASSERT_GE(dates.size(), 3U);
  EXPECT_EQ(dates[0], "20261123T093000");      // Monday
  EXPECT_EQ(dates[1], "20261125T093000");      // Wednesday
  EXPECT_EQ(dates[2], "20261207T093000");      // Monday two weeks on
  EXPECT_EQ(dates.back(), "20270623T093000");  // the last Wednesday of the cycle before 30 June
  EXPECT_EQ(dates.size(), 32U);
}

TEST_F(CalendarFileTest, TextWithCommasSemicolonsAndNewlinesSurvives) {
  // Escaped as RFC 5545 3.3.11 wants it in the file...
  EXPECT_NE(text_.find("Babymassage\\, voor baby's\\; en ouders\\nmet thee"), std::string::npos);
  // ...and read back as it was.
  for (icalcomponent* event : events(calendar_.get())) {
    EXPECT_EQ(std::string(icalcomponent_get_summary(event)), service_.name);
    EXPECT_EQ(std::string(icalcomponent_get_description(event)), service_.description + "\n\n" + kOfferUrl);
    EXPECT_EQ(std::string(icalcomponent_get_location(event)), "Huis van het Kind Scheldeboog, Kerkstraat 1, 9000 Gent");
    icalproperty* url = icalcomponent_get_first_property(event, ICAL_URL_PROPERTY);
    ASSERT_NE(url, nullptr);
    EXPECT_STREQ(icalproperty_get_url(url), kOfferUrl);
    icalproperty* geo = icalcomponent_get_first_property(event, ICAL_GEO_PROPERTY);
    ASSERT_NE(geo, nullptr);
    EXPECT_NEAR(icalproperty_get_geo(geo).lat, 51.0543, 1e-6);
    EXPECT_NEAR(icalproperty_get_geo(geo).lon, 3.7174, 1e-6);
  }
}

TEST_F(CalendarFileTest, LinesEndInCrlfAndHoldAtMost75Octets) {
  bool folded = false;
  std::size_t line_start = 0;
  while (line_start < text_.size()) {
    const std::size_t lf = text_.find('\n', line_start);
    ASSERT_NE(lf, std::string::npos) << "the file ends without a line end";
    ASSERT_GT(lf, line_start);
    EXPECT_EQ(text_[lf - 1], '\r') << "bare LF after: " << text_.substr(line_start, lf - line_start);
    const std::string line = text_.substr(line_start, lf - 1 - line_start);
    EXPECT_LE(line.size(), 75U) << line;
    EXPECT_EQ(line.find('\r'), std::string::npos) << "bare CR in: " << line;
    folded = folded || line.starts_with(" ");
    line_start = lf + 1;
  }
  EXPECT_TRUE(folded) << "the long description should have been folded";
}

TEST_F(CalendarFileTest, UidsStayTheSameFromOneDownloadToTheNext) {
  const std::string later = calendar_file(service_, &location_, place_, kOfferUrl, "20270101T080000Z");
  const Component again = parse(later);
  ASSERT_NE(again, nullptr);
  std::vector<std::string> first;
  std::vector<std::string> second;
  for (icalcomponent* event : events(calendar_.get())) first.emplace_back(icalcomponent_get_uid(event));
  for (icalcomponent* event : events(again.get())) second.emplace_back(icalcomponent_get_uid(event));
  EXPECT_EQ(first, second);
  EXPECT_NE(later.find("DTSTAMP:20270101T080000Z\r\n"), std::string::npos);
}

TEST(CalendarFile, OnlinePlaceGivesItsLinkAndNoPosition) {
  core::Location online;
  online.kind = "online";
  online.name = "Online";
  online.url = "https://meet.example/babymassage";
  online.latitude = 51.0;
  online.longitude = 3.0;
  const Component calendar = parse(calendar_file(babymassage(), &online, place(), kOfferUrl, kNow));
  ASSERT_NE(calendar, nullptr);
  for (icalcomponent* event : events(calendar.get())) {
    EXPECT_STREQ(icalcomponent_get_location(event), "https://meet.example/babymassage");
    EXPECT_EQ(icalcomponent_get_first_property(event, ICAL_GEO_PROPERTY), nullptr);
  }

  // Without a place the events simply have no LOCATION.
  const Component nowhere = parse(calendar_file(babymassage(), nullptr, place(), kOfferUrl, kNow));
  ASSERT_NE(nowhere, nullptr);
  for (icalcomponent* event : events(nowhere.get())) {
    EXPECT_EQ(icalcomponent_get_first_property(event, ICAL_LOCATION_PROPERTY), nullptr);
  }
}

TEST(CalendarFile, NothingToAddGivesNoFile) {
  core::ServiceAtLocation empty;
  empty.schedules.push_back(schedule("sch-bad", "not a date", "10:00", "11:00"));
  const core::Location location = scheldeboog();
  EXPECT_EQ(calendar_file(babymassage(), &location, empty, kOfferUrl, kNow), "");
  EXPECT_EQ(calendar_file(babymassage(), &location, place(), kOfferUrl, "2026-11-23 12:00"), "");
  EXPECT_EQ(calendar_file(babymassage(), &location, place(), kOfferUrl, "20261123T120000"), "");  // not UTC
}

}  // namespace
}  // namespace hvhk::web

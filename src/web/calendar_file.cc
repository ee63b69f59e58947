#include "web/calendar_file.h"

#include "web/ical_parts.h"

#include <libical/ical.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

#include "core/sessions.h"

namespace hvhk::web {
namespace {

using ical::brussels_timezone;
using ical::Component;
using ical::kZoneName;

struct ClockTime {
  int hour = 0;
  int minute = 0;
  int second = 0;
};

// "09:30" or "09:30:00"; nullopt for anything else.
std::optional<ClockTime> parse_clock(std::string_view text) {
  if ((text.size() != 5 && text.size() != 8) || text[2] != ':' || (text.size() == 8 && text[5] != ':')) {
    return std::nullopt;
  }
  const auto two_digits = [&](std::size_t at, int max) -> std::optional<int> {
    int value = 0;
    const char* first = text.data() + at;
    const auto [end, error] = std::from_chars(first, first + 2, value);
    if (error != std::errc() || end != first + 2 || value < 0 || value > max) return std::nullopt;
    return value;
  };
  const auto hour = two_digits(0, 23);
  const auto minute = two_digits(3, 59);
  const auto second = text.size() == 8 ? two_digits(6, 59) : std::optional<int>(0);
  if (!hour || !minute || !second) return std::nullopt;
  return ClockTime{*hour, *minute, *second};
}

icaltimetype ical_date(core::Date date) {
  icaltimetype t = icaltime_null_date();
  t.year = static_cast<int>(date.year());
  t.month = static_cast<int>(static_cast<unsigned>(date.month()));
  t.day = static_cast<int>(static_cast<unsigned>(date.day()));
  return t;
}

// A wall-clock (floating) date-time; the TZID parameter next to it says where the wall is.
icaltimetype ical_date_time(core::Date date, ClockTime clock) {
  icaltimetype t = icaltime_null_time();
  t.year = static_cast<int>(date.year());
  t.month = static_cast<int>(static_cast<unsigned>(date.month()));
  t.day = static_cast<int>(static_cast<unsigned>(date.day()));
  t.hour = clock.hour;
  t.minute = clock.minute;
  t.second = clock.second;
  return t;
}

// The offer's place as one line: "Huis van het Kind, Kerkstraat 1, 9000 Gent", or the link of an
// online place.
std::string location_text(const core::Location& location) {
  if (location.kind == "online" || !location.address) return location.url.empty() ? location.name : location.url;
  std::string text = location.name;
  const auto append = [&text](const std::string& part) {
    if (part.empty()) return;
    if (!text.empty()) text += ", ";
    text += part;
  };
  const core::Address& address = *location.address;
  append(address.street);
  std::string place = address.postcode;
  if (!place.empty() && !address.city.empty()) place += ' ';
  place += address.city;
  append(place);
  return text;
}

// RFC 5545 3.3.10: UNTIL has DTSTART's value type, and is UTC when DTSTART is in a time zone.
// A date UNTIL (or a local one) means "up to and including that day" in Brussels.
void match_until_to_start(icalrecurrencetype& rule, bool all_day, icaltimezone* zone) {
  icaltimetype& until = rule.until;
  if (icaltime_is_null_time(until)) return;
  if (all_day) {
    until.is_date = 1;
    until.hour = until.minute = until.second = 0;
    until.zone = nullptr;
    return;
  }
  if (until.is_date != 0) {
    until.is_date = 0;
    until.hour = 23;
    until.minute = 59;
    until.second = 59;
    until.zone = nullptr;
  }
  icaltimezone* utc = icaltimezone_get_utc_timezone();
  if (zone == nullptr) {
    until.zone = nullptr;  // a floating start needs a floating UNTIL
  } else if (until.zone != utc) {
    icaltimezone_convert_time(&until, zone, utc);
    until.zone = utc;
  }
}

// A timed DTSTART or DTEND: wall-clock time with the zone's TZID, floating without a zone.
icalproperty* with_zone(icalproperty* property, const icaltimezone* zone) {
  return ical::with_zone(property, zone != nullptr);
}

// The VEVENT of one schedule, or nullptr when the schedule cannot be one.
Component schedule_event(const core::Service& service, const core::Location* location,
                         const core::ServiceAtLocation& place, std::size_t index, std::string_view offer_url,
                         icaltimetype stamp, icaltimezone* zone) {
  const core::Schedule& schedule = place.schedules[index];
  const auto date = core::parse_date(schedule.dtstart);
  if (!date) return nullptr;
  const std::optional<ClockTime> opens = parse_clock(schedule.opens_at);
  const bool all_day = !opens;

  std::optional<icalrecurrencetype> rule;
  if (const std::string text = core::recurrence_rule(schedule); !text.empty()) {
    rule = icalrecurrencetype_from_string(text.c_str());
    icalerror_clear_errno();
    if (rule->freq == ICAL_NO_RECURRENCE) return nullptr;  // better no event than only its first day
    // The schedule's until is a day in Brussels, whatever form the rule gives it.
    const auto until = core::parse_date(schedule.until);
    if (until && !icaltime_is_null_time(rule->until)) rule->until = ical_date(*until);
    match_until_to_start(*rule, all_day, zone);
  }

  Component event(icalcomponent_new_vevent());
  const std::string uid = (schedule.id.empty() ? place.id + "-" + std::to_string(index) : schedule.id) + "@hvhk";
  icalcomponent_add_property(event.get(), icalproperty_new_uid(uid.c_str()));
  icalcomponent_add_property(event.get(), icalproperty_new_dtstamp(stamp));
  icalcomponent_add_property(event.get(), icalproperty_new_summary(service.name.c_str()));
  std::string description = service.description;
  if (!offer_url.empty()) {
    if (!description.empty()) description += "\n\n";
    description += offer_url;
  }
  if (!description.empty()) {
    icalcomponent_add_property(event.get(), icalproperty_new_description(description.c_str()));
  }
  if (!offer_url.empty()) {
    const std::string url(offer_url);
    icalcomponent_add_property(event.get(), icalproperty_new_url(url.c_str()));
  }
  if (location != nullptr) {
    if (const std::string where = location_text(*location); !where.empty()) {
      icalcomponent_add_property(event.get(), icalproperty_new_location(where.c_str()));
    }
    if (location->kind != "online" && location->latitude && location->longitude &&
        std::abs(*location->latitude) <= 90.0 && std::abs(*location->longitude) <= 180.0) {
      icalcomponent_add_property(event.get(),
                                 icalproperty_new_geo(icalgeotype{*location->latitude, *location->longitude}));
    }
  }

  if (all_day) {
    icaltimetype start = ical_date(*date);
    icaltimetype end = start;
    icaltime_adjust(&end, 1, 0, 0, 0);  // DTEND of a date is exclusive: the next day
    icalcomponent_add_property(event.get(), icalproperty_new_dtstart(start));
    icalcomponent_add_property(event.get(), icalproperty_new_dtend(end));
  } else {
    icalcomponent_add_property(event.get(), with_zone(icalproperty_new_dtstart(ical_date_time(*date, *opens)), zone));
    const std::optional<ClockTime> closes = parse_clock(schedule.closes_at);
    // Without a (later) closing time the event has no length, as RFC 5545 allows.
    if (closes &&
        std::tie(closes->hour, closes->minute, closes->second) > std::tie(opens->hour, opens->minute, opens->second)) {
      icalcomponent_add_property(event.get(), with_zone(icalproperty_new_dtend(ical_date_time(*date, *closes)), zone));
    }
  }
  if (rule) icalcomponent_add_property(event.get(), icalproperty_new_rrule(*rule));
  return event;
}

}  // namespace

std::string calendar_file(const core::Service& service, const core::Location* location,
                          const core::ServiceAtLocation& place, std::string_view offer_url, std::string_view now_utc) {
  const std::string now(now_utc);
  const icaltimetype stamp = icaltime_from_string(now.c_str());
  icalerror_clear_errno();
  if (icaltime_is_null_time(stamp) || !icaltime_is_utc(stamp)) return "";

  std::optional<core::Date> first;
  for (const core::Schedule& schedule : place.schedules) {
    const auto date = core::parse_date(schedule.dtstart);
    if (date && (!first || *date < *first)) first = date;
  }
  if (!first) return "";

  // Cut the zone's rules at a day before the first session (in UTC): every session lies after it.
  icaltimetype from = ical_date_time(*first, ClockTime{});
  icaltime_adjust(&from, -1, 0, 0, 0);
  from.zone = icaltimezone_get_utc_timezone();
  icaltimezone* zone = icaltimezone_get_builtin_timezone(kZoneName);
  icalerror_clear_errno();
  Component timezone = brussels_timezone(zone, from);
  if (!timezone) zone = nullptr;  // floating local times: still right for people in Belgium

  std::vector<Component> events;
  for (std::size_t i = 0; i < place.schedules.size(); ++i) {
    if (Component event = schedule_event(service, location, place, i, offer_url, stamp, zone)) {
      events.push_back(std::move(event));
    }
  }
  if (events.empty()) return "";

  Component calendar(icalcomponent_new_vcalendar());
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//HvhK//Huis van het Kind//NL"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
  if (timezone) icalcomponent_add_component(calendar.get(), timezone.release());
  for (Component& event : events) icalcomponent_add_component(calendar.get(), event.release());

  char* text = icalcomponent_as_ical_string_r(calendar.get());
  icalerror_clear_errno();
  if (text == nullptr) return "";
  std::string out(text);
  icalmemory_free_buffer(text);
  return out;
}

}  // namespace hvhk::web

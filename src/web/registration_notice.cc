#include "web/registration_notice.h"

#include <fmt/format.h>
#include <libical/ical.h>
#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <charconv>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>

#include "store/outbox_store.h"
#include "web/i18n.h"
#include "web/ical_parts.h"
#include "web/offer_text.h"

namespace hvhk::web {
namespace {

// Texts in one language. t() and tf() are the names tools/check_translations extracts.
class Texts {
 public:
  explicit Texts(std::string language) : language_(std::move(language)), catalog_(catalog(language_)) {}
  [[nodiscard]] std::string t(std::string_view msgid) const { return std::string(catalog_.text(msgid)); }
  [[nodiscard]] const Catalog& messages() const { return catalog_; }
  [[nodiscard]] std::string_view language() const { return language_; }

 private:
  std::string language_;
  const Catalog& catalog_;
};

// A translated pattern with its arguments; a broken translation falls back to the English one.
template <typename... Args>
std::string tf(const Texts& texts, std::string_view msgid, Args&&... args) {
  try {
    return fmt::format(fmt::runtime(texts.messages().text(msgid)), args...);
  } catch (const fmt::format_error&) {
    return fmt::format(fmt::runtime(msgid), args...);
  }
}

// A local date-time "2027-01-10T09:30" (seconds optional).
struct LocalTime {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0;
};

std::optional<LocalTime> parse_local(std::string_view text) {
  if (text.size() < 16 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':') return std::nullopt;
  const auto number = [&](std::size_t at, std::size_t length, int low, int high) -> std::optional<int> {
    int value = 0;
    const char* first = text.data() + at;
    const auto [end, error] = std::from_chars(first, first + length, value);
    if (error != std::errc() || end != first + length || value < low || value > high) return std::nullopt;
    return value;
  };
  const auto year = number(0, 4, 1900, 9999);
  const auto month = number(5, 2, 1, 12);
  const auto day = number(8, 2, 1, 31);
  const auto hour = number(11, 2, 0, 23);
  const auto minute = number(14, 2, 0, 59);
  if (!year || !month || !day || !hour || !minute) return std::nullopt;
  return LocalTime{*year, *month, *day, *hour, *minute};
}

// Milliseconds since 1970 of the wall-clock time read as UTC (the formatters are set to UTC, so
// the wall clock comes out as it went in).
double wall_clock_millis(const LocalTime& time) {
  const std::chrono::year_month_day date{std::chrono::year{time.year},
                                         std::chrono::month{static_cast<unsigned>(time.month)},
                                         std::chrono::day{static_cast<unsigned>(time.day)}};
  const auto days = std::chrono::sys_days{date}.time_since_epoch().count();
  return (static_cast<double>(days) * 86400.0 + time.hour * 3600.0 + time.minute * 60.0) * 1000.0;
}

std::string format_with(std::string_view language, std::string_view skeleton, const LocalTime& time) {
  const icu::DateFormat* format = date_format(language, skeleton);
  if (format == nullptr)
    return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", time.year, time.month, time.day, time.hour, time.minute);
  icu::UnicodeString text;
  format->format(wall_clock_millis(time), text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

// The comma between a date and its time: Arabic has its own.
std::string_view comma(std::string_view language) { return language == "ar" ? "، " : ", "; }

// "woensdag 25 november 2026, 10:00".
std::string long_when(std::string_view language, const LocalTime& time) {
  return format_with(language, "yMMMMEEEEd", time) + std::string(comma(language)) + format_with(language, "Hm", time);
}

std::string long_when(std::string_view language, std::string_view local) {
  const auto start = parse_local(local);
  return start ? long_when(language, *start) : std::string(local);
}

// "woensdag 2 december 2026, 14:00–15:00" (the end's day too when it is another day).
std::string when_text(std::string_view language, const store::SessionDate& date) {
  const auto start = parse_local(date.starts_at);
  if (!start) return date.starts_at;
  std::string out = long_when(language, *start);
  if (const auto end = parse_local(date.ends_at)) {
    if (end->year == start->year && end->month == start->month && end->day == start->day) {
      out += "–" + format_with(language, "Hm", *end);
    } else {
      out += " – " + long_when(language, *end);
    }
  }
  return out;
}

// "wo 2 dec., 14:00" for an SMS.
std::string short_when(std::string_view language, std::string_view local) {
  const auto start = parse_local(local);
  if (!start) return std::string(local);
  return format_with(language, "MMMEd", *start) + std::string(comma(language)) + format_with(language, "Hm", *start);
}

std::size_t characters(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
  return n;
}

// The first `count` characters of text (UTF-8), whole characters only.
std::string first_characters(std::string_view text, std::size_t count) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
      if (seen == count) return std::string(text.substr(0, i));
      ++seen;
    }
  }
  return std::string(text);
}

// ---- the calendar ----

using ical::brussels_timezone;
using ical::Component;
using ical::kZoneName;
using ical::with_zone;

icaltimetype ical_time(const LocalTime& time) {
  icaltimetype t = icaltime_null_time();
  t.year = time.year;
  t.month = time.month;
  t.day = time.day;
  t.hour = time.hour;
  t.minute = time.minute;
  return t;
}

// "2026-11-23T10:00:00Z" -> "20261123T100000Z".
std::string basic_utc(std::string_view iso) {
  std::string out;
  for (const char c : iso) {
    if (c != '-' && c != ':') out += c;
  }
  return out;
}

std::string notice_calendar(const NoticeFacts& facts) {
  const bool cancel = facts.event == "cancelled";
  if (!cancel && facts.event != "confirmed" && facts.event != "offered" && facts.event != "reminder") return "";
  const std::string stamp_text = basic_utc(facts.now_utc);
  const icaltimetype stamp = icaltime_from_string(stamp_text.c_str());
  icalerror_clear_errno();
  if (icaltime_is_null_time(stamp) || !icaltime_is_utc(stamp)) return "";

  std::vector<std::pair<LocalTime, std::optional<LocalTime>>> times;
  for (const store::SessionDate& date : facts.dates) {
    const auto start = parse_local(date.starts_at);
    if (!start) continue;
    auto end = parse_local(date.ends_at);
    if (end && wall_clock_millis(*end) <= wall_clock_millis(*start)) end.reset();
    times.emplace_back(*start, end);
  }
  if (times.empty()) return "";

  icaltimetype from = ical_time(times.front().first);
  for (const auto& [start, end] : times) {
    if (icaltime_compare(ical_time(start), from) < 0) from = ical_time(start);
  }
  from.hour = from.minute = 0;
  icaltime_adjust(&from, -1, 0, 0, 0);
  from.zone = icaltimezone_get_utc_timezone();
  icaltimezone* zone = icaltimezone_get_builtin_timezone(kZoneName);
  icalerror_clear_errno();
  Component timezone = brussels_timezone(zone, from);

  Component calendar(icalcomponent_new_vcalendar());
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//HvhK//Huis van het Kind//NL"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(),
                             icalproperty_new_method(cancel ? ICAL_METHOD_CANCEL : ICAL_METHOD_PUBLISH));
  const bool zoned = timezone != nullptr;
  if (zoned) icalcomponent_add_component(calendar.get(), timezone.release());

  // UIDs follow the dates' order in the session, so every notice about it names the same events.
  for (std::size_t i = 0; i < facts.dates.size(); ++i) {
    const auto start = parse_local(facts.dates[i].starts_at);
    if (!start) continue;
    Component event(icalcomponent_new_vevent());
    const std::string uid = facts.uid + "-" + std::to_string(i + 1);
    icalcomponent_add_property(event.get(), icalproperty_new_uid(uid.c_str()));
    icalcomponent_add_property(event.get(), icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(event.get(), with_zone(icalproperty_new_dtstart(ical_time(*start)), zoned));
    if (const auto end = parse_local(facts.dates[i].ends_at);
        end && wall_clock_millis(*end) > wall_clock_millis(*start)) {
      icalcomponent_add_property(event.get(), with_zone(icalproperty_new_dtend(ical_time(*end)), zoned));
    }
    icalcomponent_add_property(event.get(), icalproperty_new_summary(facts.offer_name.c_str()));
    if (!facts.place.empty()) icalcomponent_add_property(event.get(), icalproperty_new_location(facts.place.c_str()));
    if (!facts.link.empty()) {
      icalcomponent_add_property(event.get(), icalproperty_new_url(facts.link.c_str()));
      icalcomponent_add_property(event.get(), icalproperty_new_description(facts.link.c_str()));
    }
    icalcomponent_add_property(event.get(), icalproperty_new_sequence(cancel ? 1 : 0));
    icalcomponent_add_property(event.get(),
                               icalproperty_new_status(cancel                     ? ICAL_STATUS_CANCELLED
                                                       : facts.event == "offered" ? ICAL_STATUS_TENTATIVE
                                                                                  : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_component(calendar.get(), event.release());
  }

  char* text = icalcomponent_as_ical_string_r(calendar.get());
  icalerror_clear_errno();
  if (text == nullptr) return "";
  std::string out(text);
  icalmemory_free_buffer(text);
  return out;
}

// ---- the texts ----

std::string dates_block(const Texts& w, const NoticeFacts& facts) {
  if (facts.dates.empty()) return "";
  if (facts.dates.size() == 1) return w.t("When:") + " " + when_text(w.language(), facts.dates.front()) + "\n";
  std::string out = w.t("When (all dates belong together):") + "\n";
  for (const store::SessionDate& date : facts.dates) out += "- " + when_text(w.language(), date) + "\n";
  return out;
}

// When, where, how many children, the price.
std::string details(const Texts& w, const NoticeFacts& facts) {
  std::string out = dates_block(w, facts);
  if (!facts.place.empty()) out += w.t("Where:") + " " + facts.place + "\n";
  out += w.t("Children:") + " " + std::to_string(facts.children) + "\n";
  out += w.t("Price:") + " " + (facts.price.empty() ? w.t("free") : facts.price) + "\n";
  return out;
}

std::string first_date(const NoticeFacts& facts) { return facts.dates.empty() ? "" : facts.dates.front().starts_at; }

// An SMS of at most 160 characters where possible: the offer's name is shortened to make room.
std::string fit_sms(const std::string& offer_name, const std::function<std::string(const std::string&)>& fill) {
  constexpr std::size_t kMax = 160;
  std::string text = fill(offer_name);
  const std::size_t length = characters(text);
  if (length <= kMax) return text;
  const std::size_t over = length - kMax;
  const std::size_t name = characters(offer_name);
  if (name <= over + 4) return text;  // the name alone cannot make it fit
  return fill(first_characters(offer_name, name - over - 1) + "…");
}

}  // namespace

Notice compose_notice(const NoticeFacts& facts) {
  const Texts w(find_language(facts.language) != nullptr ? facts.language : std::string(default_language().code));
  const std::string& offer = facts.offer_name;
  const std::string& link = facts.link;
  Notice notice;
  std::string body = facts.first_name.empty() ? w.t("Hello,") : tf(w, "Hello {0},", facts.first_name);
  body += "\n\n";
  std::string sms;
  const auto sms_of = [&](const std::function<std::string(const std::string&)>& fill) { return fit_sms(offer, fill); };

  if (facts.event == "waitlisted") {
    notice.subject = tf(w, "You are on the waiting list: {0}", offer);
    body += tf(w, "There is no place left for {0} at the moment.", offer) + "\n";
    body += tf(w, "You are number {0} on the waiting list.", facts.place_in_line) + "\n";
    body += w.t("As soon as a place frees up, we let you know at once.") + "\n\n";
    body += dates_block(w, facts);
    sms = sms_of([&](const std::string& name) {
      return tf(w, "{0}: you are number {1} on the waiting list. We let you know when a place frees up. {2}", name,
                facts.place_in_line, link);
    });
  } else if (facts.event == "offered") {
    const std::string before = long_when(w.language(), facts.confirm_before);
    notice.subject = tf(w, "A place is free for you: {0}", offer);
    body += tf(w, "Good news: a place for {0} is free for you.", offer) + "\n";
    body += tf(w,
               "Confirm before {0} with the link below. If you do not confirm in time, the place goes to the next "
               "family.",
               before) +
            "\n\n";
    body += details(w, facts);
    sms = sms_of([&](const std::string& name) {
      return tf(w, "A place for {0} is free for you. Confirm before {1}: {2}", name,
                short_when(w.language(), facts.confirm_before), link);
    });
  } else if (facts.event == "cancelled") {
    notice.subject = tf(w, "Your registration is cancelled: {0}", offer);
    body += tf(w, "Your registration for {0} is cancelled.", offer) + "\n";
    body += w.t("The place can now go to another family.") + "\n";
    body += tf(w, "Questions? Contact {0}.", facts.organization_name) + "\n\n";
    body += dates_block(w, facts);
    sms = sms_of(
        [&](const std::string& name) { return tf(w, "Your registration for {0} is cancelled. {1}", name, link); });
  } else if (facts.event == "lapsed") {
    notice.subject = tf(w, "The place went to the next family: {0}", offer);
    body += tf(w, "You did not confirm the place for {0} in time.", offer) + "\n";
    body += w.t("That is why the place went to the next family.") + "\n";
    body += tf(w, "Questions? Contact {0}.", facts.organization_name) + "\n";
    sms = sms_of([&](const std::string& name) {
      return tf(w, "You did not confirm in time: the place for {0} went to the next family. {1}", name, link);
    });
  } else if (facts.event == "reminder") {
    notice.subject = tf(w, "Tomorrow: {0}", offer);
    body += tf(w, "A reminder: {0} is tomorrow.", offer) + "\n\n";
    body += details(w, facts);
    body += "\n" + w.t("Can't come? Cancel with the link below, so another family gets the place.") + "\n";
    sms = sms_of([&](const std::string& name) {
      return tf(w, "Tomorrow {0}: {1}. Can't come? Cancel: {2}", name, short_when(w.language(), first_date(facts)),
                link);
    });
  } else {  // confirmed
    notice.subject = tf(w, "You are registered: {0}", offer);
    body += tf(w, "You are registered for {0} at {1}.", offer, facts.organization_name) + "\n\n";
    body += details(w, facts);
    body += "\n" + w.t("Can't come? Cancel with the link below, so another family gets the place.") + "\n";
    sms = sms_of([&](const std::string& name) {
      return tf(w, "You are registered for {0}, {1}. Can't come? Cancel: {2}", name,
                short_when(w.language(), first_date(facts)), link);
    });
  }
  body += "\n" + w.t("Kind regards,") + "\n" + facts.organization_name + "\n\n";
  body += w.t("Your registration:") + "\n" + link + "\n";
  notice.body = std::move(body);
  notice.sms = std::move(sms);
  notice.calendar = notice_calendar(facts);
  return notice;
}

bool enqueue_notice(store::Connection& connection, const Notice& notice, const std::string& channel,
                    const std::string& address, const std::string& dedupe_key, const std::string& now_utc) {
  if (channel != "email" && channel != "sms") return false;  // "print": the partner hands it over
  store::OutboxStore outbox(connection);
  const auto added =
      channel == "sms"
          ? outbox.enqueue(address, notice.subject, notice.sms, dedupe_key, now_utc, "", "sms")
          : outbox.enqueue(address, notice.subject, notice.body, dedupe_key, now_utc, notice.calendar, "email");
  if (!added) throw store::DbError("outbox: " + added.error().message);
  return *added;
}

}  // namespace hvhk::web

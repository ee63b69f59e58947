// What a family is told about its registration: every event in every language has a subject, a
// body and an SMS with the family's link and no placeholder left; the calendar is valid RFC 5545
// (parsed back with libical) with one event per date in Brussels time, stable UIDs, and a CANCEL
// for a cancelled registration.
#include "web/registration_notice.h"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace hvhk::web {
namespace {

constexpr std::array<const char*, 6> kEvents = {"confirmed", "waitlisted", "offered",
                                                "cancelled", "lapsed",     "reminder"};
constexpr std::array<const char*, 6> kLanguages = {"nl", "fr", "en", "tr", "ar", "uk"};
constexpr const char* kLink = "https://hvhk.example/inschrijving/abc123";

NoticeFacts facts(const std::string& event, const std::string& language) {
  NoticeFacts f;
  f.event = event;
  f.language = language;
  f.first_name = "Sarah";
  f.offer_name = "Babymassage";
  f.organization_name = "Huis van het Kind Zele";
  f.place = "Huis van het Kind, Kerkstraat 1, 9240 Zele";
  f.dates = {{"2026-12-02T14:00", "2026-12-02T15:00"}, {"2026-12-09T14:00", "2026-12-09T15:00"}};
  f.children = 2;
  f.place_in_line = 3;
  f.confirm_before = "2026-11-25T10:00";
  f.price = "€ 5,00";
  f.link = kLink;
  f.uid = "registration-42@hvhk.example";
  f.now_utc = "2026-11-23T10:00:00Z";
  return f;
}

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

std::vector<icalcomponent*> events_of(icalcomponent* calendar) {
  std::vector<icalcomponent*> out;
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e != nullptr;
       e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    out.push_back(e);
  }
  return out;
}

std::string tzid_of(icalproperty* property) {
  icalparameter* tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
  return tzid != nullptr ? icalparameter_get_tzid(tzid) : "";
}

TEST(RegistrationNotice, EveryEventInEveryLanguageHasTextsWithTheLink) {
  for (const char* event : kEvents) {
    for (const char* language : kLanguages) {
      const Notice notice = compose_notice(facts(event, language));
      const std::string where = std::string(event) + "/" + language;
      EXPECT_FALSE(notice.subject.empty()) << where;
      EXPECT_EQ(notice.subject.find('\n'), std::string::npos) << where;
      EXPECT_NE(notice.subject.find("Babymassage"), std::string::npos) << where;
      EXPECT_TRUE(notice.body.ends_with(std::string(kLink) + "\n")) << where << "\n" << notice.body;
      EXPECT_NE(notice.sms.find(kLink), std::string::npos) << where << ": " << notice.sms;
      for (const std::string* text : {&notice.subject, &notice.body, &notice.sms}) {
        EXPECT_EQ(text->find('{'), std::string::npos) << where << ": " << *text;
        EXPECT_EQ(text->find('}'), std::string::npos) << where << ": " << *text;
      }
      EXPECT_NE(notice.body.find("Sarah"), std::string::npos) << where;
    }
  }
}

TEST(RegistrationNotice, SaysWhatHappensNextInDutch) {
  const Notice confirmed = compose_notice(facts("confirmed", "nl"));
  EXPECT_EQ(confirmed.subject, "Je bent ingeschreven: Babymassage");
  EXPECT_NE(confirmed.body.find("woensdag 2 december 2026, 14:00–15:00"), std::string::npos) << confirmed.body;
  EXPECT_NE(confirmed.body.find("Kerkstraat 1, 9240 Zele"), std::string::npos);
  EXPECT_NE(confirmed.body.find("Kinderen: 2"), std::string::npos);
  EXPECT_NE(confirmed.body.find("€ 5,00"), std::string::npos);
  EXPECT_NE(confirmed.body.find("Kan je niet komen?"), std::string::npos);
  const Notice waitlisted = compose_notice(facts("waitlisted", "nl"));
  EXPECT_NE(waitlisted.body.find("plaats 3 van de wachtlijst"), std::string::npos) << waitlisted.body;
  const Notice offered = compose_notice(facts("offered", "nl"));
  EXPECT_NE(offered.body.find("Bevestig voor woensdag 25 november 2026, 10:00"), std::string::npos) << offered.body;
  EXPECT_NE(offered.body.find("volgende gezin"), std::string::npos);
  const Notice lapsed = compose_notice(facts("lapsed", "nl"));
  EXPECT_NE(lapsed.body.find("niet op tijd"), std::string::npos);
  NoticeFacts free = facts("confirmed", "nl");
  free.price = "";
  EXPECT_NE(compose_notice(free).body.find("Prijs: gratis"), std::string::npos);
  NoticeFacts unknown = facts("confirmed", "xx");  // an unknown language: Dutch
  EXPECT_EQ(compose_notice(unknown).subject, confirmed.subject);
}

TEST(RegistrationNotice, TurkishArabicAndUkrainianAreReallyThoseLanguages) {
  const Notice tr = compose_notice(facts("confirmed", "tr"));
  EXPECT_NE(tr.subject.find("Kaydınız"), std::string::npos) << tr.subject;
  EXPECT_NE(tr.body.find("Aralık"), std::string::npos) << tr.body;  // December, written by ICU
  EXPECT_NE(tr.body.find("Çarşamba"), std::string::npos) << tr.body;
  const Notice ar = compose_notice(facts("waitlisted", "ar"));
  EXPECT_NE(ar.subject.find("قائمة الانتظار"), std::string::npos) << ar.subject;
  const Notice ar_confirmed = compose_notice(facts("confirmed", "ar"));
  EXPECT_NE(ar_confirmed.body.find("ديسمبر"), std::string::npos) << ar_confirmed.body;
  const Notice uk = compose_notice(facts("reminder", "uk"));
  EXPECT_NE(uk.subject.find("Завтра"), std::string::npos) << uk.subject;
  const Notice fr = compose_notice(facts("cancelled", "fr"));
  EXPECT_NE(fr.subject.find("annulée"), std::string::npos) << fr.subject;
}

TEST(RegistrationNotice, SmsStaysShortWithALongOfferName) {
  NoticeFacts f = facts("confirmed", "nl");
  f.offer_name = std::string(200, 'x');
  const Notice notice = compose_notice(f);
  std::size_t characters = 0;
  for (const char c : notice.sms) characters += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
  EXPECT_LE(characters, 160U) << notice.sms;
  EXPECT_NE(notice.sms.find(kLink), std::string::npos);
  for (const char* event : kEvents) {
    for (const char* language : {"nl", "fr", "en"}) {
      const Notice n = compose_notice(facts(event, language));
      EXPECT_LE(n.sms.size(), 160U) << event << "/" << language << ": " << n.sms;
    }
  }
}

TEST(RegistrationNotice, CalendarHasOneEventPerDateInBrusselsTime) {
  for (const char* event : {"confirmed", "offered", "reminder"}) {
    const Notice notice = compose_notice(facts(event, "nl"));
    ASSERT_FALSE(notice.calendar.empty()) << event;
    const Component calendar(icalparser_parse_string(notice.calendar.c_str()));
    ASSERT_NE(calendar, nullptr) << notice.calendar;
    EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_PUBLISH);
    EXPECT_NE(icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT), nullptr);
    const auto events = events_of(calendar.get());
    ASSERT_EQ(events.size(), 2U) << notice.calendar;
    const std::array<const char*, 2> starts = {"20261202T140000", "20261209T140000"};
    for (std::size_t i = 0; i < events.size(); ++i) {
      icalproperty* start = icalcomponent_get_first_property(events[i], ICAL_DTSTART_PROPERTY);
      ASSERT_NE(start, nullptr);
      EXPECT_EQ(tzid_of(start), "Europe/Brussels");
      EXPECT_STREQ(icaltime_as_ical_string(icalproperty_get_dtstart(start)), starts.at(i));
      icalproperty* end = icalcomponent_get_first_property(events[i], ICAL_DTEND_PROPERTY);
      ASSERT_NE(end, nullptr);
      EXPECT_EQ(tzid_of(end), "Europe/Brussels");
      EXPECT_EQ(std::string(icalcomponent_get_uid(events[i])), "registration-42@hvhk.example-" + std::to_string(i + 1));
      EXPECT_STREQ(icalcomponent_get_summary(events[i]), "Babymassage");
      EXPECT_STREQ(icalcomponent_get_location(events[i]), "Huis van het Kind, Kerkstraat 1, 9240 Zele");
      EXPECT_EQ(icalcomponent_get_sequence(events[i]), 0);
      icalproperty* url = icalcomponent_get_first_property(events[i], ICAL_URL_PROPERTY);
      ASSERT_NE(url, nullptr);
      EXPECT_STREQ(icalproperty_get_url(url), kLink);
    }
  }
  EXPECT_EQ(compose_notice(facts("confirmed", "nl")).calendar, compose_notice(facts("confirmed", "tr")).calendar)
      << "the same UIDs and contents, whatever the language";
}

TEST(RegistrationNotice, CancelledCancelsTheSameEvents) {
  const Notice notice = compose_notice(facts("cancelled", "nl"));
  const Component calendar(icalparser_parse_string(notice.calendar.c_str()));
  ASSERT_NE(calendar, nullptr) << notice.calendar;
  EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_CANCEL);
  const auto events = events_of(calendar.get());
  ASSERT_EQ(events.size(), 2U);
  for (std::size_t i = 0; i < events.size(); ++i) {
    EXPECT_EQ(std::string(icalcomponent_get_uid(events[i])), "registration-42@hvhk.example-" + std::to_string(i + 1));
    EXPECT_EQ(icalcomponent_get_status(events[i]), ICAL_STATUS_CANCELLED);
    EXPECT_EQ(icalcomponent_get_sequence(events[i]), 1);
  }
}

TEST(RegistrationNotice, NoCalendarForTheLineOrALapsedPlace) {
  EXPECT_EQ(compose_notice(facts("waitlisted", "nl")).calendar, "");
  EXPECT_EQ(compose_notice(facts("lapsed", "nl")).calendar, "");
  NoticeFacts reminder = facts("reminder", "nl");
  reminder.dates.resize(1);
  const Component calendar(icalparser_parse_string(compose_notice(reminder).calendar.c_str()));
  ASSERT_NE(calendar, nullptr);
  EXPECT_EQ(events_of(calendar.get()).size(), 1U);
}

}  // namespace
}  // namespace hvhk::web

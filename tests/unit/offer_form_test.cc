// The offer editor's form: ages in years or months, a number far too large refused with a
// message (found by the offer_form fuzzer: it overflowed before), times turned into schedules,
// and a form stored as a draft reading back the same.
#include "web/offer_form.h"

#include <gtest/gtest.h>

#include "http/form.h"

namespace hvhk::web {
namespace {

std::string t(std::string_view msgid) { return std::string(msgid); }

OfferForm valid() {
  OfferForm f;
  f.name = "Voorlezen";
  f.description = "Elke woensdag lezen we voor.";
  f.themes = {"leisure"};
  f.places = {"place-1"};
  return f;
}

core::Service base() {
  core::Service s;
  s.id = "offer";
  return s;
}

std::string error_of(const FieldErrors& errors, std::string_view field) {
  for (const auto& [name, text] : errors) {
    if (name == field) return text;
  }
  return "";
}

TEST(OfferForm, AgesInYearsOrMonths) {
  OfferForm f = valid();
  f.min_age = "6";
  f.min_unit = "months";
  f.max_age = "3";
  f.max_unit = "years";
  FieldErrors errors;
  const core::Service s = offer_from_form(f, base(), {"place-1"}, t, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(s.min_age_months, 6);
  EXPECT_EQ(s.max_age_months, 35);
}

TEST(OfferForm, AnAgeFarTooLargeIsAMessageNotAnOverflow) {
  OfferForm f = valid();
  f.min_age = "1165731808";
  f.max_age = "2147483647";
  FieldErrors errors;
  (void)offer_from_form(f, base(), {"place-1"}, t, errors);
  EXPECT_EQ(error_of(errors, "min_age"), "Give an age from 0 to 25.");
  EXPECT_EQ(error_of(errors, "max_age"), "Give an age from 1 to 25.");
}

TEST(OfferForm, AMonthlyTimeIsTheNthWeekdayAndASeriesHasItsCount) {
  OfferForm f = valid();
  OfferTime time;
  time.place = "place-1";
  time.repeat = "monthly";
  time.days = {"SA"};
  time.week = "1";
  time.start = "2026-12-05";
  time.count = "7";
  time.opens = "10:00";
  time.closes = "12:00";
  f.times = {time};
  FieldErrors errors;
  const core::Service s = offer_from_form(f, base(), {"place-1"}, t, errors);
  ASSERT_TRUE(errors.empty()) << errors.front().second;
  ASSERT_EQ(s.locations.size(), 1U);
  const core::Schedule& h = s.locations[0].schedules.at(0);
  EXPECT_EQ(h.freq, "MONTHLY");
  EXPECT_EQ(h.byday, "1SA");
  EXPECT_EQ(h.count, 7);
}

TEST(OfferForm, APlaceOfAnotherOrganisationIsRefused) {
  OfferForm f = valid();
  f.places = {"someone-elses-place"};
  FieldErrors errors;
  (void)offer_from_form(f, base(), {"place-1"}, t, errors);
  EXPECT_EQ(error_of(errors, "places"), "Choose places from the list.");
}

TEST(OfferForm, ADraftReadsBackTheSame) {
  OfferForm f = valid();
  f.free = false;
  f.amount = "2,50";
  f.languages = {"nl", "tr"};
  OfferTime time;
  time.place = "place-1";
  time.repeat = "weekly";
  time.days = {"MO", "WE"};
  time.note = "ook & \"samen\" = fijn";
  f.times = {time};
  f.version = 3;
  http::QueryParams fields;
  std::string error;
  ASSERT_TRUE(http::parse_form(form_body(f), fields, error)) << error;
  EXPECT_EQ(form_from_fields(fields), f);
}

}  // namespace
}  // namespace hvhk::web

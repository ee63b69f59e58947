// The family's registration form: ages typed in many ways, phone numbers, what each field needs,
// and the session's rules (begun, window, ages, residents first, tariffs), with a message per
// field; what is stored opens again with the key and not with another.
#include "web/registration_form.h"

#include <gtest/gtest.h>

namespace hvhk::web {
namespace {

const core::Date kToday = *core::parse_date("2026-11-23");
constexpr const char* kNowLocal = "2026-11-23T10:00";
constexpr const char* kNowUtc = "2026-11-23T09:00:00Z";

store::ActivitySession zomerklas() {
  store::ActivitySession s;
  s.id = "zomerklas-2027";
  s.dates = {{"2027-07-05T09:00", "2027-07-05T12:00"}, {"2027-07-16T09:00", "2027-07-16T12:00"}};
  s.capacity = 16;
  s.min_age_months = 60;
  s.max_age_months = 78;
  s.residents_until = "2027-05-31";
  s.resident_postcodes = "9240 9290 9250";
  s.price_standard_cents = 2000;
  s.price_reduced_cents = 500;
  s.price_nonresident_cents = 3500;
  return s;
}

FamilyForm amina() {
  FamilyForm f;
  f.first_name = "Amina";
  f.email = "amina@example.be";
  f.channel = "email";
  f.language = "nl";
  f.children = {"5"};
  f.postcode = "9240";
  f.consent = true;
  return f;
}

TEST(RegistrationForm, AgesAreReadInYearsMonthsAndBirthDates) {
  EXPECT_EQ(age_in_months("4", kToday), 48);
  EXPECT_EQ(age_in_months("4 jaar", kToday), 48);
  EXPECT_EQ(age_in_months("18 maanden", kToday), 18);
  EXPECT_EQ(age_in_months("18 mois", kToday), 18);
  EXPECT_EQ(age_in_months("3 yaş", kToday), 36);
  EXPECT_EQ(age_in_months("2023-05-01", kToday), 42);
  EXPECT_EQ(age_in_months("1/5/2023", kToday), 42);
  EXPECT_EQ(age_in_months("23/11/2024", kToday), 24);  // birthday today
  EXPECT_EQ(age_in_months("24/11/2024", kToday), 23);
  // Impossible ages: in the future, too old, negative, not a date, nonsense.
  EXPECT_FALSE(age_in_months("2027-01-01", kToday));
  EXPECT_FALSE(age_in_months("40", kToday));
  EXPECT_FALSE(age_in_months("-2", kToday));
  EXPECT_FALSE(age_in_months("31/02/2023", kToday));
  EXPECT_FALSE(age_in_months("vier", kToday));
  EXPECT_FALSE(age_in_months("99999999999999999999", kToday));
  EXPECT_FALSE(age_in_months("370123412 jaar", kToday));  // found by the fuzzer: years × 12 overflowed
}

TEST(RegistrationForm, AGoodFormGivesTheFamilysDataAndTariff) {
  const FamilyCheck check = check_family_form(amina(), zomerklas(), kNowLocal, kNowUtc);
  EXPECT_TRUE(check.ok());
  EXPECT_TRUE(check.resident);
  EXPECT_EQ(check.tariff, "standard");
  EXPECT_EQ(check.age_bands, "3-6");
  EXPECT_EQ(check.data.child_age_months, std::vector<int>{60});
  EXPECT_EQ(check.data.consent_at, kNowUtc);
  FamilyForm reduced = amina();
  reduced.reduced = true;
  EXPECT_EQ(check_family_form(reduced, zomerklas(), kNowLocal, kNowUtc).tariff, "reduced");
  EXPECT_EQ(price_text(price_cents(zomerklas(), "reduced")), "€ 5,00");
  EXPECT_EQ(price_text(0), "");
}

TEST(RegistrationForm, EachProblemIsNamedAtItsField) {
  FamilyForm f;
  f.channel = "sms";
  f.children = {"12"};
  f.phone = "abc";
  f.needs = std::string(301, 'x');
  const FamilyCheck check = check_family_form(f, zomerklas(), kNowLocal, kNowUtc);
  EXPECT_FALSE(check.ok());
  EXPECT_EQ(check.problems.count("first_name"), 1U);
  EXPECT_EQ(check.problems.count("phone"), 1U);
  EXPECT_EQ(check.problems.count("child"), 1U);  // 12 years is too old for the Zomerklas
  EXPECT_EQ(check.problems.count("postcode"), 1U);
  EXPECT_EQ(check.problems.count("needs"), 1U);
  EXPECT_EQ(check.problems.count("consent"), 1U);
  EXPECT_EQ(check.problems.count("email"), 0U);  // not needed for a text message
}

TEST(RegistrationForm, ResidentsFirstThenEveryoneAtTheirPrice) {
  FamilyForm elsewhere = amina();
  elsewhere.postcode = "9100";  // Sint-Niklaas
  EXPECT_EQ(check_family_form(elsewhere, zomerklas(), kNowLocal, kNowUtc).problems.count("postcode"), 1U);
  const FamilyCheck later = check_family_form(elsewhere, zomerklas(), "2027-05-31T08:00", kNowUtc);
  EXPECT_TRUE(later.ok());
  EXPECT_FALSE(later.resident);
  EXPECT_EQ(later.tariff, "nonresident");
  EXPECT_EQ(price_cents(zomerklas(), later.tariff), 3500);
}

TEST(RegistrationForm, ThePostcodeIsAskedOnlyWhereItMatters) {
  store::ActivitySession s = zomerklas();
  EXPECT_TRUE(asks_postcode(s));  // residents first
  s.residents_until.clear();
  EXPECT_TRUE(asks_postcode(s));  // a price for non-residents
  s.price_nonresident_cents = s.price_standard_cents;
  EXPECT_FALSE(asks_postcode(s));  // postcodes known, but nothing depends on them
  FamilyForm f = amina();
  f.postcode.clear();
  const FamilyCheck check = check_family_form(f, s, kNowLocal, kNowUtc);
  EXPECT_TRUE(check.ok());
  EXPECT_EQ(check.tariff, "standard");
}

TEST(RegistrationForm, PastSessionsAndClosedWindowsTakeNoRegistrations) {
  store::ActivitySession s = zomerklas();
  EXPECT_EQ(closed_reason(s, kNowLocal), "");
  EXPECT_NE(closed_reason(s, "2027-07-05T09:00"), "");  // begun
  s.opens_at = "2027-03-01T09:00";
  EXPECT_NE(closed_reason(s, kNowLocal), "");  // not open yet
  EXPECT_EQ(closed_reason(s, "2027-03-01T09:00"), "");
  s.closes_at = "2027-06-15T00:00";
  EXPECT_NE(closed_reason(s, "2027-06-20T10:00"), "");  // closed
  EXPECT_EQ(check_family_form(amina(), s, "2027-06-20T10:00", kNowUtc).problems.count("session"), 1U);
}

TEST(RegistrationForm, PhoneNumbersAreWrittenOneWay) {
  FamilyForm f = amina();
  f.channel = "sms";
  f.phone = "0470 12 34 56";
  EXPECT_EQ(check_family_form(f, zomerklas(), kNowLocal, kNowUtc).data.phone, "+32470123456");
  f.phone = "+32 470/12.34.56";
  EXPECT_EQ(check_family_form(f, zomerklas(), kNowLocal, kNowUtc).data.phone, "+32470123456");
  f.phone = "0032470123456";
  EXPECT_EQ(check_family_form(f, zomerklas(), kNowLocal, kNowUtc).data.phone, "+32470123456");
  f.phone = "12";
  EXPECT_EQ(check_family_form(f, zomerklas(), kNowLocal, kNowUtc).problems.count("phone"), 1U);
}

TEST(RegistrationForm, OnlyStaffCanChooseAPrintedSlip) {
  FamilyForm f = amina();
  f.channel = "print";
  f.email.clear();
  EXPECT_EQ(check_family_form(f, zomerklas(), kNowLocal, kNowUtc).problems.count("channel"), 1U);
  EXPECT_TRUE(check_family_form(f, zomerklas(), kNowLocal, kNowUtc, true).ok());
}

TEST(RegistrationForm, WhatIsStoredIsSealedAndOpensOnlyWithTheKey) {
  const auto key = core::DataKey::generate();
  const FamilyCheck check = check_family_form(amina(), zomerklas(), kNowLocal, kNowUtc);
  const std::string sealed = seal_family(check.data, key);
  EXPECT_EQ(sealed.find("Amina"), std::string::npos);
  const auto opened = open_family(sealed, key);
  ASSERT_TRUE(opened);
  EXPECT_EQ(opened->first_name, "Amina");
  EXPECT_EQ(opened->email, "amina@example.be");
  EXPECT_EQ(opened->child_age_months, std::vector<int>{60});
  EXPECT_FALSE(open_family(sealed, core::DataKey::generate()));
  // The same family gives the same key, whatever the case of its address; another family another.
  FamilyData upper = check.data;
  upper.email = "Amina@Example.be";
  EXPECT_EQ(family_key(check.data, key), family_key(upper, key));
  FamilyData other = check.data;
  other.email = "someone@example.be";
  EXPECT_NE(family_key(check.data, key), family_key(other, key));
}

// Found by the family_form fuzzer: bytes that are no UTF-8 were accepted and sealed, and the
// sealed data then could not be opened again (the family's registration unreadable).
TEST(RegistrationForm, TextThatIsNoUtf8IsRefusedAtItsField) {
  FamilyForm f = amina();
  f.email = "amina@example.b\x9b\xd9\x9c\xa1";
  f.needs = "\xc0\xaf";  // an overlong "/"
  const FamilyCheck check = check_family_form(f, zomerklas(), kNowLocal, kNowUtc);
  EXPECT_EQ(check.problems.count("email"), 1U);
  EXPECT_EQ(check.problems.count("needs"), 1U);
  f = amina();
  f.first_name = "Bülent Çağlar Мирослава أمينة";
  EXPECT_TRUE(check_family_form(f, zomerklas(), kNowLocal, kNowUtc).ok());
}

TEST(RegistrationForm, FieldsAreReadFromThePostedForm) {
  http::QueryParams fields;
  fields.add("first_name", "  Amina ");
  fields.add("child", "4");
  fields.add("child", "");
  fields.add("child", "18 maanden");
  fields.add("child", "");
  fields.add("consent", "yes");
  fields.add("channel", "sms");
  const FamilyForm f = read_family_form(fields);
  EXPECT_EQ(f.first_name, "Amina");
  EXPECT_EQ(f.children, (std::vector<std::string>{"4", "18 maanden"}));  // empty boxes left out
  EXPECT_TRUE(f.consent);
  EXPECT_FALSE(f.interpreter);
  EXPECT_EQ(f.channel, "sms");
}

}  // namespace
}  // namespace hvhk::web

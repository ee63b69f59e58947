// The catalogue rules: every problem names the record and the field.
#include "core/validation.h"

#include <gtest/gtest.h>

#include "core/ids.h"

namespace hvhk::core {
namespace {

Catalogue minimal() {
  Catalogue c;
  c.municipalities.push_back({"42028", "Zele", {"9240"}});
  c.networks.push_back({stable_uuid("n"), "HvhK Zele", "", "", "", {"42028"}});
  Organization o;
  o.id = stable_uuid("o");
  o.name = "CKG";
  o.partner_type = "ckg";
  o.network_ids = {c.networks[0].id};
  c.organizations.push_back(o);
  Location l;
  l.id = stable_uuid("l");
  l.network_id = c.networks[0].id;
  l.kind = "main-house";
  l.name = "Huis";
  l.address = Address{"Markt 1", "9240", "Zele", "BE"};
  c.locations.push_back(l);
  Service s;
  s.id = stable_uuid("s");
  s.organization_id = o.id;
  s.network_id = c.networks[0].id;
  s.name = "Babymassage";
  s.description = "Leer je baby masseren.";
  s.themes = {"parenting-support"};
  s.min_age_months = 0;
  s.max_age_months = 12;
  Schedule h;
  h.id = stable_uuid("h");
  h.freq = "WEEKLY";
  h.byday = "MO";
  h.dtstart = "2026-09-01";
  h.opens_at = "09:00";
  h.closes_at = "10:00";
  s.locations.push_back({stable_uuid("sal"), s.id, l.id, "", {h}});
  c.services.push_back(s);
  return c;
}

bool has_problem(const std::vector<Problem>& problems, std::string_view field) {
  for (const auto& p : problems) {
    if (p.field == field) return true;
  }
  return false;
}

TEST(Validation, AMinimalCatalogueIsValid) {
  const auto problems = validate(minimal(), {});
  for (const auto& p : problems) ADD_FAILURE() << describe(p);
}

TEST(Validation, NamesRecordAndField) {
  Catalogue c = minimal();
  c.services[0].min_age_months = 40;
  c.services[0].themes = {"knitting"};
  c.services[0].locations[0].schedules[0].closes_at = "08:00";
  c.services[0].locations[0].schedules[0].byday = "XX";
  const auto problems = validate(c, {});
  EXPECT_TRUE(has_problem(problems, "max_age_months"));
  EXPECT_TRUE(has_problem(problems, "themes"));
  EXPECT_TRUE(has_problem(problems, "schedules.closes_at"));
  EXPECT_TRUE(has_problem(problems, "schedules.byday"));
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(describe(problems[0]).find("Babymassage"), std::string::npos);
}

TEST(Validation, ReferencesMayPointIntoExistingData) {
  Catalogue existing = minimal();
  Catalogue incoming;
  Service s = existing.services[0];
  s.id = stable_uuid("s2");
  s.locations.clear();
  incoming.services.push_back(s);
  EXPECT_TRUE(validate(incoming, existing).empty());
  EXPECT_TRUE(has_problem(validate(incoming, {}), "organization_id"));
}

TEST(Validation, DuplicateIdsInOneImport) {
  Catalogue c = minimal();
  c.services.push_back(c.services[0]);
  EXPECT_TRUE(has_problem(validate(c, {}), "id"));
}

TEST(Validation, Formats) {
  EXPECT_TRUE(is_date("2028-02-29"));
  EXPECT_FALSE(is_date("2027-02-29"));
  EXPECT_FALSE(is_date("2027-13-01"));
  EXPECT_TRUE(is_time_of_day("23:59"));
  EXPECT_FALSE(is_time_of_day("24:00"));
  EXPECT_TRUE(is_email("an@example.org"));
  EXPECT_FALSE(is_email("an@@example.org"));
  EXPECT_TRUE(is_http_url("https://example.org/a"));
  EXPECT_FALSE(is_http_url("javascript:alert(1)"));
}

// Found by reading the fuzzer's target: "-" as a monthly day read past the end.
TEST(Validation, MalformedMonthlyDaysAreProblemsNotCrashes) {
  for (const char* byday : {"-", "MO,-", "-X", "1", "-9SA", "6SA"}) {
    Catalogue c = minimal();
    c.services[0].locations[0].schedules[0].freq = "MONTHLY";
    c.services[0].locations[0].schedules[0].byday = byday;
    EXPECT_TRUE(has_problem(validate(c, {}), "schedules.byday")) << byday;
  }
  Catalogue c = minimal();
  c.services[0].locations[0].schedules[0].freq = "MONTHLY";
  c.services[0].locations[0].schedules[0].byday = "1SA,-1SU";
  EXPECT_TRUE(validate(c, {}).empty());
}

TEST(Validation, AccessNotOpenNeedsEligibility) {
  Catalogue c = minimal();
  c.services[0].access = "referral";
  EXPECT_TRUE(has_problem(validate(c, {}), "eligibility_description"));
}

}  // namespace
}  // namespace hvhk::core

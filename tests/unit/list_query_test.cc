// The HSDS list parameters: defaults, limits and the messages for bad values.
#include "api/list_query.h"

#include <gtest/gtest.h>

namespace hvhk::api {
namespace {

core::Result<ListQuery> parse(std::initializer_list<std::pair<const char*, const char*>> items) {
  http::QueryParams params;
  for (const auto& [k, v] : items) params.add(k, v);
  return parse_list_query(params);
}

TEST(ListQuery, Defaults) {
  const auto q = parse({});
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->page, 1);
  EXPECT_EQ(q->per_page, 50);
  EXPECT_FALSE(q->ndjson);
}

TEST(ListQuery, RejectsBadPaging) {
  for (const char* bad : {"abc", "0", "-1", "1.5", "99999999999999999999", ""}) {
    const auto q = parse({{"page", bad}});
    ASSERT_FALSE(q.has_value()) << bad;
    EXPECT_NE(q.error().message.find("page"), std::string::npos);
  }
  EXPECT_FALSE(parse({{"per_page", "100000"}}).has_value());
  EXPECT_EQ(parse({{"per_page", "1000"}})->per_page, 1000);
}

TEST(ListQuery, NormalisesModifiedAfter) {
  EXPECT_EQ(parse({{"modified_after", "2026-11-01"}})->modified_after, "2026-11-01T00:00:00Z");
  EXPECT_EQ(parse({{"modified_after", "2026-11-01T09:30:15.123Z"}})->modified_after, "2026-11-01T09:30:15Z");
  EXPECT_EQ(parse({{"modified_after", "2026-11-01T09:30"}})->modified_after, "2026-11-01T09:30:00Z");
  EXPECT_FALSE(parse({{"modified_after", "2026-11-01T09:30:00+02:00"}}).has_value());
  EXPECT_FALSE(parse({{"modified_after", "yesterday"}}).has_value());
  // Found by the list_query fuzzer: impossible dates and times passed.
  EXPECT_FALSE(parse({{"modified_after", "2026-99-99T99:99"}}).has_value());
  EXPECT_FALSE(parse({{"modified_after", "2026-02-30"}}).has_value());
  EXPECT_FALSE(parse({{"modified_after", "2026-01-01T24:00"}}).has_value());
}

TEST(ListQuery, ChecksIdsPostcodesAndDistances) {
  EXPECT_FALSE(parse({{"organization_id", "1; DROP TABLE services"}}).has_value());
  EXPECT_FALSE(parse({{"postcode", "92400"}}).has_value());
  EXPECT_FALSE(parse({{"postcode", "9240"}, {"proximity", "-5"}}).has_value());
  EXPECT_FALSE(parse({{"postcode", "9240"}, {"proximity", "nan"}}).has_value());
  EXPECT_FALSE(parse({{"proximity", "5000"}}).has_value());
  EXPECT_FALSE(parse({{"postcode", "9240"}, {"proximity", "0.5"}}).has_value());
  EXPECT_DOUBLE_EQ(*parse({{"postcode", "9240"}, {"proximity", "5000"}})->proximity_m, 5000);
}

TEST(ListQuery, LimitsSearchLengthAndIgnoresUnknownParameters) {
  EXPECT_FALSE(parse({{"search", std::string(300, 'a').c_str()}}).has_value());
  EXPECT_TRUE(parse({{"utm_source", "x"}}).has_value());
  EXPECT_TRUE(parse({{"format", "ndjson"}})->ndjson);
  EXPECT_FALSE(parse({{"format", "xml"}}).has_value());
  EXPECT_FALSE(parse({{"full", "maybe"}}).has_value());
}

}  // namespace
}  // namespace hvhk::api

// RFC 4180 CSV: what we write, we read back; broken input is named by line.
#include "api/csv.h"

#include <gtest/gtest.h>

namespace hvhk::api {
namespace {

TEST(Csv, RoundTripsQuotesCommasAndLineBreaks) {
  const std::vector<CsvRow> rows{{"id", "name", "description"},
                                 {"1", "Babymassage, voor ouders", "Zeg \"hallo\"\nnieuwe regel"},
                                 {"2", "", "é ü ğ ا"}};
  std::string text;
  for (const auto& row : rows) append_csv_row(text, row);
  const auto parsed = parse_csv(text);
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(*parsed, rows);
}

// Found by the csv fuzzer: a record of one empty field was written as an empty line.
TEST(Csv, KeepsARecordOfOneEmptyField) {
  const std::vector<CsvRow> rows{{"a"}, {""}, {"b"}};
  std::string text;
  for (const auto& row : rows) append_csv_row(text, row);
  EXPECT_EQ(*parse_csv(text), rows);
}

// Found by the csv fuzzer: a first field starting with a byte-order mark lost it.
TEST(Csv, KeepsALeadingByteOrderMarkInAField) {
  const std::vector<CsvRow> rows{{"\xEF\xBB\xBFx", "y"}};
  std::string text;
  append_csv_row(text, rows[0]);
  EXPECT_EQ(*parse_csv(text), rows);
}

TEST(Csv, AcceptsBomAndBareNewlines) {
  const auto parsed = parse_csv(
      "\xEF\xBB\xBF"
      "a,b\n1,2\n\n3,4");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->size(), 3U);
  EXPECT_EQ((*parsed)[2], (CsvRow{"3", "4"}));
}

TEST(Csv, NamesTheLineOfAnUnclosedQuote) {
  const auto parsed = parse_csv("a,b\n1,2\n3,\"never closed\n");
  ASSERT_FALSE(parsed.has_value());
  EXPECT_NE(parsed.error().message.find("line 3"), std::string::npos);
  EXPECT_FALSE(parse_csv("\"x\"y,1\n").has_value());
}

}  // namespace
}  // namespace hvhk::api

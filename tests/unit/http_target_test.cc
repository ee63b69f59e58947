// Request-target parsing: what reaches handlers as path and query, and what is
// refused before any handler runs.
#include <gtest/gtest.h>

#include <string>

#include "http/message.h"
#include "http/target.h"

namespace hvhk::http {
namespace {

struct Parsed {
  bool ok = false;
  std::string error;
  Request req;
};

Parsed parse(std::string_view target) {
  Parsed p;
  p.ok = parse_target(target, p.req, p.error);
  return p;
}

TEST(ParseTarget, PlainPath) {
  Parsed p = parse("/api/hsds/services");
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.req.path, "/api/hsds/services");
  EXPECT_EQ(p.req.target, "/api/hsds/services");
  EXPECT_TRUE(p.req.query.items().empty());
}

TEST(ParseTarget, Root) {
  Parsed p = parse("/");
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.req.path, "/");
}

TEST(ParseTarget, PathIsPercentDecoded) {
  Parsed p = parse("/zoek/kind%20en%20gezin/caf%C3%A9");
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.req.path, "/zoek/kind en gezin/café");
  EXPECT_EQ(p.req.target, "/zoek/kind%20en%20gezin/caf%C3%A9");
}

TEST(ParseTarget, PlusInPathStaysPlus) {
  Parsed p = parse("/a+b");
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.req.path, "/a+b");
}

TEST(ParseTarget, QueryIsDecodedWithPlusAsSpace) {
  Parsed p = parse("/zoek?q=kind+en%20gezin&plus=1%2B1&leeg=&naam");
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.req.path, "/zoek");
  EXPECT_EQ(p.req.query.get("q"), "kind en gezin");
  EXPECT_EQ(p.req.query.get("plus"), "1+1");
  EXPECT_EQ(p.req.query.get("leeg"), "");
  EXPECT_EQ(p.req.query.get("naam"), "");
  EXPECT_FALSE(p.req.query.get("ontbreekt").has_value());
}

TEST(ParseTarget, QueryNamesAreDecodedToo) {
  Parsed p = parse("/z?leeftijd%5Bvan%5D=3&mijn+naam=x");
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.req.query.get("leeftijd[van]"), "3");
  EXPECT_EQ(p.req.query.get("mijn naam"), "x");
}

TEST(ParseTarget, RepeatedNamesKeepOrder) {
  Parsed p = parse("/z?taal=nl&x=1&taal=fr&taal=ar");
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.req.query.get("taal"), "nl");
  std::vector<std::string_view> expected{"nl", "fr", "ar"};
  EXPECT_EQ(p.req.query.all("taal"), expected);
  EXPECT_TRUE(p.req.query.all("geen").empty());
  ASSERT_EQ(p.req.query.items().size(), 4U);
  EXPECT_EQ(p.req.query.items()[1].first, "x");
}

TEST(ParseTarget, EmptyQueryItemsAreSkipped) {
  Parsed p = parse("/z?&a=1&&b=2&");
  ASSERT_TRUE(p.ok) << p.error;
  ASSERT_EQ(p.req.query.items().size(), 2U);
  EXPECT_EQ(p.req.query.get("a"), "1");
  EXPECT_EQ(p.req.query.get("b"), "2");
  EXPECT_TRUE(parse("/z?").req.query.items().empty());
}

TEST(ParseTarget, ValueMayContainEqualsAndQuestionMark) {
  Parsed p = parse("/z?a=b=c?d/e");
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.req.query.get("a"), "b=c?d/e");
}

TEST(ParseTarget, InvalidUtf8InQueryIsKeptAsBytes) {
  Parsed p = parse("/z?q=%FF%FE&nul=a%00b");
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.req.query.get("q"), std::string("\xff\xfe"));
  EXPECT_EQ(p.req.query.get("nul"), std::string("a\0b", 3));
}

TEST(ParseTarget, RejectsInvalidPercentEncoding) {
  for (const char* target : {"/a%zz", "/a%", "/a%2", "/a%G0", "/z?q=%", "/z?q=%4", "/z?%zz=1"}) {
    Parsed p = parse(target);
    EXPECT_FALSE(p.ok) << target;
    EXPECT_EQ(p.error, "invalid percent-encoding in request target") << target;
  }
}

TEST(ParseTarget, RejectsWhatIsNotOriginForm) {
  for (const char* target :
       {"", "*", "a/b", "http://example.org/a", "example.org:443", "/a#frag", "/a b", "/caf\xc3\xa9", "/a\\b"}) {
    Parsed p = parse(target);
    EXPECT_FALSE(p.ok) << target;
    EXPECT_FALSE(p.error.empty()) << target;
  }
}

TEST(ParseTarget, LengthLimit) {
  std::string longest = "/" + std::string(kMaxTargetBytes - 1, 'a');
  EXPECT_TRUE(parse(longest).ok);
  Parsed p = parse(longest + "a");
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(p.error, "request target too long");
}

TEST(ParseTarget, RejectsNulInPath) {
  Parsed p = parse("/a%00b");
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(p.error, "NUL byte in path");
}

TEST(ParseTarget, RejectsDotDotSegments) {
  for (const char* target :
       {"/..", "/../etc/passwd", "/a/../b", "/a/..", "/a/../", "/%2e%2e/x", "/a/%2E%2e", "/a/.%2E/b", "/a%2F..%2Fb"}) {
    Parsed p = parse(target);
    EXPECT_FALSE(p.ok) << target;
    EXPECT_EQ(p.error, "'..' segment in path") << target;
  }
}

TEST(ParseTarget, AllowsDotsThatAreNotASegment) {
  for (const char* target : {"/a/..b", "/a/b..", "/.../x", "/a/./b", "/z?pad=../x"}) {
    EXPECT_TRUE(parse(target).ok) << target;
  }
}

TEST(ParseTarget, EncodedSlashDecodesIntoPath) {
  Parsed p = parse("/a%2Fb");
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.req.path, "/a/b");
}

TEST(ParseTarget, FailureLeavesRequestUntouched) {
  Request req;
  req.path = "/before";
  req.query.add("k", "v");
  std::string error;
  EXPECT_FALSE(parse_target("/a%zz", req, error));
  EXPECT_EQ(req.path, "/before");
  EXPECT_EQ(req.query.get("k"), "v");
}

TEST(ParseTarget, SuccessReplacesEarlierQuery) {
  Request req;
  req.query.add("old", "1");
  std::string error;
  ASSERT_TRUE(parse_target("/x?new=2", req, error));
  EXPECT_FALSE(req.query.get("old").has_value());
  EXPECT_EQ(req.query.get("new"), "2");
}

TEST(RequestHeader, LooksUpLowerCaseName) {
  Request req;
  req.headers.emplace("content-type", "application/json");
  EXPECT_EQ(req.header("content-type"), "application/json");
  EXPECT_FALSE(req.header("accept").has_value());
}

}  // namespace
}  // namespace hvhk::http

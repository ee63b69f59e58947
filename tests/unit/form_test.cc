#include "http/form.h"

#include <gtest/gtest.h>

namespace hvhk::http {
namespace {

TEST(Form, DecodesFieldsAsABrowserSendsThem) {
  QueryParams form;
  std::string error;
  ASSERT_TRUE(parse_form("email=an%40zele.example&password=geheim+wachtwoord%21&csrf=abc&empty=", form, error));
  EXPECT_EQ(form.get("email"), "an@zele.example");
  EXPECT_EQ(form.get("password"), "geheim wachtwoord!");
  EXPECT_EQ(form.get("csrf"), "abc");
  EXPECT_EQ(form.get("empty"), "");
  EXPECT_FALSE(form.get("missing"));
}

TEST(Form, RefusesMalformedAndHugeBodies) {
  QueryParams form;
  std::string error;
  EXPECT_FALSE(parse_form("a=%zz", form, error));
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(parse_form("a=%", form, error));
  EXPECT_FALSE(parse_form(std::string(kMaxFormBytes + 1, 'a'), form, error));
  QueryParams empty;
  EXPECT_TRUE(parse_form("", empty, error));
  EXPECT_TRUE(empty.items().empty());
  QueryParams odd;
  EXPECT_TRUE(parse_form("&&a=1&&=2&b", odd, error));
  EXPECT_EQ(odd.get("a"), "1");
  EXPECT_EQ(odd.get("b"), "");
}

// Found by the fuzzer: a body is read by its length, not up to a NUL byte, and never past its end.
TEST(Form, ReadsTheBodyByItsLengthNotToANul) {
  QueryParams form;
  std::string error;
  const std::string body("a=1\0&b=2", 8);
  ASSERT_TRUE(parse_form(body, form, error));
  EXPECT_EQ(form.get("a"), std::string_view("1\0", 2));
  EXPECT_EQ(form.get("b"), "2");
  QueryParams part;
  ASSERT_TRUE(parse_form(std::string_view("a=1&b=2").substr(0, 3), part, error));
  EXPECT_EQ(part.get("a"), "1");
  EXPECT_FALSE(part.get("b"));
}

TEST(Cookies, FindsTheNamedCookieOnly) {
  Request r;
  r.headers.emplace("cookie", "hvhk_lang=fr; hvhk_session=abc123; x=1");
  EXPECT_EQ(cookie(r, "hvhk_session"), "abc123");
  EXPECT_EQ(cookie(r, "hvhk_lang"), "fr");
  EXPECT_FALSE(cookie(r, "hvhk"));
  EXPECT_FALSE(cookie(r, "session"));
  Request none;
  EXPECT_FALSE(cookie(none, "hvhk_session"));
}

}  // namespace
}  // namespace hvhk::http

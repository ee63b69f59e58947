#include "core/totp.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace hvhk::core {
namespace {

// The key of the RFC 4226 and RFC 6238 (SHA1) test vectors.
constexpr std::string_view kRfcKey = "12345678901234567890";

TEST(Totp, Rfc4226AppendixDHotpValues) {
  const std::vector<std::string> expected{"755224", "287082", "359152", "969429", "338314",
                                          "254676", "287922", "162583", "399871", "520489"};
  for (std::uint64_t counter = 0; counter < expected.size(); ++counter) {
    EXPECT_EQ(hotp(kRfcKey, counter), expected[counter]) << counter;
  }
}

TEST(Totp, Rfc6238AppendixBSha1Values) {
  const std::vector<std::pair<std::int64_t, std::string>> vectors{
      {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
      {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"},
  };
  for (const auto& [time, code] : vectors) {
    EXPECT_EQ(totp(kRfcKey, time, 8), code) << time;
  }
  EXPECT_EQ(totp_step(59), 1);
  EXPECT_EQ(totp_step(1111111109), 37037036);
  EXPECT_EQ(totp(kRfcKey, 59), "287082");  // six digits: the last six of the eight
}

TEST(Totp, AcceptsOneStepOfDriftAndEachStepOnce) {
  const std::int64_t now = 1'800'000'015;  // in step 60 000 000
  const std::int64_t step = totp_step(now);
  EXPECT_EQ(totp_match(kRfcKey, totp(kRfcKey, now), now, 0), step);
  EXPECT_EQ(totp_match(kRfcKey, totp(kRfcKey, now - 30), now, 0), step - 1);
  EXPECT_EQ(totp_match(kRfcKey, totp(kRfcKey, now + 30), now, 0), step + 1);
  EXPECT_FALSE(totp_match(kRfcKey, totp(kRfcKey, now - 60), now, 0));
  EXPECT_FALSE(totp_match(kRfcKey, totp(kRfcKey, now + 60), now, 0));
  // Replay: the step was accepted already.
  EXPECT_FALSE(totp_match(kRfcKey, totp(kRfcKey, now), now, step));
  EXPECT_EQ(totp_match(kRfcKey, totp(kRfcKey, now + 30), now, step), step + 1);
  // Typed with a space; wrong shapes.
  const std::string code = totp(kRfcKey, now);
  EXPECT_EQ(totp_match(kRfcKey, code.substr(0, 3) + " " + code.substr(3), now, 0), step);
  EXPECT_FALSE(totp_match(kRfcKey, code.substr(0, 5), now, 0));
  EXPECT_FALSE(totp_match(kRfcKey, code + "0", now, 0));
  EXPECT_FALSE(totp_match(kRfcKey, "12a456", now, 0));
  EXPECT_FALSE(totp_match(kRfcKey, "", now, 0));
  EXPECT_FALSE(totp_match("", code, now, 0));
}

TEST(Totp, Base32Rfc4648Vectors) {
  const std::vector<std::pair<std::string, std::string>> vectors{
      {"", ""},
      {"f", "MY"},
      {"fo", "MZXQ"},
      {"foo", "MZXW6"},
      {"foob", "MZXW6YQ"},
      {"fooba", "MZXW6YTB"},
      {"foobar", "MZXW6YTBOI"},
  };
  for (const auto& [bytes, text] : vectors) {
    EXPECT_EQ(base32_encode(bytes), text);
    EXPECT_EQ(base32_decode(text), bytes) << text;
  }
  EXPECT_EQ(base32_decode("MZXW6YTBOI======"), "foobar");  // with padding
  EXPECT_EQ(base32_decode("mzxw 6ytb oi"), "foobar");      // as typed from the page
  EXPECT_EQ(base32_encode(kRfcKey), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

TEST(Totp, Base32RefusesBadInput) {
  EXPECT_FALSE(base32_decode("MZXW1"));     // 1 is not in the alphabet
  EXPECT_FALSE(base32_decode("MZXW6Y!"));   // nor is !
  EXPECT_FALSE(base32_decode("M"));         // one symbol cannot make a byte
  EXPECT_FALSE(base32_decode("MZX"));       // nor can three
  EXPECT_FALSE(base32_decode("MZ=XW"));     // symbols after the padding
  EXPECT_FALSE(base32_decode("MZ7"));       // impossible length
  EXPECT_FALSE(base32_decode("MZZZ"));      // left-over bits are not zero
  EXPECT_FALSE(base32_decode("M7"));        // "M7": the last 2 bits are not zero
  EXPECT_FALSE(base32_decode("\xC3\xA9"));  // not ASCII
}

TEST(Totp, NewSecretsAreRandomAndRoundTrip) {
  const std::string a = new_totp_secret();
  const std::string b = new_totp_secret();
  EXPECT_EQ(a.size(), 32U);
  EXPECT_NE(a, b);
  const auto bytes = base32_decode(a);
  ASSERT_TRUE(bytes);
  EXPECT_EQ(bytes->size(), kTotpSecretBytes);
  EXPECT_EQ(base32_encode(*bytes), a);
  for (int length = 0; length < 40; ++length) {
    std::string raw;
    for (int i = 0; i < length; ++i) raw += static_cast<char>((i * 37 + length) & 0xFF);
    EXPECT_EQ(base32_decode(base32_encode(raw)), raw) << length;
  }
}

TEST(Totp, OtpauthUriAndGroups) {
  EXPECT_EQ(otpauth_uri("HvhK", "an.peeters@zele.example", "GEZDGNBV"),
            "otpauth://totp/HvhK:an.peeters%40zele.example?secret=GEZDGNBV&issuer=HvhK&algorithm=SHA1&digits=6"
            "&period=30");
  EXPECT_EQ(group_by_four("GEZDGNBVGY"), "GEZD GNBV GY");
  EXPECT_EQ(group_by_four(""), "");
}

}  // namespace
}  // namespace hvhk::core

#include "core/passwords.h"

#include <gtest/gtest.h>

#include <string>

namespace hvhk::core {
namespace {

constexpr std::string_view kEmail = "An.Peeters@scheldeboog.example";

TEST(Passwords, HashAndVerify) {
  const std::string hash = hash_password("fiets-op-de-dijk-42");
  ASSERT_FALSE(hash.empty());
  EXPECT_TRUE(hash.starts_with("$argon2id$")) << hash;
  EXPECT_EQ(hash.find("fiets"), std::string::npos);
  EXPECT_TRUE(verify_password("fiets-op-de-dijk-42", hash));
  EXPECT_FALSE(verify_password("fiets-op-de-dijk-43", hash));
  EXPECT_FALSE(verify_password("Fiets-op-de-dijk-42", hash));
  EXPECT_FALSE(verify_password("", hash));
  EXPECT_FALSE(verify_password("fiets-op-de-dijk-42 ", hash));
}

TEST(Passwords, NonAsciiAndEmptyPasswordsHash) {
  const std::string hash = hash_password("crème brûlée für alle");
  EXPECT_TRUE(verify_password("crème brûlée für alle", hash));
  EXPECT_FALSE(verify_password("creme brulee fur alle", hash));
  const std::string empty = hash_password("");
  ASSERT_FALSE(empty.empty());
  EXPECT_TRUE(verify_password("", empty));
  EXPECT_FALSE(verify_password("x", empty));
}

TEST(Passwords, SaltMakesEveryHashDifferent) {
  const std::string first = hash_password("zelfde wachtwoord hier");
  const std::string second = hash_password("zelfde wachtwoord hier");
  EXPECT_NE(first, second);
  EXPECT_TRUE(verify_password("zelfde wachtwoord hier", first));
  EXPECT_TRUE(verify_password("zelfde wachtwoord hier", second));
}

TEST(Passwords, MalformedStoredHashIsFalse) {
  const std::string good = hash_password("een goed wachtwoord");
  EXPECT_FALSE(verify_password("een goed wachtwoord", ""));
  EXPECT_FALSE(verify_password("", ""));
  EXPECT_FALSE(verify_password("een goed wachtwoord", "een goed wachtwoord"));
  EXPECT_FALSE(verify_password("een goed wachtwoord", "$argon2id$"));
  EXPECT_FALSE(verify_password("een goed wachtwoord", "$argon2id$v=19$m=65536,t=2,p=1$"));
  EXPECT_FALSE(verify_password("een goed wachtwoord", good.substr(0, good.size() - 5)));
  EXPECT_FALSE(verify_password("een goed wachtwoord", good + "AAAA"));
  EXPECT_FALSE(verify_password("een goed wachtwoord", std::string(good).replace(1, 8, "argon2xx")));
  EXPECT_FALSE(verify_password("een goed wachtwoord", std::string(good) + std::string(1, '\0')));
  EXPECT_FALSE(verify_password("een goed wachtwoord", std::string(4096, '$')));
  EXPECT_FALSE(verify_password("een goed wachtwoord", "$2y$10$abcdefghijklmnopqrstuu5s4Vc/0mDH1RRtCNqzUVsWeHa9O6u"));
  EXPECT_TRUE(verify_password("een goed wachtwoord", good));  // and the real one still works
}

TEST(PasswordProblem, AGoodPasswordIsFine) {
  EXPECT_EQ(password_problem("fiets-op-de-dijk-42", kEmail), std::nullopt);
  EXPECT_EQ(password_problem("koffie met de buren", kEmail), std::nullopt);
  EXPECT_EQ(password_problem("  spaties rondom  ", kEmail), std::nullopt);
  EXPECT_EQ(password_problem("abcdefghik", ""), std::nullopt);  // no e-mail address to compare with
}

TEST(PasswordProblem, TooShort) {
  const std::string message = "Kies een wachtwoord van minstens 10 tekens.";
  EXPECT_EQ(password_problem("", kEmail), message);
  EXPECT_EQ(password_problem("kort", kEmail), message);
  EXPECT_EQ(password_problem("123456789", kEmail), message);
  EXPECT_EQ(password_problem("negen-tkn", kEmail), message);
  EXPECT_EQ(password_problem("tien-teken", kEmail), std::nullopt);
}

TEST(PasswordProblem, CountsCharactersNotBytes) {
  // Ten characters, fourteen bytes: long enough.
  const std::string ten = "éüéü-fiets";
  ASSERT_EQ(ten.size(), 14U);
  EXPECT_EQ(password_problem(ten, kEmail), std::nullopt);
  // Nine characters but twelve bytes: too short.
  const std::string nine = "ééé-fiets";
  ASSERT_GE(nine.size(), 10U);
  EXPECT_EQ(password_problem(nine, kEmail), "Kies een wachtwoord van minstens 10 tekens.");
  // Ten characters outside the Basic Multilingual Plane (four bytes each).
  EXPECT_EQ(password_problem("😀😁😂🤣😃😄😅😆😉😊", kEmail), std::nullopt);
  EXPECT_EQ(password_problem("😀😁😂🤣😃😄😅😆😉", kEmail),
            "Kies een wachtwoord van minstens 10 tekens.");
}

TEST(PasswordProblem, TooLong) {
  const std::string longest(kMaxPasswordBytes, 'x');
  EXPECT_EQ(password_problem(longest, kEmail), std::nullopt);
  const auto problem = password_problem(longest + "x", kEmail);
  ASSERT_TRUE(problem);
  EXPECT_EQ(*problem, "Dit wachtwoord is te lang. Kies een korter wachtwoord.");
  // The limit is in bytes: 600 two-byte characters are too long.
  std::string wide;
  for (int i = 0; i < 600; ++i) wide += "é";
  EXPECT_EQ(password_problem(wide, kEmail), problem);
}

TEST(PasswordProblem, OnlySpaces) {
  const std::string message = "Een wachtwoord met alleen spaties is niet veilig. Gebruik ook letters of cijfers.";
  EXPECT_EQ(password_problem("            ", kEmail), message);
  EXPECT_EQ(password_problem(" \t \t \t \t \t ", kEmail), message);
  EXPECT_EQ(password_problem("     ", kEmail), "Kies een wachtwoord van minstens 10 tekens.");
}

TEST(PasswordProblem, EmailAddressOrItsName) {
  const std::string message =
      "Gebruik niet je e-mailadres of een deel ervan als wachtwoord. Kies een ander wachtwoord.";
  EXPECT_EQ(password_problem("An.Peeters@scheldeboog.example", kEmail), message);
  EXPECT_EQ(password_problem("an.peeters@SCHELDEBOOG.example", kEmail), message);
  EXPECT_EQ(password_problem("an.peeters", kEmail), message);
  EXPECT_EQ(password_problem("AN.PEETERS", kEmail), message);
  EXPECT_EQ(password_problem("an.peeters1", kEmail), std::nullopt);
  EXPECT_EQ(password_problem("scheldeboog.example", kEmail), std::nullopt);
  // An address without '@' is still compared whole.
  EXPECT_EQ(password_problem("geen-apenstaartje", "geen-apenstaartje"), message);
}

TEST(PasswordProblem, CommonPasswords) {
  const std::string message = "Dit wachtwoord is heel bekend en makkelijk te raden. Kies een ander wachtwoord.";
  for (const std::string_view common :
       {"wachtwoord", "wachtwoord123", "password123", "1234567890", "qwertyuiop", "azertyuiop", "huisvanhetkind"}) {
    EXPECT_EQ(password_problem(common, kEmail), message) << common;
  }
  EXPECT_EQ(password_problem("Wachtwoord123", kEmail), message);
  EXPECT_EQ(password_problem("QWERTYUIOP", kEmail), message);
  // Common but shorter than the minimum: refused for the length first.
  for (const std::string_view short_common : {"azerty123", "welkom123"}) {
    EXPECT_EQ(password_problem(short_common, kEmail), "Kies een wachtwoord van minstens 10 tekens.") << short_common;
  }
  EXPECT_EQ(password_problem("wachtwoord-van-an", kEmail), std::nullopt);
}

}  // namespace
}  // namespace hvhk::core

// Families' personal data sealed at rest: what is sealed opens with the same key only, every
// seal differs, a changed byte is refused, and keys read from hex.
#include "core/data_key.h"

#include <gtest/gtest.h>

namespace hvhk::core {
namespace {

TEST(DataKey, SealsAndOpensWithTheSameKeyOnly) {
  const DataKey key = DataKey::generate();
  const std::string sealed = key.seal("Amira, 0470 12 34 56");
  EXPECT_EQ(sealed.find("Amira"), std::string::npos);
  EXPECT_EQ(key.open(sealed), "Amira, 0470 12 34 56");
  EXPECT_NE(key.seal("Amira, 0470 12 34 56"), sealed);  // a new nonce every time
  EXPECT_EQ(DataKey::generate().open(sealed), std::nullopt);
  std::string changed = sealed;
  changed.back() = changed.back() == '0' ? '1' : '0';
  EXPECT_EQ(key.open(changed), std::nullopt);
  EXPECT_EQ(key.open("not hex"), std::nullopt);
  EXPECT_EQ(key.open(""), std::nullopt);
}

TEST(DataKey, ReadsItsHexAndNothingElse) {
  const DataKey key = DataKey::generate();
  const auto again = DataKey::from_hex(key.hex());
  ASSERT_TRUE(again);
  EXPECT_EQ(again->open(key.seal("x")), "x");
  EXPECT_FALSE(DataKey::from_hex("abc"));
  EXPECT_FALSE(DataKey::from_hex(std::string(64, 'g')));
  EXPECT_FALSE(DataKey::from_hex(std::string(62, 'a')));
}

}  // namespace
}  // namespace hvhk::core

// One edit apart: what typo tolerance accepts.
#include <gtest/gtest.h>

#include "search/edit_distance.h"

namespace hvhk::search {
namespace {

TEST(WithinOneEdit, AcceptsEachKindOfEdit) {
  EXPECT_TRUE(within_one_edit("babymassage", "babymassage"));
  EXPECT_TRUE(within_one_edit("babymasage", "babymassage"));    // a letter missing
  EXPECT_TRUE(within_one_edit("babymasssage", "babymassage"));  // one too many
  EXPECT_TRUE(within_one_edit("babymessage", "babymassage"));   // one replaced
  EXPECT_TRUE(within_one_edit("opvoedign", "opvoeding"));       // neighbours swapped
  EXPECT_TRUE(within_one_edit("pveuter", "peuter"));
  EXPECT_TRUE(within_one_edit("eputer", "peuter"));
  EXPECT_TRUE(within_one_edit("a", ""));
}

TEST(WithinOneEdit, RefusesTwoEdits) {
  EXPECT_FALSE(within_one_edit("bbymasage", "babymassage"));
  EXPECT_FALSE(within_one_edit("opvoedngi", "opvoeding"));  // a letter moved two places
  EXPECT_FALSE(within_one_edit("peuter", "kleuter"));
  EXPECT_FALSE(within_one_edit("ab", "ba ab"));
  EXPECT_FALSE(within_one_edit("abc", "cba"));
}

TEST(WithinOneEdit, CountsLettersNotBytes) {
  EXPECT_TRUE(within_one_edit("søren", "soren"));  // ø is two bytes, one letter
  EXPECT_TRUE(within_one_edit("sren", "søren"));
  EXPECT_TRUE(within_one_edit("øs", "sø"));
  EXPECT_FALSE(within_one_edit("ø", "oo"));
  EXPECT_EQ(code_points("søren"), 5U);
  EXPECT_EQ(code_points(""), 0U);
}

}  // namespace
}  // namespace hvhk::search

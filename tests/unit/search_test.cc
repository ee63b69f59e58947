// Folding, the text index and distances: what the finder and the HSDS `search` rely on.
#include <gtest/gtest.h>

#include "search/geo.h"
#include "search/normalize.h"
#include "search/text_index.h"

namespace hvhk::search {
namespace {

TEST(Normalize, FoldsCaseAndAccents) {
  EXPECT_EQ(fold("Crèche"), "creche");
  EXPECT_EQ(fold("ÉÉN Baby"), "een baby");
  EXPECT_EQ(fold("Oekraïens"), "oekraiens");
}

TEST(Normalize, SplitsWordsOnPunctuation) {
  EXPECT_EQ(words("Spel- en ontmoetingsmoment (0-3 jaar)!"),
            (std::vector<std::string>{"spel", "en", "ontmoetingsmoment", "0", "3", "jaar"}));
  EXPECT_TRUE(words(" ,.;  ").empty());
}

TEST(Normalize, DropsTheApostropheS) {
  EXPECT_EQ(words("Opvang voor baby's en peuters"),
            (std::vector<std::string>{"opvang", "voor", "baby", "en", "peuters"}));
  EXPECT_EQ(words("foto’s, mama's."), (std::vector<std::string>{"foto", "mama"}));
  // Only after a word and at its end: "'s avonds" keeps its s, other apostrophes separate.
  EXPECT_EQ(words("'s avonds"), (std::vector<std::string>{"s", "avonds"}));
  EXPECT_EQ(words("zo'n d'r"), (std::vector<std::string>{"zo", "n", "d", "r"}));
  EXPECT_EQ(words("baby'sgroep"), (std::vector<std::string>{"baby", "sgroep"}));
}

TEST(Normalize, TypedWordsKeepTheirSpelling) {
  const std::vector<TypedWord> typed = typed_words("Crèche, BABY's en Oekraïens!");
  ASSERT_EQ(typed.size(), 4U);
  EXPECT_EQ(typed[0].typed, "Crèche");
  EXPECT_EQ(typed[0].folded, "creche");
  EXPECT_EQ(typed[1].typed, "BABY");
  EXPECT_EQ(typed[1].folded, "baby");
  EXPECT_EQ(typed[3].typed, "Oekraïens");
  // A combining accent stays with its letter.
  const std::vector<TypedWord> combining = typed_words("cre\u0300che");
  ASSERT_EQ(combining.size(), 1U);
  EXPECT_EQ(combining[0].typed, "cre\u0300che");
  EXPECT_EQ(combining[0].folded, "creche");
  for (const char* text : {"Spel- en ontmoetingsmoment (0-3 jaar)!", "\xff abc \xc3", "  "}) {
    std::vector<std::string> folded;
    for (const TypedWord& w : typed_words(text)) folded.push_back(w.folded);
    EXPECT_EQ(folded, words(text)) << text;
  }
}

TEST(Normalize, SurvivesInvalidUtf8) {
  EXPECT_NO_THROW(words("\xff\xfe abc \xc3"));
  EXPECT_EQ(words("abc \xff def").front(), "abc");
}

TEST(Normalize, MatchesAllWordsAsPrefixes) {
  EXPECT_TRUE(matches_all_words("zwem peuter", {"Peuterzwemmen", "peuters zwemmen samen"}));
  EXPECT_FALSE(matches_all_words("zwem kleuter", {"Peuterzwemmen", "peuters zwemmen samen"}));
}

class TextIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    index_.add(0, "Babymassage", 4);
    index_.add(0, "Leer je baby masseren", 1);
    index_.add(1, "Peuterzwemmen", 4);
    index_.add(1, "Zwemmen met je peuter", 1);
    index_.add(2, "Voorleesuurtje in de bibliotheek", 4);
    index_.add(3, "Baby en peuter: samen spelen", 4);
    index_.finish();
  }
  TextIndex index_;
};

TEST_F(TextIndexTest, EveryWordMustMatch) {
  const auto hits = index_.search("peuter zwemmen");
  ASSERT_EQ(hits.size(), 1U);
  EXPECT_EQ(hits[0].doc, 1U);
}

TEST_F(TextIndexTest, PrefixesMatchAndWholeWordsRankHigher) {
  auto hits = index_.search("baby");
  TextIndex::rank(hits, hits.size());
  ASSERT_EQ(hits.size(), 2U);
  EXPECT_EQ(hits[0].doc, 3U);  // "baby" as a whole word in a title
  EXPECT_EQ(hits[1].doc, 0U);  // "babymassage": prefix in the title, word in the description
}

TEST_F(TextIndexTest, QueriesLeaveNoTraceForTheNext) {
  const auto before = index_.search("peuter");
  EXPECT_EQ(before.size(), 2U);
  EXPECT_TRUE(index_.search("baby zwemmen").empty());  // "baby" matches docs 0 and 3, neither swims
  EXPECT_EQ(index_.search("peuter spelen").size(), 1U);
  const auto after = index_.search("peuter");
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t i = 0; i < after.size(); ++i) {
    EXPECT_EQ(after[i].doc, before[i].doc);
    EXPECT_FLOAT_EQ(after[i].score, before[i].score);
  }
}

TEST_F(TextIndexTest, RankPutsTheBestFirstAndLeavesTheRest) {
  auto hits = index_.search("peuter");
  TextIndex::rank(hits, 1);
  ASSERT_EQ(hits.size(), 2U);
  EXPECT_EQ(hits[0].doc, 3U);  // "peuter" as a whole word in a title beats "Peuterzwemmen"
}

TEST_F(TextIndexTest, CaseAndAccentsDoNotMatter) { EXPECT_EQ(index_.search("BIBLIOTHÈEK").size(), 1U); }

TEST_F(TextIndexTest, NothingForUnknownOrEmptyQueries) {
  EXPECT_TRUE(index_.search("zzzqqq").empty());
  EXPECT_TRUE(index_.search("").empty());
  EXPECT_TRUE(index_.search("  --  ").empty());
}

TEST(Geo, DistanceBetweenZeleAndWaasmunsterIsAboutFiveKilometres) {
  const double d = distance_m({51.0683621, 4.0385864}, {51.1097147, 4.0842158});
  EXPECT_GT(d, 5000);
  EXPECT_LT(d, 6000);
  EXPECT_DOUBLE_EQ(distance_m({51, 4}, {51, 4}), 0);
}

}  // namespace
}  // namespace hvhk::search

// Synonym lists: the built-in Dutch one and the lines a coordinator adds.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "search/synonyms.h"

namespace hvhk::search {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

TEST(Synonyms, BuiltinListIsCleanAndCoversFamilySupport) {
  const ParsedSynonyms parsed = Synonyms::parse(Synonyms::builtin_text());
  EXPECT_TRUE(parsed.problems.empty());
  std::size_t lines = 0;
  for (std::size_t at = 0; at < Synonyms::builtin_text().size();) {
    const auto end = std::min(Synonyms::builtin_text().find('\n', at), Synonyms::builtin_text().size());
    const std::string_view line = Synonyms::builtin_text().substr(at, end - at);
    if (!line.empty() && !line.starts_with('#')) ++lines;
    at = end + 1;
  }
  EXPECT_GE(lines, 25U);

  const Synonyms s = Synonyms::builtin();
  EXPECT_TRUE(contains(s.expand("crèche"), "kinderopvang"));
  EXPECT_TRUE(contains(s.expand("babymassage"), "baby"));
  EXPECT_TRUE(contains(s.expand("zwanger"), "zwangerschap"));
  EXPECT_TRUE(contains(s.expand("zwangerschap"), "zwanger"));
  EXPECT_TRUE(contains(s.expand("opvoedingsvraag"), "opvoeding"));
  EXPECT_TRUE(contains(s.expand("huiswerkklas"), "huiswerk"));
  EXPECT_TRUE(contains(s.expand("speelpleinwerking"), "speelplein"));
  EXPECT_TRUE(contains(s.expand("consultatiebureau"), "kind en gezin"));
  EXPECT_TRUE(contains(s.expand("cb"), "consultatiebureau"));
  EXPECT_TRUE(contains(s.expand("OCMW"), "sociaal huis"));
  EXPECT_TRUE(contains(s.expand("kdv"), "kinderdagverblijf"));
  EXPECT_TRUE(contains(s.expand("bso"), "buitenschoolse opvang"));
  EXPECT_TRUE(contains(s.expand("tiener"), "jongere"));
  EXPECT_TRUE(contains(s.expand("puber"), "jongere"));
}

TEST(Synonyms, ArrowsGoOneWayAndGroupsBothWays) {
  const Synonyms s = Synonyms::parse("crèche, kribbe => kinderopvang\npeuter, kleuter").synonyms;
  EXPECT_EQ(s.expand("Crèche"), std::vector<std::string>{"kinderopvang"});
  EXPECT_EQ(s.expand("kribbe"), std::vector<std::string>{"kinderopvang"});
  EXPECT_TRUE(s.expand("kinderopvang").empty());
  EXPECT_EQ(s.expand("peuter"), std::vector<std::string>{"kleuter"});
  EXPECT_EQ(s.expand("kleuter"), std::vector<std::string>{"peuter"});
  EXPECT_TRUE(s.expand("baby").empty());
}

TEST(Synonyms, FoldedAndFoundByStem) {
  const Synonyms s = Synonyms::parse("Crèche => kinderopvang\nzwanger => zwangerschap").synonyms;
  EXPECT_EQ(s.expand("CRECHE"), std::vector<std::string>{"kinderopvang"});
  EXPECT_EQ(s.expand("Zwangere"), std::vector<std::string>{"zwangerschap"});
}

TEST(Synonyms, PhrasesOnBothSides) {
  const Synonyms s = Synonyms::parse("bso, naschoolse opvang => buitenschoolse opvang").synonyms;
  EXPECT_EQ(s.expand("bso"), std::vector<std::string>{"buitenschoolse opvang"});
  EXPECT_EQ(s.expand("Naschoolse  opvang"), std::vector<std::string>{"buitenschoolse opvang"});
  EXPECT_TRUE(s.expand("naschoolse").empty());
  EXPECT_EQ(s.longest_phrase(), 2U);
}

TEST(Synonyms, ExpansionFollowsArrowsButNotGroups) {
  const Synonyms s = Synonyms::parse(
                         "cb => consultatiebureau\nconsultatiebureau => kind en gezin\n"
                         "kleuterschool => kleuter\npeuter, kleuter")
                         .synonyms;
  EXPECT_EQ(s.expand("cb"), (std::vector<std::string>{"consultatiebureau", "kind en gezin"}));
  EXPECT_EQ(s.expand("kleuterschool"), std::vector<std::string>{"kleuter"});  // not "peuter"
}

TEST(Synonyms, CyclesEnd) {
  const Synonyms s = Synonyms::parse("a1 => b1\nb1 => c1\nc1 => a1").synonyms;
  EXPECT_EQ(s.expand("a1"), (std::vector<std::string>{"b1", "c1"}));
}

TEST(Synonyms, CoordinatorsAddLinesToTheBuiltinList) {
  Synonyms s = Synonyms::builtin();
  EXPECT_TRUE(s.expand("speelotheek").empty());
  EXPECT_TRUE(s.add("# ons netwerk\nspeelotheek => speelgoed, spelletjes\n\n").empty());
  EXPECT_EQ(s.expand("speelotheek"), (std::vector<std::string>{"speelgoed", "spelletjes"}));
  EXPECT_TRUE(contains(s.expand("crèche"), "kinderopvang"));  // the built-in lines stay
}

TEST(Synonyms, BadLinesAreReportedAndLeftOut) {
  const ParsedSynonyms parsed = Synonyms::parse(
      "crèche => kinderopvang\n"                   // 1: fine
      "a => b => c\n"                              // 2
      "  => kinderopvang\n"                        // 3
      "kribbe =>   # nothing after the arrow\n"    // 4
      "peuter\n"                                   // 5
      "een twee drie vier vijf => vijf woorden\n"  // 6
      "# comment only\n"                           // 7
      "!!!, ???\r\n"                               // 8: no words at all
      "tiener, puber => jongere\r\n");             // 9: fine
  ASSERT_EQ(parsed.problems.size(), 6U);
  const std::vector<std::pair<std::size_t, SynonymProblemKind>> expected{
      {2, SynonymProblemKind::kMoreThanOneArrow},  {3, SynonymProblemKind::kNothingBeforeArrow},
      {4, SynonymProblemKind::kNothingAfterArrow}, {5, SynonymProblemKind::kSingleWord},
      {6, SynonymProblemKind::kPhraseTooLong},     {8, SynonymProblemKind::kSingleWord},
  };
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(parsed.problems[i].line, expected[i].first) << i;
    EXPECT_EQ(parsed.problems[i].kind, expected[i].second) << i;
    EXPECT_FALSE(parsed.problems[i].message().empty());
  }
  EXPECT_EQ(parsed.problems[0].text, "a => b => c");
  EXPECT_EQ(parsed.problems[3].text, "peuter");
  EXPECT_EQ(parsed.synonyms.expand("crèche"), std::vector<std::string>{"kinderopvang"});
  EXPECT_EQ(parsed.synonyms.expand("puber"), std::vector<std::string>{"jongere"});
  EXPECT_TRUE(parsed.synonyms.expand("kribbe").empty());
  EXPECT_TRUE(parsed.synonyms.expand("a").empty());
}

TEST(Synonyms, EmptyListExpandsNothing) {
  const Synonyms s;
  EXPECT_TRUE(s.empty());
  EXPECT_TRUE(s.expand("crèche").empty());
  EXPECT_TRUE(Synonyms::parse("").problems.empty());
}

}  // namespace
}  // namespace hvhk::search

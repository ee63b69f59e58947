// How a typed query becomes terms: folded words, synonyms, filler words left out.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "search/query.h"

namespace hvhk::search {
namespace {

std::vector<std::string> typed_terms(const Query& query) {
  std::vector<std::string> out;
  for (const QueryTerm& term : query.terms) out.push_back(term.typed);
  return out;
}

TEST(Query, FillerWordsGoWhenThereIsMore) {
  const Query q = parse_query("Ik zoek zwemles voor mijn kind", Synonyms{});
  EXPECT_EQ(typed_terms(q), (std::vector<std::string>{"zwemles", "kind"}));
  // Only filler words: they are what there is to look for.
  EXPECT_EQ(typed_terms(parse_query("de", Synonyms{})), std::vector<std::string>{"de"});
  EXPECT_TRUE(is_stop_word("voor"));
  EXPECT_FALSE(is_stop_word("peuter"));
}

TEST(Query, KeepsTheSpellingAsTypedAndFoldsTheRest) {
  const Query q = parse_query("Crèche, BABY's!", Synonyms{});
  ASSERT_EQ(q.terms.size(), 2U);
  EXPECT_EQ(q.terms[0].typed, "Crèche");
  EXPECT_EQ(q.terms[0].folded, "creche");
  EXPECT_EQ(q.terms[0].variants.front().words, std::vector<std::string>{"creche"});
  EXPECT_EQ(q.terms[1].typed, "BABY");
  EXPECT_EQ(q.terms[1].variants.front().stems, std::vector<std::string>{"baby"});
}

TEST(Query, SynonymsBecomeVariantsAtALowerFactor) {
  const Synonyms s = Synonyms::parse("crèche => kinderopvang\nbso => buitenschoolse opvang").synonyms;
  const Query q = parse_query("creche bso", s);
  ASSERT_EQ(q.terms.size(), 2U);
  ASSERT_EQ(q.terms[0].variants.size(), 2U);
  EXPECT_FLOAT_EQ(q.terms[0].variants[0].factor, 1.0F);
  EXPECT_EQ(q.terms[0].variants[1].words, std::vector<std::string>{"kinderopvang"});
  EXPECT_FLOAT_EQ(q.terms[0].variants[1].factor, kSynonymFactor);
  EXPECT_EQ(q.terms[1].variants[1].words, (std::vector<std::string>{"buitenschoolse", "opvang"}));
}

TEST(Query, KnownPhrasesAreOneTerm) {
  const Synonyms s =
      Synonyms::parse("naschoolse opvang => buitenschoolse opvang\nconsultatiebureau => kind en gezin").synonyms;
  const Query q = parse_query("naschoolse opvang Zele", s);
  EXPECT_EQ(typed_terms(q), (std::vector<std::string>{"naschoolse opvang", "Zele"}));
  // Filler words inside a synonym's phrase are left out of what must match.
  const Query cb = parse_query("consultatiebureau", s);
  EXPECT_EQ(cb.terms[0].variants[1].words, (std::vector<std::string>{"kind", "gezin"}));
}

TEST(Query, SameKeyForTheSameQuestion) {
  const Synonyms s = Synonyms::builtin();
  EXPECT_EQ(parse_query("Baby Crèche", s).key(), parse_query("creche  baby baby", s).key());
  EXPECT_EQ(parse_query("zwemles voor peuters", s).key(), parse_query("peuters zwemles", s).key());
  EXPECT_NE(parse_query("naschoolse opvang", s).key(), parse_query("opvang naschoolse", s).key());
}

TEST(Query, RepeatedWordsCountOnce) {
  EXPECT_EQ(parse_query("baby Baby BABY", Synonyms{}).terms.size(), 1U);
  EXPECT_TRUE(parse_query(" -- ", Synonyms{}).terms.empty());
}

}  // namespace
}  // namespace hvhk::search

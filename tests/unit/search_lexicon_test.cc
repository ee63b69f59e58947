// How a query word finds index words: same word, stem, start, compound end, typo.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "search/dutch_stemmer.h"
#include "search/lexicon.h"

namespace hvhk::search {
namespace {

class LexiconTest : public ::testing::Test {
 protected:
  // Word -> how the query found it.
  std::map<std::string, MatchKind> find(const std::string& query) const {
    std::vector<WordMatch> matches;
    lexicon_.find(query, dutch_stem(query), matches);
    return named(matches);
  }
  std::map<std::string, MatchKind> find_typos(const std::string& query) const {
    std::vector<WordMatch> matches;
    lexicon_.find_typos(query, matches);
    return named(matches);
  }
  std::map<std::string, MatchKind> named(const std::vector<WordMatch>& matches) const {
    std::map<std::string, MatchKind> out;
    for (const WordMatch& m : matches) {
      EXPECT_TRUE(out.emplace(lexicon_.word(m.word), m.kind).second) << "twice: " << lexicon_.word(m.word);
    }
    return out;
  }

  Lexicon lexicon_{{"babymassage", "buitenschoolse", "huiswerk", "huiswerkbegeleiding", "kind", "kinderen",
                    "kinderopvang", "les", "opvang", "opvoeding", "peuterzwemmen", "pleegkind", "speuter", "zwembad",
                    "zwemles", "zwemlesgroep", "zwemlessen", "zwemmen"}};
};

TEST_F(LexiconTest, EachWordOnceWithItsBestKind) {
  EXPECT_EQ(find("zwemles"), (std::map<std::string, MatchKind>{
                                 {"zwemles", MatchKind::kExact},
                                 {"zwemlessen", MatchKind::kStem},
                                 {"zwemlesgroep", MatchKind::kPrefix},
                             }));
}

TEST_F(LexiconTest, StemsFindOtherFormsOfTheWord) {
  const auto found = find("zwemlessen");
  EXPECT_EQ(found.at("zwemles"), MatchKind::kStem);
  EXPECT_EQ(found.at("zwemlessen"), MatchKind::kExact);
  EXPECT_EQ(find("kinderen").at("kind"), MatchKind::kStem);
  EXPECT_EQ(find("kind").at("kinderen"), MatchKind::kStem);
}

TEST_F(LexiconTest, CompoundsFromTheirStartAndTheirEnd) {
  EXPECT_EQ(find("huiswerk").at("huiswerkbegeleiding"), MatchKind::kPrefix);
  EXPECT_EQ(find("opvang").at("kinderopvang"), MatchKind::kCompound);
  EXPECT_EQ(find("zwemmen").at("peuterzwemmen"), MatchKind::kCompound);
  EXPECT_EQ(find("zwem").at("peuterzwemmen"), MatchKind::kCompound);  // through the stem "peuterzwem"
  EXPECT_EQ(find("kind").at("pleegkind"), MatchKind::kCompound);
}

TEST_F(LexiconTest, ShortWordsAndShortHeadsDoNotMakeCompounds) {
  EXPECT_FALSE(find("les").contains("zwemles"));     // three letters: too short to be a part
  EXPECT_FALSE(find("peuter").contains("speuter"));  // "s" is no word of its own
  EXPECT_TRUE(find("les").contains("les"));
}

TEST_F(LexiconTest, TyposOfOneEditInLongWords) {
  EXPECT_EQ(find_typos("babymasage"), (std::map<std::string, MatchKind>{{"babymassage", MatchKind::kTypo}}));
  EXPECT_EQ(find_typos("opvoedign"), (std::map<std::string, MatchKind>{{"opvoeding", MatchKind::kTypo}}));
  EXPECT_EQ(find_typos("zwemmne").count("zwemmen"), 1U);
  EXPECT_EQ(find_typos("xwemles").count("zwemles"), 1U);     // the first letter too
  EXPECT_TRUE(find_typos("bbymasage").empty());              // two edits
  EXPECT_TRUE(find_typos("kinf").empty());                   // four letters: no typos
  EXPECT_TRUE(find_typos("zwemles").count("zwemles") == 0);  // the word itself is no typo
}

TEST_F(LexiconTest, NothingForUnknownWords) {
  EXPECT_TRUE(find("xylofoon").empty());
  EXPECT_TRUE(find_typos("xylofoon").empty());
  const Lexicon empty;
  std::vector<WordMatch> matches;
  empty.find("baby", "baby", matches);
  empty.find_typos("babys", matches);
  EXPECT_TRUE(matches.empty());
}

}  // namespace
}  // namespace hvhk::search

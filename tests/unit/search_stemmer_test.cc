// Dutch stems: the words a family types and the words of an offer meet at their stem.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "search/dutch_stemmer.h"

namespace hvhk::search {
namespace {

TEST(DutchStemmer, PluralsMeetTheirSingular) {
  DutchStemmer stemmer;
  EXPECT_EQ(stemmer.stem("zwemlessen"), stemmer.stem("zwemles"));
  EXPECT_EQ(stemmer.stem("peuters"), stemmer.stem("peuter"));
  EXPECT_EQ(stemmer.stem("gezinnen"), stemmer.stem("gezin"));
  EXPECT_EQ(stemmer.stem("zwangere"), stemmer.stem("zwanger"));
  EXPECT_EQ(stemmer.stem("kinderdagverblijven"), stemmer.stem("kinderdagverblijf"));
  EXPECT_EQ(stemmer.stem("brieven"), stemmer.stem("brief"));
}

TEST(DutchStemmer, DoubledConsonantsAreUndone) {
  DutchStemmer stemmer;
  EXPECT_EQ(stemmer.stem("zwemmen"), "zwem");
  EXPECT_EQ(stemmer.stem("peuterzwemmen"), "peuterzwem");
  EXPECT_EQ(stemmer.stem("zwemlessen"), "zwemles");
}

TEST(DutchStemmer, IrregularPluralsInEren) {
  DutchStemmer stemmer;
  EXPECT_EQ(stemmer.stem("kinderen"), "kind");
  EXPECT_EQ(stemmer.stem("kind"), "kind");
  EXPECT_EQ(stemmer.stem("eieren"), "ei");
  EXPECT_EQ(stemmer.stem("liederen"), stemmer.stem("lied"));
}

TEST(DutchStemmer, DiminutivesMeetTheirWord) {
  DutchStemmer stemmer;
  EXPECT_EQ(stemmer.stem("kindje"), "kind");
  EXPECT_EQ(stemmer.stem("kindjes"), "kind");
  EXPECT_EQ(stemmer.stem("boekje"), stemmer.stem("boek"));
  EXPECT_EQ(stemmer.stem("tuintje"), stemmer.stem("tuin"));
  EXPECT_EQ(stemmer.stem("knuffeltje"), stemmer.stem("knuffel"));
  EXPECT_EQ(stemmer.stem("babytje"), stemmer.stem("baby"));
  EXPECT_EQ(stemmer.stem("boompje"), stemmer.stem("boom"));
  // The t and p of the word itself stay; "vrije" is no diminutive.
  EXPECT_EQ(stemmer.stem("kantje"), stemmer.stem("kant"));
  EXPECT_EQ(stemmer.stem("lampje"), stemmer.stem("lamp"));
  EXPECT_EQ(stemmer.stem("vrije"), stemmer.stem("vrij"));
  EXPECT_EQ(stemmer.stem("je"), "je");
}

TEST(DutchStemmer, DifferentWordsStayApart) {
  DutchStemmer stemmer;
  EXPECT_NE(stemmer.stem("lezen"), stemmer.stem("leven"));
  EXPECT_NE(stemmer.stem("opvang"), stemmer.stem("opvoeding"));
}

TEST(DutchStemmer, HandlesOddInput) {
  DutchStemmer stemmer;
  EXPECT_EQ(stemmer.stem(""), "");
  EXPECT_EQ(stemmer.stem("2026"), "2026");
  EXPECT_NO_THROW((void)stemmer.stem("\xff\xfe"));
  EXPECT_NO_THROW((void)stemmer.stem(std::string(10000, 'a')));
}

TEST(DutchStemmer, MovesItsStemmer) {
  DutchStemmer first;
  DutchStemmer second(std::move(first));
  EXPECT_EQ(second.stem("peuters"), "peuter");
  DutchStemmer third;
  third = std::move(second);
  EXPECT_EQ(third.stem("peuters"), "peuter");
}

TEST(DutchStemmer, OnePerThreadAndTheyAgree) {
  const std::vector<std::string> words{"zwemlessen", "kinderen", "peuters", "opvoeding", "kindjes", "gezinnen"};
  std::vector<std::string> expected;
  expected.reserve(words.size());
  for (const std::string& word : words) expected.push_back(dutch_stem(word));
  const DutchStemmer* main_thread = &DutchStemmer::this_thread();
  std::vector<std::vector<std::string>> results(4);
  std::vector<const DutchStemmer*> stemmers(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      stemmers[t] = &DutchStemmer::this_thread();
      for (int round = 0; round < 200; ++round) {
        results[t].clear();
        for (const std::string& word : words) results[t].push_back(dutch_stem(word));
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (std::size_t t = 0; t < results.size(); ++t) {
    EXPECT_EQ(results[t], expected);
    EXPECT_NE(stemmers[t], main_thread);
  }
}

}  // namespace
}  // namespace hvhk::search

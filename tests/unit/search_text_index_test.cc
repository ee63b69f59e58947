// Search that understands Dutch: stems, compounds, typos, synonyms, ranking, and which words
// found nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "search/text_index.h"

namespace hvhk::search {
namespace {

// Builds an index of one title (weight 4) per document, documents numbered in order.
TextIndex index_of(const std::vector<std::string>& titles, Synonyms synonyms = {}) {
  TextIndex index(std::move(synonyms));
  for (std::uint32_t doc = 0; doc < titles.size(); ++doc) index.add(doc, titles[doc], 4);
  index.finish();
  return index;
}

// The documents found, best first.
std::vector<std::uint32_t> found(const TextIndex& index, std::string_view query) {
  std::vector<Hit> hits = index.search(query);
  TextIndex::rank(hits, hits.size());
  std::vector<std::uint32_t> docs;
  docs.reserve(hits.size());
  for (const Hit& hit : hits) docs.push_back(hit.doc);
  return docs;
}

using Docs = std::vector<std::uint32_t>;
using Words = std::vector<std::string>;

TEST(TextIndexDutch, StemsFindOtherFormsOfAWord) {
  const TextIndex index = index_of({"Zwemlessen voor kleuters", "Zwemles", "Voorlezen voor één kind"});
  EXPECT_EQ(found(index, "zwemles"), (Docs{1, 0}));
  EXPECT_EQ(found(index, "zwemlessen"), (Docs{0, 1}));
  EXPECT_EQ(found(index, "kleuter"), Docs{0});
  EXPECT_EQ(found(index, "kinderen"), Docs{2});
  EXPECT_EQ(found(index, "kindjes"), Docs{2});
}

TEST(TextIndexDutch, CompoundsAreFoundByTheirParts) {
  const TextIndex index =
      index_of({"Peuterzwemmen", "Kinderopvang De Vlinder", "Buitenschoolse opvang", "Huiswerkbegeleiding", "Zwemles"});
  EXPECT_EQ(found(index, "zwemmen"), (Docs{4, 0}));  // "zwem", its stem, starts "zwemles"
  EXPECT_EQ(found(index, "zwem"), (Docs{4, 0}));
  EXPECT_EQ(found(index, "opvang"), (Docs{2, 1}));  // the word itself before the compound
  EXPECT_EQ(found(index, "huiswerk"), Docs{3});
  EXPECT_EQ(found(index, "les"), Docs{});  // too short to match inside "zwemles"
  EXPECT_EQ(found(index, "peuterzwemmen kinderopvang"), Docs{});
}

TEST(TextIndexDutch, OneTypoInLongWords) {
  const TextIndex index = index_of({"Babymassage", "Opvoeding", "Baby en peuter", "Samen lezen", "Samen leven"});
  EXPECT_EQ(found(index, "babymasage"), Docs{0});
  EXPECT_EQ(found(index, "babymassgae"), Docs{0});
  EXPECT_EQ(found(index, "opvoedign"), Docs{1});
  EXPECT_EQ(found(index, "bbymasage"), Docs{});  // two edits
  EXPECT_EQ(found(index, "bavy"), Docs{});       // four letters: no typo tolerance
  // A word that is in the index is taken as meant: "lezen" does not also find "leven".
  EXPECT_EQ(found(index, "lezen"), Docs{3});
  EXPECT_EQ(found(index, "samen lezne"), Docs{3});
}

TEST(TextIndexDutch, SynonymsFindWhatTheOfferCallsIt) {
  const TextIndex index =
      index_of({"Kinderopvang De Vlinder", "Crèche Zonnetje", "Babymassage", "Baby en peuter"}, Synonyms::builtin());
  EXPECT_EQ(found(index, "crèche"), (Docs{1, 0}));  // the word as typed first
  EXPECT_EQ(found(index, "kinderdagverblijf"), Docs{0});
  EXPECT_EQ(found(index, "babymassage"), (Docs{2, 3}));
  EXPECT_EQ(found(index, "crèche vlinder"), Docs{0});  // AND across terms, OR within a term
}

TEST(TextIndexDutch, CoordinatorsLinesCount) {
  Synonyms synonyms = Synonyms::builtin();
  ASSERT_TRUE(synonyms.add("speelotheek => speelgoed uitlenen").empty());
  const TextIndex index = index_of({"Speelgoed uitlenen", "Speelgoedbank", "Uitlenen van boeken"}, synonyms);
  EXPECT_EQ(found(index, "speelotheek"), Docs{0});  // every word of the phrase must match
}

TEST(TextIndexDutch, RanksExactThenStemThenPrefixThenCompoundThenTypo) {
  const TextIndex index = index_of({"Peuterzwemles", "Zwemlesgroep", "Zwemlessen", "Zwemles"});
  EXPECT_EQ(found(index, "zwemles"), (Docs{3, 2, 1, 0}));
  std::vector<Hit> hits = index.search("zwemles");
  TextIndex::rank(hits, hits.size());
  ASSERT_EQ(hits.size(), 4U);
  EXPECT_FLOAT_EQ(hits[0].score, 4 * TextIndex::kExactFactor);
  EXPECT_FLOAT_EQ(hits[1].score, 4 * TextIndex::kStemFactor);
  EXPECT_FLOAT_EQ(hits[2].score, 4 * TextIndex::kPrefixFactor);
  EXPECT_FLOAT_EQ(hits[3].score, 4 * TextIndex::kCompoundFactor);
  // A typo only counts when the word finds nothing else, and then the least.
  const std::vector<Hit> typo = index.search("zwmeles");
  ASSERT_EQ(typo.size(), 1U);
  EXPECT_EQ(typo[0].doc, 3U);
  EXPECT_FLOAT_EQ(typo[0].score, 4 * TextIndex::kTypoFactor);
  EXPECT_LT(TextIndex::kTypoFactor, TextIndex::kCompoundFactor);
}

TEST(TextIndexDutch, SynonymsCountALittleLessThanTheWordItself) {
  const TextIndex index = index_of({"Kinderopvang", "Crèche"}, Synonyms::parse("crèche => kinderopvang").synonyms);
  const std::vector<Hit> hits = index.search("creche");
  ASSERT_EQ(hits.size(), 2U);
  const auto score_of = [&](std::uint32_t doc) {
    return std::find_if(hits.begin(), hits.end(), [&](const Hit& h) { return h.doc == doc; })->score;
  };
  EXPECT_FLOAT_EQ(score_of(1), 4.0F);
  EXPECT_FLOAT_EQ(score_of(0), 4.0F * kSynonymFactor);
}

TEST(TextIndexDutch, FieldsWeighMoreThanTheKindOfMatch) {
  TextIndex index;
  index.add(0, "Spelen", 1);               // description: exact
  index.add(1, "Spelenderwijs leren", 4);  // title: prefix
  index.finish();
  EXPECT_EQ(found(index, "spelen"), (Docs{1, 0}));
}

TEST(TextIndexDutch, FillerWordsDoNotHideOffers) {
  const TextIndex index = index_of({"Zwemles peuters", "Zwemles voor peuters"});
  EXPECT_EQ(found(index, "Ik zoek zwemles voor mijn peuter").size(), 2U);
}

TEST(TextIndexDutch, UnmatchedWordsAsTyped) {
  const TextIndex index = index_of({"Babymassage", "Peuterzwemmen", "Kinderopvang"}, Synonyms::builtin());
  EXPECT_EQ(index.unmatched_words("Xylofoón baby"), Words{"Xylofoón"});
  EXPECT_EQ(index.unmatched_words("xyz qqq"), (Words{"xyz", "qqq"}));
  // Each word matches some offer, just not the same one: nothing to blame a word for.
  EXPECT_TRUE(index.search("baby zwemmen").empty());
  EXPECT_TRUE(index.unmatched_words("baby zwemmen").empty());
  // Found with a typo or a synonym is found.
  EXPECT_TRUE(index.unmatched_words("babymasage").empty());
  EXPECT_TRUE(index.unmatched_words("crèche").empty());
  EXPECT_EQ(index.unmatched_words("voor"), Words{"voor"});  // only filler words: they count
  EXPECT_TRUE(index.unmatched_words("").empty());
}

TEST(TextIndexDutch, UnmatchedPhraseSynonymNeedsAllItsWords) {
  // "bso" expands to "buitenschoolse opvang": one offer with both words, or nothing.
  const TextIndex apart = index_of({"Buitenschoolse speelplein", "Kinderopvang"}, Synonyms::builtin());
  EXPECT_EQ(apart.unmatched_words("bso"), Words{"bso"});
  const TextIndex together = index_of({"Buitenschoolse opvang"}, Synonyms::builtin());
  EXPECT_TRUE(together.unmatched_words("bso").empty());
  EXPECT_EQ(found(together, "bso"), Docs{0});
}

TEST(TextIndexDutch, SameAnswersFromManyThreads) {
  const TextIndex index =
      index_of({"Peuterzwemmen", "Zwemles", "Babymassage", "Kinderopvang", "Crèche"}, Synonyms::builtin());
  const std::vector<std::string> queries{"zwem", "babymasage", "crèche", "opvang", "zwemles baby"};
  std::vector<Docs> expected;
  expected.reserve(queries.size());
  for (const std::string& q : queries) expected.push_back(found(index, q));
  std::vector<int> wrong(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < wrong.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        for (std::size_t q = 0; q < queries.size(); ++q) {
          if (found(index, queries[q]) != expected[q]) ++wrong[t];
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong, std::vector<int>(4, 0));
}

TEST(TextIndexRank, SortsAllOrTheBestFew) {
  std::vector<Hit> hits;
  for (std::uint32_t doc = 0; doc < 1000; ++doc) {
    hits.push_back(Hit{999 - doc, static_cast<float>((doc * 7919U) % 13U) * 0.25F});
  }
  std::vector<Hit> all = hits;
  TextIndex::rank(all, all.size());
  const auto better = [](const Hit& a, const Hit& b) { return a.score != b.score ? a.score > b.score : a.doc < b.doc; };
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end(), better));
  std::vector<Hit> few = hits;
  TextIndex::rank(few, 20);
  for (std::size_t i = 0; i < 20; ++i) {
    EXPECT_EQ(few[i].doc, all[i].doc);
    EXPECT_FLOAT_EQ(few[i].score, all[i].score);
  }
  std::vector<Hit> odd{{3, -1.5F}, {1, 0.0F}, {2, 2.5F}, {0, -0.0F}};
  TextIndex::rank(odd, odd.size());
  EXPECT_EQ(odd[0].doc, 2U);
  EXPECT_FLOAT_EQ(odd[3].score, -1.5F);
  std::vector<Hit> none;
  TextIndex::rank(none, 20);
  EXPECT_TRUE(none.empty());
}

}  // namespace
}  // namespace hvhk::search

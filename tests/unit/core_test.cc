// Identifiers, postcodes, vocabularies and age bands.
#include <gtest/gtest.h>

#include <set>

#include "core/ids.h"
#include "core/postcodes.h"
#include "core/taxonomy.h"
#include "core/vocabulary.h"

namespace hvhk::core {
namespace {

TEST(Ids, StableUuidsAreStableDistinctAndWellFormed) {
  EXPECT_EQ(stable_uuid("a"), stable_uuid("a"));
  EXPECT_NE(stable_uuid("a"), stable_uuid("b"));
  EXPECT_TRUE(is_uuid(stable_uuid("a")));
  EXPECT_TRUE(is_uuid(random_uuid()));
  EXPECT_NE(random_uuid(), random_uuid());
  EXPECT_FALSE(is_uuid("not-a-uuid"));
  EXPECT_FALSE(is_uuid("0000000000000000000000000000000000000"));
  EXPECT_TRUE(is_uuid("00000000-0000-0000-0000-000000000000"));
}

TEST(Postcodes, EmbeddedListKnowsFlemishPlaces) {
  const auto& directory = PostcodeDirectory::embedded();
  EXPECT_GT(directory.all().size(), 2500U);
  const auto zele = directory.centroid("9240");
  ASSERT_TRUE(zele.has_value());
  EXPECT_EQ(zele->name, "Zele");
  EXPECT_NEAR(zele->latitude, 51.068, 0.01);
  EXPECT_EQ(directory.places("9290").size(), 3U);  // Berlare, Overmere, Uitbergen
  EXPECT_FALSE(directory.centroid("0000").has_value());
}

TEST(Postcodes, ParseSkipsBrokenLines) {
  const auto d = PostcodeDirectory::parse_csv("9240,Zele,4.03,51.06\nbroken\n12,X,1,2\n9250,Waasmunster,x,51\r\n");
  EXPECT_EQ(d.all().size(), 1U);
}

TEST(Postcodes, Provinces) {
  EXPECT_EQ(province_for_postcode("9240"), "Oost-Vlaanderen");
  EXPECT_EQ(province_for_postcode("1000"), "Brussels Hoofdstedelijk Gewest");
  EXPECT_EQ(province_for_postcode("3600"), "Limburg");
  EXPECT_EQ(province_for_postcode("abc"), "");
}

TEST(Vocabulary, CodesAreUniqueAndTermIdsDistinct) {
  std::set<std::string> ids;
  for (const Vocabulary* v : vocabularies()) {
    EXPECT_TRUE(ids.insert(taxonomy_id(*v)).second);
    for (const Term& t : v->terms) {
      EXPECT_TRUE(ids.insert(term_id(*v, t.code)).second) << t.code;
      EXPECT_FALSE(t.label_nl.empty());
    }
  }
  EXPECT_TRUE(is_pillar("parenting-support"));
  EXPECT_FALSE(is_pillar("housing"));
}

TEST(Taxonomy, AgeBandsOverlapTheRange) {
  EXPECT_EQ(age_bands_for(-9, -1), (std::vector<std::string_view>{"prenatal"}));
  EXPECT_EQ(age_bands_for(0, 12), (std::vector<std::string_view>{"0-1", "1-3"}));
  EXPECT_EQ(age_bands_for(144, 288).size(), 2U);
}

}  // namespace
}  // namespace hvhk::core

namespace hvhk::core {
namespace {

TEST(PostcodeDirectory, FindsAPlaceByTheNameAsPeopleTypeIt) {
  const PostcodeDirectory& d = PostcodeDirectory::embedded();
  EXPECT_EQ(d.postcode_of("Zele"), "9240");
  EXPECT_EQ(d.postcode_of("  zele "), "9240");
  EXPECT_EQ(d.postcode_of("sint niklaas"), "9100");
  EXPECT_EQ(d.postcode_of("SINT-NIKLAAS"), "9100");
  EXPECT_EQ(d.postcode_of("Liege"), "4000");
  EXPECT_EQ(d.postcode_of("Liège"), "4000");
  EXPECT_EQ(d.postcode_of("Antwerpen"), "2000");  // the lowest of its postcodes
  EXPECT_FALSE(d.postcode_of("Atlantis"));
  EXPECT_FALSE(d.postcode_of(""));
  EXPECT_FALSE(d.postcode_of("\xc3"));
}

}  // namespace
}  // namespace hvhk::core

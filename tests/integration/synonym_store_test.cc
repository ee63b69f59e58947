// A network's own search synonyms on both real engines: saved whole, replaced, removed, refused
// for an unknown network, and picked up by a running node's search index after a reload.
#include "store/synonym_store.h"

#include <gtest/gtest.h>

#include "app/demo_network.h"
#include "app/live_catalogue.h"
#include "store/catalogue_store.h"
#include "test_databases.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

class SynonymStoreTest : public ::testing::TestWithParam<Engine> {};

std::size_t hits(const search::CatalogueIndex& index, std::string_view query) { return index.search(query)->size(); }

TEST_P(SynonymStoreTest, SavesReplacesAndRemovesANetworksList) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  const core::Catalogue demo = app::demo_network();
  ASSERT_TRUE(store::CatalogueStore(*connection).save(demo));
  const std::string network = demo.networks.front().id;
  store::SynonymStore synonyms(*connection);
  store::CatalogueStore catalogue(*connection);

  EXPECT_EQ(synonyms.load(network)->lines, "");
  const std::int64_t before = *catalogue.revision();
  ASSERT_TRUE(synonyms.save({network, "fluffel => peuterzwemmen\n", "2026-11-23T10:00:00Z"}));
  EXPECT_EQ(*catalogue.revision(), before + 1);  // every node rebuilds its index
  EXPECT_EQ(synonyms.load(network)->lines, "fluffel => peuterzwemmen\n");
  EXPECT_EQ(synonyms.load(network)->updated_at, "2026-11-23T10:00:00Z");

  ASSERT_TRUE(synonyms.save({network, "kribbe, crèche\n", "2026-11-23T11:00:00Z"}));
  ASSERT_EQ(synonyms.load_all()->size(), 1U);
  EXPECT_EQ(synonyms.load_all()->front().lines, "kribbe, crèche\n");

  ASSERT_TRUE(synonyms.save({network, "", "2026-11-23T12:00:00Z"}));
  EXPECT_TRUE(synonyms.load_all()->empty());
}

TEST_P(SynonymStoreTest, UnknownNetworkIsRefusedAndNothingChanges) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  const std::int64_t before = *store::CatalogueStore(*connection).revision();
  const auto saved = store::SynonymStore(*connection).save({"no-such-network", "a => b\n", "2026-11-23T10:00:00Z"});
  ASSERT_FALSE(saved);
  EXPECT_EQ(saved.error().kind, core::Error::Kind::not_found);
  EXPECT_EQ(*store::CatalogueStore(*connection).revision(), before);
  EXPECT_TRUE(store::SynonymStore(*connection).load_all()->empty());
}

TEST_P(SynonymStoreTest, ARunningNodeSearchesWithTheNewLinesAfterAReload) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  const core::Catalogue demo = app::demo_network();
  ASSERT_TRUE(store::CatalogueStore(*connection).save(demo));
  auto live = app::LiveCatalogue::open(db.url());
  ASSERT_TRUE(live) << live.error().message;
  EXPECT_EQ(hits(*(*live)->current(), "fluffel"), 0U);
  EXPECT_GT(hits(*(*live)->current(), "crèche"), 0U);  // the built-in list stays

  ASSERT_TRUE(store::SynonymStore(*connection)
                  .save({demo.networks.front().id, "fluffel => peuterzwemmen\n", "2026-11-23T10:00:00Z"}));
  ASSERT_TRUE(*(*live)->refresh());
  EXPECT_EQ(hits(*(*live)->current(), "fluffel"), hits(*(*live)->current(), "peuterzwemmen"));
  EXPECT_GT(hits(*(*live)->current(), "fluffel"), 0U);
  EXPECT_GT(hits(*(*live)->current(), "crèche"), 0U);
}

HVHK_INSTANTIATE_ENGINES(SynonymStoreTest);

}  // namespace
}  // namespace hvhk

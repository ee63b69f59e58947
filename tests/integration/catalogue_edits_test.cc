// Editing with a version check and a change history, on both real engines: a new offer, a change
// from the version the editor opened, a save from an outdated version refused with nothing
// written, two connections racing from the same version (one wins), and the history in HSDS
// metadata terms.
#include "store/catalogue_edits.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "app/demo_network.h"
#include "store/catalogue_store.h"
#include "test_databases.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

class CatalogueEditsTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    HVHK_ENGINE_TEST_SETUP();
    db_ = std::make_unique<TestDatabase>(GetParam());
    connection_ = db_->migrated();
    demo_ = app::demo_network();
    ASSERT_TRUE(store::CatalogueStore(*connection_).save(demo_));
  }

  // One offer as a catalogue of its own, for save().
  static core::Catalogue only(const core::Service& s) {
    core::Catalogue c;
    c.services.push_back(s);
    return c;
  }

  static store::CatalogueEdit edit(const core::Service& s, std::int64_t expected, std::string action,
                                   std::vector<core::FieldChange> changes = {}) {
    return store::CatalogueEdit{"service",         s.id, expected, std::move(action), "user-1", "2026-11-23T10:00:00Z",
                                std::move(changes)};
  }

  // The stored name of an offer.
  std::string stored_name(const std::string& id) {
    const auto loaded = store::CatalogueStore(*connection_).load();
    for (const core::Service& s : loaded->services) {
      if (s.id == id) return s.name;
    }
    return "(none)";
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
  core::Catalogue demo_;
};

TEST_P(CatalogueEditsTest, AStoredRecordStartsAtVersionOneAndANewOneAtZero) {
  store::CatalogueEdits edits(*connection_);
  EXPECT_EQ(*edits.version("service", demo_.services.front().id), 1);
  EXPECT_EQ(*edits.version("organization", demo_.organizations.front().id), 1);
  EXPECT_EQ(*edits.version("service", "not-there"), 0);
}

TEST_P(CatalogueEditsTest, AChangeFromTheOpenedVersionIsSavedWithItsHistory) {
  store::CatalogueEdits edits(*connection_);
  const core::Service before = demo_.services.front();
  core::Service after = before;
  after.name = before.name + " (nieuw)";
  after.max_age_months = 72;
  const auto changes = core::changes(before, after);
  ASSERT_EQ(changes.size(), 2U);
  const auto version = edits.save(only(after), edit(after, 1, "updated", changes));
  ASSERT_TRUE(version) << version.error().message;
  EXPECT_EQ(*version, 2);
  EXPECT_EQ(stored_name(after.id), after.name);
  const auto history = edits.history("service", after.id, 10);
  ASSERT_TRUE(history);
  ASSERT_EQ(history->size(), 2U);
  EXPECT_EQ((*history)[0].field, "max_age_months");  // newest first
  EXPECT_EQ((*history)[0].replacement, "72");
  EXPECT_EQ((*history)[1].field, "name");
  EXPECT_EQ((*history)[1].previous, before.name);
  EXPECT_EQ((*history)[1].actor_user_id, "user-1");
  EXPECT_EQ((*history)[1].version, 2);
}

TEST_P(CatalogueEditsTest, ASaveFromAnOutdatedVersionIsRefusedAndWritesNothing) {
  store::CatalogueEdits edits(*connection_);
  core::Service first = demo_.services.front();
  first.name = "Eerste";
  ASSERT_TRUE(edits.save(only(first), edit(first, 1, "updated", {{"name", "x", "Eerste"}})));
  core::Service second = demo_.services.front();
  second.name = "Tweede";
  const auto refused = edits.save(only(second), edit(second, 1, "updated", {{"name", "x", "Tweede"}}));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, core::Error::Kind::conflict);
  EXPECT_EQ(stored_name(first.id), "Eerste");
  EXPECT_EQ(edits.history("service", first.id, 10)->size(), 1U);
  EXPECT_EQ(*edits.version("service", first.id), 2);
}

TEST_P(CatalogueEditsTest, ANewRecordIsCreatedOnceOnly) {
  store::CatalogueEdits edits(*connection_);
  core::Service fresh = demo_.services.front();
  fresh.id = "new-offer-1";
  fresh.locations.clear();
  ASSERT_TRUE(edits.save(only(fresh), edit(fresh, 0, "created")));
  EXPECT_EQ(*edits.version("service", fresh.id), 1);
  const auto again = edits.save(only(fresh), edit(fresh, 0, "created"));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, core::Error::Kind::conflict);
  const auto history = edits.history("service", fresh.id, 10);
  ASSERT_EQ(history->size(), 1U);
  EXPECT_EQ((*history)[0].action, "created");
  EXPECT_EQ((*history)[0].field, "");
}

TEST_P(CatalogueEditsTest, OfTwoColleaguesSavingTheSameVersionAtOnceOneWins) {
  const core::Service base = demo_.services.front();
  std::atomic<int> saved{0};
  std::atomic<int> conflicts{0};
  std::vector<std::thread> threads;
  threads.reserve(4);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      auto connection = db_->connect();
      store::CatalogueEdits edits(*connection);
      core::Service s = base;
      s.name = "Versie " + std::to_string(i);
      const auto result = edits.save(only(s), edit(s, 1, "updated", {{"name", base.name, s.name}}));
      if (result) {
        ++saved;
      } else if (result.error().kind == core::Error::Kind::conflict) {
        ++conflicts;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(saved.load(), 1);
  EXPECT_EQ(conflicts.load(), 3);
  store::CatalogueEdits edits(*connection_);
  EXPECT_EQ(*edits.version("service", base.id), 2);
  EXPECT_EQ(edits.history("service", base.id, 10)->size(), 1U);
}

HVHK_INSTANTIATE_ENGINES(CatalogueEditsTest);

}  // namespace
}  // namespace hvhk

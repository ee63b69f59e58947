// The catalogue store on both real engines: migrations, a full round trip of every field,
// replacing children, atomic failure, and the revision counter.
#include "store/catalogue_store.h"

#include <gtest/gtest.h>

#include "core/ids.h"
#include "store/migrations.h"
#include "test_databases.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

core::Catalogue sample() {
  core::Catalogue c;
  c.municipalities.push_back({"42028", "Zele", {"9240"}});
  c.municipalities.push_back({"42003", "Berlare", {"9290"}});
  c.networks.push_back({core::stable_uuid("n1"),
                        "Huis van het Kind Test",
                        "Een test",
                        "https://t.example.org",
                        "info@t.example.org",
                        {"42028", "42003"}});
  const std::string net = c.networks[0].id;
  core::Organization org;
  org.id = core::stable_uuid("org");
  org.name = "Consultatiebureau Test";
  org.description = "Gezondheid van je kind";
  org.partner_type = "consultatiebureau";
  org.network_ids = {net};
  org.phones = {{core::stable_uuid("org-phone"), "+32 52 00 00 00", "voice", "Onthaal"}};
  org.contacts = {{core::stable_uuid("org-contact"),
                   "An Peeters",
                   "Verpleegkundige",
                   "an@t.example.org",
                   {{core::stable_uuid("contact-phone"), "+32 470 00 00 00", "cell", ""}}}};
  org.last_modified = "2026-11-01T09:00:00Z";
  c.organizations.push_back(org);
  core::Location loc;
  loc.id = core::stable_uuid("loc");
  loc.network_id = net;
  loc.organization_id = org.id;
  loc.kind = "main-house";
  loc.name = "Huis van het Kind Zele";
  loc.address = core::Address{"Markt 1", "9240", "Zele", "BE"};
  loc.latitude = 51.0683621;
  loc.longitude = 4.0385864;
  loc.accessibility = "Rolstoeltoegankelijk";
  loc.last_modified = "2026-11-01T09:00:00Z";
  c.locations.push_back(loc);
  core::Location online;
  online.id = core::stable_uuid("online");
  online.network_id = net;
  online.kind = "online";
  online.name = "Online";
  online.url = "https://chat.example.org";
  online.last_modified = "2026-11-01T09:00:00Z";
  c.locations.push_back(online);
  core::Service s;
  s.id = core::stable_uuid("svc");
  s.organization_id = org.id;
  s.network_id = net;
  s.name = "Babymassage";
  s.description = "Leer je baby masseren.";
  s.themes = {"parenting-support", "meeting-cohesion"};
  s.target_groups = {"parents"};
  s.min_age_months = 1;
  s.max_age_months = 9;
  s.intensity = "universal";
  s.cost = {false, 12.5, 2.5, "Met UiTPAS kansentarief", "€12,50 voor 4 sessies"};
  s.languages = {"nl", "tr"};
  s.interpreter_available = true;
  s.registration_required = true;
  s.access = "open";
  s.recognised_by_opgroeien = true;
  s.phones = {{core::stable_uuid("svc-phone"), "+32 52 11 11 11", "voice", ""}};
  s.last_modified = "2026-11-02T10:00:00Z";
  core::Schedule weekly;
  weekly.id = core::stable_uuid("sched");
  weekly.freq = "WEEKLY";
  weekly.interval = 2;
  weekly.byday = "TU,TH";
  weekly.dtstart = "2026-09-01";
  weekly.until = "2027-06-30";
  weekly.count = 7;
  weekly.opens_at = "18:30";
  weekly.closes_at = "20:00";
  weekly.attending_type = "in person";
  s.locations = {{core::stable_uuid("sal"), s.id, loc.id, "In de grote zaal", {weekly}},
                 {core::stable_uuid("sal2"), s.id, online.id, "", {}}};
  c.services.push_back(s);
  return c;
}

class CatalogueStoreTest : public ::testing::TestWithParam<Engine> {};

TEST_P(CatalogueStoreTest, MigratesOnceAndReportsVersion) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.connect();
  EXPECT_GT(store::migrate(*connection), 0);
  EXPECT_EQ(store::migrate(*connection), 0);
  EXPECT_EQ(store::schema_version(*connection), store::migrations_for(GetParam()).back().version);
}

TEST_P(CatalogueStoreTest, RoundTripsEveryField) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  store::CatalogueStore catalogue(*connection);
  const core::Catalogue in = sample();
  ASSERT_TRUE(catalogue.save(in).has_value());
  const auto out = catalogue.load();
  ASSERT_TRUE(out.has_value()) << out.error().message;
  ASSERT_EQ(out->services.size(), 1U);
  const core::Service& s = out->services[0];
  const core::Service& e = in.services[0];
  EXPECT_EQ(s.name, e.name);
  EXPECT_EQ(s.themes, e.themes);
  EXPECT_EQ(s.languages, e.languages);
  EXPECT_EQ(s.target_groups, e.target_groups);
  EXPECT_EQ(s.min_age_months, 1);
  EXPECT_EQ(s.max_age_months, 9);
  EXPECT_FALSE(s.cost.free);
  EXPECT_DOUBLE_EQ(*s.cost.amount, 12.5);
  EXPECT_DOUBLE_EQ(*s.cost.reduced_amount, 2.5);
  EXPECT_EQ(s.cost.reduced_description, e.cost.reduced_description);
  EXPECT_TRUE(s.interpreter_available);
  EXPECT_TRUE(s.registration_required);
  EXPECT_TRUE(s.recognised_by_opgroeien);
  EXPECT_EQ(s.last_modified, e.last_modified);
  ASSERT_EQ(s.phones.size(), 1U);
  ASSERT_EQ(s.locations.size(), 2U);
  EXPECT_EQ(s.locations[0].description, "In de grote zaal");
  ASSERT_EQ(s.locations[0].schedules.size(), 1U);
  const core::Schedule& h = s.locations[0].schedules[0];
  EXPECT_EQ(h.freq, "WEEKLY");
  EXPECT_EQ(h.interval, 2);
  EXPECT_EQ(h.byday, "TU,TH");
  EXPECT_EQ(h.count, 7);
  EXPECT_EQ(h.opens_at, "18:30");
  ASSERT_EQ(out->organizations.size(), 1U);
  const core::Organization& o = out->organizations[0];
  ASSERT_EQ(o.contacts.size(), 1U);
  ASSERT_EQ(o.contacts[0].phones.size(), 1U);
  EXPECT_EQ(o.contacts[0].phones[0].number, "+32 470 00 00 00");
  EXPECT_EQ(o.network_ids, in.organizations[0].network_ids);
  ASSERT_EQ(out->locations.size(), 2U);
  const auto& house = out->locations[0].kind == "main-house" ? out->locations[0] : out->locations[1];
  ASSERT_TRUE(house.address.has_value());
  EXPECT_EQ(house.address->postcode, "9240");
  EXPECT_NEAR(*house.latitude, 51.0683621, 1e-9);
  const auto& online = out->locations[0].kind == "online" ? out->locations[0] : out->locations[1];
  EXPECT_FALSE(online.address.has_value());
  EXPECT_FALSE(online.latitude.has_value());
  EXPECT_EQ(out->networks.at(0).municipality_nis_codes.size(), 2U);
  EXPECT_EQ(out->municipalities.size(), 2U);
}

TEST_P(CatalogueStoreTest, SavingAgainReplacesChildren) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  store::CatalogueStore catalogue(*connection);
  core::Catalogue c = sample();
  ASSERT_TRUE(catalogue.save(c).has_value());
  c.services[0].languages = {"fr"};
  c.services[0].locations.pop_back();
  c.services[0].locations[0].schedules.clear();
  ASSERT_TRUE(catalogue.save(c).has_value());
  const auto out = catalogue.load();
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(out->services[0].languages, std::vector<std::string>{"fr"});
  EXPECT_EQ(out->services[0].locations.size(), 1U);
  EXPECT_TRUE(out->services[0].locations[0].schedules.empty());
  EXPECT_EQ(*catalogue.service_count(), 1);
}

TEST_P(CatalogueStoreTest, FailedSaveLeavesNothingBehind) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  store::CatalogueStore catalogue(*connection);
  core::Catalogue c = sample();
  core::Service orphan = c.services[0];
  orphan.id = core::stable_uuid("orphan");
  orphan.organization_id = core::stable_uuid("no such organisation");
  orphan.locations.clear();
  orphan.phones.clear();
  c.services.push_back(orphan);
  const auto saved = catalogue.save(c);
  ASSERT_FALSE(saved.has_value());
  EXPECT_EQ(*catalogue.service_count(), 0);
  EXPECT_EQ(catalogue.load()->organizations.size(), 0U);
  EXPECT_EQ(*catalogue.revision(), 0);
}

TEST_P(CatalogueStoreTest, RevisionGrowsWithEverySave) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  store::CatalogueStore catalogue(*connection);
  EXPECT_EQ(*catalogue.revision(), 0);
  ASSERT_TRUE(catalogue.save(sample()).has_value());
  ASSERT_TRUE(catalogue.save(sample()).has_value());
  EXPECT_EQ(*catalogue.revision(), 2);
}

HVHK_INSTANTIATE_ENGINES(CatalogueStoreTest);

}  // namespace
}  // namespace hvhk

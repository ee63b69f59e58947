// HSDS import and export on both real engines: the demo network survives a round trip
// through JSON and through the CSV package, and an import with one bad record stores nothing.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <filesystem>

#include <fmt/format.h>

#include "api/hsds_csv.h"
#include "api/hsds_import.h"
#include "app/demo_network.h"
#include "core/ids.h"
#include "core/validation.h"
#include "store/catalogue_store.h"
#include "test_databases.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

// Everything a round trip must keep, as one comparable text per offer.
std::vector<std::string> fingerprint(const core::Catalogue& c) {
  std::vector<std::string> out;
  for (const core::Service& s : c.services) {
    std::string f = s.id + "|" + s.name + "|" + s.organization_id + "|" + s.network_id + "|" + s.description + "|" +
                    std::to_string(s.min_age_months) + ".." + std::to_string(s.max_age_months) + "|" + s.intensity +
                    "|" + s.access + "|" + (s.cost.free ? "free" : "paid") + "|" +
                    (s.cost.amount ? std::to_string(*s.cost.amount) : "-") + "|" +
                    (s.cost.reduced_amount ? std::to_string(*s.cost.reduced_amount) : "-") + "|" +
                    s.cost.reduced_description + "|" + s.eligibility_description + "|" + s.application_process + "|" +
                    (s.interpreter_available ? "tolk" : "") + (s.registration_required ? "inschr" : "") +
                    (s.recognised_by_opgroeien ? "erkend" : "") + "|" + s.last_modified + "|";
    for (const auto& t : s.themes) f += t + ",";
    for (const auto& t : s.target_groups) f += t + ",";
    for (const auto& t : s.languages) f += t + ",";
    for (const auto& p : s.phones) f += p.number + ",";
    for (const auto& sal : s.locations) {
      f += sal.location_id + ":";
      for (const auto& h : sal.schedules) {
        f += h.freq + h.byday + h.bymonthday + h.dtstart + h.until + h.opens_at + h.closes_at +
             std::to_string(h.interval) + (h.count ? std::to_string(*h.count) : "") + ";";
      }
    }
    out.push_back(std::move(f));
  }
  std::sort(out.begin(), out.end());
  for (const core::Organization& o : c.organizations) {
    out.push_back(o.id + o.name + o.partner_type + o.email + std::to_string(o.contacts.size()) +
                  std::to_string(o.phones.size()) + (o.network_ids.empty() ? "" : o.network_ids.front()));
  }
  for (const core::Location& l : c.locations) {
    out.push_back(l.id + l.name + l.kind + l.network_id + (l.address ? l.address->postcode + l.address->street : "") +
                  l.accessibility + (l.latitude ? fmt::format("{:.5f}", *l.latitude) : ""));
  }
  return out;
}

// Reports the offers/records that differ, rather than two walls of text.
void expect_same(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::vector<std::string> only_a;
  std::vector<std::string> only_b;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(only_a));
  std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(only_b));
  for (const auto& x : only_a) ADD_FAILURE() << "lost or changed: " << x;
  for (const auto& x : only_b) ADD_FAILURE() << "appeared: " << x;
}

class HsdsExchangeTest : public ::testing::TestWithParam<Engine> {};

TEST_P(HsdsExchangeTest, JsonExportImportsBackUnchanged) {
  HVHK_ENGINE_TEST_SETUP();
  const core::Catalogue demo = app::demo_network();
  const std::string text = boost::json::serialize(api::export_document(demo));
  const api::ImportResult read = api::read_hsds_json(text, {});
  for (const auto& p : read.problems) ADD_FAILURE() << core::describe(p);
  EXPECT_TRUE(core::validate(read.catalogue, {}).empty());

  TestDatabase db(GetParam());
  auto connection = db.migrated();
  store::CatalogueStore store(*connection);
  ASSERT_TRUE(store.save(read.catalogue).has_value());
  const auto loaded = store.load();
  ASSERT_TRUE(loaded.has_value());
  expect_same(fingerprint(demo), fingerprint(*loaded));
}

TEST_P(HsdsExchangeTest, CsvPackageImportsBackUnchanged) {
  HVHK_ENGINE_TEST_SETUP();
  const core::Catalogue demo = app::demo_network();
  const auto dir = std::filesystem::temp_directory_path() / ("hvhk_csv_" + core::random_uuid().substr(0, 8));
  api::write_hsds_csv(demo, dir.string());
  EXPECT_TRUE(std::filesystem::exists(dir / "services.csv"));
  EXPECT_TRUE(std::filesystem::exists(dir / "datapackage.json"));
  const api::ImportResult read = api::read_hsds_csv(dir.string(), {});
  std::filesystem::remove_all(dir);
  for (const auto& p : read.problems) ADD_FAILURE() << core::describe(p);

  TestDatabase db(GetParam());
  auto connection = db.migrated();
  store::CatalogueStore store(*connection);
  ASSERT_TRUE(store.save(read.catalogue).has_value());
  expect_same(fingerprint(demo), fingerprint(*store.load()));
}

TEST_P(HsdsExchangeTest, OneBadRecordRefusesTheWholeImport) {
  HVHK_ENGINE_TEST_SETUP();
  boost::json::object doc = api::export_document(app::demo_network());
  auto& services = doc["services"].as_array();
  ASSERT_GT(services.size(), 10U);
  auto& bad = services[7].as_object();
  bad["minimum_age"] = "drie";  // a number field holding text
  const std::string bad_id(bad["id"].as_string());
  const api::ImportResult read = api::read_hsds_json(boost::json::serialize(doc), {});
  ASSERT_EQ(read.problems.size(), 1U);
  EXPECT_NE(read.problems[0].record.find(bad_id), std::string::npos);
  EXPECT_EQ(read.problems[0].field, "minimum_age");
  EXPECT_NE(read.problems[0].record.find("services[7]"), std::string::npos);
}

TEST_P(HsdsExchangeTest, ARuleBrokenDeepInsideRollsEverythingBack) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  store::CatalogueStore store(*connection);
  core::Catalogue demo = app::demo_network();
  // The store refuses an offer at a location that does not exist, after many rows went in.
  demo.services.back().locations.front().location_id = core::stable_uuid("nowhere");
  EXPECT_FALSE(store.save(demo).has_value());
  EXPECT_EQ(*store.service_count(), 0);
  EXPECT_TRUE(store.load()->organizations.empty());
}

TEST(HsdsImport, MalformedJsonNamesLineAndColumn) {
  const api::ImportResult read = api::read_hsds_json("{\n  \"services\": [\n    {\"id\": }\n  ]\n}", {});
  ASSERT_EQ(read.problems.size(), 1U);
  EXPECT_NE(read.problems[0].message.find("line 3"), std::string::npos);
}

// Found by the hsds_import fuzzer: a nested location without id threw instead of reporting.
TEST(HsdsImport, NestedLocationWithoutIdIsAProblemNotAnException) {
  api::ImportResult read;
  EXPECT_NO_THROW(read = api::read_hsds_json(R"({"services":[{"service_at_locations":[{"location":{}}]}]})", {}));
  EXPECT_FALSE(read.problems.empty() && core::validate(read.catalogue, {}).empty());
}

TEST(HsdsImport, UnknownTermOfAnHvhkTaxonomyIsAProblem) {
  boost::json::object doc = api::export_document(app::demo_network());
  auto& attributes = doc["services"].as_array()[0].as_object()["attributes"].as_array();
  attributes[0].as_object()["taxonomy_term_id"] = core::stable_uuid("no such term");
  const api::ImportResult read = api::read_hsds_json(boost::json::serialize(doc), {});
  ASSERT_EQ(read.problems.size(), 1U);
  EXPECT_EQ(read.problems[0].field, "attributes");
}

TEST(HsdsImport, PlainHsdsNeedsANetwork) {
  const std::string plain = R"([{"id": "11111111-1111-4111-8111-111111111111", "name": "Zwemles",
    "status": "active", "organization": {"id": "22222222-2222-4222-8222-222222222222", "name": "Zwembad",
    "description": "Het zwembad"}}])";
  const api::ImportResult without = api::read_hsds_json(plain, {});
  ASSERT_FALSE(without.problems.empty());
  EXPECT_EQ(without.problems[0].field, "attributes.network-id");
  api::ImportOptions options;
  options.default_network_id = core::stable_uuid("some network");
  const api::ImportResult with = api::read_hsds_json(plain, options);
  EXPECT_TRUE(with.problems.empty());
  ASSERT_EQ(with.catalogue.services.size(), 1U);
  EXPECT_EQ(with.catalogue.organizations.size(), 1U);
  EXPECT_EQ(with.catalogue.services[0].network_id, options.default_network_id);
}

// Found by the fuzzing helper: importing one partner offer as plain HSDS (its organisation only
// as the nested summary) replaced the stored organisation and lost its type, phones and contacts.
TEST_P(HsdsExchangeTest, NestedOrganisationSummaryNeverReplacesTheStoredOne) {
  HVHK_ENGINE_TEST_SETUP();
  TestDatabase db(GetParam());
  auto connection = db.migrated();
  store::CatalogueStore store(*connection);
  const core::Catalogue demo = app::demo_network();
  ASSERT_TRUE(store.save(demo).has_value());
  boost::json::object doc = api::export_document(demo);
  boost::json::array one{doc["services"].as_array()[0]};
  api::ImportResult read = api::read_hsds_json(boost::json::serialize(one), {});
  ASSERT_TRUE(read.problems.empty());
  const std::string org_id = read.catalogue.services[0].organization_id;
  api::keep_stored_organizations(read, *store.load());
  ASSERT_TRUE(store.save(read.catalogue).has_value());
  const auto after = store.load();
  const auto& before_org = *std::find_if(demo.organizations.begin(), demo.organizations.end(),
                                         [&](const auto& o) { return o.id == org_id; });
  const auto& after_org = *std::find_if(after->organizations.begin(), after->organizations.end(),
                                        [&](const auto& o) { return o.id == org_id; });
  EXPECT_EQ(after_org.partner_type, before_org.partner_type);
  EXPECT_EQ(after_org.phones.size(), before_org.phones.size());
  EXPECT_EQ(after_org.contacts.size(), before_org.contacts.size());
  EXPECT_EQ(after_org.network_ids, before_org.network_ids);
}

HVHK_INSTANTIATE_ENGINES(HsdsExchangeTest);

}  // namespace
}  // namespace hvhk

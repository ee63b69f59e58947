// The field-by-field changes of catalogue records that the change history shows.
#include "core/changes.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace hvhk::core {
namespace {

TEST(Changes, NothingChangedIsNoChangeAndLastModifiedDoesNotCount) {
  Service a;
  a.name = "Babymassage";
  Service b = a;
  b.last_modified = "2026-11-23T10:00:00Z";
  EXPECT_TRUE(changes(a, b).empty());
}

TEST(Changes, EachChangedFieldOnceWithBeforeAndAfter) {
  Service a;
  a.name = "Babymassage";
  a.themes = {"parenting-support"};
  a.cost.free = true;
  Service b = a;
  b.name = "Babymassage (nieuw)";
  b.themes = {"parenting-support", "meeting-cohesion"};
  b.cost.free = false;
  b.cost.amount = 5.0;
  const std::vector<FieldChange> expected{
      {"name", "Babymassage", "Babymassage (nieuw)"},
      {"themes", "parenting-support", "parenting-support, meeting-cohesion"},
      {"cost.free", "yes", "no"},
      {"cost.amount", "", "5.00"},
  };
  EXPECT_EQ(changes(a, b), expected);
}

TEST(Changes, PlacesAndTimesReadAsText) {
  Service a;
  a.locations.push_back(ServiceAtLocation{"sal", "", "loc-1", "", {}});
  Schedule weekly;
  weekly.freq = "WEEKLY";
  weekly.byday = "MO,WE";
  weekly.opens_at = "09:00";
  weekly.closes_at = "11:30";
  weekly.dtstart = "2026-09-01";
  Service b = a;
  b.locations[0].schedules.push_back(weekly);
  const auto found = changes(a, b);
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].field, "locations");
  EXPECT_EQ(found[0].previous, "loc-1");
  EXPECT_EQ(found[0].replacement, "loc-1|WEEKLY|1|MO,WE||09:00|11:30|2026-09-01|||");
  const auto record = read_schedule_record(found[0].replacement);
  ASSERT_TRUE(record && record->schedule);
  EXPECT_EQ(record->location_id, "loc-1");
  EXPECT_EQ(record->schedule->byday, "MO,WE");
  EXPECT_EQ(record->schedule->closes_at, "11:30");
  EXPECT_EQ(read_schedule_record("loc-1: WEEKLY MO 09:00-10:00"), std::nullopt);  // older history
}

TEST(Changes, ListsInAnotherOrderAreNoChange) {
  Service a;
  a.themes = {"education", "leisure"};
  a.languages = {"nl", "fr"};
  Schedule one;
  one.freq = "WEEKLY";
  one.byday = "WE";
  one.opens_at = "14:00";
  one.closes_at = "16:00";
  Schedule two = one;
  two.byday = "SA";
  a.locations.push_back(ServiceAtLocation{"sal-1", "", "loc-1", "", {one, two}});
  a.locations.push_back(ServiceAtLocation{"sal-2", "", "loc-2", "", {one}});
  Service b = a;
  std::reverse(b.themes.begin(), b.themes.end());
  std::reverse(b.languages.begin(), b.languages.end());
  std::reverse(b.locations.begin(), b.locations.end());
  std::reverse(b.locations[1].schedules.begin(), b.locations[1].schedules.end());
  EXPECT_TRUE(changes(a, b).empty());
  b.themes.pop_back();
  EXPECT_EQ(changes(a, b).size(), 1U);
}

TEST(Changes, APlacesAddressAndCoordinates) {
  Location a;
  a.name = "Bib";
  a.address = Address{"Markt 1", "9240", "Zele", "BE"};
  Location b = a;
  b.address->postcode = "9200";
  b.latitude = 51.03;
  const auto found = changes(a, b);
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(found[0].replacement, "Markt 1, 9200 Zele");
  EXPECT_EQ(found[1].field, "latitude");
}

TEST(Changes, APlaceMovedToAnotherNetworkIsAChange) {
  Location a;
  a.network_id = "zele";
  Location b = a;
  b.network_id = "berlare";
  const std::vector<FieldChange> expected{{"network", "zele", "berlare"}};
  EXPECT_EQ(changes(a, b), expected);
}

}  // namespace
}  // namespace hvhk::core

// The demo network: the invariants that `hvhk demo`, the finder and the tests rely on.

#include "app/demo_network.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.h"
#include "core/vocabulary.h"

namespace hvhk::app {
namespace {

namespace chr = std::chrono;

const core::Catalogue& demo() {
  static const core::Catalogue catalogue = demo_network();
  return catalogue;
}

template <typename Pred>
int count_services(Pred pred) {
  return static_cast<int>(std::count_if(demo().services.begin(), demo().services.end(), pred));
}

// Calls f(service, schedule) for every schedule of every offer.
template <typename F>
void for_each_schedule(F f) {
  for (const core::Service& service : demo().services) {
    for (const core::ServiceAtLocation& at : service.locations) {
      for (const core::Schedule& schedule : at.schedules) {
        f(service, schedule);
      }
    }
  }
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = text.find(',', start);
    parts.push_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) {
      break;
    }
    start = comma + 1;
  }
  return parts;
}

chr::sys_days parse_date(const std::string& text) {
  return chr::sys_days{chr::year{std::stoi(text.substr(0, 4))} /
                       chr::month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))} /
                       chr::day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
}

std::string day_code(chr::sys_days date) {
  static constexpr std::string_view kCodes[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
  return std::string(kCodes[chr::weekday{date}.c_encoding()]);
}

bool is_date(const std::string& text) {
  return text.size() == 10 && text[4] == '-' && text[7] == '-' &&
         (text.starts_with("2026") || text.starts_with("2027"));
}

bool is_time(const std::string& text) {
  return text.size() == 5 && text[2] == ':' && text.substr(0, 2) <= "23" && text.substr(3, 2) <= "59";
}

const core::Service* service_by_key(std::string_view key) {
  const std::string id = core::stable_uuid("demo/service/" + std::string(key));
  for (const core::Service& service : demo().services) {
    if (service.id == id) {
      return &service;
    }
  }
  return nullptr;
}

// A compact serialisation of what families see, to compare two calls.
std::string fingerprint(const core::Catalogue& catalogue) {
  std::string out;
  for (const core::Network& network : catalogue.networks) {
    out += network.id + network.name + "\n";
  }
  for (const core::Organization& org : catalogue.organizations) {
    out += org.id + org.name + org.last_modified + "\n";
  }
  for (const core::Location& loc : catalogue.locations) {
    out += loc.id + loc.name + loc.last_modified + std::to_string(loc.latitude.value_or(0)) + "\n";
  }
  for (const core::Service& service : catalogue.services) {
    out += service.id + service.name + service.description + service.last_modified + "\n";
    for (const core::ServiceAtLocation& at : service.locations) {
      out += at.id + at.location_id;
      for (const core::Schedule& schedule : at.schedules) {
        out += schedule.id + schedule.dtstart + schedule.byday + schedule.opens_at + schedule.description;
      }
      out += "\n";
    }
  }
  return out;
}

TEST(DemoNetwork, IsOneFictionalIntermunicipalNetwork) {
  ASSERT_EQ(demo().networks.size(), 1U);
  const core::Network& network = demo().networks.front();
  EXPECT_NE(network.name.find("(fictief)"), std::string::npos);
  EXPECT_NE(network.description.find("Fictieve demogegevens"), std::string::npos);
  EXPECT_EQ(network.id, core::stable_uuid("demo/network/scheldeboog"));

  const std::map<std::string, std::vector<std::string>> expected{
      {"42028", {"9240"}}, {"42003", {"9290"}}, {"42025", {"9250"}}};
  ASSERT_EQ(demo().municipalities.size(), expected.size());
  for (const core::Municipality& municipality : demo().municipalities) {
    ASSERT_TRUE(expected.contains(municipality.nis_code)) << municipality.nis_code;
    EXPECT_EQ(municipality.postcodes, expected.at(municipality.nis_code)) << municipality.name;
  }
  EXPECT_EQ(std::set<std::string>(network.municipality_nis_codes.begin(), network.municipality_nis_codes.end()),
            (std::set<std::string>{"42028", "42003", "42025"}));
}

TEST(DemoNetwork, HasAtLeastSixtyOffersWithNamesAndDescriptions) {
  EXPECT_GE(demo().services.size(), 60U);
  for (const core::Service& service : demo().services) {
    EXPECT_FALSE(service.name.empty()) << service.id;
    EXPECT_FALSE(service.description.empty()) << service.name;
    EXPECT_FALSE(service.application_process.empty()) << service.name;
    EXPECT_FALSE(service.locations.empty()) << service.name;
    EXPECT_EQ(service.status, "active") << service.name;
  }
  for (const core::Organization& org : demo().organizations) {
    EXPECT_FALSE(org.name.empty()) << org.id;
    EXPECT_FALSE(org.description.empty()) << org.name;
    EXPECT_NE(org.name.find("(fictief)"), std::string::npos) << org.name;
  }
  for (const core::Location& loc : demo().locations) {
    EXPECT_FALSE(loc.name.empty()) << loc.id;
    EXPECT_FALSE(loc.description.empty()) << loc.name;
  }
}

TEST(DemoNetwork, ThemesAreKnownAndCoverPillarsAndLifeDomains) {
  std::set<std::string> pillars;
  std::set<std::string> life_domains;
  for (const core::Service& service : demo().services) {
    EXPECT_GE(service.themes.size(), 1U) << service.name;
    EXPECT_LE(service.themes.size(), 3U) << service.name;
    for (const std::string& theme : service.themes) {
      EXPECT_TRUE(core::themes().contains(theme)) << service.name << ": " << theme;
      (core::is_pillar(theme) ? pillars : life_domains).insert(theme);
    }
  }
  EXPECT_EQ(pillars, (std::set<std::string>{"preventive-health", "parenting-support", "meeting-cohesion"}));
  EXPECT_GE(life_domains.size(), 5U);
}

TEST(DemoNetwork, EveryAgeBandIsCovered) {
  std::map<std::string, int> per_band;
  for (const core::Service& service : demo().services) {
    EXPECT_LE(service.min_age_months, service.max_age_months) << service.name;
    EXPECT_GE(service.min_age_months, -9) << service.name;
    EXPECT_LE(service.max_age_months, 24 * 12) << service.name;
    for (const core::AgeBand& band : core::age_band_ranges()) {
      if (service.min_age_months <= band.max_months && service.max_age_months >= band.min_months) {
        ++per_band[std::string(band.code)];
      }
    }
  }
  for (const core::AgeBand& band : core::age_band_ranges()) {
    EXPECT_GE(per_band[std::string(band.code)], 3) << band.code;
  }
  EXPECT_GE(per_band["12-18"], 4);
  EXPECT_GE(per_band["18-24"], 3);

  // Not only through offers for all ages: some offers are specifically for young people.
  const int youth = count_services([](const core::Service& s) { return s.min_age_months >= 12 * 12; });
  EXPECT_GE(youth, 4);
  const int young_adults = count_services([](const core::Service& s) { return s.min_age_months >= 16 * 12; });
  EXPECT_GE(young_adults, 3);
  const int prenatal_only = count_services([](const core::Service& s) { return s.max_age_months < 0; });
  EXPECT_GE(prenatal_only, 2);
}

TEST(DemoNetwork, UsesCodesFromTheVocabularies) {
  std::set<std::string> intensities;
  std::set<std::string> access;
  for (const core::Service& service : demo().services) {
    EXPECT_TRUE(core::intensities().contains(service.intensity)) << service.name;
    EXPECT_TRUE(core::access_kinds().contains(service.access)) << service.name;
    EXPECT_FALSE(service.target_groups.empty()) << service.name;
    for (const std::string& group : service.target_groups) {
      EXPECT_TRUE(core::target_groups().contains(group)) << service.name << ": " << group;
    }
    if (service.access != "open") {
      EXPECT_FALSE(service.eligibility_description.empty()) << service.name;
    }
    intensities.insert(service.intensity);
    access.insert(service.access);
  }
  EXPECT_EQ(intensities, (std::set<std::string>{"universal", "extra", "intensive"}));
  EXPECT_EQ(access, (std::set<std::string>{"open", "eligibility", "referral"}));
  // Proportional universalism: mostly offers for every family.
  EXPECT_GT(count_services([](const core::Service& s) { return s.intensity == "universal"; }),
            static_cast<int>(demo().services.size()) / 2);
  for (const core::Organization& org : demo().organizations) {
    EXPECT_TRUE(core::partner_types().contains(org.partner_type)) << org.name;
  }
  for (const core::Location& loc : demo().locations) {
    EXPECT_TRUE(core::location_kinds().contains(loc.kind)) << loc.name;
  }
}

TEST(DemoNetwork, HasTheCommonPartnerTypes) {
  std::map<std::string, int> per_type;
  for (const core::Organization& org : demo().organizations) {
    ++per_type[org.partner_type];
  }
  for (std::string_view type :
       {"consultatiebureau", "ckg", "caw", "cgg", "clb", "school", "ocmw", "childcare", "inloopteam",
        "opvoedingswinkel", "gp-circle", "midwife", "library", "youth-work", "association", "overkop", "opgroeien"}) {
    EXPECT_GE(per_type[std::string(type)], 1) << type;
  }
  EXPECT_GE(per_type["consultatiebureau"], 2);
  EXPECT_GE(per_type["childcare"], 2);
}

TEST(DemoNetwork, OrganizationsHaveContactDetails) {
  const std::string& network_id = demo().networks.front().id;
  for (const core::Organization& org : demo().organizations) {
    EXPECT_EQ(org.network_ids, std::vector<std::string>{network_id}) << org.name;
    EXPECT_TRUE(org.email.ends_with(".example.org")) << org.name;
    EXPECT_TRUE(org.website.starts_with("https://") && org.website.ends_with(".example.org")) << org.name;
    ASSERT_FALSE(org.phones.empty()) << org.name;
    EXPECT_TRUE(org.phones.front().number.starts_with("+32 ")) << org.name;
    ASSERT_FALSE(org.contacts.empty()) << org.name;
    EXPECT_FALSE(org.contacts.front().name.empty()) << org.name;
    EXPECT_TRUE(org.contacts.front().email.ends_with(".example.org")) << org.name;
  }
}

TEST(DemoNetwork, HasEveryKindOfLocationWithAddressesNearTheMunicipalities) {
  std::set<std::string> kinds;
  const std::set<std::string> postcodes{"9240", "9250", "9290"};
  for (const core::Location& loc : demo().locations) {
    kinds.insert(loc.kind);
    EXPECT_FALSE(loc.accessibility.empty()) << loc.name;
    if (loc.kind == "online") {
      EXPECT_FALSE(loc.address.has_value()) << loc.name;
      EXPECT_TRUE(loc.url.starts_with("https://")) << loc.name;
      continue;
    }
    ASSERT_TRUE(loc.address.has_value()) << loc.name;
    EXPECT_TRUE(postcodes.contains(loc.address->postcode)) << loc.name;
    EXPECT_FALSE(loc.address->street.empty()) << loc.name;
    EXPECT_EQ(loc.address->country, "BE") << loc.name;
    EXPECT_FALSE(loc.transportation.empty()) << loc.name;
    ASSERT_TRUE(loc.latitude.has_value() && loc.longitude.has_value()) << loc.name;
    // Between Uitbergen in the south-west and Waasmunster in the north-east.
    EXPECT_GT(*loc.latitude, 51.01) << loc.name;
    EXPECT_LT(*loc.latitude, 51.13) << loc.name;
    EXPECT_GT(*loc.longitude, 3.93) << loc.name;
    EXPECT_LT(*loc.longitude, 4.11) << loc.name;
  }
  for (std::string_view kind : {"main-house", "antenna", "popup", "partner-site", "online"}) {
    EXPECT_TRUE(kinds.contains(std::string(kind))) << kind;
  }
  const auto main_houses = std::count_if(demo().locations.begin(), demo().locations.end(),
                                         [](const core::Location& l) { return l.kind == "main-house"; });
  EXPECT_EQ(main_houses, 1);
}

TEST(DemoNetwork, SchedulesAreWellFormed) {
  int schedules = 0;
  for_each_schedule([&](const core::Service& service, const core::Schedule& s) {
    ++schedules;
    SCOPED_TRACE(service.name + " " + s.freq + " " + s.byday + s.bymonthday + " " + s.dtstart);
    EXPECT_TRUE(s.freq.empty() || s.freq == "WEEKLY" || s.freq == "MONTHLY");
    EXPECT_TRUE(s.interval == 1 || s.interval == 2);
    EXPECT_TRUE(is_date(s.dtstart));
    EXPECT_TRUE(is_time(s.opens_at));
    EXPECT_TRUE(is_time(s.closes_at));
    EXPECT_LT(s.opens_at, s.closes_at);
    EXPECT_TRUE(s.attending_type == "in person" || s.attending_type == "online");
    EXPECT_FALSE(s.description.empty());
    if (s.freq.empty()) {
      EXPECT_TRUE(s.until.empty());
      return;
    }
    EXPECT_TRUE(s.count.has_value() != !s.until.empty()) << "either a count or an end date";
    if (!s.until.empty()) {
      EXPECT_TRUE(is_date(s.until));
      EXPECT_LE(s.dtstart, s.until);
    }
    const chr::sys_days start = parse_date(s.dtstart);
    if (s.freq == "WEEKLY") {
      const std::vector<std::string> days = split(s.byday);
      EXPECT_NE(std::find(days.begin(), days.end(), day_code(start)), days.end()) << "dtstart is an occurrence";
    } else if (!s.byday.empty()) {
      EXPECT_EQ(day_code(start), s.byday.substr(1));
      const auto day_of_month = static_cast<unsigned>(chr::year_month_day{start}.day());
      EXPECT_EQ((day_of_month - 1) / 7 + 1, static_cast<unsigned>(s.byday[0] - '0'));
    } else {
      EXPECT_EQ(static_cast<unsigned>(chr::year_month_day{start}.day()),
                static_cast<unsigned>(std::stoi(s.bymonthday)));
    }
  });
  EXPECT_GE(schedules, 80);
}

TEST(DemoNetwork, OffersHappenOnWeekdaysEveningsAndWeekends) {
  int evening = 0;
  int weekend = 0;
  int weekday = 0;
  std::set<std::string> shapes;
  for_each_schedule([&](const core::Service&, const core::Schedule& s) {
    if (s.opens_at >= "18:00") {
      ++evening;
    }
    if (s.byday.find("SA") != std::string::npos || s.byday.find("SU") != std::string::npos) {
      ++weekend;
    }
    for (std::string_view day : {"MO", "TU", "WE", "TH", "FR"}) {
      if (s.byday.find(day) != std::string::npos) {
        ++weekday;
        break;
      }
    }
    if (s.freq.empty()) {
      shapes.insert("once");
    } else if (s.count) {
      shapes.insert("series");
    } else if (s.freq == "WEEKLY") {
      shapes.insert(s.interval == 2 ? "every-two-weeks" : "weekly");
    } else {
      shapes.insert(s.byday.empty() ? "monthly-by-date" : "monthly-by-day");
    }
  });
  EXPECT_GE(evening, 5);
  EXPECT_GE(weekend, 5);
  EXPECT_GE(weekday, 20);
  EXPECT_EQ(shapes, (std::set<std::string>{"once", "series", "every-two-weeks", "weekly", "monthly-by-date",
                                           "monthly-by-day"}));
}

TEST(DemoNetwork, SpeaksSeveralLanguages) {
  std::set<std::string> languages;
  for (const core::Service& service : demo().services) {
    EXPECT_NE(std::find(service.languages.begin(), service.languages.end(), "nl"), service.languages.end())
        << service.name;
    languages.insert(service.languages.begin(), service.languages.end());
  }
  languages.erase("nl");
  EXPECT_GE(languages.size(), 4U);
  for (std::string_view language : {"fr", "en", "tr", "ar", "uk", "ro", "pl"}) {
    EXPECT_TRUE(languages.contains(std::string(language))) << language;
  }
  EXPECT_GE(count_services([](const core::Service& s) { return s.interpreter_available; }), 5);
}

TEST(DemoNetwork, CostsAreConsistent) {
  int free = 0;
  int reduced = 0;
  for (const core::Service& service : demo().services) {
    const core::Cost& cost = service.cost;
    EXPECT_FALSE(cost.description.empty()) << service.name;
    if (cost.free) {
      ++free;
      EXPECT_FALSE(cost.amount.has_value()) << service.name;
    }
    if (cost.amount) {
      EXPECT_FALSE(cost.free) << service.name;
      EXPECT_GT(*cost.amount, 0.0) << service.name;
    }
    if (cost.reduced_amount) {
      ++reduced;
      ASSERT_TRUE(cost.amount.has_value()) << service.name;
      EXPECT_LT(*cost.reduced_amount, *cost.amount) << service.name;
      EXPECT_FALSE(cost.reduced_description.empty()) << service.name;
    }
  }
  EXPECT_GT(free, static_cast<int>(demo().services.size()) / 2);
  EXPECT_GE(reduced, 5);
}

TEST(DemoNetwork, IdsAreUniqueUuids) {
  std::vector<std::string> ids;
  const auto add_phones = [&](const std::vector<core::Phone>& phones) {
    for (const core::Phone& phone : phones) {
      ids.push_back(phone.id);
    }
  };
  const auto add_contacts = [&](const std::vector<core::Contact>& contacts) {
    for (const core::Contact& contact : contacts) {
      ids.push_back(contact.id);
      add_phones(contact.phones);
    }
  };
  for (const core::Network& network : demo().networks) {
    ids.push_back(network.id);
  }
  for (const core::Organization& org : demo().organizations) {
    ids.push_back(org.id);
    add_phones(org.phones);
    add_contacts(org.contacts);
  }
  for (const core::Location& loc : demo().locations) {
    ids.push_back(loc.id);
    add_phones(loc.phones);
  }
  for (const core::Service& service : demo().services) {
    ids.push_back(service.id);
    add_phones(service.phones);
    add_contacts(service.contacts);
    for (const core::ServiceAtLocation& at : service.locations) {
      ids.push_back(at.id);
      for (const core::Schedule& schedule : at.schedules) {
        ids.push_back(schedule.id);
      }
    }
  }
  std::set<std::string> seen;
  for (const std::string& id : ids) {
    EXPECT_TRUE(core::is_uuid(id)) << id;
    EXPECT_TRUE(seen.insert(id).second) << "duplicate id " << id;
  }
}

TEST(DemoNetwork, ReferencesPointToExistingRecords) {
  std::set<std::string> organizations;
  for (const core::Organization& org : demo().organizations) {
    organizations.insert(org.id);
  }
  std::map<std::string, std::string> location_kinds;
  const std::string& network_id = demo().networks.front().id;
  for (const core::Location& loc : demo().locations) {
    location_kinds[loc.id] = loc.kind;
    EXPECT_EQ(loc.network_id, network_id) << loc.name;
    if (!loc.organization_id.empty()) {
      EXPECT_TRUE(organizations.contains(loc.organization_id)) << loc.name;
    }
  }
  for (const core::Service& service : demo().services) {
    EXPECT_TRUE(organizations.contains(service.organization_id)) << service.name;
    EXPECT_EQ(service.network_id, network_id) << service.name;
    for (const core::ServiceAtLocation& at : service.locations) {
      EXPECT_EQ(at.service_id, service.id) << service.name;
      ASSERT_TRUE(location_kinds.contains(at.location_id)) << service.name;
      const std::string expected = location_kinds[at.location_id] == "online" ? "online" : "in person";
      for (const core::Schedule& schedule : at.schedules) {
        EXPECT_EQ(schedule.attending_type, expected) << service.name;
      }
    }
  }
}

TEST(DemoNetwork, EveryRecordHasAFixedLastModified) {
  const auto check = [](const std::string& stamp, const std::string& what) {
    EXPECT_EQ(stamp.size(), 20U) << what;
    EXPECT_TRUE(stamp.starts_with("2026-11-") && stamp.ends_with("Z")) << what << ": " << stamp;
  };
  for (const core::Organization& org : demo().organizations) {
    check(org.last_modified, org.name);
  }
  for (const core::Location& loc : demo().locations) {
    check(loc.last_modified, loc.name);
  }
  for (const core::Service& service : demo().services) {
    check(service.last_modified, service.name);
  }
}

TEST(DemoNetwork, IsDeterministic) {
  const core::Catalogue first = demo_network();
  const core::Catalogue second = demo_network();
  EXPECT_EQ(fingerprint(first), fingerprint(second));
  EXPECT_EQ(first.services.size(), second.services.size());
}

TEST(DemoNetwork, ContainsThePracticesFromTheDocuments) {
  // The pre-school trajectory for children turning 2, with a Turkish interpreter (like Super Sim).
  const core::Service* preschool = service_by_key("super-start");
  ASSERT_NE(preschool, nullptr);
  EXPECT_TRUE(preschool->interpreter_available);
  EXPECT_NE(std::find(preschool->languages.begin(), preschool->languages.end(), "tr"), preschool->languages.end());
  ASSERT_FALSE(preschool->locations.empty());
  ASSERT_FALSE(preschool->locations.front().schedules.empty());
  EXPECT_EQ(preschool->locations.front().schedules.front().count, 7);

  // Ten summer mornings before the first grade (like Zomerklasje).
  const core::Service* summer = service_by_key("zomerklas");
  ASSERT_NE(summer, nullptr);
  ASSERT_EQ(summer->locations.size(), 1U);
  ASSERT_EQ(summer->locations.front().schedules.size(), 1U);
  const core::Schedule& summer_schedule = summer->locations.front().schedules.front();
  EXPECT_EQ(summer_schedule.dtstart, "2027-07-05");
  EXPECT_EQ(summer_schedule.count, 10);
  EXPECT_EQ(summer_schedule.byday, "MO,TU,WE,TH,FR");

  // Homework support on Wednesday afternoons.
  const core::Service* homework = service_by_key("huiswerkklas");
  ASSERT_NE(homework, nullptr);
  EXPECT_EQ(homework->locations.front().schedules.front().byday, "WE");

  // Home visits are intensive or extra and the consultatiebureau is recognised by Opgroeien.
  const core::Service* clinic = service_by_key("consultatiebureau-zele");
  ASSERT_NE(clinic, nullptr);
  EXPECT_TRUE(clinic->recognised_by_opgroeien);
  const core::Service* home_support = service_by_key("mobiele-gezinsondersteuning");
  ASSERT_NE(home_support, nullptr);
  EXPECT_EQ(home_support->intensity, "intensive");
  EXPECT_EQ(home_support->access, "referral");

  for (std::string_view key :
       {"geboortedoos", "babymassage", "zwangerschapsyoga", "peuterzwemmen", "voorleesuurtje", "speelkriebels",
        "opvoedingsspreekuur", "workshop-slapen", "schoolpoortmoment", "overkop-inloop", "jongerencafe",
        "infosessie-werk-jonge-ouders", "infosessie-wonen", "tussenkomst-schoolkosten", "papagroep",
        "grootoudersochtend", "opvoedingschat", "stapje-groepsmoment", "pop-up-markt"}) {
    EXPECT_NE(service_by_key(key), nullptr) << key;
  }
}

}  // namespace
}  // namespace hvhk::app

// The location page (/locatie/{id}) and the Huis van het Kind page (/huis/{id}), rendered
// in-process on the demo network with the date fixed at Monday 23 November 2026: every
// language answers 200 with the right content, "this week" holds exactly the sessions of the
// seven days in date order, unknown and hostile ids give the friendly 404 with nothing of
// the id unescaped, and the network look-ups of the index agree with a plain scan.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/demo_network.h"
#include "core/sessions.h"
#include "core/vocabulary.h"
#include "http/router.h"
#include "search/catalogue_index.h"
#include "web/i18n.h"
#include "web/site.h"

namespace hvhk {
namespace {

constexpr const char* kToday = "2026-11-23";
constexpr const char* kLastDayOfWeek = "2026-11-29";

// The text of msgid in a language, as it appears in the page (HTML-escaped).
std::string shown(std::string_view language, std::string_view msgid) {
  return web::escape_html(web::catalog(language).text(msgid));
}

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The dates of the <time datetime="..."> elements of the "this week" list, in page order.
std::vector<std::string> week_dates(const std::string& body) {
  static const std::regex kTime(R"re(<time datetime="(\d{4}-\d{2}-\d{2})">)re");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(body.begin(), body.end(), kTime); it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

// Sessions from kToday to kLastDayOfWeek of the active offers at a location, counted
// straight from the catalogue.
std::size_t sessions_this_week(const core::Catalogue& catalogue, const std::string& location_id) {
  const core::Date from = *core::parse_date(kToday);
  const core::Date to = *core::parse_date(kLastDayOfWeek);
  std::size_t n = 0;
  for (const core::Service& s : catalogue.services) {
    if (s.status != "active") continue;
    for (const core::ServiceAtLocation& sal : s.locations) {
      if (sal.location_id == location_id) n += core::sessions(sal.schedules, from, to, 1000).size();
    }
  }
  return n;
}

class PlacePagesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (const char* before = std::getenv("HVHK_TODAY")) saved_today_ = before;  // NOLINT(concurrency-mt-unsafe)
    setenv("HVHK_TODAY", kToday, 1);                                            // NOLINT(concurrency-mt-unsafe)
    index_ = std::make_shared<const search::CatalogueIndex>(app::demo_network());
    router_ = std::make_unique<http::Router>();
    web::add_site_routes(*router_, [] { return index_; });
  }
  static void TearDownTestSuite() {
    if (saved_today_) {
      setenv("HVHK_TODAY", saved_today_->c_str(), 1);  // NOLINT(concurrency-mt-unsafe)
    } else {
      unsetenv("HVHK_TODAY");  // NOLINT(concurrency-mt-unsafe)
    }
    router_.reset();
    index_.reset();
  }

  static http::Response get(const std::string& path, const std::string& lang = "") {
    http::Request req;
    req.method = "GET";
    req.path = path;
    if (!lang.empty()) req.query.add("lang", lang);
    return router_->dispatch(req);
  }

  static const core::Catalogue& catalogue() { return index_->catalogue(); }

  static const core::Location& location_of_kind(std::string_view kind) {
    for (const core::Location& l : catalogue().locations) {
      if (l.kind == kind) return l;
    }
    throw std::runtime_error("the demo network has no location of kind " + std::string(kind));
  }

  // The demo location with the most sessions this week (on more than one day).
  static const core::Location& busiest_location() {
    const core::Location* best = nullptr;
    std::size_t most = 0;
    for (const core::Location& l : catalogue().locations) {
      const std::size_t n = sessions_this_week(catalogue(), l.id);
      if (n > most) {
        most = n;
        best = &l;
      }
    }
    if (best == nullptr) throw std::runtime_error("nothing happens in the demo network this week");
    return *best;
  }

  static std::shared_ptr<const search::CatalogueIndex> index_;
  static std::unique_ptr<http::Router> router_;
  static std::optional<std::string> saved_today_;
};

std::shared_ptr<const search::CatalogueIndex> PlacePagesTest::index_;
std::unique_ptr<http::Router> PlacePagesTest::router_;
std::optional<std::string> PlacePagesTest::saved_today_;

TEST_F(PlacePagesTest, LocationPageInEveryLanguage) {
  const core::Location& house = location_of_kind("main-house");
  for (const web::Language& language : web::languages()) {
    const std::string lang(language.code);
    const http::Response r = get("/locatie/" + house.id, lang);
    ASSERT_EQ(r.status, 200U) << lang;
    EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
    EXPECT_NE(r.body.find("<html lang=\"" + lang + "\" dir=\"" + (language.right_to_left ? "rtl" : "ltr") + "\">"),
              std::string::npos)
        << lang;
    EXPECT_EQ(count(r.body, "<h1"), 1U) << lang;
    EXPECT_NE(r.body.find("<h1 lang=\"nl\" dir=\"auto\">" + web::escape_html(house.name) + "</h1>"), std::string::npos)
        << lang;
    EXPECT_NE(r.body.find(shown(lang, core::location_kinds().find(house.kind)->label_nl)), std::string::npos) << lang;
    EXPECT_NE(r.body.find(shown(lang, "This week here")), std::string::npos) << lang;
    EXPECT_NE(r.body.find(shown(lang, "Also here")), std::string::npos) << lang;
    ASSERT_TRUE(house.address.has_value());
    EXPECT_NE(r.body.find(web::escape_html(house.address->street)), std::string::npos) << lang;
    EXPECT_NE(r.body.find("https://www.openstreetmap.org/"), std::string::npos) << lang;
    if (!house.accessibility.empty()) {
      EXPECT_NE(r.body.find(web::escape_html(house.accessibility)), std::string::npos) << lang;
    }
    if (!house.transportation.empty()) {
      EXPECT_NE(r.body.find(web::escape_html(house.transportation)), std::string::npos) << lang;
    }
    const core::Organization* org = index_->organization(house.organization_id);
    ASSERT_NE(org, nullptr);
    EXPECT_NE(r.body.find(web::escape_html(org->name)), std::string::npos) << lang;
    EXPECT_NE(r.body.find("/huis/" + house.network_id + "?lang=" + lang), std::string::npos) << lang;
    // "Also here": every active offer at the place, linked in the page's language.
    for (const search::SalRef& ref : index_->services_at_location(house.id)) {
      const core::Service& s = catalogue().services[ref.service];
      if (s.status != "active") continue;
      EXPECT_NE(r.body.find("/aanbod/" + s.id + "?lang=" + lang), std::string::npos) << s.name << " " << lang;
      EXPECT_NE(r.body.find(web::escape_html(s.name)), std::string::npos) << s.name << " " << lang;
    }
    EXPECT_LT(r.body.size(), 60U * 1024) << lang;
  }
}

TEST_F(PlacePagesTest, NetworkPageInEveryLanguage) {
  const core::Network& network = catalogue().networks.front();
  const auto& services = index_->services_of_network(network.id);
  const auto active = std::count_if(services.begin(), services.end(),
                                    [](std::uint32_t i) { return catalogue().services[i].status == "active"; });
  ASSERT_GT(active, 1);
  for (const web::Language& language : web::languages()) {
    const std::string lang(language.code);
    const http::Response r = get("/huis/" + network.id, lang);
    ASSERT_EQ(r.status, 200U) << lang;
    EXPECT_NE(r.body.find("<html lang=\"" + lang + "\" dir=\"" + (language.right_to_left ? "rtl" : "ltr") + "\">"),
              std::string::npos)
        << lang;
    EXPECT_EQ(count(r.body, "<h1"), 1U) << lang;
    EXPECT_NE(r.body.find(web::escape_html(network.name) + "</h1>"), std::string::npos) << lang;
    for (const std::string& nis : network.municipality_nis_codes) {
      EXPECT_NE(r.body.find(index_->municipality(nis)->name), std::string::npos) << nis << " " << lang;
    }
    // The number of offers, in the language's plural form, and a way to search them.
    const std::string offers(web::catalog(lang).plural("This Huis van het Kind has {0} offer.",
                                                       "This Huis van het Kind has {0} offers.", active));
    std::string expected = offers;
    expected.replace(expected.find("{0}"), 3, std::to_string(active));
    EXPECT_NE(r.body.find(web::escape_html(expected)), std::string::npos) << lang;
    EXPECT_NE(r.body.find("href=\"/zoeken?lang=" + lang + "\""), std::string::npos) << lang;
    // Every place links to its page; every partner shows its kind.
    for (const std::uint32_t i : index_->locations_of_network(network.id)) {
      const core::Location& l = catalogue().locations[i];
      EXPECT_NE(r.body.find("/locatie/" + l.id + "?lang=" + lang), std::string::npos) << l.name << " " << lang;
    }
    for (const std::uint32_t i : index_->organizations_of_network(network.id)) {
      const core::Organization& org = catalogue().organizations[i];
      EXPECT_NE(r.body.find(web::escape_html(org.name)), std::string::npos) << org.name << " " << lang;
      EXPECT_NE(r.body.find(shown(lang, core::partner_types().find(org.partner_type)->label_nl)), std::string::npos)
          << org.partner_type << " " << lang;
    }
    EXPECT_LT(r.body.size(), 60U * 1024) << lang;
  }
}

TEST_F(PlacePagesTest, ThisWeekHasEverySessionOfTheSevenDaysInDateOrder) {
  const core::Location& busy = busiest_location();
  const std::size_t expected = sessions_this_week(catalogue(), busy.id);
  const http::Response r = get("/locatie/" + busy.id, "en");
  ASSERT_EQ(r.status, 200U);
  const std::vector<std::string> dates = week_dates(r.body);
  EXPECT_EQ(dates.size(), expected) << busy.name;
  EXPECT_TRUE(std::is_sorted(dates.begin(), dates.end())) << busy.name;
  for (const std::string& date : dates) {
    EXPECT_GE(date, kToday);
    EXPECT_LE(date, kLastDayOfWeek);
  }
  EXPECT_GT(std::set<std::string>(dates.begin(), dates.end()).size(), 1U) << "sessions on several days";
  EXPECT_EQ(r.body.find(shown("en", "Nothing is planned here this week.")), std::string::npos);

  // Every location: the page's list is exactly the catalogue's sessions of the week.
  for (const core::Location& l : catalogue().locations) {
    const std::vector<std::string> some = week_dates(get("/locatie/" + l.id).body);
    EXPECT_EQ(some.size(), sessions_this_week(catalogue(), l.id)) << l.name;
    EXPECT_TRUE(std::is_sorted(some.begin(), some.end())) << l.name;
  }
}

TEST_F(PlacePagesTest, AQuietWeekIsSaidPlainly) {
  const core::Location* quiet = nullptr;
  for (const core::Location& l : catalogue().locations) {
    if (sessions_this_week(catalogue(), l.id) == 0) quiet = &l;
  }
  ASSERT_NE(quiet, nullptr) << "the demo network has no place without sessions this week";
  const http::Response r = get("/locatie/" + quiet->id, "nl");
  ASSERT_EQ(r.status, 200U);
  EXPECT_TRUE(week_dates(r.body).empty());
  EXPECT_NE(r.body.find(shown("nl", "Nothing is planned here this week.")), std::string::npos);
}

TEST_F(PlacePagesTest, AnotherDayGivesAnotherWeek) {
  const core::Location& busy = busiest_location();
  setenv("HVHK_TODAY", "2026-11-26", 1);  // NOLINT(concurrency-mt-unsafe)
  const std::vector<std::string> dates = week_dates(get("/locatie/" + busy.id).body);
  setenv("HVHK_TODAY", kToday, 1);  // NOLINT(concurrency-mt-unsafe)
  EXPECT_FALSE(dates.empty());
  for (const std::string& date : dates) {
    EXPECT_GE(date, "2026-11-26");
    EXPECT_LE(date, "2026-12-02");
  }
}

TEST_F(PlacePagesTest, OnlineLocation) {
  const core::Location& online = location_of_kind("online");
  ASSERT_FALSE(online.address.has_value());
  for (const web::Language& language : web::languages()) {
    const std::string lang(language.code);
    const http::Response r = get("/locatie/" + online.id, lang);
    ASSERT_EQ(r.status, 200U) << lang;
    EXPECT_EQ(count(r.body, "<h1"), 1U);
    EXPECT_NE(r.body.find(shown(lang, "Online")), std::string::npos) << lang;
    EXPECT_NE(r.body.find("href=\"" + web::escape_html(online.url) + "\""), std::string::npos) << lang;
    EXPECT_EQ(r.body.find("openstreetmap"), std::string::npos) << "no map for a place without an address";
  }
}

TEST_F(PlacePagesTest, UnknownIdsAreAFriendly404) {
  for (const web::Language& language : web::languages()) {
    const std::string lang(language.code);
    for (const std::string& path : {std::string("/locatie/00000000-0000-0000-0000-000000000000"),
                                    std::string("/huis/00000000-0000-0000-0000-000000000000"),
                                    "/locatie/" + catalogue().networks.front().id,  // a network is no location
                                    "/huis/" + catalogue().locations.front().id}) {
      const http::Response r = get(path, lang);
      EXPECT_EQ(r.status, 404U) << path;
      EXPECT_EQ(r.content_type, "text/html; charset=utf-8") << path;
      EXPECT_NE(r.body.find("<html lang=\"" + lang + "\""), std::string::npos) << path;
      EXPECT_NE(r.body.find("<h1>" + shown(lang, "Page not found") + "</h1>"), std::string::npos) << path;
    }
  }
  EXPECT_NE(get("/locatie/nope", "nl")
                .body.find(shown("nl",
                                 "This place does not exist (any more). Maybe it has "
                                 "closed or moved.")),
            std::string::npos);
  EXPECT_NE(get("/huis/nope", "nl").body.find(shown("nl", "This Huis van het Kind does not exist (any more).")),
            std::string::npos);
}

TEST_F(PlacePagesTest, HostileIdsGiveA404AndAreEscaped) {
  const std::string huge(20000, 'a');
  for (const std::string_view page : {"/locatie/", "/huis/"}) {
    for (const std::string& id :
         {huge, std::string("<script>alert(1)</script>"), std::string("\"><img src=x onerror=alert(2)>"),
          std::string(".."), std::string("../"), std::string("%2e%2e"), std::string("' OR '1'='1"),
          std::string("\xff\xfe"), std::string("a\0b", 3)}) {
      const http::Response r = get(std::string(page) + id);
      EXPECT_EQ(r.status, 404U) << page << id.substr(0, 40);
      EXPECT_EQ(r.body.find("<script"), std::string::npos) << page << id.substr(0, 40);
      EXPECT_EQ(r.body.find("<img"), std::string::npos) << page << id.substr(0, 40);
      EXPECT_EQ(r.body.find("\"><"), std::string::npos) << page << id.substr(0, 40);  // no way out of an attribute
      EXPECT_LT(r.body.size(), 200U * 1024) << page << "the id is not repeated without bound";
    }
  }
  // Paths with more segments are no page at all.
  EXPECT_EQ(get("/locatie/../../etc/passwd").status, 404U);
  EXPECT_EQ(get("/huis/a/b").status, 404U);
}

// A catalogue that tests the edges: a second network with its own place, a place with no
// network of its own, an offer that has stopped, an offer at a place of another network.
TEST(PlacePagesEdges, NetworkPlacesPartnersAndStoppedOffers) {
  core::Catalogue c = app::demo_network();
  const std::string home_id = c.networks.front().id;
  core::Network other;
  other.id = "network-2";
  other.name = "Huis van het Kind <Elders> (test)";
  c.networks.push_back(other);

  core::Organization elsewhere;
  elsewhere.id = "org-elsewhere";
  elsewhere.name = "Partner Elders";
  elsewhere.partner_type = "library";
  elsewhere.network_ids = {other.id};
  c.organizations.push_back(elsewhere);

  core::Location theirs;  // a place of the other network, used by none of ours
  theirs.id = "loc-theirs";
  theirs.network_id = other.id;
  theirs.organization_id = c.organizations.front().id;  // a partner of both networks
  theirs.kind = "partner-site";
  theirs.name = "Plek van het andere huis";
  c.organizations.front().network_ids.push_back(other.id);
  c.locations.push_back(theirs);

  core::Location shared;  // the other network's pool, used by one of our offers
  shared.id = "loc-shared";
  shared.network_id = other.id;
  shared.organization_id = elsewhere.id;
  shared.kind = "partner-site";
  shared.name = "Gedeeld zwembad";
  c.locations.push_back(shared);

  core::Location loose;  // no network of its own: belongs where its organisation is a partner
  loose.id = "loc-loose";
  loose.organization_id = elsewhere.id;
  loose.kind = "popup";
  loose.name = "Losse pop-up";
  c.locations.push_back(loose);

  core::ServiceAtLocation sal;
  sal.id = "sal-shared";
  sal.service_id = c.services.front().id;
  sal.location_id = shared.id;
  c.services.front().locations.push_back(sal);

  const std::string stopped_location = c.services[1].locations.front().location_id;
  c.services[1].status = "inactive";
  const std::string stopped_id = c.services[1].id;

  auto index = std::make_shared<const search::CatalogueIndex>(std::move(c));
  http::Router router;  // declared after index, so gone before it
  web::add_site_routes(router, [&index] { return index; });
  const auto page = [&router](const std::string& path) {
    http::Request req;
    req.method = "GET";
    req.path = path;
    req.query.add("lang", "nl");
    return router.dispatch(req);
  };
  const auto ids = [&index](const std::vector<std::uint32_t>& locations) {
    std::vector<std::string> out;
    out.reserve(locations.size());
    for (const std::uint32_t i : locations) out.push_back(index->catalogue().locations[i].id);
    return out;
  };

  const std::vector<std::string> ours = ids(index->locations_of_network(home_id));
  EXPECT_NE(std::find(ours.begin(), ours.end(), "loc-shared"), ours.end()) << "used by one of our offers";
  EXPECT_EQ(std::find(ours.begin(), ours.end(), "loc-theirs"), ours.end()) << "registered with the other network";
  EXPECT_EQ(std::find(ours.begin(), ours.end(), "loc-loose"), ours.end());
  const std::vector<std::string> theirs_ids = ids(index->locations_of_network("network-2"));
  EXPECT_NE(std::find(theirs_ids.begin(), theirs_ids.end(), "loc-theirs"), theirs_ids.end());
  EXPECT_NE(std::find(theirs_ids.begin(), theirs_ids.end(), "loc-loose"), theirs_ids.end());
  EXPECT_TRUE(std::is_sorted(index->locations_of_network(home_id).begin(), index->locations_of_network(home_id).end()));

  const http::Response other_page = page("/huis/network-2");
  ASSERT_EQ(other_page.status, 200U);
  EXPECT_NE(other_page.body.find("Huis van het Kind &lt;Elders&gt; (test)"), std::string::npos);
  EXPECT_EQ(other_page.body.find("<Elders>"), std::string::npos);
  EXPECT_NE(other_page.body.find("/locatie/loc-loose?lang=nl"), std::string::npos);
  EXPECT_NE(other_page.body.find("Partner Elders"), std::string::npos);
  EXPECT_NE(other_page.body.find(web::escape_html(web::catalog("nl").text("Bibliotheek"))), std::string::npos);
  EXPECT_NE(other_page.body.find(web::escape_html(index->catalogue().organizations.front().name)), std::string::npos)
      << "a partner of both networks is on both pages";

  // A stopped offer is neither in "this week" nor in "also here".
  const http::Response stopped = page("/locatie/" + stopped_location);
  ASSERT_EQ(stopped.status, 200U);
  EXPECT_EQ(stopped.body.find("/aanbod/" + stopped_id), std::string::npos);
  // The shared pool lists our offer although it belongs to the other network.
  EXPECT_NE(page("/locatie/loc-shared").body.find("/aanbod/" + index->catalogue().services.front().id),
            std::string::npos);
}

// The index's look-ups agree with a plain scan of the catalogue.
TEST(PlacePagesIndex, LookupsMatchAScan) {
  const search::CatalogueIndex index(app::demo_network());
  const core::Catalogue& c = index.catalogue();
  for (const core::Location& l : c.locations) {
    std::size_t n = 0;
    for (const core::Service& s : c.services) {
      for (const core::ServiceAtLocation& sal : s.locations) n += sal.location_id == l.id ? 1 : 0;
    }
    EXPECT_EQ(index.services_at_location(l.id).size(), n) << l.name;
    for (const search::SalRef& ref : index.services_at_location(l.id)) {
      EXPECT_EQ(c.services[ref.service].locations[ref.position].location_id, l.id);
    }
  }
  EXPECT_TRUE(index.services_at_location("no-such-place").empty());
  for (const core::Network& n : c.networks) {
    std::size_t offers = 0;
    for (const core::Service& s : c.services) offers += s.network_id == n.id ? 1 : 0;
    EXPECT_EQ(index.services_of_network(n.id).size(), offers);
    std::size_t partners = 0;
    for (const core::Organization& org : c.organizations) {
      partners += std::find(org.network_ids.begin(), org.network_ids.end(), n.id) != org.network_ids.end() ? 1 : 0;
    }
    EXPECT_EQ(index.organizations_of_network(n.id).size(), partners);
    std::size_t places = 0;
    for (const core::Location& l : c.locations) places += l.network_id == n.id ? 1 : 0;
    EXPECT_EQ(index.locations_of_network(n.id).size(), places);
    for (const std::string& nis : n.municipality_nis_codes) EXPECT_NE(index.municipality(nis), nullptr) << nis;
  }
  EXPECT_TRUE(index.locations_of_network("no-such-network").empty());
  EXPECT_EQ(index.municipality("00000"), nullptr);
}

}  // namespace
}  // namespace hvhk

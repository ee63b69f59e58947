// The family finder's pages, rendered in-process on the demo network: every page type in every
// language answers 200 with the right lang/dir, escapes what a visitor typed, explains empty
// results, and stays small enough for a cheap phone.
#include <gtest/gtest.h>

#include <memory>

#include "app/demo_network.h"
#include "http/router.h"
#include "search/catalogue_index.h"
#include "web/i18n.h"
#include "web/site.h"

namespace hvhk {
namespace {

class FinderPagesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    index_ = std::make_shared<const search::CatalogueIndex>(app::demo_network());
    router_ = std::make_unique<http::Router>();
    web::add_site_routes(*router_, [] { return index_; });
  }

  static http::Response get(const std::string& path, std::initializer_list<std::pair<const char*, const char*>> query,
                            std::initializer_list<std::pair<const char*, const char*>> headers = {}) {
    http::Request req;
    req.method = "GET";
    req.path = path;
    for (const auto& [k, v] : query) req.query.add(k, v);
    for (const auto& [k, v] : headers) req.headers.emplace(k, v);
    return router_->dispatch(req);
  }

  static std::shared_ptr<const search::CatalogueIndex> index_;
  static std::unique_ptr<http::Router> router_;
};

std::shared_ptr<const search::CatalogueIndex> FinderPagesTest::index_;
std::unique_ptr<http::Router> FinderPagesTest::router_;

TEST_F(FinderPagesTest, EveryPageTypeInEveryLanguage) {
  const std::string offer = "/aanbod/" + index_->catalogue().services.front().id;
  for (const web::Language& language : web::languages()) {
    const std::string lang(language.code);
    for (const std::string& path : {std::string("/"), std::string("/zoeken"), offer}) {
      const http::Response r = get(path, {{"lang", lang.c_str()}, {"q", "baby"}});
      EXPECT_EQ(r.status, 200U) << path << " " << lang;
      EXPECT_NE(r.body.find("<html lang=\"" + lang + "\" dir=\"" + (language.right_to_left ? "rtl" : "ltr") + "\">"),
                std::string::npos)
          << path << " " << lang;
      EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
      EXPECT_LT(r.body.size(), 60U * 1024) << path << " " << lang;
    }
  }
}

TEST_F(FinderPagesTest, ALanguageChosenByLinkIsRemembered) {
  const http::Response r = get("/", {{"lang", "tr"}});
  bool cookie = false;
  for (const auto& [name, value] : r.headers) {
    if (name == "Set-Cookie" && value.starts_with("hvhk_lang=tr;")) cookie = true;
  }
  EXPECT_TRUE(cookie);
  const http::Response again = get("/", {}, {{"cookie", "hvhk_lang=tr"}});
  EXPECT_NE(again.body.find("<html lang=\"tr\""), std::string::npos);
}

TEST_F(FinderPagesTest, WhatAVisitorTypesIsEscaped) {
  const http::Response r = get("/zoeken", {{"q", "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>"}});
  EXPECT_EQ(r.status, 200U);
  EXPECT_EQ(r.body.find("<script>"), std::string::npos);
  EXPECT_EQ(r.body.find("<img src=x"), std::string::npos);
  EXPECT_NE(r.body.find("&lt;script&gt;"), std::string::npos);
}

TEST_F(FinderPagesTest, BadInputGivesANormalPageWithAMessage) {
  const std::string huge(5000, 'a');
  for (const auto& query : std::vector<std::vector<std::pair<const char*, const char*>>>{
           {{"leeftijd", "999"}},
           {{"postcode", "abcd"}},
           {{"afstand", "-1"}},
           {{"pagina", "99999999999999999999"}},
           {{"q", "\xff\xfe\xc3"}},
           {{"q", huge.c_str()}},
           {{"geboortedatum", "99/99/99999999999"}},
           {{"geboortedatum", "0-0-0"}},
           {{"geboortedatum", "2024-02-30"}},
           {{"geboortedatum", "-2147483648/-1/-1"}},
           {{"geboortedatum", huge.c_str()}},
           {{"dag", "<script>"}},
           {{"moment", "nacht"}},
           {{"kost", "' OR 1=1 --"}},
           {{"taal", "\xff"}},
           {{"tolk", "2"}},
           {{"vorm", "\x00"}},
           {{"wanneer", "gisteren"}},
           {{"dag", "za"},
            {"moment", "avond"},
            {"kost", "gratis"},
            {"taal", "tr"},
            {"tolk", "1"},
            {"vorm", "online"},
            {"vrij", "1"},
            {"wanneer", "week"},
            {"geboortedatum", "2025-03-15"},
            {"postcode", "9240"}},
       }) {
    http::Request req;
    req.method = "GET";
    req.path = "/zoeken";
    for (const auto& [k, v] : query) req.query.add(k, v);
    const http::Response r = router_->dispatch(req);
    EXPECT_EQ(r.status, 200U) << query.front().first;
  }
  EXPECT_NE(get("/zoeken", {{"leeftijd", "999"}}).body.find("class=\"notice\""), std::string::npos);
  // A wrong choice is named once, and what was typed elsewhere is kept in the form.
  const http::Response r = get("/zoeken", {{"dag", "xx"}, {"moment", "yy"}, {"q", "zwemmen"}});
  EXPECT_EQ(r.status, 200U);
  const std::string notice = "We kennen een van je keuzes niet.";
  const std::size_t first = r.body.find(notice);
  EXPECT_NE(first, std::string::npos);
  EXPECT_EQ(r.body.find(notice, first + 1), std::string::npos);
  EXPECT_NE(r.body.find("value=\"zwemmen\""), std::string::npos);
}

TEST_F(FinderPagesTest, OfferPageHasDatesCalendarShareAndPoster) {
  setenv("HVHK_TODAY", "2026-11-23", 1);  // NOLINT(concurrency-mt-unsafe): one thread
  const core::Service* swim = nullptr;
  for (const core::Service& s : index_->catalogue().services) {
    if (s.name == "Peuterzwemmen") swim = &s;
  }
  ASSERT_NE(swim, nullptr);
  const std::string path = "/aanbod/" + swim->id;
  const http::Response page = get(path, {{"lang", "nl"}}, {{"host", "hvhk.example"}});
  EXPECT_NE(page.body.find("zaterdag 28 november, \u206609:00–10:00\u2069"), std::string::npos);
  EXPECT_NE(page.body.find("value=\"http://hvhk.example" + path + "?lang=nl\""), std::string::npos);
  EXPECT_NE(page.body.find(path + "/affiche?lang=nl"), std::string::npos);

  const http::Response ics =
      get(path + "/kalender.ics", {{"plaats", swim->locations.front().location_id.c_str()}}, {{"host", "h.example"}});
  EXPECT_EQ(ics.status, 200U);
  EXPECT_EQ(ics.content_type, "text/calendar; charset=utf-8");
  EXPECT_NE(ics.body.find("RRULE:FREQ=WEEKLY"), std::string::npos);
  EXPECT_EQ(get(path + "/kalender.ics", {{"plaats", "elsewhere"}}).status, 404U);

  const http::Response qr = get(path + "/qr.svg", {{"lang", "tr"}});
  EXPECT_EQ(qr.status, 200U);
  EXPECT_EQ(qr.content_type, "image/svg+xml");
  EXPECT_TRUE(qr.body.starts_with("<svg"));
  EXPECT_EQ(get(path + "/affiche", {{"lang", "ar"}}).status, 200U);
  // A Host header that is not a plain host name never reaches a link.
  const http::Response odd = get(path, {}, {{"host", "evil.example\"><script>"}});
  EXPECT_EQ(odd.body.find("evil.example"), std::string::npos);
  unsetenv("HVHK_TODAY");  // NOLINT(concurrency-mt-unsafe)
}

TEST_F(FinderPagesTest, FiltersCombineAndEachCanBeRemoved) {
  const http::Response all = get("/zoeken", {});
  const http::Response some = get("/zoeken", {{"leeftijd", "1-3"}, {"thema", "leisure"}});
  EXPECT_NE(some.body.find("/zoeken?thema=leisure&amp;lang=nl"), std::string::npos);  // remove the age
  EXPECT_NE(some.body.find("/zoeken?leeftijd=1-3&amp;lang=nl"), std::string::npos);   // remove the theme
  EXPECT_LT(some.body.size(), all.body.size());
}

TEST_F(FinderPagesTest, NoResultsSaysWhyAndOffersToRelax) {
  const http::Response r = get("/zoeken", {{"q", "peuterzwemmen"}, {"postcode", "9290"}, {"afstand", "2"}});
  EXPECT_NE(r.body.find("class=\"empty\""), std::string::npos);
  EXPECT_NE(r.body.find("afstand=6"), std::string::npos);  // "search within 6 km", which finds it
  // A way out that would find nothing either is not offered.
  const http::Response unknown = get("/zoeken", {{"q", "xylofoonles"}, {"postcode", "9240"}, {"afstand", "2"}});
  EXPECT_EQ(unknown.body.find("afstand=6"), std::string::npos);
}

TEST_F(FinderPagesTest, FinishedPagesAreKeptButNeverMixedUp) {
  const http::Response first = get("/zoeken", {{"q", "zwemmen"}, {"leeftijd", "1-3"}});
  EXPECT_EQ(get("/zoeken", {{"q", "zwemmen"}, {"leeftijd", "1-3"}}).body, first.body);
  // A value that spells out other parameters is its own page, not the cached one.
  EXPECT_NE(get("/zoeken", {{"q", "zwemmen\n8:3:leeftijd1-3"}}).body, first.body);
  EXPECT_NE(get("/zoeken", {{"q", "zwemmen\nleeftijd=1-3"}}).body, first.body);
  // The same link in another language is another page.
  EXPECT_NE(get("/zoeken", {{"q", "zwemmen"}, {"leeftijd", "1-3"}}, {{"accept-language", "fr"}}).body, first.body);
}

TEST_F(FinderPagesTest, RemovingTheAgeBandKeepsTheBirthDate) {
  const http::Response r = get("/zoeken", {{"leeftijd", "0-1"}, {"geboortedatum", "2025-03-15"}});
  EXPECT_NE(r.body.find("/zoeken?geboortedatum=2025-03-15&amp;lang=nl"), std::string::npos);
  EXPECT_NE(r.body.find("/zoeken?leeftijd=0-1&amp;lang=nl"), std::string::npos);
}

TEST_F(FinderPagesTest, NoResultsNamesTheWordsThatMatchedNothing) {
  const http::Response r = get("/zoeken", {{"q", "zwemles xylofoonles"}});
  EXPECT_NE(r.body.find("We vonden niets voor &quot;xylofoonles&quot;"), std::string::npos);
}

TEST_F(FinderPagesTest, UnknownOfferIsAFriendly404) {
  const http::Response r = get("/aanbod/00000000-0000-0000-0000-000000000000", {});
  EXPECT_EQ(r.status, 404U);
  EXPECT_NE(r.body.find("<h1>"), std::string::npos);
}

// An archived offer (HSDS status inactive) is gone for families: its page, poster, QR code and
// calendar file answer "not found", though the open data still lists it with its status.
TEST(FinderArchivedOffer, HasNoPageAnyMore) {
  core::Catalogue c = app::demo_network();
  c.services.front().status = "inactive";
  const std::string id = c.services.front().id;
  auto index = std::make_shared<const search::CatalogueIndex>(std::move(c));
  http::Router router;
  web::add_site_routes(router, [index] { return index; });
  for (const std::string& path : {"/aanbod/" + id, "/aanbod/" + id + "/affiche", "/aanbod/" + id + "/qr.svg"}) {
    http::Request req;
    req.method = "GET";
    req.path = path;
    EXPECT_EQ(router.dispatch(req).status, 404U) << path;
  }
}

}  // namespace
}  // namespace hvhk

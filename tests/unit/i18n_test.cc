// The interface's translations: catalogues parse, every language has every message, plural
// rules match the catalogues' headers, and the language is chosen as families expect.
#include "web/i18n.h"

#include <gtest/gtest.h>

namespace hvhk::web {
namespace {

TEST(Catalog, ParsesEntriesContinuationsEscapesAndPlurals) {
  const auto parsed = Catalog::parse_po(R"(# comment
msgid ""
msgstr ""
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

msgid "Hello \"you\""
msgstr "Hallo "
"\"jij\""

#, fuzzy
msgid "Not yet"
msgstr "Nog niet"

msgid "{0} offer"
msgid_plural "{0} offers"
msgstr[0] "{0} aanbod"
msgstr[1] "{0} aanbiedingen"
)",
                                        "nl");
  ASSERT_TRUE(parsed.has_value()) << parsed.error().message;
  EXPECT_EQ(parsed->text("Hello \"you\""), "Hallo \"jij\"");
  EXPECT_EQ(parsed->text("Not yet"), "Not yet");  // fuzzy entries are not used
  EXPECT_EQ(parsed->text("Unknown"), "Unknown");
  EXPECT_EQ(parsed->plural("{0} offer", "{0} offers", 1), "{0} aanbod");
  EXPECT_EQ(parsed->plural("{0} offer", "{0} offers", 7), "{0} aanbiedingen");
  EXPECT_NE(parsed->plural_forms_header().find("nplurals=2"), std::string::npos);
}

TEST(Catalog, NamesTheLineItCannotRead) {
  const auto parsed = Catalog::parse_po("msgid \"a\"\nmsgstr \"b\"\nthis is not po\n", "fr");
  ASSERT_FALSE(parsed.has_value());
  EXPECT_NE(parsed.error().message.find("line 3"), std::string::npos);
}

TEST(Catalog, APageGroupsFileJoinsTheMainOne) {
  auto main = Catalog::parse_po("msgid \"Search\"\nmsgstr \"Zoeken\"\n", "nl");
  auto group = Catalog::parse_po("msgid \"Save\"\nmsgstr \"Bewaren\"\nmsgid \"Search\"\nmsgstr \"X\"\n", "nl");
  ASSERT_TRUE(main && group);
  main->merge(std::move(*group));
  EXPECT_EQ(main->size(), 2U);
  EXPECT_EQ(main->text("Save"), "Bewaren");
  EXPECT_EQ(main->text("Search"), "Zoeken");  // the main file wins
}

TEST(Catalogs, EveryLanguageHasEveryMessage) {
  const Catalog& english = catalog("en");
  ASSERT_GT(english.size(), 60U);
  for (const Language& language : languages()) {
    const Catalog& c = catalog(language.code);
    EXPECT_EQ(c.size(), english.size()) << language.code;
    EXPECT_TRUE(c.has("Find what fits your family")) << language.code;
    EXPECT_TRUE(c.has("{0} offer found")) << language.code;
  }
  EXPECT_EQ(catalog("nl").text("Search"), "Zoeken");
  EXPECT_EQ(catalog("ar").text("Search"), "ابحث");
}

TEST(Catalogs, PluralRulesMatchTheHeaders) {
  for (const Language& language : languages()) {
    const std::string& header = catalog(language.code).plural_forms_header();
    std::size_t forms = 0;
    for (long n = 0; n < 1000; ++n) forms = std::max(forms, plural_index(language.code, n) + 1);
    EXPECT_NE(header.find("nplurals=" + std::to_string(forms)), std::string::npos) << language.code << ": " << header;
  }
  EXPECT_EQ(plural_index("uk", 1), 0U);
  EXPECT_EQ(plural_index("uk", 3), 1U);
  EXPECT_EQ(plural_index("uk", 11), 2U);
  EXPECT_EQ(plural_index("ar", 0), 0U);
  EXPECT_EQ(plural_index("ar", 105), 3U);
  EXPECT_EQ(plural_index("fr", 0), 0U);
  EXPECT_EQ(plural_index("nl", 0), 1U);
}

http::Request request_with(std::initializer_list<std::pair<const char*, const char*>> headers, const char* lang) {
  http::Request r;
  for (const auto& [k, v] : headers) r.headers.emplace(k, v);
  if (lang != nullptr) r.query.add("lang", lang);
  return r;
}

TEST(ChooseLanguage, LinkThenCookieThenBrowserThenDutch) {
  EXPECT_EQ(choose_language(request_with({}, nullptr)).language->code, "nl");
  EXPECT_EQ(choose_language(request_with({{"accept-language", "tr-TR,tr;q=0.9,en;q=0.8"}}, nullptr)).language->code,
            "tr");
  EXPECT_EQ(choose_language(request_with({{"accept-language", "de-DE,uk;q=0.5"}}, nullptr)).language->code, "uk");
  EXPECT_EQ(choose_language(request_with({{"cookie", "a=b; hvhk_lang=ar"}, {"accept-language", "fr"}}, nullptr))
                .language->code,
            "ar");
  const auto linked = choose_language(request_with({{"cookie", "hvhk_lang=ar"}}, "en"));
  EXPECT_EQ(linked.language->code, "en");
  EXPECT_TRUE(linked.from_link);
  EXPECT_EQ(choose_language(request_with({}, "xx")).language->code, "nl");
  EXPECT_TRUE(find_language("ar")->right_to_left);
}

}  // namespace
}  // namespace hvhk::web

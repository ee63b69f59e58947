// The coverage page and its downloads at router level, on the demo network: the matrix with
// the same figures as core::coverage, the municipality filter (and an unknown municipality),
// the offers behind a cell, the CSV (a row per municipality × theme × age band) and the Excel
// workbook (a real zip whose sheet holds the cells; read back with Python's zipfile).
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "api/csv.h"
#include "core/coverage.h"
#include "core/vocabulary.h"
#include "http/target.h"
#include "portal_world.h"
#include "web/i18n.h"

namespace hvhk {
namespace {

class CoveragePages : public testing::PortalWorld {
 protected:
  http::Response get(const std::string& person, const std::string& target) {
    http::Request req;
    req.method = "GET";
    std::string error;
    EXPECT_TRUE(http::parse_target(target, req, error)) << error;
    if (!person.empty()) req.headers.emplace("cookie", "hvhk_session=" + sessions_.at(person));
    return router_.dispatch(req);
  }

  // The last value of the header (a private page's "no-store" comes after the layout's default).
  static std::string header(const http::Response& r, const std::string& name) {
    std::string found;
    for (const auto& [key, value] : r.headers) {
      if (key == name) found = value;
    }
    return found;
  }

  // The word the Dutch interface uses for a vocabulary term.
  static std::string dutch(std::string_view label_nl) { return std::string(web::catalog("nl").text(label_nl)); }

  core::CoverageMatrix matrix(const std::string& municipality = "") {
    auto computed = core::coverage(index_->catalogue(), network_, municipality);
    EXPECT_TRUE(computed);
    return computed ? *computed : core::CoverageMatrix{};
  }

  std::string base() const { return "/portaal/huis/" + network_ + "/dekking"; }
};

// Runs python3 on the workbook's bytes and returns what it prints: the sheet's XML and the
// shared strings, or "not a zip".
std::string workbook_xml(const std::string& bytes) {
  const std::filesystem::path file = std::filesystem::temp_directory_path() / "hvhk_coverage_test.xlsx";
  std::ofstream(file, std::ios::binary) << bytes;
  const std::string command =
      "/usr/bin/python3 -c \"import sys, zipfile\n"
      "try:\n"
      "  z = zipfile.ZipFile(sys.argv[1])\n"
      "  assert z.testzip() is None\n"
      "  print(z.read('xl/worksheets/sheet1.xml').decode())\n"
      "  print(z.read('xl/sharedStrings.xml').decode())\n"
      "except Exception as e:\n"
      "  print('not a zip', e)\" " +
      file.string();
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return "python3 did not run";
  std::array<char, 4096> buffer{};
  while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
  pclose(pipe);
  std::filesystem::remove(file);
  return out;
}

TEST_F(CoveragePages, TheMatrixShowsTheFiguresOfTheWholeNetwork) {
  const http::Response r = get("coordinator", base());
  ASSERT_EQ(r.status, 200U) << r.body.substr(0, 400);
  EXPECT_EQ(header(r, "Cache-Control"), "no-store");
  EXPECT_NE(r.body.find("<h1>Dekking van het aanbod</h1>"), std::string::npos);
  const core::CoverageMatrix whole = matrix();
  EXPECT_NE(r.body.find("Hiaten: " + std::to_string(whole.gaps()) + ". Overlap: " + std::to_string(whole.overlaps())),
            std::string::npos);
  // Every theme is a row header and every age band a column header, in Dutch.
  for (const core::Term& theme : core::themes().terms) {
    EXPECT_NE(r.body.find("<th scope=\"row\">" + dutch(theme.label_nl)), std::string::npos) << theme.code;
  }
  for (const core::Term& band : core::age_bands().terms) {
    EXPECT_NE(r.body.find("<th scope=\"col\">" + dutch(band.label_nl) + "</th>"), std::string::npos) << band.code;
  }
  // Gaps and overlaps say so in words, not only by colour; the threshold is on the page.
  EXPECT_NE(r.body.find("<span class=\"visually-hidden\">hiaat</span>"), std::string::npos);
  EXPECT_NE(r.body.find("aanbod van " + std::to_string(core::kOverlapPartners) + " of meer verschillende partners"),
            std::string::npos);
  EXPECT_NE(r.body.find("online of aan de telefoon"), std::string::npos);
  // The table scrolls in a labelled, focusable box.
  EXPECT_NE(r.body.find("role=\"region\" aria-labelledby=\"matrix-heading\" tabindex=\"0\""), std::string::npos);
  // One link per cell with offers.
  std::size_t cells_with_offers = 0;
  for (const core::CoverageCell& cell : whole.cells) cells_with_offers += cell.gap() ? 0 : 1;
  std::size_t links = 0;
  for (auto at = r.body.find("&amp;leeftijd="); at != std::string::npos; at = r.body.find("&amp;leeftijd=", at + 1)) {
    ++links;
  }
  EXPECT_EQ(links, cells_with_offers);
}

TEST_F(CoveragePages, OneMunicipalityIsChosenWithTheForm) {
  const http::Response r = get("coordinator", base() + "?gemeente=" + municipality_);
  ASSERT_EQ(r.status, 200U);
  EXPECT_NE(r.body.find("<option value=\"" + municipality_ + "\" selected>"), std::string::npos);
  const core::CoverageMatrix here = matrix(municipality_);
  EXPECT_NE(r.body.find("Hiaten: " + std::to_string(here.gaps()) + "."), std::string::npos);
  // The downloads keep the filter.
  EXPECT_NE(r.body.find("dekking.csv?gemeente=" + municipality_), std::string::npos);
}

TEST_F(CoveragePages, AnUnknownMunicipalityShowsTheWholeNetworkWithAMessage) {
  const http::Response r = get("coordinator", base() + "?gemeente=11002");
  EXPECT_EQ(r.status, 400U);
  EXPECT_NE(r.body.find("Deze gemeente hoort niet bij dit Huis van het Kind"), std::string::npos);
  EXPECT_NE(r.body.find("aria-describedby=\"gemeente-error\""), std::string::npos);
  EXPECT_NE(r.body.find("Hiaten: " + std::to_string(matrix().gaps()) + "."), std::string::npos);
  EXPECT_EQ(get("coordinator", base() + ".csv?gemeente=11002").status, 400U);
  EXPECT_EQ(get("coordinator", base() + ".xlsx?gemeente=11002").status, 400U);
}

TEST_F(CoveragePages, ACellListsItsOffersWithTheirPartners) {
  const core::CoverageMatrix here = matrix(municipality_);
  const auto cell = std::find_if(here.cells.begin(), here.cells.end(), [](const auto& c) { return c.count() >= 2; });
  ASSERT_NE(cell, here.cells.end());
  const http::Response r =
      get("municipality", base() + "?gemeente=" + municipality_ + "&thema=" + std::string(cell->theme) +
                              "&leeftijd=" + std::string(cell->age_band));
  ASSERT_EQ(r.status, 200U);
  EXPECT_NE(r.body.find("<h2 id=\"aanbod\">Aanbod voor"), std::string::npos);
  for (const std::string& id : cell->service_ids) {
    EXPECT_NE(r.body.find("href=\"/aanbod/" + id + "?lang=nl\""), std::string::npos) << id;
  }
  EXPECT_EQ(get("municipality", base() + "?thema=flying&leeftijd=0-1").status, 400U);
}

TEST_F(CoveragePages, TheCsvHasARowPerMunicipalityThemeAndAgeBand) {
  const http::Response r = get("opgroeien", base() + ".csv");
  ASSERT_EQ(r.status, 200U) << r.body.substr(0, 300);
  EXPECT_EQ(r.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(header(r, "Cache-Control"), "no-store");
  const std::string disposition = header(r, "Content-Disposition");
  EXPECT_TRUE(disposition.starts_with("attachment; filename=\"dekking-huis-van-het-kind-")) << disposition;
  EXPECT_TRUE(disposition.ends_with(".csv\"")) << disposition;
  const auto rows = api::parse_csv(r.body);
  ASSERT_TRUE(rows);
  const core::Network& net = *index_->network(network_);
  const std::size_t cells = core::themes().terms.size() * core::age_band_ranges().size();
  ASSERT_EQ(rows->size(), 1 + net.municipality_nis_codes.size() * cells);
  EXPECT_EQ(rows->front(),
            (api::CsvRow{"Gemeente", "Thema", "Leeftijd", "Aantal aanbod", "Partners", "Aanbod", "Hiaat", "Overlap"}));
  // Each municipality's rows carry that municipality's figures.
  for (std::size_t m = 0; m < net.municipality_nis_codes.size(); ++m) {
    const core::CoverageMatrix here = matrix(net.municipality_nis_codes[m]);
    for (std::size_t i = 0; i < cells; ++i) {
      const api::CsvRow& row = (*rows)[1 + m * cells + i];
      ASSERT_EQ(row.size(), 8U);
      EXPECT_EQ(row[0], index_->municipality(net.municipality_nis_codes[m])->name);
      EXPECT_EQ(row[3], std::to_string(here.cells[i].count()));
      EXPECT_EQ(row[6], here.cells[i].gap() ? "ja" : "");
      EXPECT_EQ(row[7], here.cells[i].overlap() ? "ja" : "");
    }
  }
  // One municipality: only its rows.
  const auto one = api::parse_csv(get("opgroeien", base() + ".csv?gemeente=" + municipality_).body);
  ASSERT_TRUE(one);
  EXPECT_EQ(one->size(), 1 + cells);
}

TEST_F(CoveragePages, TheWorkbookIsAZipWhoseSheetHoldsTheCells) {
  const http::Response r = get("coordinator", base() + ".xlsx?gemeente=" + municipality_);
  ASSERT_EQ(r.status, 200U) << r.body.substr(0, 300);
  EXPECT_EQ(r.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(header(r, "Cache-Control"), "no-store");
  EXPECT_TRUE(header(r, "Content-Disposition").ends_with(".xlsx\""));
  ASSERT_TRUE(r.body.starts_with("PK"));
  const std::string xml = workbook_xml(r.body);
  ASSERT_EQ(xml.find("not a zip"), std::string::npos) << xml;
  // Header row frozen, column widths set, the header and the municipality as text.
  EXPECT_NE(xml.find("state=\"frozen\""), std::string::npos);
  EXPECT_NE(xml.find("<col "), std::string::npos);
  for (const std::string& text :
       std::vector<std::string>{"Gemeente", "Aantal aanbod", "Hiaat", dutch("Preventieve gezondheidszorg")}) {
    EXPECT_NE(xml.find("<t>" + text + "</t>"), std::string::npos) << text;
  }
  EXPECT_NE(xml.find(index_->municipality(municipality_)->name), std::string::npos);
  // The first data row holds the count of the first cell as a number.
  const core::CoverageMatrix here = matrix(municipality_);
  EXPECT_NE(xml.find("<c r=\"D2\"><v>" + std::to_string(here.cells[0].count()) + "</v></c>"), std::string::npos)
      << xml.substr(0, 2000);
}

}  // namespace
}  // namespace hvhk

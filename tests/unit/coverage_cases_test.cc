// Runs every coverage case in tests/cases/coverage/*.txt: a small catalogue (municipalities,
// places, offers), then the cells of the coverage matrix it must give (see
// tests/cases/coverage/README.md). Cases are data, so anyone can add one.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "core/coverage.h"
#include "core/vocabulary.h"

namespace hvhk::core {
namespace {

constexpr std::string_view kNetwork = "huis";

std::filesystem::path cases_dir() {
  return std::filesystem::path(__FILE__).parent_path().parent_path() / "cases" / "coverage";
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// "a, b ,c" -> {"a", "b", "c"}; "" -> {}.
std::vector<std::string> list_of(std::string_view text) {
  std::vector<std::string> out;
  if (trimmed(text).empty()) return out;
  while (true) {
    const auto comma = text.find(',');
    out.emplace_back(trimmed(text.substr(0, comma)));
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

std::string shown(std::vector<std::string> list) {
  std::sort(list.begin(), list.end());
  std::string out = "[";
  for (const std::string& item : list) out += (out.size() > 1 ? ", " : "") + item;
  return out + "]";
}

// Splits "ID: rest" into its two parts; nullopt without a colon.
std::optional<std::pair<std::string, std::string_view>> named(std::string_view rest) {
  const auto colon = rest.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  return std::pair{std::string(trimmed(rest.substr(0, colon))), trimmed(rest.substr(colon + 1))};
}

// One case file: collects failures as "file:line: what".
class CaseFile {
 public:
  explicit CaseFile(std::filesystem::path path) : path_(std::move(path)) {
    catalogue_.networks.push_back(Network{std::string(kNetwork), "Huis van het Kind Test", "", "", "", {}});
    catalogue_.networks.push_back(Network{"elders", "Huis van het Kind Elders", "", "", "", {}});
  }

  std::vector<std::string> run() {
    std::ifstream in(path_);
    if (!in) return {path_.string() + ": cannot be read"};
    std::string line;
    while (std::getline(in, line)) {
      ++number_;
      const std::string_view text = trimmed(line);
      if (text.empty() || text.starts_with('#')) continue;
      const auto space = text.find(' ');
      const std::string_view directive = text.substr(0, space);
      const std::string_view rest = space == std::string_view::npos ? "" : trimmed(text.substr(space + 1));
      if (directive == "municipality") {
        municipality(rest);
      } else if (directive == "location") {
        location(rest);
      } else if (directive == "offer") {
        offer(rest);
      } else if (directive == "in") {
        in_place(rest);
      } else if (directive == "cell" || directive == "partners" || directive == "mark") {
        cell(directive, rest);
      } else if (directive == "totals") {
        totals(rest);
      } else {
        fail("unknown line; expected municipality, location, offer, in, cell, partners, mark or totals");
      }
    }
    if (checks_ == 0) fail("no checks (cell, partners, mark or totals)");
    return failures_;
  }

 private:
  void fail(const std::string& what) {
    failures_.push_back(path_.filename().string() + ":" + std::to_string(number_) + ": " + what);
  }

  bool catalogue_closed() {
    if (!matrix_ && !refused_) return false;
    fail("the catalogue goes before the first 'in' line");
    return true;
  }

  // municipality NIS NAME: POSTCODE, POSTCODE — one of the network's municipalities.
  void municipality(std::string_view rest) {
    if (catalogue_closed()) return;
    const auto parts = named(rest);
    if (!parts) return fail("expected: municipality NIS NAME: POSTCODE, ...");
    const auto space = parts->first.find(' ');
    Municipality m{parts->first.substr(0, space), space == std::string::npos ? "" : parts->first.substr(space + 1),
                   list_of(parts->second)};
    catalogue_.networks.front().municipality_nis_codes.push_back(m.nis_code);
    catalogue_.municipalities.push_back(std::move(m));
  }

  // location ID: POSTCODE, or location ID: online (a place without an address).
  void location(std::string_view rest) {
    if (catalogue_closed()) return;
    const auto parts = named(rest);
    if (!parts || parts->first.empty() || parts->second.empty()) {
      return fail("expected: location ID: POSTCODE or location ID: online");
    }
    Location place;
    place.id = parts->first;
    place.network_id = kNetwork;
    place.kind = parts->second == "online" ? "online" : "partner-site";
    if (parts->second != "online") place.address = Address{"Straat 1", std::string(parts->second), "", "BE"};
    catalogue_.locations.push_back(std::move(place));
  }

  // offer ID: partner=P themes=T,T months=MIN..MAX at=L,L status=S network=N
  void offer(std::string_view rest) {
    if (catalogue_closed()) return;
    const auto parts = named(rest);
    if (!parts || parts->first.empty()) return fail("expected: offer ID: partner=P themes=T months=MIN..MAX ...");
    Service service;
    service.id = parts->first;
    service.name = parts->first;
    service.network_id = kNetwork;
    std::string_view fields = parts->second;
    while (!fields.empty()) {
      const auto end = fields.find(' ');
      const std::string_view field = fields.substr(0, end);
      fields = end == std::string_view::npos ? "" : trimmed(fields.substr(end + 1));
      const auto equals = field.find('=');
      if (equals == std::string_view::npos) return fail("expected key=value, got " + std::string(field));
      const std::string_view key = field.substr(0, equals);
      const std::string value(field.substr(equals + 1));
      if (key == "partner") {
        service.organization_id = value;
      } else if (key == "themes") {
        service.themes = list_of(value);
        for (const std::string& theme : service.themes) {
          if (!themes().contains(theme)) return fail("unknown theme " + theme);
        }
      } else if (key == "months") {
        const auto dots = value.find("..");
        if (dots == std::string::npos) return fail("expected months=MIN..MAX, e.g. months=-9..-1");
        service.min_age_months = std::stoi(value.substr(0, dots));
        service.max_age_months = std::stoi(value.substr(dots + 2));
      } else if (key == "at") {
        for (const std::string& place : list_of(value)) {
          if (std::none_of(catalogue_.locations.begin(), catalogue_.locations.end(),
                           [&](const Location& l) { return l.id == place; })) {
            return fail("no location " + place + " in this file (locations go before the offers)");
          }
          service.locations.push_back(ServiceAtLocation{service.id + "@" + place, service.id, place, "", {}});
        }
      } else if (key == "status") {
        // Underscores stand for spaces: status=temporarily_closed.
        service.status = value;
        std::replace(service.status.begin(), service.status.end(), '_', ' ');
      } else if (key == "network") {
        service.network_id = value;
      } else {
        return fail("unknown key " + std::string(key) + "; expected partner, themes, months, at, status or network");
      }
    }
    if (service.organization_id.empty() || service.themes.empty()) return fail("an offer needs a partner and themes");
    if (std::any_of(catalogue_.services.begin(), catalogue_.services.end(),
                    [&](const Service& s) { return s.id == service.id; })) {
      return fail("offer " + service.id + " is there twice");
    }
    catalogue_.services.push_back(std::move(service));
  }

  // in network | in NIS | in NIS refused
  void in_place(std::string_view rest) {
    matrix_.reset();
    refused_ = false;
    const bool expect_refusal = rest.ends_with(" refused");
    if (expect_refusal) rest = trimmed(rest.substr(0, rest.size() - std::string_view(" refused").size()));
    Result<CoverageMatrix> computed = coverage(catalogue_, kNetwork, rest == "network" ? "" : rest);
    if (expect_refusal) {
      ++checks_;
      refused_ = true;
      if (computed) fail("in " + std::string(rest) + ": expected a refusal, got a matrix");
      return;
    }
    if (!computed) return fail("in " + std::string(rest) + ": " + computed.error().message);
    matrix_ = std::move(*computed);
  }

  const CoverageCell* find_cell(std::string_view theme, std::string_view age_band) {
    for (const CoverageCell& c : matrix_->cells) {
      if (c.theme == theme && c.age_band == age_band) return &c;
    }
    fail(fmt::format("no cell {} {}: check the theme and age band codes", theme, age_band));
    return nullptr;
  }

  // cell THEME AGE -> OFFER, ... | partners THEME AGE -> PARTNER, ... | mark THEME AGE -> gap|overlap|none
  void cell(std::string_view directive, std::string_view rest) {
    ++checks_;
    if (!matrix_) return fail("an 'in' line goes before the checks");
    const auto arrow = rest.find("->");
    const auto space = rest.find(' ');
    if (arrow == std::string_view::npos || space == std::string_view::npos || space > arrow) {
      return fail("expected: " + std::string(directive) + " THEME AGE -> ...");
    }
    const std::string_view theme = rest.substr(0, space);
    const std::string_view age_band = trimmed(rest.substr(space, arrow - space));
    const CoverageCell* found = find_cell(theme, age_band);
    if (found == nullptr) return;
    const std::vector<std::string> expected = list_of(rest.substr(arrow + 2));
    const std::string what = fmt::format("{} {} {} in {}: ", directive, theme, age_band,
                                         matrix_->municipality.empty() ? "network" : matrix_->municipality);
    if (directive == "cell") {
      if (shown(found->service_ids) != shown(expected)) {
        fail(fmt::format("{}offers {}, expected {}", what, shown(found->service_ids), shown(expected)));
      }
    } else if (directive == "partners") {
      if (shown(found->organization_ids) != shown(expected)) {
        fail(fmt::format("{}partners {}, expected {}", what, shown(found->organization_ids), shown(expected)));
      }
    } else {
      std::vector<std::string> marks;
      if (found->gap()) marks.emplace_back("gap");
      if (found->overlap()) marks.emplace_back("overlap");
      if (marks.empty()) marks.emplace_back("none");
      if (shown(marks) != shown(expected))
        fail(fmt::format("{}marked {}, expected {}", what, shown(marks), shown(expected)));
    }
  }

  // totals -> GAPS gaps, OVERLAPS overlaps
  void totals(std::string_view rest) {
    ++checks_;
    if (!matrix_) return fail("an 'in' line goes before the checks");
    const std::string got = fmt::format("-> {} gaps, {} overlaps", matrix_->gaps(), matrix_->overlaps());
    if (got != rest) fail(fmt::format("totals {}, expected {}", got, rest));
  }

  std::filesystem::path path_;
  std::size_t number_ = 0;
  std::size_t checks_ = 0;
  Catalogue catalogue_;
  std::optional<CoverageMatrix> matrix_;
  bool refused_ = false;
  std::vector<std::string> failures_;
};

std::vector<std::filesystem::path> case_files() {
  std::vector<std::filesystem::path> out;
  if (!std::filesystem::is_directory(cases_dir())) return out;
  for (const auto& entry : std::filesystem::directory_iterator(cases_dir())) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(CoverageCases, EveryCaseFilePasses) {
  const std::vector<std::filesystem::path> files = case_files();
  ASSERT_FALSE(files.empty()) << "no cases in " << cases_dir();
  for (const std::filesystem::path& file : files) {
    for (const std::string& failure : CaseFile(file).run()) ADD_FAILURE() << failure;
  }
}

TEST(CoverageCases, TheRunnerReportsMistakesInACase) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "hvhk_coverage_case_mistakes.txt";
  {
    std::ofstream out(path);
    out << "# a broken case\n"
           "municipality 42028 Zele: 9240\n"
           "offer a: partner=p themes=leisure months=0..11\n"
           "offer a: partner=p themes=leisure months=0..11\n"
           "offer b: partner=p themes=flying months=0..11\n"
           "offer c: partner=p themes=leisure at=nowhere\n"
           "cell leisure 0-1 -> a\n"
           "in network\n"
           "cell leisure 0-1 -> a, b\n"
           "mark leisure 0-1 -> gap\n"
           "cell leisure 99 -> \n"
           "offer d: partner=p themes=leisure\n"
           "totals -> 0 gaps, 0 overlaps\n"
           "what is this\n";
  }
  const std::vector<std::string> failures = CaseFile(path).run();
  std::filesystem::remove(path);
  const std::vector<std::string> expected_lines{
      ":4:", ":5:", ":6:", ":7:", ":9:", ":10:", ":11:", ":12:", ":13:", ":14:"};
  ASSERT_EQ(failures.size(), expected_lines.size()) << shown(failures);
  for (std::size_t i = 0; i < failures.size(); ++i) {
    EXPECT_NE(failures[i].find(expected_lines[i]), std::string::npos) << failures[i];
  }
}

}  // namespace
}  // namespace hvhk::core

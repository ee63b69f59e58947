// Runs every search case in tests/cases/search/*.txt: offers, then queries with the offers
// they must find (see tests/cases/search/README.md). Cases are data, so anyone can add one.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "search/catalogue_index.h"

namespace hvhk::search {
namespace {

std::filesystem::path cases_dir() {
  return std::filesystem::path(__FILE__).parent_path().parent_path() / "cases" / "search";
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

std::string shown(const std::vector<std::string>& list) {
  std::string out = "[";
  for (const std::string& item : list) out += (out.size() > 1 ? ", " : "") + item;
  return out + "]";
}

// One case file: collects failures as "file:line: what".
class CaseFile {
 public:
  explicit CaseFile(std::filesystem::path path) : path_(std::move(path)) {}

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
      if (directive == "offer") {
        offer(rest);
      } else if (directive == "synonym") {
        synonym(rest);
      } else if (directive == "find" || directive == "rank" || directive == "none") {
        query(directive, rest);
      } else {
        fail("unknown line; expected offer, synonym, find, rank or none");
      }
    }
    if (queries_ == 0) fail("no queries (find, rank or none)");
    return failures_;
  }

 private:
  void fail(const std::string& what) {
    failures_.push_back(path_.filename().string() + ":" + std::to_string(number_) + ": " + what);
  }

  void offer(std::string_view rest) {
    if (index_) return fail("offers go before the first query");
    const auto colon = rest.find(':');
    if (colon == std::string_view::npos) return fail("expected: offer ID: NAME | DESCRIPTION");
    core::Service service;
    service.id = std::string(trimmed(rest.substr(0, colon)));
    const std::string_view texts = rest.substr(colon + 1);
    const auto bar = texts.find('|');
    service.name = std::string(trimmed(texts.substr(0, bar)));
    if (bar != std::string_view::npos) service.description = std::string(trimmed(texts.substr(bar + 1)));
    if (service.id.empty() || service.name.empty()) return fail("an offer needs an id and a name");
    if (std::any_of(catalogue_.services.begin(), catalogue_.services.end(),
                    [&](const core::Service& s) { return s.id == service.id; })) {
      return fail("offer " + service.id + " is there twice");
    }
    catalogue_.services.push_back(std::move(service));
  }

  void synonym(std::string_view rest) {
    if (index_) return fail("synonym lines go before the first query");
    for (const SynonymProblem& problem : synonyms_.add(rest)) fail("synonym line: " + std::string(problem.message()));
  }

  void query(std::string_view directive, std::string_view rest) {
    ++queries_;
    if (!index_) index_ = std::make_unique<CatalogueIndex>(std::move(catalogue_), 0, synonyms_);
    const auto arrow = rest.find("->");
    if (arrow == std::string_view::npos) return fail("expected: " + std::string(directive) + " QUERY -> ...");
    const std::string q(trimmed(rest.substr(0, arrow)));
    const std::vector<std::string> expected = list_of(rest.substr(arrow + 2));
    std::vector<std::string> got;
    for (const Hit& hit : *index_->search(q)) got.push_back(index_->catalogue().services[hit.doc].id);
    const std::string what = fmt::format("{} {}: ", directive, q);
    if (directive == "none") {
      if (!got.empty()) fail(fmt::format("{}expected no offers, found {}", what, shown(got)));
      const std::vector<std::string> unmatched = index_->unmatched_words(q);
      if (unmatched != expected) {
        fail(fmt::format("{}words that found nothing: {}, expected {}", what, shown(unmatched), shown(expected)));
      }
      return;
    }
    for (const std::string& id : expected) {
      if (index_->service(id) == nullptr) return fail(fmt::format("{}no offer {} in this file", what, id));
    }
    if (directive == "find") {
      std::vector<std::string> sorted_got = got;
      std::vector<std::string> sorted_expected = expected;
      std::sort(sorted_got.begin(), sorted_got.end());
      std::sort(sorted_expected.begin(), sorted_expected.end());
      if (sorted_got != sorted_expected)
        fail(fmt::format("{}found {}, expected {}", what, shown(got), shown(expected)));
    } else if (got != expected) {
      fail(fmt::format("{}found, best first, {}, expected {}", what, shown(got), shown(expected)));
    }
  }

  std::filesystem::path path_;
  std::size_t number_ = 0;
  std::size_t queries_ = 0;
  core::Catalogue catalogue_;
  Synonyms synonyms_ = Synonyms::builtin();
  std::unique_ptr<CatalogueIndex> index_;
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

TEST(SearchCases, EveryCaseFilePasses) {
  const std::vector<std::filesystem::path> files = case_files();
  ASSERT_FALSE(files.empty()) << "no cases in " << cases_dir();
  for (const std::filesystem::path& file : files) {
    for (const std::string& failure : CaseFile(file).run()) ADD_FAILURE() << failure;
  }
}

TEST(SearchCases, TheRunnerReportsMistakesInACase) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "hvhk_search_case_mistakes.txt";
  {
    std::ofstream out(path);
    out << "# a broken case\n"
           "offer a: Babymassage\n"
           "offer a: Babymassage again\n"
           "synonym peuter\n"
           "find baby -> a\n"
           "find baby -> b\n"
           "rank baby -> \n"
           "offer c: Too late\n"
           "what is this\n"
           "none baby -> baby\n";
  }
  const std::vector<std::string> failures = CaseFile(path).run();
  std::filesystem::remove(path);
  const std::vector<std::string> expected_lines{":3:", ":4:", ":6:", ":7:", ":8:", ":9:", ":10:", ":10:"};
  ASSERT_EQ(failures.size(), expected_lines.size()) << shown(failures);
  for (std::size_t i = 0; i < failures.size(); ++i) {
    EXPECT_NE(failures[i].find(expected_lines[i]), std::string::npos) << failures[i];
  }
}

}  // namespace
}  // namespace hvhk::search

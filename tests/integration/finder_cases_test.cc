// Runs every finder case in tests/cases/finder/*.txt: pages of the finder asked for on the demo
// network on a fixed day, with the offers they must (not) show (see tests/cases/finder/README.md).
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

#include "app/demo_network.h"
#include "http/router.h"
#include "http/target.h"
#include "search/catalogue_index.h"
#include "web/site.h"

namespace hvhk {
namespace {

std::filesystem::path cases_dir() {
  return std::filesystem::path(__FILE__).parent_path().parent_path() / "cases" / "finder";
}

std::string unescape(std::string text) {
  const std::pair<const char*, const char*> entities[] = {{"&#39;", "'"}, {"&quot;", "\""}, {"&lt;", "<"},
                                                          {"&gt;", ">"},  {"&amp;", "&"},   {"\u2066", ""},
                                                          {"\u2069", ""}};  // bidi isolates around times are invisible
  for (const auto& [entity, plain] : entities) {
    for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1)) {
      text.replace(at, std::strlen(entity), plain);
    }
  }
  return text;
}

struct Page {
  unsigned status = 0;
  std::string text;                 // the body, entities decoded
  std::vector<std::string> offers;  // the offer names listed, in order
  long count = -1;                  // "N offers found"
};

class FinderCases : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    index_ = std::make_shared<const search::CatalogueIndex>(app::demo_network());
    router_ = std::make_unique<http::Router>();
    web::add_site_routes(*router_, [] { return index_; });
  }

  static Page get(const std::string& target) {
    http::Request req;
    req.method = "GET";
    std::string error;
    EXPECT_TRUE(http::parse_target(target, req, error)) << target << ": " << error;
    const http::Response response = router_->dispatch(req);
    Page page{response.status, unescape(response.body), {}, -1};
    static const std::regex offer(R"re(<h2 lang="nl" dir="auto"><a href="[^"]*">([^<]*)</a></h2>)re");
    for (std::sregex_iterator it(response.body.begin(), response.body.end(), offer), end; it != end; ++it) {
      page.offers.push_back(unescape((*it)[1].str()));
    }
    static const std::regex count(R"re(class="count" role="status">[^0-9<]*([0-9]+))re");
    std::smatch m;
    if (std::regex_search(response.body, m, count)) page.count = std::stol(m[1].str());
    return page;
  }

  static std::shared_ptr<const search::CatalogueIndex> index_;
  static std::unique_ptr<http::Router> router_;
};

std::shared_ptr<const search::CatalogueIndex> FinderCases::index_;
std::unique_ptr<http::Router> FinderCases::router_;

bool listed(const Page& page, const std::string& name) {
  return std::find(page.offers.begin(), page.offers.end(), name) != page.offers.end();
}

void run_case(const std::filesystem::path& file, Page (*get)(const std::string&)) {
  std::ifstream in(file);
  std::string line;
  int number = 0;
  Page page;
  std::string target;
  bool have_page = false;
  while (std::getline(in, line)) {
    ++number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    const std::size_t space = line.find(' ');
    const std::string verb = line.substr(0, space);
    const std::string arg = space == std::string::npos ? "" : line.substr(space + 1);
    const std::string where = file.filename().string() + ":" + std::to_string(number) + " (" + target + ")";
    if (verb == "today") {
      setenv("HVHK_TODAY", arg.c_str(), 1);  // NOLINT(concurrency-mt-unsafe): tests run on one thread
      continue;
    }
    if (verb == "page") {
      target = arg;
      page = get(arg);
      have_page = true;
      EXPECT_EQ(page.status, 200U) << where;
      continue;
    }
    if (!have_page) {
      ADD_FAILURE() << file.filename() << ":" << number << ": '" << verb << "' before any 'page' line";
      continue;
    }
    if (verb == "status") {
      EXPECT_EQ(page.status, static_cast<unsigned>(std::stoul(arg))) << where;
    } else if (verb == "count") {
      EXPECT_EQ(page.count, std::stol(arg)) << where;
    } else if (verb == "has") {
      EXPECT_TRUE(listed(page, arg)) << where << ": '" << arg << "' is not listed";
    } else if (verb == "lacks") {
      EXPECT_FALSE(listed(page, arg)) << where << ": '" << arg << "' is listed";
    } else if (verb == "first") {
      EXPECT_TRUE(!page.offers.empty() && page.offers.front() == arg)
          << where << ": first is '" << (page.offers.empty() ? "" : page.offers.front()) << "'";
    } else if (verb == "text") {
      EXPECT_NE(page.text.find(arg), std::string::npos) << where << ": no '" << arg << "' on the page";
    } else if (verb == "no-text") {
      EXPECT_EQ(page.text.find(arg), std::string::npos) << where << ": '" << arg << "' is on the page";
    } else {
      ADD_FAILURE() << file.filename() << ":" << number << ": unknown line '" << verb << "'";
    }
  }
}

TEST_F(FinderCases, EveryCaseFilePasses) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(cases_dir())) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no cases in " << cases_dir();
  for (const auto& file : files) {
    SCOPED_TRACE(file.filename().string());
    unsetenv("HVHK_TODAY");  // NOLINT(concurrency-mt-unsafe)
    run_case(file, &FinderCases::get);
  }
  unsetenv("HVHK_TODAY");  // NOLINT(concurrency-mt-unsafe)
}

}  // namespace
}  // namespace hvhk

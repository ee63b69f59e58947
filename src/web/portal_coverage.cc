#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/coverage.h"
#include "core/sessions.h"
#include "core/vocabulary.h"
#include "web/coverage_export.h"
#include "web/local_date.h"
#include "web/offer_text.h"
#include "web/portal_session.h"

// The coverage matrix of a Huis van het Kind (core/coverage.h) for its coordinators and the
// viewers who oversee it: a table of themes × age bands in one municipality or the whole
// network, gaps and overlaps marked, the offers behind a cell, and the same figures as CSV and
// Excel files. Read-only: nothing here changes anything.
namespace hvhk::web::portal {
namespace {

constexpr const char* kGapSymbol = "○";
constexpr const char* kOverlapSymbol = "▲";

// What a request asks for: a municipality (?gemeente=NIS, empty for the whole network) and
// optionally one cell (?thema=CODE&leeftijd=CODE).
struct Choice {
  std::string municipality;
  bool unknown_municipality = false;  // asked for one that is not the network's
  std::string theme;
  std::string age_band;
};

Choice choice_of(const http::Request& request, const core::Network& net) {
  Choice choice;
  const std::string asked(request.query.get("gemeente").value_or(""));
  const auto& codes = net.municipality_nis_codes;
  if (!asked.empty() && std::find(codes.begin(), codes.end(), asked) == codes.end()) {
    choice.unknown_municipality = true;
  } else {
    choice.municipality = asked;
  }
  choice.theme = std::string(request.query.get("thema").value_or(""));
  choice.age_band = std::string(request.query.get("leeftijd").value_or(""));
  return choice;
}

std::string municipality_name(const search::CatalogueIndex& index, std::string_view nis_code) {
  const core::Municipality* m = index.municipality(nis_code);
  return m != nullptr ? m->name : std::string(nis_code);
}

std::string label(const core::Vocabulary& vocabulary, std::string_view code, const Words& t) {
  const core::Term* term = vocabulary.find(code);
  return term != nullptr ? t(term->label_nl) : std::string(code);
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

std::vector<std::string> partner_names(const search::CatalogueIndex& index, const core::CoverageCell& cell) {
  std::vector<std::string> out;
  for (const std::string& id : cell.organization_ids) {
    const core::Organization* org = index.organization(id);
    out.push_back(org != nullptr ? org->name : id);
  }
  return out;
}

// "Huis van het Kind Scheldeboog (fictief)" -> "huis-van-het-kind-scheldeboog-fictief".
std::string slug(std::string_view name) {
  std::string out;
  for (const char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (out.ends_with('-')) out.pop_back();
  return out.empty() ? "huis" : out;
}

class CoveragePages {
 public:
  explicit CoveragePages(PortalOptions options) : options_(std::move(options)) {}

  // The matrix, with the offers of the chosen cell below it.
  http::Response page(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::view_network, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    const Choice choice = choice_of(request, *net);
    const auto matrix = core::coverage(index->catalogue(), net->id, choice.municipality);
    if (!matrix)
      return message(request, 500, Words(request)("Something went wrong on our side. Please try again later."));
    unsigned status = choice.unknown_municipality ? 400 : 200;

    PageRender page(request, "coverage.tpl");
    const Words t(request);
    const std::string lang(page.language().code);
    const std::string base = "/portaal/huis/" + net->id + "/dekking";
    const std::string place =
        choice.municipality.empty() ? t("the whole network") : municipality_name(*index, choice.municipality);
    page.set_title(t("Coverage of the offer"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/portaal/huis/" + net->id, "", lang));
    c.SetValue("BACK_LABEL", net->name);
    c.SetValue("HEADING", t("Coverage of the offer"));
    c.SetValue("INTRO", t("For each theme and age: how many active offers the partners of your Huis van het Kind "
                          "have. Choose a number to see which offers they are."));
    c.SetValue("WHERE_NOTE", t("An offer counts in a municipality when it takes place at an address there. Offers "
                               "without an address (online or by phone) count in every municipality."));
    c.SetValue("ACTION", base);
    c.SetValue("LANG", lang);
    c.SetValue("PLACE_LABEL", t("Municipality"));
    c.SetValue("SHOW", t("Show"));
    if (choice.unknown_municipality) {
      const std::string text = t("This municipality is not part of this Huis van het Kind. You see the whole network.");
      c.AddSectionDictionary("PLACE_ERROR")->SetValue("TEXT", text);
      c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", text);
    }
    auto* whole = c.AddSectionDictionary("PLACE");
    whole->SetValue("VALUE", "");
    whole->SetValue("NAME", t("Whole network"));
    if (choice.municipality.empty()) whole->ShowSection("SELECTED");
    for (const std::string& nis : net->municipality_nis_codes) {
      auto* option = c.AddSectionDictionary("PLACE");
      option->SetValue("VALUE", nis);
      option->SetValue("NAME", municipality_name(*index, nis));
      if (nis == choice.municipality) option->ShowSection("SELECTED");
    }

    c.SetValue("MATRIX_HEADING", tf(page, "Active offers per theme and age in {0}", place));
    c.SetValue("TOTALS", tf(page, "Gaps: {0}. Overlaps: {1}.", matrix->gaps(), matrix->overlaps()));
    c.SetValue("GAP_SYMBOL", kGapSymbol);
    c.SetValue("OVERLAP_SYMBOL", kOverlapSymbol);
    c.SetValue("GAP_LEGEND", t("gap: no offer for this theme and age"));
    c.SetValue("OVERLAP_LEGEND", tf(page, "overlap: offers of {0} or more different partners", core::kOverlapPartners));
    c.SetValue("SCROLL_HINT", t("On a small screen, scroll the table sideways."));
    c.SetValue("THEME_COLUMN", t("Theme"));
    const auto bands = core::age_band_ranges();
    for (const core::AgeBand& band : bands) {
      c.AddSectionDictionary("BAND")->SetValue("LABEL", label(core::age_bands(), band.code, t));
    }
    const std::string gap_word = t("gap");
    const std::string overlap_word = t("overlap");
    const auto& themes = core::themes().terms;
    for (std::size_t r = 0; r < themes.size(); ++r) {
      auto* row = c.AddSectionDictionary("ROW");
      row->SetValue("LABEL", t(themes[r].label_nl));
      if (core::is_pillar(themes[r].code)) row->AddSectionDictionary("PILLAR")->SetValue("WORD", t("pillar"));
      for (std::size_t a = 0; a < bands.size(); ++a) {
        const core::CoverageCell& cell = matrix->at(r, a);
        auto* td = row->AddSectionDictionary("CELL");
        td->SetValue("COUNT", std::to_string(cell.count()));
        td->SetValue("CLASS", cell.gap() ? "gap" : cell.overlap() ? "overlap" : "some");
        if (cell.gap()) {
          td->ShowSection("PLAIN");
          auto* mark = td->AddSectionDictionary("GAP");
          mark->SetValue("SYMBOL", kGapSymbol);
          mark->SetValue("WORD", gap_word);
          continue;
        }
        const std::string place_part =
            choice.municipality.empty() ? "" : "gemeente=" + encode_query_value(choice.municipality) + "&";
        const std::string query = fmt::format("{}thema={}&leeftijd={}", place_part, encode_query_value(cell.theme),
                                              encode_query_value(cell.age_band));
        td->AddSectionDictionary("LINK")->SetValue("URL", link(base, query, lang) + "#aanbod");
        if (cell.overlap()) {
          auto* mark = td->AddSectionDictionary("OVERLAP");
          mark->SetValue("SYMBOL", kOverlapSymbol);
          mark->SetValue("WORD", overlap_word);
        }
      }
    }

    if (!choice.theme.empty() || !choice.age_band.empty()) {
      if (!chosen_cell(page, *index, *matrix, choice, place)) status = 400;
    }

    const std::string filter = choice.municipality.empty() ? "" : "gemeente=" + encode_query_value(choice.municipality);
    c.SetValue("DOWNLOAD_HEADING", t("Download"));
    c.SetValue("CSV_URL", link(base + ".csv", filter, lang));
    c.SetValue("CSV_LABEL", t("Coverage as CSV file"));
    c.SetValue("XLSX_URL", link(base + ".xlsx", filter, lang));
    c.SetValue("XLSX_LABEL", t("Coverage as Excel file (.xlsx)"));
    c.SetValue("DOWNLOAD_NOTE", t("For the whole network, the file has a row for every municipality, theme and age, "
                                  "with the partners and offers."));
    return finish_private(page, status);
  }

  http::Response csv(const http::Request& request) const { return download(request, false); }
  http::Response xlsx(const http::Request& request) const { return download(request, true); }

 private:
  // The offers of the chosen cell, below the matrix. False when the cell does not exist.
  static bool chosen_cell(PageRender& page, const search::CatalogueIndex& index, const core::CoverageMatrix& matrix,
                          const Choice& choice, const std::string& place) {
    auto& c = page.content();
    const auto found = std::find_if(matrix.cells.begin(), matrix.cells.end(), [&](const core::CoverageCell& cell) {
      return cell.theme == choice.theme && cell.age_band == choice.age_band;
    });
    if (found == matrix.cells.end()) {
      c.AddSectionDictionary("CELL_ERROR")
          ->SetValue("TEXT", page.t("This theme or age does not exist. Choose a number in the table."));
      return false;
    }
    const std::string heading =
        tf(page, "Offers for {0}, {1}, in {2}", page.t(core::themes().find(found->theme)->label_nl),
           page.t(core::age_bands().find(found->age_band)->label_nl), place);
    auto* chosen = c.AddSectionDictionary("CHOSEN");
    chosen->SetValue("HEADING", heading);
    if (found->gap()) {
      chosen->AddSectionDictionary("NONE")->SetValue("TEXT", page.t("No active offer. This is a gap."));
      return true;
    }
    auto* list = chosen->AddSectionDictionary("OFFERS");
    list->SetValue("OFFER_COLUMN", page.t("Offer"));
    list->SetValue("PARTNER_COLUMN", page.t("Partner"));
    list->SetValue("CAPTION", heading);
    for (const std::string& id : found->service_ids) {
      const core::Service* service = index.service(id);
      if (service == nullptr) continue;
      auto* row = list->AddSectionDictionary("OFFER");
      row->SetValue("NAME", service->name);
      row->SetValue("URL", link("/aanbod/" + service->id, "", page.language().code));
      const core::Organization* partner = index.organization(service->organization_id);
      row->SetValue("PARTNER", partner != nullptr ? partner->name : service->organization_id);
    }
    return true;
  }

  // The figures as a file: every municipality when the whole network is asked for.
  http::Response download(const http::Request& request, bool excel) const {
    auto guarded = about(options_, request, core::Action::view_network, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    const Words t(request);
    const Choice choice = choice_of(request, *net);
    if (choice.unknown_municipality) {
      http::Response refusal =
          http::Response::text(400, t("This municipality is not part of this Huis van het Kind.") + "\n");
      refusal.headers.emplace_back("Cache-Control", "no-store");
      return refusal;
    }
    CoverageSheet sheet;
    sheet.title = t("Coverage");
    sheet.header = {t("Municipality"), t("Theme"),  t("Age"), t("Number of offers"),
                    t("Partners"),     t("Offers"), t("Gap"), t("Overlap")};
    const std::vector<std::string> places =
        choice.municipality.empty() ? net->municipality_nis_codes : std::vector<std::string>{choice.municipality};
    for (const std::string& nis : places) {
      const auto matrix = core::coverage(index->catalogue(), net->id, nis);
      if (!matrix) continue;
      const std::string name = municipality_name(*index, nis);
      for (const core::CoverageCell& cell : matrix->cells) {
        CoverageSheetRow row;
        row.municipality = name;
        row.theme = label(core::themes(), cell.theme, t);
        row.age_band = label(core::age_bands(), cell.age_band, t);
        row.offers = cell.count();
        row.partners = joined(partner_names(*index, cell));
        std::vector<std::string> names;
        for (const std::string& id : cell.service_ids) {
          const core::Service* service = index->service(id);
          names.push_back(service != nullptr ? service->name : id);
        }
        row.offer_names = joined(names);
        if (cell.gap()) row.gap = t("yes");
        if (cell.overlap()) row.overlap = t("yes");
        sheet.rows.push_back(std::move(row));
      }
    }
    const std::string filename =
        fmt::format("dekking-{}{}-{}.{}", slug(net->name),
                    choice.municipality.empty() ? "" : "-" + slug(municipality_name(*index, choice.municipality)),
                    core::format_date(local_today()), excel ? "xlsx" : "csv");
    http::Response response;
    if (excel) {
      auto bytes = coverage_xlsx(sheet);
      if (!bytes) {
        spdlog::error("coverage export of {}: {}", net->id, bytes.error().message);
        return message(request, 500, t("Something went wrong on our side. Please try again later."));
      }
      response.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      response.body = std::move(*bytes);
    } else {
      response.content_type = "text/csv; charset=utf-8";
      response.body = coverage_csv(sheet);
    }
    response.headers.emplace_back("Content-Disposition", fmt::format("attachment; filename=\"{}\"", filename));
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
  }

  PortalOptions options_;
};

}  // namespace

void add_coverage_routes(http::Router& router, const PortalOptions& options) {
  auto pages = std::make_shared<CoveragePages>(options);
  router.add("GET", "/portaal/huis/{id}/dekking", [pages](http::Request& req) { return pages->page(req); });
  router.add("GET", "/portaal/huis/{id}/dekking.csv", [pages](http::Request& req) { return pages->csv(req); });
  router.add("GET", "/portaal/huis/{id}/dekking.xlsx", [pages](http::Request& req) { return pages->xlsx(req); });
}

}  // namespace hvhk::web::portal

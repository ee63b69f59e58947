#include "web/finder.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <optional>

#include "core/languages.h"
#include "core/postcodes.h"
#include "core/vocabulary.h"
#include "search/geo.h"
#include "web/page.h"

namespace hvhk::web {
namespace {

constexpr std::size_t kPerPage = 20;
constexpr std::size_t kMaxQueryBytes = 200;
constexpr int kDefaultDistanceKm = 10;
constexpr int kMaxDistanceKm = 100;

// A pictogram per life stage and theme, for parents who read little Dutch.
std::string_view stage_icon(std::string_view code) {
  if (code == "prenatal") return "🤰";
  if (code == "0-1") return "👶";
  if (code == "1-3") return "🧸";
  if (code == "3-6") return "🖍️";
  if (code == "6-12") return "🎒";
  if (code == "12-18") return "🛹";
  return "🎓";
}

std::string_view theme_icon(std::string_view code) {
  if (code == "preventive-health") return "🩺";
  if (code == "parenting-support") return "🤝";
  if (code == "meeting-cohesion") return "☕";
  if (code == "education") return "📚";
  if (code == "childcare") return "🏠";
  if (code == "leisure") return "⚽";
  if (code == "work") return "💼";
  if (code == "housing") return "🔑";
  if (code == "finances") return "💶";
  return "💬";
}

// Formats a translated pattern; a broken translation falls back to the original pattern.
template <typename... Args>
std::string tf(const PageRender& page, std::string_view msgid, Args&&... args) {
  try {
    return fmt::format(fmt::runtime(page.messages().text(msgid)), args...);
  } catch (const fmt::format_error&) {
    return fmt::format(fmt::runtime(msgid), args...);
  }
}

std::string age_text(const PageRender& page, const core::Service& s) {
  if (s.max_age_months < 0) return page.t("During pregnancy");
  const int to = (s.max_age_months + 1) / 12;
  if (s.min_age_months < 0) return tf(page, "From pregnancy to {0} years", to);
  if (s.min_age_months < 12 && s.max_age_months < 24)
    return tf(page, "{0} to {1} months", s.min_age_months, s.max_age_months + 1);
  return tf(page, "{0} to {1} years", s.min_age_months / 12, to);
}

std::string money(double amount) {
  return std::floor(amount) == amount ? fmt::format("€{:.0f}", amount) : fmt::format("€{:.2f}", amount);
}

std::string cost_text(const PageRender& page, const core::Service& s) {
  if (s.cost.free) return page.t("Free");
  std::string out = s.cost.amount ? money(*s.cost.amount) : page.t("Not free");
  if (s.cost.reduced_amount) out += " · " + tf(page, "reduced tariff {0}", money(*s.cost.reduced_amount));
  return out;
}

std::string languages_text(const core::Service& s) {
  std::string out;
  for (const std::string& code : s.languages) {
    if (!out.empty()) out += ", ";
    out += core::language_endonym(code);
  }
  return out;
}

std::string access_text(const PageRender& page, const core::Service& s) {
  if (s.access == "referral") return page.t("After a referral by a professional");
  if (s.access == "eligibility") return page.t("Under conditions");
  return page.t("Open to every family");
}

// The finder's parameters, checked: anything wrong becomes a notice, never an error page.
struct FinderQuery {
  std::string q;
  std::string age_band;
  std::string theme;
  std::string postcode;
  int distance_km = kDefaultDistanceKm;
  bool distance_given = false;
  std::size_t page = 1;
  std::vector<std::string> notices;
};

FinderQuery read_query(const http::Request& request, const PageRender& page) {
  FinderQuery f;
  if (auto q = request.query.get("q")) {
    std::string text(*q);
    if (text.size() > kMaxQueryBytes) {
      // Cut at a character boundary: never in the middle of a UTF-8 sequence.
      std::size_t cut = kMaxQueryBytes;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;
      text.resize(cut);
      f.notices.push_back(page.t("Your search was very long; we used the first part."));
    }
    f.q = std::move(text);
  }
  if (auto age = request.query.get("leeftijd"); age && !age->empty()) {
    if (core::age_bands().contains(*age)) {
      f.age_band = *age;
    } else {
      f.notices.push_back(page.t("We do not know that age; we show all ages."));
    }
  }
  if (auto theme = request.query.get("thema"); theme && !theme->empty()) {
    if (core::themes().contains(*theme)) {
      f.theme = *theme;
    } else {
      f.notices.push_back(page.t("We do not know that theme; we show all themes."));
    }
  }
  if (auto postcode = request.query.get("postcode"); postcode && !postcode->empty()) {
    if (core::PostcodeDirectory::embedded().centroid(*postcode)) {
      f.postcode = *postcode;
    } else {
      f.notices.push_back(page.t("We do not know that postcode. A Belgian postcode has 4 digits, like 9240."));
    }
  }
  if (auto distance = request.query.get("afstand"); distance && !distance->empty()) {
    int km = 0;
    const auto [ptr, ec] = std::from_chars(distance->data(), distance->data() + distance->size(), km);
    if (ec == std::errc() && ptr == distance->data() + distance->size() && km >= 1 && km <= kMaxDistanceKm) {
      f.distance_km = km;
      f.distance_given = true;
    } else {
      f.notices.push_back(tf(page, "The distance must be a number of kilometres from 1 to {0}.", kMaxDistanceKm));
    }
  }
  if (auto p = request.query.get("pagina"); p && !p->empty()) {
    std::size_t n = 0;
    const auto [ptr, ec] = std::from_chars(p->data(), p->data() + p->size(), n);
    if (ec == std::errc() && ptr == p->data() + p->size() && n >= 1 && n <= 10000) f.page = n;
  }
  return f;
}

// The query string of f, leaving out one parameter (to remove a filter) if asked.
std::string encode(const FinderQuery& f, std::string_view without = "") {
  std::string out;
  const auto add = [&](std::string_view name, std::string_view value) {
    if (value.empty() || name == without) return;
    if (!out.empty()) out += '&';
    out += fmt::format("{}={}", name, encode_query_value(value));
  };
  add("q", f.q);
  add("leeftijd", f.age_band);
  add("thema", f.theme);
  add("postcode", f.postcode);
  if (f.distance_given) add("afstand", std::to_string(f.distance_km));
  return out;
}

struct Match {
  std::uint32_t service;
  double distance_m;  // to the nearest place of the offer, when a postcode was given
};

std::vector<Match> find(const FinderQuery& f, const search::CatalogueIndex& index) {
  const auto& services = index.catalogue().services;
  std::vector<std::uint32_t> candidates;
  if (!f.q.empty()) {
    for (const search::Hit& hit : *index.search(f.q)) candidates.push_back(hit.doc);
  } else {
    for (std::uint32_t i = 0; i < services.size(); ++i) candidates.push_back(i);
  }
  const core::AgeBand* band = nullptr;
  for (const core::AgeBand& b : core::age_band_ranges()) {
    if (b.code == f.age_band) band = &b;
  }
  std::optional<core::PostcodePlace> centre;
  if (!f.postcode.empty()) centre = core::PostcodeDirectory::embedded().centroid(f.postcode);
  std::vector<Match> out;
  for (const std::uint32_t i : candidates) {
    const core::Service& s = services[i];
    if (s.status != "active") continue;
    if (band && (s.min_age_months > band->max_months || s.max_age_months < band->min_months)) continue;
    if (!f.theme.empty() && std::find(s.themes.begin(), s.themes.end(), f.theme) == s.themes.end()) continue;
    double nearest = 0;
    if (centre) {
      nearest = std::numeric_limits<double>::infinity();
      for (const core::ServiceAtLocation& sal : s.locations) {
        const core::Location* l = index.location(sal.location_id);
        if (l == nullptr) continue;
        if (l->kind == "online") {
          nearest = 0;  // online offers are near everyone
          continue;
        }
        if (l->latitude && l->longitude) {
          nearest = std::min(nearest,
                             search::distance_m({centre->latitude, centre->longitude}, {*l->latitude, *l->longitude}));
        }
      }
      if (nearest > f.distance_km * 1000.0) continue;
    }
    out.push_back(Match{i, nearest});
  }
  if (centre && f.q.empty()) {
    std::stable_sort(out.begin(), out.end(),
                     [](const Match& a, const Match& b) { return a.distance_m < b.distance_m; });
  }
  return out;
}

std::string summary(std::string_view text) {
  constexpr std::size_t kMax = 180;
  if (text.size() <= kMax) return std::string(text);
  std::size_t cut = text.rfind(' ', kMax);
  if (cut == std::string_view::npos) cut = kMax;
  return std::string(text.substr(0, cut)) + " …";
}

http::Response home(const http::Request& request, const search::CatalogueIndex& index) {
  PageRender page(request, "home.tpl");
  const std::string lang(page.language().code);
  page.set_title(page.t("Find what fits your family"));
  auto& c = page.content();
  c.SetValue("HEADING", page.t("Find what fits your family"));
  c.SetValue("INTRO",
             page.t("Activities and help for parents, children and young people, near you. Most of it is free."));
  c.SetValue("SEARCH_LABEL", page.t("What are you looking for? For example: baby, swimming, homework"));
  c.SetValue("POSTCODE_LABEL", page.t("Your postcode (optional)"));
  c.SetValue("SEARCH_BUTTON", page.t("Search"));
  c.SetValue("STAGES_HEADING", page.t("My child is ..."));
  c.SetValue("THEMES_HEADING", page.t("I have a question about ..."));
  c.SetValue("NETWORKS_HEADING", page.t("Huizen van het Kind"));
  for (const core::Term& term : core::age_bands().terms) {
    auto* item = c.AddSectionDictionary("STAGE");
    item->SetValue("URL", link("/zoeken", "leeftijd=" + encode_query_value(term.code), lang));
    item->SetValue("LABEL", page.t(term.label_nl));
    item->SetValue("ICON", std::string(stage_icon(term.code)));
  }
  for (const core::Term& term : core::themes().terms) {
    auto* item = c.AddSectionDictionary("THEME");
    item->SetValue("URL", link("/zoeken", "thema=" + encode_query_value(term.code), lang));
    item->SetValue("LABEL", page.t(term.label_nl));
    item->SetValue("ICON", std::string(theme_icon(term.code)));
  }
  std::size_t shown = 0;
  for (const core::Network& n : index.catalogue().networks) {
    if (++shown > 300) break;
    c.AddSectionDictionary("NETWORK")->SetValue("NAME", n.name);
  }
  return page.finish();
}

http::Response results(const http::Request& request, const search::CatalogueIndex& index) {
  PageRender page(request, "results.tpl");
  const std::string lang(page.language().code);
  const FinderQuery f = read_query(request, page);
  const std::vector<Match> matches = find(f, index);
  auto& c = page.content();
  const std::string heading = f.q.empty() ? page.t("Offers") : tf(page, "Offers for \"{0}\"", f.q);
  page.set_title(heading);
  c.SetValue("HEADING", heading);
  c.SetValue("SEARCH_LABEL", page.t("Search words"));
  c.SetValue("Q", f.q);
  c.SetValue("AGE_LABEL", page.t("Age of your child"));
  c.SetValue("THEME_LABEL", page.t("Theme"));
  c.SetValue("ANY", page.t("All"));
  c.SetValue("POSTCODE_LABEL", page.t("Postcode"));
  c.SetValue("POSTCODE", f.postcode);
  c.SetValue("DISTANCE_LABEL", page.t("Distance in km"));
  c.SetValue("DISTANCE", f.distance_given ? std::to_string(f.distance_km) : "");
  c.SetValue("SEARCH_BUTTON", page.t("Show offers"));
  for (const core::Term& term : core::age_bands().terms) {
    auto* option = c.AddSectionDictionary("AGE_OPTION");
    option->SetValue("CODE", std::string(term.code));
    option->SetValue("LABEL", page.t(term.label_nl));
    if (term.code == f.age_band) option->ShowSection("SELECTED");
  }
  for (const core::Term& term : core::themes().terms) {
    auto* option = c.AddSectionDictionary("THEME_OPTION");
    option->SetValue("CODE", std::string(term.code));
    option->SetValue("LABEL", page.t(term.label_nl));
    if (term.code == f.theme) option->ShowSection("SELECTED");
  }
  for (const std::string& notice : f.notices) c.AddSectionDictionary("NOTICE")->SetValue("TEXT", notice);

  // Active filters, each with a link that removes just that one.
  std::vector<std::pair<std::string, std::string>> chips;  // label, parameter
  if (!f.q.empty()) chips.emplace_back(tf(page, "Search: {0}", f.q), "q");
  if (!f.age_band.empty()) chips.emplace_back(page.t(core::age_bands().find(f.age_band)->label_nl), "leeftijd");
  if (!f.theme.empty()) chips.emplace_back(page.t(core::themes().find(f.theme)->label_nl), "thema");
  if (!f.postcode.empty()) chips.emplace_back(tf(page, "Within {0} km of {1}", f.distance_km, f.postcode), "postcode");
  if (!chips.empty()) {
    auto* active = c.AddSectionDictionary("ACTIVE_FILTERS");
    active->SetValue("ACTIVE_LABEL", page.t("You chose:"));
    for (const auto& [label, parameter] : chips) {
      auto* chip = active->AddSectionDictionary("CHIP");
      chip->SetValue("URL", link("/zoeken", encode(f, parameter), lang));
      chip->SetValue("LABEL", label);
      chip->SetValue("REMOVE", page.t("remove"));
    }
  }

  c.SetValue(
      "COUNT_TEXT",
      tf(page,
         std::string(page.messages().plural("{0} offer found", "{0} offers found", static_cast<long>(matches.size()))),
         matches.size()));
  if (matches.empty()) {
    auto* none = c.AddSectionDictionary("NO_RESULTS");
    std::string unknown;
    if (!f.q.empty()) {
      for (const std::string& word : index.unmatched_words(f.q)) {
        if (!unknown.empty()) unknown += ", ";
        unknown += word;
      }
    }
    none->SetValue("WHY",
                   !unknown.empty()
                       ? tf(page, "We found nothing for \"{0}\". Check the spelling or try another word.", unknown)
                   : chips.empty() ? page.t("There are no offers yet.")
                                   : page.t("Nothing fits all your choices together. Remove a choice to see more."));
    for (const auto& [label, parameter] : chips) {
      auto* relax = none->AddSectionDictionary("RELAX");
      relax->SetValue("URL", link("/zoeken", encode(f, parameter), lang));
      relax->SetValue("LABEL", tf(page, "Show offers without \"{0}\"", label));
    }
    if (!f.postcode.empty() && f.distance_km < kMaxDistanceKm) {
      FinderQuery wider = f;
      wider.distance_km = std::min(kMaxDistanceKm, f.distance_km * 3);
      wider.distance_given = true;
      auto* relax = none->AddSectionDictionary("RELAX");
      relax->SetValue("URL", link("/zoeken", encode(wider), lang));
      relax->SetValue("LABEL", tf(page, "Search within {0} km", wider.distance_km));
    }
  }
  const std::size_t pages = std::max<std::size_t>(1, (matches.size() + kPerPage - 1) / kPerPage);
  const std::size_t current = std::min(f.page, pages);
  const auto& services = index.catalogue().services;
  for (std::size_t k = (current - 1) * kPerPage; k < std::min(matches.size(), current * kPerPage); ++k) {
    const core::Service& s = services[matches[k].service];
    auto* row = c.AddSectionDictionary("RESULT");
    row->SetValue("URL", link("/aanbod/" + s.id, "", lang));
    row->SetValue("NAME", s.name);
    const core::Organization* org = index.organization(s.organization_id);
    row->SetValue("ORGANIZATION", org ? org->name : "");
    row->SetValue("SUMMARY", summary(s.description));
    row->SetValue("AGES", age_text(page, s));
    row->SetValue("COST", cost_text(page, s));
    row->SetValue("LANGUAGES", languages_text(s));
    if (!f.postcode.empty() && matches[k].distance_m > 0) {
      row->AddSectionDictionary("PLACE")->SetValue("TEXT", tf(page, "{0:.1f} km away", matches[k].distance_m / 1000.0));
    }
  }
  if (pages > 1) {
    auto* pager = c.AddSectionDictionary("PAGER");
    pager->SetValue("PAGES_LABEL", page.t("Pages"));
    pager->SetValue("PAGE_TEXT", tf(page, "Page {0} of {1}", current, pages));
    const std::string base = encode(f);
    const auto page_link = [&](std::size_t n) {
      return link("/zoeken", base.empty() ? fmt::format("pagina={}", n) : fmt::format("{}&pagina={}", base, n), lang);
    };
    if (current > 1) {
      auto* prev = pager->AddSectionDictionary("PREVIOUS");
      prev->SetValue("URL", page_link(current - 1));
      prev->SetValue("LABEL", page.t("Previous page"));
    }
    if (current < pages) {
      auto* next = pager->AddSectionDictionary("NEXT");
      next->SetValue("URL", page_link(current + 1));
      next->SetValue("LABEL", page.t("Next page"));
    }
  }
  return page.finish();
}

http::Response not_found_page(const http::Request& request) {
  PageRender page(request, "message.tpl");
  page.set_title(page.t("Page not found"));
  auto& c = page.content();
  c.SetValue("HEADING", page.t("Page not found"));
  c.SetValue("TEXT", page.t("This offer does not exist (any more). Maybe it has stopped or moved."));
  c.SetValue("BACK_URL", link("/", "", page.language().code));
  c.SetValue("BACK_LABEL", page.t("Back to the start page"));
  return page.finish(404);
}

http::Response offer(const http::Request& request, const search::CatalogueIndex& index) {
  const auto id = request.path_params.find("id");
  const core::Service* s = id == request.path_params.end() ? nullptr : index.service(id->second);
  if (s == nullptr) return not_found_page(request);
  PageRender page(request, "offer.tpl");
  const std::string lang(page.language().code);
  page.set_title(s->name);
  auto& c = page.content();
  c.SetValue("NAME", s->name);
  const core::Organization* org = index.organization(s->organization_id);
  c.SetValue("ORGANIZATION", org ? org->name : "");
  if (lang != "nl") {
    c.AddSectionDictionary("DUTCH_ONLY")->SetValue("TEXT", page.t("The partner wrote this offer in Dutch only."));
  }
  c.SetValue("DESCRIPTION", s->description);
  c.SetValue("FOR_WHOM_LABEL", page.t("For whom"));
  c.SetValue("AGES", age_text(page, *s));
  c.SetValue("COST_LABEL", page.t("Cost"));
  c.SetValue("COST", cost_text(page, *s));
  c.SetValue("LANGUAGES_LABEL", page.t("Languages"));
  c.SetValue("LANGUAGES",
             languages_text(*s) + (s->interpreter_available ? " · " + page.t("an interpreter is possible") : ""));
  c.SetValue("ACCESS_LABEL", page.t("Who can take part"));
  c.SetValue("ACCESS", access_text(page, *s));
  if (!s->application_process.empty()) {
    auto* how = c.AddSectionDictionary("HOW");
    how->SetValue("LABEL", page.t("How to take part"));
    how->SetValue("TEXT", s->application_process);
  }
  c.SetValue("WHERE_WHEN_HEADING", page.t("Where and when"));
  for (const core::ServiceAtLocation& sal : s->locations) {
    const core::Location* l = index.location(sal.location_id);
    if (l == nullptr) continue;
    auto* place = c.AddSectionDictionary("PLACE");
    place->SetValue("NAME", l->name);
    if (l->address) {
      auto* address = place->AddSectionDictionary("ADDRESS");
      address->SetValue("STREET", l->address->street);
      address->SetValue("POSTCODE", l->address->postcode);
      address->SetValue("CITY", l->address->city);
      address->SetValue("MAP_LABEL", page.t("map"));
      address->SetValue("MAP_URL",
                        l->latitude && l->longitude
                            ? fmt::format("https://www.openstreetmap.org/?mlat={:.6f}&mlon={:.6f}#map=17/{:.6f}/{:.6f}",
                                          *l->latitude, *l->longitude, *l->latitude, *l->longitude)
                            : fmt::format("https://www.openstreetmap.org/search?query={}",
                                          encode_query_value(l->address->street + ", " + l->address->postcode + " " +
                                                             l->address->city)));
    }
    if (l->kind == "online" && !l->url.empty()) {
      auto* online = place->AddSectionDictionary("ONLINE");
      online->SetValue("URL", l->url);
      online->SetValue("LABEL", page.t("Online"));
    }
    if (!l->accessibility.empty()) place->AddSectionDictionary("ACCESSIBILITY")->SetValue("TEXT", l->accessibility);
    if (!l->transportation.empty()) place->AddSectionDictionary("TRANSPORT")->SetValue("TEXT", l->transportation);
    for (const core::Schedule& h : sal.schedules) {
      std::string text = h.description;
      if (text.empty()) text = fmt::format("{} {}–{}", h.byday, h.opens_at, h.closes_at);
      place->AddSectionDictionary("TIME")->SetValue("TEXT", text);
    }
  }
  c.SetValue("CONTACT_HEADING", page.t("Contact"));
  const auto add_phone = [&](const core::Phone& phone) {
    auto* item = c.AddSectionDictionary("PHONE");
    std::string digits;
    for (const char ch : phone.number) {
      if ((ch >= '0' && ch <= '9') || ch == '+') digits.push_back(ch);
    }
    item->SetValue("TEL", digits);
    item->SetValue("NUMBER", phone.number);
  };
  for (const core::Phone& phone : s->phones) add_phone(phone);
  if (s->phones.empty() && org != nullptr) {
    for (const core::Phone& phone : org->phones) add_phone(phone);
  }
  const std::string email = !s->email.empty() ? s->email : (org ? org->email : "");
  if (!email.empty()) {
    auto* item = c.AddSectionDictionary("EMAIL");
    item->SetValue("ADDRESS", email);
  }
  if (!s->url.empty()) c.AddSectionDictionary("WEBSITE")->SetValue("URL", s->url);
  c.SetValue("BACK_URL", link("/zoeken", "", lang));
  c.SetValue("BACK_LABEL", page.t("Back to all offers"));
  return page.finish();
}

http::Response static_asset(const http::Request& request) {
  const auto name = request.path_params.find("name");
  const std::string_view* text = name == request.path_params.end() ? nullptr : static_file(name->second);
  if (text == nullptr) return http::Response::text(404, "Not Found");
  http::Response response = http::Response::text(200, std::string(*text));
  response.content_type = name->second.ends_with(".css") ? "text/css; charset=utf-8" : "application/octet-stream";
  response.headers.emplace_back("Cache-Control", "public, max-age=86400");
  return response;
}

}  // namespace

void add_finder_routes(http::Router& router, const api::IndexSource& index) {
  router.add("GET", "/", [index](http::Request& req) { return home(req, *index()); });
  router.add("GET", "/zoeken", [index](http::Request& req) { return results(req, *index()); });
  router.add("GET", "/aanbod/{id}", [index](http::Request& req) { return offer(req, *index()); });
  router.add("GET", "/static/{name}", [](http::Request& req) { return static_asset(req); });
}

}  // namespace hvhk::web

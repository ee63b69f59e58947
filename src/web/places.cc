#include "web/places.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "core/sessions.h"
#include "core/vocabulary.h"
#include "web/local_date.h"
#include "web/offer_text.h"
#include "web/page.h"

namespace hvhk::web {
namespace {

// "This week" is today and the six days after it.
constexpr int kWeekDays = 7;
// A daily offer has 7 sessions a week; more than this at one place is a data error.
constexpr std::size_t kMaxSessionsPerOffer = 32;

enum class Missing { kLocation, kNetwork };

// The same friendly 404 as an unknown offer: a page in the family's language, never the id.
http::Response not_found(const http::Request& request, Missing what) {
  PageRender page(request, "message.tpl");
  page.set_title(page.t("Page not found"));
  auto& c = page.content();
  c.SetValue("HEADING", page.t("Page not found"));
  c.SetValue("TEXT", what == Missing::kLocation
                         ? page.t("This place does not exist (any more). Maybe it has closed or moved.")
                         : page.t("This Huis van het Kind does not exist (any more)."));
  c.SetValue("BACK_URL", link("/", "", page.language().code));
  c.SetValue("BACK_LABEL", page.t("Back to the start page"));
  return page.finish(404);
}

std::string_view path_id(const http::Request& request) {
  const auto id = request.path_params.find("id");
  return id == request.path_params.end() ? std::string_view() : std::string_view(id->second);
}

// A vocabulary word in the page's language (the catalogues have the Dutch words as msgids).
std::string term_label(const PageRender& page, const core::Vocabulary& vocabulary, std::string_view code) {
  const core::Term* term = vocabulary.find(code);
  return term == nullptr ? std::string() : page.t(term->label_nl);
}

// The position of a location kind in its word list: the house first, online last.
std::size_t kind_rank(std::string_view kind) {
  const auto terms = core::location_kinds().terms;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (terms[i].code == kind) return i;
  }
  return terms.size();
}

struct WeekItem {
  core::Session session;
  const core::Service* service;
};

// Every session of every active offer at the place from today to today + 6, in date order
// (then by start time, then by name).
std::vector<WeekItem> this_week(const search::CatalogueIndex& index, const core::Location& l) {
  const core::Date today = local_today();
  const core::Date last{std::chrono::sys_days{today} + std::chrono::days{kWeekDays - 1}};
  const auto& services = index.catalogue().services;
  std::vector<WeekItem> items;
  for (const search::SalRef& ref : index.services_at_location(l.id)) {
    const core::Service& s = services[ref.service];
    if (s.status != "active") continue;
    for (const core::Session& session :
         core::sessions(s.locations[ref.position].schedules, today, last, kMaxSessionsPerOffer)) {
      items.push_back(WeekItem{session, &s});
    }
  }
  std::stable_sort(items.begin(), items.end(), [](const WeekItem& a, const WeekItem& b) {
    if (a.session.date != b.session.date) return a.session.date < b.session.date;
    if (a.session.schedule->opens_at != b.session.schedule->opens_at) {
      return a.session.schedule->opens_at < b.session.schedule->opens_at;
    }
    return a.service->name < b.service->name;
  });
  return items;
}

http::Response location_page(const http::Request& request, const search::CatalogueIndex& index) {
  const core::Location* l = index.location(path_id(request));
  if (l == nullptr) return not_found(request, Missing::kLocation);
  PageRender page(request, "location.tpl");
  const std::string lang(page.language().code);
  page.set_title(l->name);
  auto& c = page.content();
  c.SetValue("NAME", l->name);
  if (lang != "nl" && !(l->description.empty() && l->accessibility.empty() && l->transportation.empty())) {
    c.AddSectionDictionary("DUTCH_ONLY")->SetValue("TEXT", page.t("The partner wrote this text in Dutch only."));
  }
  if (!l->description.empty()) c.AddSectionDictionary("DESCRIPTION")->SetValue("TEXT", l->description);

  if (std::string kind = term_label(page, core::location_kinds(), l->kind); !kind.empty()) {
    auto* item = c.AddSectionDictionary("KIND");
    item->SetValue("LABEL", page.t("Kind of place"));
    item->SetValue("TEXT", kind);
  }
  if (l->address) {
    auto* address = c.AddSectionDictionary("ADDRESS");
    address->SetValue("LABEL", page.t("Address"));
    address->SetValue("STREET", l->address->street);
    address->SetValue("POSTCODE", l->address->postcode);
    address->SetValue("CITY", l->address->city);
    address->SetValue("MAP_LABEL", page.t("map"));
    address->SetValue("MAP_URL", map_url(*l));
  }
  if (!l->url.empty()) {
    auto* online = c.AddSectionDictionary("ONLINE");
    online->SetValue("LABEL", page.t("Online"));
    online->SetValue("URL", l->url);
  }
  if (!l->accessibility.empty()) {
    auto* item = c.AddSectionDictionary("ACCESSIBILITY");
    item->SetValue("LABEL", page.t("Accessibility"));
    item->SetValue("TEXT", l->accessibility);
  }
  if (!l->transportation.empty()) {
    auto* item = c.AddSectionDictionary("TRANSPORT");
    item->SetValue("LABEL", page.t("Public transport"));
    item->SetValue("TEXT", l->transportation);
  }
  if (const core::Organization* org = index.organization(l->organization_id)) {
    auto* item = c.AddSectionDictionary("ORGANIZATION");
    item->SetValue("LABEL", page.t("Organisation"));
    item->SetValue("NAME", org->name);
  }
  if (const core::Network* network = index.network(l->network_id)) {
    auto* item = c.AddSectionDictionary("NETWORK");
    item->SetValue("LABEL", page.t("Huis van het Kind"));
    item->SetValue("URL", link("/huis/" + encode_query_value(network->id), "", lang));
    item->SetValue("NAME", network->name);
  }
  if (!l->phones.empty()) {
    auto* phones = c.AddSectionDictionary("PHONES");
    phones->SetValue("LABEL", page.t("Phone"));
    for (const core::Phone& phone : l->phones) {
      auto* item = phones->AddSectionDictionary("PHONE");
      std::string digits;
      for (const char ch : phone.number) {
        if ((ch >= '0' && ch <= '9') || ch == '+') digits.push_back(ch);
      }
      item->SetValue("TEL", digits);
      item->SetValue("NUMBER", phone.number);
    }
  }

  c.SetValue("WEEK_HEADING", page.t("This week here"));
  const std::vector<WeekItem> week = this_week(index, *l);
  if (week.empty()) {
    c.AddSectionDictionary("NO_SESSIONS")->SetValue("TEXT", page.t("Nothing is planned here this week."));
  } else {
    auto* list = c.AddSectionDictionary("WEEK");
    for (const WeekItem& item : week) {
      auto* row = list->AddSectionDictionary("SESSION");
      row->SetValue("DATE", core::format_date(item.session.date));
      row->SetValue("WHEN", session_text(page, item.session));
      row->SetValue("URL", link("/aanbod/" + encode_query_value(item.service->id), "", lang));
      row->SetValue("NAME", item.service->name);
      if (!item.session.schedule->notes.empty()) {
        row->AddSectionDictionary("NOTES")->SetValue("TEXT", item.session.schedule->notes);
      }
    }
  }

  c.SetValue("ALSO_HEADING", page.t("Also here"));
  std::vector<std::uint32_t> offers;
  for (const search::SalRef& ref : index.services_at_location(l->id)) {
    if (index.catalogue().services[ref.service].status == "active") offers.push_back(ref.service);
  }
  offers.erase(std::unique(offers.begin(), offers.end()), offers.end());  // in catalogue order already
  if (offers.empty()) {
    c.AddSectionDictionary("NO_OFFERS")->SetValue("TEXT", page.t("There are no offers here right now."));
  } else {
    auto* list = c.AddSectionDictionary("OFFERS");
    for (const std::uint32_t i : offers) {
      const core::Service& s = index.catalogue().services[i];
      auto* row = list->AddSectionDictionary("OFFER");
      row->SetValue("URL", link("/aanbod/" + encode_query_value(s.id), "", lang));
      row->SetValue("NAME", s.name);
      row->SetValue("AGES", age_text(page, s));
      row->SetValue("COST", cost_text(page, s));
    }
  }
  c.SetValue("BACK_URL", link("/zoeken", "", lang));
  c.SetValue("BACK_LABEL", page.t("Back to all offers"));
  return page.finish();
}

http::Response network_page(const http::Request& request, const search::CatalogueIndex& index) {
  const core::Network* n = index.network(path_id(request));
  if (n == nullptr) return not_found(request, Missing::kNetwork);
  PageRender page(request, "network.tpl");
  const std::string lang(page.language().code);
  const core::Catalogue& catalogue = index.catalogue();
  page.set_title(n->name);
  auto& c = page.content();
  c.SetValue("NAME", n->name);
  if (!n->description.empty()) {
    if (lang != "nl") {
      c.AddSectionDictionary("DUTCH_ONLY")->SetValue("TEXT", page.t("The partner wrote this text in Dutch only."));
    }
    c.AddSectionDictionary("DESCRIPTION")->SetValue("TEXT", n->description);
  }

  std::string municipalities;
  for (const std::string& nis : n->municipality_nis_codes) {
    const core::Municipality* m = index.municipality(nis);
    if (m == nullptr) continue;
    if (!municipalities.empty()) municipalities += ", ";
    municipalities += m->name;
  }
  if (!municipalities.empty()) {
    auto* item = c.AddSectionDictionary("MUNICIPALITIES");
    item->SetValue("LABEL", page.t("Municipalities"));
    item->SetValue("TEXT", municipalities);
  }
  if (!n->website.empty()) {
    auto* item = c.AddSectionDictionary("WEBSITE");
    item->SetValue("LABEL", page.t("Website"));
    item->SetValue("URL", n->website);
  }
  if (!n->email.empty()) {
    auto* item = c.AddSectionDictionary("EMAIL");
    item->SetValue("LABEL", page.t("E-mail"));
    item->SetValue("ADDRESS", n->email);
  }

  const auto& network_services = index.services_of_network(n->id);
  const auto active =
      static_cast<long>(std::count_if(network_services.begin(), network_services.end(),
                                      [&](std::uint32_t i) { return catalogue.services[i].status == "active"; }));
  c.SetValue("OFFERS_HEADING", page.t("Offers"));
  c.SetValue("OFFER_COUNT", tf(page,
                               std::string(page.messages().plural("This Huis van het Kind has {0} offer.",
                                                                  "This Huis van het Kind has {0} offers.", active)),
                               active));
  c.SetValue("SEARCH_URL", link("/zoeken", "", lang));
  c.SetValue("SEARCH_LABEL", page.t("Search all offers"));

  std::vector<std::uint32_t> places = index.locations_of_network(n->id);
  std::stable_sort(places.begin(), places.end(), [&](std::uint32_t a, std::uint32_t b) {
    return kind_rank(catalogue.locations[a].kind) < kind_rank(catalogue.locations[b].kind);
  });
  if (!places.empty()) {
    auto* list = c.AddSectionDictionary("PLACES");
    list->SetValue("HEADING", page.t("Places"));
    for (const std::uint32_t i : places) {
      const core::Location& l = catalogue.locations[i];
      auto* row = list->AddSectionDictionary("PLACE");
      row->SetValue("URL", link("/locatie/" + encode_query_value(l.id), "", lang));
      row->SetValue("NAME", l.name);
      std::string about = term_label(page, core::location_kinds(), l.kind);
      if (l.address && !l.address->city.empty()) about += (about.empty() ? "" : " · ") + l.address->city;
      row->SetValue("ABOUT", about);
    }
  }

  const auto& partners = index.organizations_of_network(n->id);
  if (!partners.empty()) {
    auto* list = c.AddSectionDictionary("PARTNERS");
    list->SetValue("HEADING", page.t("Partners"));
    for (const std::uint32_t i : partners) {
      const core::Organization& org = catalogue.organizations[i];
      auto* row = list->AddSectionDictionary("PARTNER");
      row->SetValue("NAME", org.name);
      const std::string type = term_label(page, core::partner_types(), org.partner_type);
      if (!type.empty()) row->AddSectionDictionary("TYPE")->SetValue("TEXT", type);
    }
  }
  c.SetValue("JOIN_URL", link("/huis/" + n->id + "/partner-worden", "", lang));
  c.SetValue("JOIN_LABEL", page.t("Does your organisation work for families here? Become a partner"));
  c.SetValue("BACK_URL", link("/", "", lang));
  c.SetValue("BACK_LABEL", page.t("Back to the start page"));
  return page.finish();
}

}  // namespace

void add_place_routes(http::Router& router, const api::IndexSource& index) {
  router.add("GET", "/locatie/{id}", [index](http::Request& req) { return location_page(req, *index()); });
  router.add("GET", "/huis/{id}", [index](http::Request& req) { return network_page(req, *index()); });
}

}  // namespace hvhk::web

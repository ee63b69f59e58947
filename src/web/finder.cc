#include "web/finder.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>
#include <optional>

#include "core/languages.h"
#include "core/postcodes.h"
#include "core/vocabulary.h"
#include "search/geo.h"
#include "web/calendar_file.h"
#include "web/finder_query.h"
#include "web/finder_search.h"
#include "web/local_date.h"
#include "web/offer_text.h"
#include "web/offer_view.h"
#include "web/page.h"
#include "web/qr_code.h"
#include "web/registration_pages.h"

namespace hvhk::web {
namespace {

constexpr std::size_t kPerPage = 20;

// "today", "tomorrow" or the date of the next session.
std::string next_text(const PageRender& page, const search::SessionCalendar& cal, std::uint32_t i) {
  const auto days = cal.days_to_next(i);
  if (!days) return {};
  if (*days == 0) return page.t("Next time: today");
  if (*days == 1) return page.t("Next time: tomorrow");
  const core::Date date{std::chrono::sys_days{cal.today()} + std::chrono::days{*days}};
  return tf(page, "Next time: {0}", date_text(page, date));
}

// Labels of the choice lists, in the page's language.
std::string part_of_day_label(const PageRender& page, std::string_view code) {
  if (code == "voormiddag") return page.t("In the morning");
  if (code == "namiddag") return page.t("In the afternoon");
  if (code == "avond") return page.t("In the evening");
  return page.t("At the weekend");
}

std::string cost_label(const PageRender& page, std::string_view code) {
  return code == "gratis" ? page.t("Free") : page.t("Free or with a reduced tariff (UiTPAS)");
}

std::string attendance_label(const PageRender& page, std::string_view code) {
  return code == "online" ? page.t("Online") : page.t("On site");
}

// Up to `limit` sessions in the coming 7 days, soonest first, from the matches given.
struct WeekItem {
  core::Session session;
  const core::Service* service;
  const core::Location* location;
};

std::vector<WeekItem> this_week(const std::vector<Match>& matches, const FinderContext& c, std::size_t limit) {
  const core::Date last{std::chrono::sys_days{c.today} + std::chrono::days{6}};
  std::vector<WeekItem> items;
  for (const Match& m : matches) {
    const core::Service& s = c.index->catalogue().services[m.service];
    for (const core::ServiceAtLocation& sal : s.locations) {
      for (const core::Session& session : core::sessions(sal.schedules, c.today, last, limit)) {
        if (core::is_opening_hours(*session.schedule)) continue;
        // One line per offer: its next session this week.
        if (!items.empty() && items.back().service == &s) {
          if (session.date < items.back().session.date)
            items.back() = WeekItem{session, &s, c.index->location(sal.location_id)};
          continue;
        }
        items.push_back(WeekItem{session, &s, c.index->location(sal.location_id)});
      }
    }
  }
  std::stable_sort(items.begin(), items.end(), [](const WeekItem& a, const WeekItem& b) {
    return a.session.date != b.session.date ? a.session.date < b.session.date
                                            : a.session.schedule->opens_at < b.session.schedule->opens_at;
  });
  if (items.size() > limit) items.resize(limit);
  return items;
}

http::Response home(const http::Request& request, const FinderContext& ctx) {
  PageRender page(request, "home.tpl");
  const std::string lang(page.language().code);
  page.set_title(page.t("Find what fits your family"));
  auto& c = page.content();
  c.SetValue("HEADING", page.t("Find what fits your family"));
  c.SetValue("INTRO",
             page.t("Activities and help for parents, children and young people, near you. Most of it is free."));
  c.SetValue("SEARCH_LABEL", page.t("What are you looking for? For example: baby, swimming, homework"));
  c.SetValue("POSTCODE_LABEL", page.t("Your postcode or town (optional)"));
  c.SetValue("SEARCH_BUTTON", page.t("Search"));
  c.SetValue("STAGES_HEADING", page.t("My child is ..."));
  c.SetValue("THEMES_HEADING", page.t("I have a question about ..."));
  c.SetValue("NETWORKS_HEADING", page.t("Huizen van het Kind"));
  for (const core::Term& term : core::age_bands().terms) {
    auto* item = c.AddSectionDictionary("STAGE");
    item->SetValue("URL", link("/zoeken", "leeftijd=" + encode_query_value(term.code), lang));
    item->SetValue("LABEL", page.t(term.label_nl));
    item->SetValue("ICON", stage_icon(term.code));
  }
  for (const core::Term& term : core::themes().terms) {
    auto* item = c.AddSectionDictionary("THEME");
    item->SetValue("URL", link("/zoeken", "thema=" + encode_query_value(term.code), lang));
    item->SetValue("LABEL", page.t(term.label_nl));
    item->SetValue("ICON", theme_icon(term.code));
  }

  // This week near you: with the postcode given on this page, else everywhere.
  FinderQuery near;
  near.postcode = read_finder_query(request, page, ctx.today).postcode;
  near.this_week = true;
  std::vector<Match> matches = find(near, ctx, 0);
  c.SetValue("WEEK_HEADING", page.t("This week near you"));
  c.SetValue("WEEK_POSTCODE_LABEL", page.t("Postcode or town"));
  c.SetValue("WEEK_POSTCODE", near.postcode);
  c.SetValue("WEEK_BUTTON", page.t("Show this week"));
  for (const WeekItem& item : this_week(matches, ctx, 8)) {
    auto* row = c.AddSectionDictionary("WEEK_ITEM");
    row->SetValue("WHEN", session_text(page, item.session));
    row->SetValue("URL", link("/aanbod/" + item.service->id, "", lang));
    row->SetValue("NAME", item.service->name);
    row->SetValue("PLACE", item.location != nullptr ? item.location->name : "");
  }
  c.SetValue("WEEK_ALL_URL", link("/zoeken", encode_finder_query(near), lang));
  c.SetValue("WEEK_ALL_LABEL", page.t("Everything this week"));

  std::size_t shown = 0;
  for (const core::Network& n : ctx.index->catalogue().networks) {
    if (++shown > 300) break;
    auto* item = c.AddSectionDictionary("NETWORK");
    item->SetValue("NAME", n.name);
    item->SetValue("URL", link("/huis/" + n.id, "", lang));
  }
  return page.finish();
}

// Fills a <select>'s options: value, label, selected.
void add_options(ctemplate::TemplateDictionary& c, const char* section,
                 const std::vector<std::pair<std::string, std::string>>& options, std::string_view selected) {
  for (const auto& [code, label] : options) {
    auto* option = c.AddSectionDictionary(section);
    option->SetValue("CODE", code);
    option->SetValue("LABEL", label);
    if (code == selected) option->ShowSection("SELECTED");
  }
}

void fill_filter_form(PageRender& page, const FinderQuery& f) {
  auto& c = page.content();
  c.SetValue("SEARCH_LABEL", page.t("Search words"));
  c.SetValue("Q", f.q);
  c.SetValue("AGE_LABEL", page.t("Age of your child"));
  c.SetValue("BIRTH_LABEL", page.t("Or the birth date (or due date)"));
  c.SetValue("BIRTH_DATE", f.birth_date);
  c.SetValue("THEME_LABEL", page.t("Theme"));
  c.SetValue("ANY", page.t("All"));
  c.SetValue("POSTCODE_LABEL", page.t("Postcode or town"));
  c.SetValue("POSTCODE", f.postcode);
  c.SetValue("DISTANCE_LABEL", page.t("Distance in km"));
  c.SetValue("DISTANCE", f.distance_given ? std::to_string(f.distance_km) : "");
  c.SetValue("MORE_LABEL", page.t("More choices: day, time, cost, language"));
  c.SetValue("DAY_LABEL", page.t("Day"));
  c.SetValue("PART_LABEL", page.t("Time of day"));
  c.SetValue("COST_LABEL", page.t("Cost"));
  c.SetValue("LANGUAGE_LABEL", page.t("Language spoken"));
  c.SetValue("ATTENDANCE_LABEL", page.t("Where"));
  c.SetValue("INTERPRETER_LABEL", page.t("An interpreter is possible"));
  c.SetValue("NO_REGISTRATION_LABEL", page.t("No registration needed"));
  c.SetValue("THIS_WEEK_LABEL", page.t("Only this week"));
  if (f.interpreter) c.ShowSection("INTERPRETER_CHECKED");
  if (f.no_registration) c.ShowSection("NO_REGISTRATION_CHECKED");
  if (f.this_week) c.ShowSection("THIS_WEEK_CHECKED");
  if (!f.day.empty() || !f.part_of_day.empty() || !f.cost.empty() || !f.language.empty() || f.interpreter ||
      !f.attendance.empty() || f.no_registration || f.this_week || !f.birth_date.empty()) {
    c.ShowSection("MORE_OPEN");
  }
  c.SetValue("SEARCH_BUTTON", page.t("Show offers"));
  std::vector<std::pair<std::string, std::string>> options;
  for (const core::Term& term : core::age_bands().terms) options.emplace_back(term.code, page.t(term.label_nl));
  add_options(c, "AGE_OPTION", options, f.age_band);
  options.clear();
  for (const core::Term& term : core::themes().terms) options.emplace_back(term.code, page.t(term.label_nl));
  add_options(c, "THEME_OPTION", options, f.theme);
  options.clear();
  for (unsigned d = 0; d < day_codes().size(); ++d) options.emplace_back(day_codes()[d], weekday_name(page, d));
  add_options(c, "DAY_OPTION", options, f.day);
  options.clear();
  for (const std::string_view code : part_of_day_codes()) {
    options.emplace_back(code, part_of_day_label(page, code));
  }
  add_options(c, "PART_OPTION", options, f.part_of_day);
  add_options(c, "COST_OPTION",
              {{"gratis", cost_label(page, "gratis")}, {"kansentarief", cost_label(page, "kansentarief")}}, f.cost);
  add_options(c, "ATTENDANCE_OPTION",
              {{"ter-plaatse", attendance_label(page, "ter-plaatse")}, {"online", attendance_label(page, "online")}},
              f.attendance);
  for (const std::string_view code : core::known_language_codes()) {
    auto* option = c.AddSectionDictionary("LANGUAGE_OPTION");
    option->SetValue("CODE", std::string(code));
    option->SetValue("LABEL", std::string(core::language_endonym(code)));
    if (code == f.language) option->ShowSection("SELECTED");
  }
}

// The choices in effect, each as (label, parameter to leave out to remove it).
std::vector<std::pair<std::string, std::string>> chips(const PageRender& page, const FinderQuery& f) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!f.q.empty()) out.emplace_back(tf(page, "Search: {0}", f.q), "q");
  if (!f.age_band.empty()) out.emplace_back(page.t(core::age_bands().find(f.age_band)->label_nl), "leeftijd");
  if (f.age_months) {
    out.emplace_back(*f.age_months < 0 ? page.t("Baby on the way") : tf(page, "Child of {0} months", *f.age_months),
                     "geboortedatum");
  }
  if (!f.theme.empty()) out.emplace_back(page.t(core::themes().find(f.theme)->label_nl), "thema");
  if (!f.postcode.empty()) {
    const auto place = core::PostcodeDirectory::embedded().centroid(f.postcode);
    out.emplace_back(
        tf(page, "Within {0} km of {1}", f.distance_km, place ? f.postcode + " " + place->name : f.postcode),
        "postcode");
  }
  if (!f.day.empty()) {
    const auto d =
        static_cast<unsigned>(std::find(day_codes().begin(), day_codes().end(), f.day) - day_codes().begin());
    out.emplace_back(weekday_name(page, d), "dag");
  }
  if (!f.part_of_day.empty()) out.emplace_back(part_of_day_label(page, f.part_of_day), "moment");
  if (!f.cost.empty()) out.emplace_back(cost_label(page, f.cost), "kost");
  if (!f.language.empty()) out.emplace_back(std::string(core::language_endonym(f.language)), "taal");
  if (f.interpreter) out.emplace_back(page.t("An interpreter is possible"), "tolk");
  if (!f.attendance.empty()) out.emplace_back(attendance_label(page, f.attendance), "vorm");
  if (f.no_registration) out.emplace_back(page.t("No registration needed"), "vrij");
  if (f.this_week) out.emplace_back(page.t("Only this week"), "wanneer");
  return out;
}

http::Response results(const http::Request& request, const FinderContext& ctx) {
  PageRender page(request, "results.tpl");
  const std::string lang(page.language().code);
  const FinderQuery f = read_finder_query(request, page, ctx.today);
  const std::vector<Match> matches = find(f, ctx, f.page * kPerPage);
  const search::CatalogueIndex& index = *ctx.index;
  auto& c = page.content();
  const std::string heading = f.q.empty() ? page.t("Offers") : tf(page, "Offers for \"{0}\"", f.q);
  page.set_title(heading);
  c.SetValue("HEADING", heading);
  fill_filter_form(page, f);
  for (const std::string& notice : f.notices) c.AddSectionDictionary("NOTICE")->SetValue("TEXT", notice);

  // Active filters, each with a link that removes just that one.
  const auto active = chips(page, f);
  if (!active.empty()) {
    auto* list = c.AddSectionDictionary("ACTIVE_FILTERS");
    list->SetValue("ACTIVE_LABEL", page.t("You chose:"));
    for (const auto& [label, parameter] : active) {
      auto* chip = list->AddSectionDictionary("CHIP");
      chip->SetValue("URL", link("/zoeken", encode_finder_query(f, parameter), lang));
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
                   : active.empty() ? page.t("There are no offers yet.")
                                    : page.t("Nothing fits all your choices together. Remove a choice to see more."));
    // Ways out that find something, each with how much it finds.
    const auto offer_relaxed = [&](const FinderQuery& relaxed, const std::string& label) {
      const std::size_t found = find(relaxed, ctx, 0).size();
      if (found == 0) return;
      auto* relax = none->AddSectionDictionary("RELAX");
      relax->SetValue("URL", link("/zoeken", encode_finder_query(relaxed), lang));
      relax->SetValue("LABEL", label);
      relax->SetValue(
          "COUNT",
          tf(page, std::string(page.messages().plural("{0} offer found", "{0} offers found", static_cast<long>(found))),
             found));
    };
    for (const auto& [label, parameter] : active) {
      offer_relaxed(without(f, parameter), tf(page, "Show offers without \"{0}\"", label));
    }
    if (!f.postcode.empty() && f.distance_km < kMaxDistanceKm) {
      FinderQuery wider = f;
      wider.distance_km = std::min(kMaxDistanceKm, f.distance_km * 3);
      wider.distance_given = true;
      offer_relaxed(wider, tf(page, "Search within {0} km", wider.distance_km));
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
    if (const std::string next = next_text(page, *ctx.calendar, matches[k].service); !next.empty()) {
      row->AddSectionDictionary("NEXT")->SetValue("TEXT", next);
    }
    row->SetValue("AGES", age_text(page, s));
    row->SetValue("COST", cost_text(page, s));
    row->SetValue("LANGUAGES", languages_text(s));
    if (!f.postcode.empty() && matches[k].distance_m > 0) {
      std::string away = tf(page, "{0:.1f} km away", matches[k].distance_m / 1000.0);
      if (lang != "en") {
        // A decimal comma, as written in Belgium (and in French, Turkish, Ukrainian).
        for (std::size_t at = 1; at + 1 < away.size(); ++at) {
          if (away[at] == '.' && std::isdigit(static_cast<unsigned char>(away[at - 1])) != 0 &&
              std::isdigit(static_cast<unsigned char>(away[at + 1])) != 0) {
            away[at] = ',';
            break;
          }
        }
      }
      row->AddSectionDictionary("PLACE")->SetValue("TEXT", away);
    }
  }
  if (pages > 1) {
    auto* pager = c.AddSectionDictionary("PAGER");
    pager->SetValue("PAGES_LABEL", page.t("Pages"));
    pager->SetValue("PAGE_TEXT", tf(page, "Page {0} of {1}", current, pages));
    const std::string base = encode_finder_query(f);
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

// The offer named in the path, if families may see it (an archived offer has no page any more).
const core::Service* requested_offer(const http::Request& request, const search::CatalogueIndex& index) {
  const auto id = request.path_params.find("id");
  const core::Service* s = id == request.path_params.end() ? nullptr : index.service(id->second);
  return s != nullptr && s->status == "active" ? s : nullptr;
}

http::Response offer(const http::Request& request, const FinderContext& ctx, const SessionsOf& sessions) {
  const core::Service* s = requested_offer(request, *ctx.index);
  if (s == nullptr) return not_found_page(request);
  PageRender page(request, "offer.tpl");
  const std::string lang(page.language().code);
  page.set_title(s->name);
  auto& c = page.content();
  c.SetValue("NAME", s->name);
  auto* facts = c.AddIncludeDictionary("FACTS");
  facts->SetFilename("offer_facts.tpl");
  fill_offer_facts(page, *facts, *s, *ctx.index, ctx.today);
  if (sessions) fill_offer_sessions(page, c, *s, sessions(s->id));
  const std::string offer_url = absolute_url(request, link("/aanbod/" + s->id, "", lang));
  c.SetValue("SHARE_HEADING", page.t("Share"));
  c.SetValue("SHARE_LINK_LABEL", page.t("Link to this offer"));
  c.SetValue("SHARE_URL", offer_url);
  c.SetValue("SHARE_EMAIL_LABEL", page.t("Send by e-mail"));
  c.SetValue("SHARE_SUBJECT", s->name);
  c.SetValue("SHARE_WHATSAPP_LABEL", page.t("Send with WhatsApp"));
  c.SetValue("PRINT_LABEL", page.t("Poster to print, with a QR code"));
  c.SetValue("PRINT_URL", link("/aanbod/" + s->id + "/affiche", "", lang));
  c.SetValue("BACK_URL", link("/zoeken", "", lang));
  c.SetValue("BACK_LABEL", page.t("Back to all offers"));
  return page.finish();
}

// A printable poster of the offer: the facts, the next dates and a QR code to its page.
http::Response poster(const http::Request& request, const FinderContext& ctx) {
  const core::Service* s = requested_offer(request, *ctx.index);
  if (s == nullptr) return not_found_page(request);
  PageRender page(request, "poster.tpl");
  const std::string lang(page.language().code);
  page.set_title(s->name);
  auto& c = page.content();
  fill_offer_facts(page, c, *s, *ctx.index, ctx.today);
  const std::string offer_url = absolute_url(request, link("/aanbod/" + s->id, "", lang));
  c.SetValue("QR_URL", link("/aanbod/" + s->id + "/qr.svg", "", lang));
  c.SetValue("QR_ALT", tf(page, "QR code to {0}", offer_url));
  c.SetValue("QR_TEXT", page.t("Scan for all information and the latest dates:"));
  c.SetValue("OFFER_URL", offer_url);
  c.SetValue("PRINT_HINT", page.t("Print this page with your browser's print button."));
  c.SetValue("BACK_URL", link("/aanbod/" + s->id, "", lang));
  c.SetValue("BACK_LABEL", page.t("Back to the offer"));
  return page.finish();
}

bool is_interface_language(std::string_view code) {
  const auto all = languages();
  return std::any_of(all.begin(), all.end(), [&](const Language& l) { return l.code == code; });
}

http::Response qr_image(const http::Request& request, const FinderContext& ctx) {
  const core::Service* s = requested_offer(request, *ctx.index);
  if (s == nullptr) return http::Response::text(404, "Not Found");
  const auto lang = request.query.get("lang");
  const std::string url =
      absolute_url(request, link("/aanbod/" + s->id, "", lang && is_interface_language(*lang) ? *lang : "nl"));
  const std::string svg = qr_code_svg(url, s->name);
  if (svg.empty()) return http::Response::text(404, "Not Found");
  http::Response response = http::Response::text(200, svg);
  response.content_type = "image/svg+xml";
  response.headers.emplace_back("Cache-Control", "public, max-age=3600");
  return response;
}

http::Response calendar(const http::Request& request, const FinderContext& ctx) {
  const core::Service* s = requested_offer(request, *ctx.index);
  const auto place_id = request.query.get("plaats");
  const core::ServiceAtLocation* place = nullptr;
  if (s != nullptr) {
    for (const core::ServiceAtLocation& sal : s->locations) {
      if (!place_id || sal.location_id == *place_id) {
        place = &sal;
        break;
      }
    }
  }
  if (place == nullptr) return not_found_page(request);
  const std::string url = absolute_url(request, link("/aanbod/" + s->id, "", "nl"));
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const auto day = std::chrono::floor<std::chrono::days>(now);
  const std::chrono::year_month_day date{day};
  const std::chrono::hh_mm_ss time{now - day};
  const std::string stamp = fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}Z", static_cast<int>(date.year()),
                                        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                                        time.hours().count(), time.minutes().count(), time.seconds().count());
  const std::string ics = calendar_file(*s, ctx.index->location(place->location_id), *place, url, stamp);
  if (ics.empty()) return not_found_page(request);
  http::Response response = http::Response::text(200, ics);
  response.content_type = "text/calendar; charset=utf-8";
  response.headers.emplace_back("Content-Disposition", "attachment; filename=\"aanbod.ics\"");
  return response;
}

http::Response static_asset(const http::Request& request) {
  const auto name = request.path_params.find("name");
  const std::string_view* text = name == request.path_params.end() ? nullptr : static_file(name->second);
  if (text == nullptr) return http::Response::text(404, "Not Found");
  http::Response response = http::Response::text(200, std::string(*text));
  response.content_type = name->second.ends_with(".css")   ? "text/css; charset=utf-8"
                          : name->second.ends_with(".svg") ? "image/svg+xml"
                                                           : "application/octet-stream";
  response.headers.emplace_back("Cache-Control", "public, max-age=86400");
  return response;
}

// Serves a page from the cache of finished pages (per catalogue and day), or renders it and
// keeps it: most families arrive through the same few links (a life stage, a theme, a word).
// What a page depends on is its path, its query and the language; nothing else of the request.
template <typename Render>
http::Response cached(const http::Request& request, const FinderContext& ctx, Render render) {
  std::string key(choose_language(request).language->code);
  key += '\n';
  key += request.path;
  for (const auto& [name, value] : request.query.items()) {
    // Lengths first: no value can pass for another list of parameters.
    key += fmt::format("\n{}:{}:", name.size(), value.size());
    key += name;
    key += value;
  }
  if (const auto page = ctx.pages->find(key)) return *page;
  http::Response response = render(request, ctx);
  if (response.status == 200) ctx.pages->keep(key, response);
  return response;
}

}  // namespace

void add_finder_routes(http::Router& router, const api::IndexSource& index, const SessionsOf& sessions) {
  router.add("GET", "/", [index](http::Request& req) { return cached(req, finder_context(index), home); });
  router.add("GET", "/zoeken", [index](http::Request& req) { return cached(req, finder_context(index), results); });
  router.add("GET", "/aanbod/{id}",
             [index, sessions](http::Request& req) { return offer(req, finder_context(index), sessions); });
  router.add("GET", "/aanbod/{id}/affiche", [index](http::Request& req) { return poster(req, finder_context(index)); });
  router.add("GET", "/aanbod/{id}/qr.svg",
             [index](http::Request& req) { return qr_image(req, finder_context(index)); });
  router.add("GET", "/aanbod/{id}/kalender.ics",
             [index](http::Request& req) { return calendar(req, finder_context(index)); });
  router.add("GET", "/static/{name}", [](http::Request& req) { return static_asset(req); });
}

}  // namespace hvhk::web

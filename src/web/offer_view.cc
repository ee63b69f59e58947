#include "web/offer_view.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

#include "web/offer_text.h"

namespace hvhk::web {
namespace {

// The next sessions of an offer at one place, in the coming three months.
constexpr std::size_t kNextSessions = 5;
constexpr int kNextSessionsDays = 92;

std::vector<core::Session> upcoming(const core::ServiceAtLocation& sal, core::Date today) {
  const core::Date last{std::chrono::sys_days{today} + std::chrono::days{kNextSessionsDays}};
  return core::sessions(sal.schedules, today, last, kNextSessions);
}

}  // namespace

// A rule without a partner's description, in words: "woensdag, 14:00–15:00", "eerste zaterdag
// van de maand, 10:00–12:00", or the date of a one-off.
std::string schedule_words(const PageRender& page, const core::Schedule& h) {
  static constexpr std::array<std::string_view, 7> kCodes{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  std::vector<std::string> days;
  std::string_view byday = h.byday;
  while (!byday.empty()) {
    const auto comma = byday.find(',');
    std::string_view part = byday.substr(0, comma);
    byday.remove_prefix(comma == std::string_view::npos ? byday.size() : comma + 1);
    const std::string_view code = part.size() >= 2 ? part.substr(part.size() - 2) : part;
    const std::string_view nth = part.substr(0, part.size() - code.size());
    const auto found = std::find(kCodes.begin(), kCodes.end(), code);
    if (found == kCodes.end()) continue;
    const std::string day = weekday_name(page, static_cast<unsigned>(found - kCodes.begin()));
    if (nth.empty()) {
      days.push_back(day);
    } else {
      const std::string ordinal = nth == "1"   ? page.t("first")
                                  : nth == "2" ? page.t("second")
                                  : nth == "3" ? page.t("third")
                                  : nth == "4" ? page.t("fourth")
                                               : page.t("last");
      days.push_back(tf(page, "{0} {1} of the month", ordinal, day));
    }
  }
  std::string when = fmt::format("{}", fmt::join(days, ", "));
  if (h.freq.empty()) {
    if (const auto date = core::parse_date(h.dtstart)) when = date_text(page, *date);
  }
  if (h.opens_at.empty()) return when;
  return fmt::format("{}, {}–{}", when, h.opens_at, h.closes_at);
}

void fill_offer_facts(PageRender& page, ctemplate::TemplateDictionary& c, const core::Service& s,
                      const search::CatalogueIndex& index, core::Date today) {
  const std::string lang(page.language().code);
  c.SetValue("NAME", s.name);
  const core::Organization* org = index.organization(s.organization_id);
  c.SetValue("ORGANIZATION", org ? org->name : "");
  if (lang != "nl") {
    c.AddSectionDictionary("DUTCH_ONLY")->SetValue("TEXT", page.t("The partner wrote this offer in Dutch only."));
  }
  c.SetValue("DESCRIPTION", s.description);
  c.SetValue("FOR_WHOM_LABEL", page.t("For whom"));
  c.SetValue("AGES", age_text(page, s));
  c.SetValue("COST_LABEL", page.t("Cost"));
  c.SetValue("COST", cost_text(page, s));
  if (!s.cost.free && !s.cost.reduced_description.empty()) {
    c.AddSectionDictionary("REDUCED")->SetValue("TEXT", s.cost.reduced_description);
  }
  c.SetValue("LANGUAGES_LABEL", page.t("Languages"));
  c.SetValue("LANGUAGES",
             languages_text(s) + (s.interpreter_available ? " · " + page.t("an interpreter is possible") : ""));
  c.SetValue("ACCESS_LABEL", page.t("Who can take part"));
  c.SetValue("ACCESS", access_text(page, s));
  c.SetValue("REGISTRATION_LABEL", page.t("Registration"));
  c.SetValue("REGISTRATION", s.registration_required ? page.t("Register in advance")
                                                     : page.t("No registration needed: just come along"));
  if (!s.application_process.empty()) {
    auto* how = c.AddSectionDictionary("HOW");
    how->SetValue("LABEL", page.t("How to take part"));
    how->SetValue("TEXT", s.application_process);
  }
  c.SetValue("WHERE_WHEN_HEADING", page.t("Where and when"));
  c.SetValue("NEXT_LABEL", page.t("Next times"));
  c.SetValue("NO_DATES", page.t("No dates planned in the coming months. Ask the partner."));
  c.SetValue("CALENDAR_LABEL", page.t("Add to my calendar"));
  for (const core::ServiceAtLocation& sal : s.locations) {
    const core::Location* l = index.location(sal.location_id);
    if (l == nullptr) continue;
    auto* place = c.AddSectionDictionary("PLACE");
    place->SetValue("NAME", l->name);
    place->SetValue("PLACE_URL", link("/locatie/" + l->id, "", lang));
    if (l->address) {
      auto* address = place->AddSectionDictionary("ADDRESS");
      address->SetValue("STREET", l->address->street);
      address->SetValue("POSTCODE", l->address->postcode);
      address->SetValue("CITY", l->address->city);
      address->SetValue("MAP_LABEL", page.t("map"));
      address->SetValue("MAP_URL", map_url(*l));
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
      if (text.empty()) text = schedule_words(page, h);
      place->AddSectionDictionary("TIME")->SetValue("TEXT", text);
    }
    if (!sal.schedules.empty()) {
      auto* dates = place->AddSectionDictionary("DATES");
      const std::vector<core::Session> next = upcoming(sal, today);
      for (const core::Session& session : next) {
        dates->AddSectionDictionary("SESSION")->SetValue("TEXT", session_text(page, session));
      }
      if (next.empty()) dates->ShowSection("NONE");
      dates->SetValue("CALENDAR_URL", fmt::format("/aanbod/{}/kalender.ics?plaats={}", encode_query_value(s.id),
                                                  encode_query_value(l->id)));
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
  for (const core::Phone& phone : s.phones) add_phone(phone);
  if (s.phones.empty() && org != nullptr) {
    for (const core::Phone& phone : org->phones) add_phone(phone);
  }
  const std::string email = !s.email.empty() ? s.email : (org ? org->email : "");
  if (!email.empty()) {
    auto* item = c.AddSectionDictionary("EMAIL");
    item->SetValue("ADDRESS", email);
  }
  if (!s.url.empty()) c.AddSectionDictionary("WEBSITE")->SetValue("URL", s.url);
}

}  // namespace hvhk::web

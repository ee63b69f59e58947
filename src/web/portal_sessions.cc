#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "api/csv.h"
#include "core/languages.h"
#include "core/timestamps.h"
#include "core/vocabulary.h"
#include "store/registration_figures.h"
#include "store/registration_store.h"
#include "web/form_fields.h"
#include "web/local_date.h"
#include "web/offer_text.h"
#include "web/portal_session.h"
#include "web/qr_code.h"
#include "web/registration_form.h"
#include "web/taking_part.h"

// The pages of taking part for a partner's own people and a network's coordinator: planning the
// sessions of an offer, the families registered for one session (opened and audited one read at
// a time), the list as a file, attendance on a phone with walk-ins at the door, registering a
// family at the desk (assisted), an offer's reach figures (cells under 5 hidden) and, for the
// coordinator, how full the network's sessions are (counts only). Need to know: the families'
// data is for the organisation's own staff only (Action::manage_registrations, ADR 020).
namespace hvhk::web::portal {
namespace {

constexpr int kMaxCapacity = 500;
constexpr int kMaxDates = 60;
constexpr int kMaxAgeYears = 25;
constexpr int kMaxConfirmHours = 14 * 24;
constexpr int kMaxPriceCents = 100000;
constexpr int kSmallCell = 5;  // counts under this are shown as "< 5"
constexpr std::size_t kChildFields = 4;

std::string path_param(const http::Request& request, std::string_view name) {
  const auto it = request.path_params.find(name);
  return it == request.path_params.end() ? std::string() : it->second;
}

std::string now_utc() { return core::iso_utc(std::chrono::system_clock::now()); }

const core::Service* offer_of(const search::CatalogueIndex& index, const core::Organization& org, std::string_view id) {
  for (const std::uint32_t i : index.services_of(org.id)) {
    const core::Service& s = index.catalogue().services[i];
    if (s.id == id) return &s;
  }
  return nullptr;
}

// "14:00" → minutes after midnight; nullopt for anything else.
std::optional<int> minutes_of(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (const std::size_t i : {0U, 1U, 3U, 4U}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 23 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

// A whole number of at most 6 digits, or nullopt.
std::optional<int> number_of(std::string_view text) {
  if (text.empty() || text.size() > 6) return std::nullopt;
  int out = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    out = out * 10 + (c - '0');
  }
  return out;
}

// "5", "5,50", "5.5", "€ 5" → cents; nullopt for anything else.
std::optional<int> cents_of(std::string text) {
  std::erase_if(text, [](char c) { return c == ' '; });
  if (text.starts_with("\xE2\x82\xAC")) text.erase(0, 3);
  const std::size_t mark = text.find_first_of(",.");
  const std::string whole = text.substr(0, mark);
  std::string part = mark == std::string::npos ? "" : text.substr(mark + 1);
  if (part.size() > 2) return std::nullopt;
  while (part.size() < 2) part.push_back('0');
  const auto euro = number_of(whole.empty() ? "0" : whole);
  const auto cent = number_of(part);
  if (!euro || !cent) return std::nullopt;
  return *euro * 100 + *cent;
}

// "2026-12-02T14:00" → "2026-12-02 14:00".
std::string local_text(std::string_view at) {
  if (at.size() < 16) return std::string(at);
  return fmt::format("{} {}", at.substr(0, 10), at.substr(11, 5));
}

// The dates of a session as one line: "2026-12-02 14:00–16:00" or "7 dates: 2026-12-02 – 2027-01-13, 14:00–16:00".
std::string dates_text(const PageRender& page, const store::ActivitySession& s) {
  const std::string hours = s.starts_at().size() >= 16 && s.ends_at().size() >= 16
                                ? fmt::format("{}–{}", s.starts_at().substr(11, 5), s.ends_at().substr(11, 5))
                                : "";
  if (s.dates.size() == 1) return fmt::format("{} {}", s.starts_at().substr(0, 10), hours);
  return tf(page, "{0} dates: {1} to {2}, {3}", s.dates.size(), s.starts_at().substr(0, 10), s.ends_at().substr(0, 10),
            hours);
}

std::string place_name(const search::CatalogueIndex& index, const std::string& location_id) {
  const core::Location* l = index.location(location_id);
  return l != nullptr ? l->name : location_id;
}

// A count for reach figures: under 5 is never shown as the number.
std::string small_count(int n) { return n > 0 && n < kSmallCell ? "< 5" : std::to_string(n); }

std::string age_text(const PageRender& page, int months) {
  if (months < 24) return tf(page, "{0} months", months);
  return tf(page, "{0} years", months / 12);
}

// The postcodes of the municipalities of the organisation's networks, space-separated.
std::string network_postcodes(const search::CatalogueIndex& index, const core::Organization& org) {
  std::set<std::string> codes;
  for (const std::string& network_id : org.network_ids) {
    const core::Network* net = find_network(index, network_id);
    if (net == nullptr) continue;
    for (const std::string& nis : net->municipality_nis_codes) {
      if (const core::Municipality* m = index.municipality(nis)) codes.insert(m->postcodes.begin(), m->postcodes.end());
    }
  }
  std::string out;
  for (const std::string& code : codes) out += (out.empty() ? "" : " ") + code;
  return out;
}

// The plan form as typed.
struct PlanForm {
  std::string place, kind = "once", date, start, end, count = "1", capacity, opens, closes, min_age, max_age,
                     residents_until, postcodes, price_standard = "0", price_reduced, price_nonresident,
                     confirm_hours = "48";
};

PlanForm plan_form_of(const http::QueryParams& f) {
  const auto get = [&](const char* name) { return std::string(f.get(name).value_or("")); };
  PlanForm p;
  p.place = get("place");
  p.kind = get("kind");
  p.date = get("date");
  p.start = get("start");
  p.end = get("end");
  p.count = get("count");
  p.capacity = get("capacity");
  p.opens = get("opens");
  p.closes = get("closes");
  p.min_age = get("min_age");
  p.max_age = get("max_age");
  p.residents_until = get("residents_until");
  p.postcodes = get("postcodes");
  p.price_standard = get("price_standard");
  p.price_reduced = get("price_reduced");
  p.price_nonresident = get("price_nonresident");
  p.confirm_hours = get("confirm_hours");
  return p;
}

using Problems = std::map<std::string, std::string>;  // field → msgid

// The sessions a valid plan gives (ids left empty), or the problems per field.
std::vector<store::ActivitySession> sessions_of_plan(const PlanForm& p, const core::Service& offer,
                                                     const std::string& today, Problems& problems) {
  std::vector<std::string> places;
  for (const core::ServiceAtLocation& sal : offer.locations) places.push_back(sal.location_id);
  if (!places.empty() && std::find(places.begin(), places.end(), p.place) == places.end()) {
    problems["place"] = "Choose a place from the list.";
  }
  if (p.kind != "once" && p.kind != "weekly" && p.kind != "series") problems["kind"] = "Choose one of the options.";
  const auto first = core::parse_date(p.date);
  if (!first) {
    problems["date"] = "Write a date, e.g. 2026-12-02.";
  } else if (p.date < today) {
    problems["date"] = "This date is in the past.";
  }
  const auto start = minutes_of(p.start);
  const auto end = minutes_of(p.end);
  if (!start) problems["start"] = "Write a time, e.g. 14:00.";
  if (!end) {
    problems["end"] = "Write a time, e.g. 14:00.";
  } else if (start && *end <= *start) {
    problems["end"] = "The end must be after the start.";
  }
  int count = 1;
  if (p.kind != "once") {
    const auto n = number_of(p.count);
    if (!n || *n < 1) {
      problems["count"] = "Write the number of dates (1 to 60).";
    } else if (*n > kMaxDates) {
      problems["count"] = "At most 60 dates.";
    } else {
      count = *n;
    }
  }
  const auto capacity = number_of(p.capacity);
  if (!capacity || *capacity < 1 || *capacity > kMaxCapacity) problems["capacity"] = "Write a number from 1 to 500.";
  const auto date_or_empty = [&](const std::string& field, const std::string& value) {
    if (!value.empty() && !core::parse_date(value)) problems[field] = "Write a date, e.g. 2026-12-02.";
  };
  date_or_empty("opens", p.opens);
  date_or_empty("closes", p.closes);
  date_or_empty("residents_until", p.residents_until);
  if (!problems.contains("opens") && !problems.contains("closes") && !p.opens.empty() && !p.closes.empty() &&
      p.closes < p.opens) {
    problems["closes"] = "Registrations must close after they open.";
  }
  if (!problems.contains("closes") && !p.closes.empty() && first && p.closes > p.date) {
    problems["closes"] = "Registrations must close before the first date.";
  }
  const auto age = [&](const std::string& field, const std::string& value) -> std::optional<int> {
    if (value.empty()) return std::nullopt;
    const auto years = number_of(value);
    if (!years || *years > kMaxAgeYears) {
      problems[field] = "Write an age in years (0 to 25).";
      return std::nullopt;
    }
    return *years;
  };
  const auto min_age = age("min_age", p.min_age);
  const auto max_age = age("max_age", p.max_age);
  if (min_age && max_age && *max_age < *min_age) problems["max_age"] = "The highest age is below the lowest.";
  std::string postcodes;
  {
    std::string text = p.postcodes;
    std::replace(text.begin(), text.end(), ',', ' ');
    std::istringstream words(text);
    std::string code;
    while (words >> code) {
      if (code.size() != 4 || !number_of(code)) {
        problems["postcodes"] = "Write postcodes of 4 digits, with a space between them.";
        break;
      }
      postcodes += (postcodes.empty() ? "" : " ") + code;
    }
  }
  if (!p.residents_until.empty() && postcodes.empty() && !problems.contains("postcodes")) {
    problems["postcodes"] = "Write the postcodes of the residents.";
  }
  // An empty reduced or non-resident price is the standard price (no reduction, no surcharge).
  const auto price = [&](const std::string& field, const std::string& value, int if_empty) {
    if (value.empty()) return if_empty;
    const auto cents = cents_of(value);
    if (!cents || *cents > kMaxPriceCents) {
      problems[field] = "Write an amount in euro, e.g. 5 or 5,50.";
      return 0;
    }
    return *cents;
  };
  const int standard = price("price_standard", p.price_standard, 0);
  const int reduced = price("price_reduced", p.price_reduced, standard);
  const int nonresident = price("price_nonresident", p.price_nonresident, standard);
  const auto hours = number_of(p.confirm_hours.empty() ? "48" : p.confirm_hours);
  if (!hours || *hours > kMaxConfirmHours) problems["confirm_hours"] = "Write a number of hours (0 to 336).";
  if (!problems.empty()) return {};

  store::ActivitySession base;
  base.service_id = offer.id;
  base.location_id = p.place;
  base.capacity = *capacity;
  base.opens_at = p.opens.empty() ? "" : p.opens + "T00:00";
  base.closes_at = p.closes.empty() ? "" : p.closes + "T23:59";
  if (min_age) base.min_age_months = *min_age * 12;
  if (max_age) base.max_age_months = *max_age * 12 + 11;
  base.residents_until = p.residents_until;
  base.resident_postcodes = postcodes;
  base.price_standard_cents = standard;
  base.price_reduced_cents = reduced;
  base.price_nonresident_cents = nonresident;
  base.confirm_hours = *hours;
  std::vector<store::SessionDate> dates;
  for (int i = 0; i < count; ++i) {
    const core::Date day{std::chrono::sys_days(*first) + std::chrono::days(7 * i)};
    const std::string d = core::format_date(day);
    dates.push_back({d + "T" + p.start, d + "T" + p.end});
  }
  std::vector<store::ActivitySession> out;
  if (p.kind == "series") {
    base.kind = "series";
    base.dates = dates;
    out.push_back(base);
  } else {
    for (const store::SessionDate& d : dates) {
      store::ActivitySession one = base;
      one.dates = {d};
      out.push_back(one);
    }
  }
  return out;
}

// "<offer>-20261202-1400"
std::string session_id_of(const store::ActivitySession& s) {
  std::string day = s.starts_at().substr(0, 10);
  std::erase(day, '-');
  std::string time = s.starts_at().substr(11, 5);
  std::erase(time, ':');
  return fmt::format("{}-{}-{}", s.service_id, day, time);
}

std::string state_text(const PageRender& page, const store::Registration& r) {
  if (r.state == "confirmed") return page.t("registered");
  if (r.state == "waitlisted") return tf(page, "waiting list {0}", r.place_in_line);
  if (r.state == "offered") {
    return tf(page, "place offered until {0}", local_text(local_date_time(r.offer_expires_at)));
  }
  if (r.state == "cancelled") return page.t("cancelled");
  if (r.state == "lapsed") return page.t("lapsed");
  return r.state;
}

std::string channel_text(const PageRender& page, std::string_view channel) {
  if (channel == "sms") return page.t("SMS");
  if (channel == "print") return page.t("printed slip");
  return page.t("e-mail");
}

std::string tariff_text(const PageRender& page, std::string_view tariff) {
  if (tariff == "reduced") return page.t("reduced (UiTPAS)");
  if (tariff == "nonresident") return page.t("non-resident");
  return page.t("standard");
}

// One registration as the columns of the list and the file.
struct RegistrationRow {
  std::string state, first_name, contact, children, ages, language, interpreter, need, tariff, how;
};

RegistrationRow row_of(const PageRender& page, const store::Registration& r, const std::optional<FamilyData>& family) {
  RegistrationRow row;
  row.state = state_text(page, r);
  row.children = std::to_string(r.children);
  row.language = std::string(core::language_endonym(r.language));
  if (row.language.empty()) row.language = r.language;
  row.tariff = tariff_text(page, r.tariff);
  if (r.walk_in) {
    row.how = page.t("walk-in");
  } else if (r.assisted) {
    row.how = page.t("registered by staff");
  } else {
    row.how = page.t("online");
  }
  if (family) {
    row.first_name = family->first_name;
    std::string contact = family->email;
    if (!family->phone.empty()) contact += (contact.empty() ? "" : ", ") + family->phone;
    if (contact.empty()) contact = channel_text(page, r.channel);
    row.contact = contact;
    for (const int months : family->child_age_months) {
      row.ages += (row.ages.empty() ? "" : ", ") + age_text(page, months);
    }
    row.interpreter = family->interpreter ? page.t("yes") : "";
    row.need = family->needs;
  } else if (!r.family_sealed.empty()) {
    row.first_name = page.t("(cannot be opened)");
  }
  return row;
}

class SessionPages {
 public:
  explicit SessionPages(PortalOptions options) : options_(std::move(options)) {}

  // 1. /portaal/organisatie/{id}/aanbod/{offer}/sessies
  http::Response plan(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::edit_offer, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    Guarded& g = std::get<Guarded>(guarded);
    const core::Service* offer = offer_of(*g.index, *g.org, path_param(request, "offer"));
    if (offer == nullptr) return refused(request, 404);
    const Words t(request);
    Plan plan{request, g, *offer, {}, {}, {}, {}, 200};
    plan.form.postcodes = network_postcodes(*g.index, *g.org);
    if (offer->locations.size() == 1) plan.form.place = offer->locations.front().location_id;
    if (request.method != "POST") {
      if (const auto n = request.query.get("gepland")) plan.notice = std::string(*n);
      return render_plan(plan);
    }
    http::QueryParams fields;
    const FormCheck check = read_form(request, g.who, fields);
    if (check != FormCheck::ok) {
      plan.form_error = t("This form had expired. Please try again.");
      plan.status = check == FormCheck::expired ? 403 : 400;
      if (check == FormCheck::expired) plan.form = plan_form_of(fields);
      return render_plan(plan);
    }
    plan.form = plan_form_of(fields);
    auto sessions = sessions_of_plan(plan.form, *offer, core::format_date(local_today()), plan.problems);
    if (!plan.problems.empty()) {
      plan.form_error = t("Nothing was saved yet. Correct what is marked below.");
      plan.status = 422;
      return render_plan(plan);
    }
    store::RegistrationStore store(*g.connection);
    const std::string now = now_utc();
    for (store::ActivitySession& s : sessions) s.id = session_id_of(s);
    // All planned sessions in one transaction: a failure leaves none half planned.
    if (const auto added = store.add_sessions(sessions, now); !added) return failure(request, added.error());
    store::AccountStore(*g.connection)
        .audit(store::AuditEntry{0, now, g.who.user.id, "sessions_planned", offer->id,
                                 fmt::format("{} {}", sessions.size(), plan.form.kind)});
    const std::string lang(choose_language(request).language->code);
    return redirect(link("/portaal/organisatie/" + g.org->id + "/aanbod/" + offer->id + "/sessies",
                         "gepland=" + std::to_string(sessions.size()), lang));
  }

  // 2. /portaal/organisatie/{id}/sessies/{session}, and 3. the same with ".csv" (one route: the router
  // takes a parameter as a whole segment).
  http::Response registrations(const http::Request& request) const {
    if (path_param(request, "session").ends_with(".csv")) return registrations_csv(request);
    auto found = session_page(request);
    if (auto* refusal = std::get_if<http::Response>(&found)) return std::move(*refusal);
    SessionAt& at = std::get<SessionAt>(found);
    Guarded& g = at.g;
    store::RegistrationStore store(*g.connection);
    auto list = store.of_session(at.session.id);
    if (!list) return failure(request, list.error());
    PageRender page(request, "sessions_registrations.tpl");
    const std::string lang(page.language().code);
    const store::ActivitySession& s = at.session;
    page.set_title(page.t("Who registered"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link(plan_path(g, s.service_id), "", lang));
    c.SetValue("BACK_LABEL", page.t("Sessions of this offer"));
    c.SetValue("HEADING", page.t("Who registered"));
    c.SetValue("OFFER", at.offer->name);
    c.SetValue("WHEN", dates_text(page, s) + " · " + place_name(*g.index, s.location_id));
    totals(page, s);
    const std::string base = session_path(g, s.id);
    c.SetValue("ATTENDANCE_URL", link(base + "/aanwezigheid", "", lang));
    c.SetValue("ATTENDANCE_LABEL", page.t("Attendance"));
    c.SetValue("CSV_URL", link(base + ".csv", "", lang));
    c.SetValue("CSV_LABEL", page.t("The list as CSV file"));
    c.SetValue("ASSIST_URL", link(base + "/inschrijven", "", lang));
    c.SetValue("ASSIST_LABEL", page.t("Register a family"));
    if (list->empty()) {
      c.AddSectionDictionary("NONE")->SetValue("TEXT", page.t("Nobody has registered yet."));
      return finish_private(page);
    }
    auto* table = c.AddSectionDictionary("LIST");
    const std::vector<std::string> columns = header(page);
    for (const std::string& column : columns) table->AddSectionDictionary("COLUMN")->SetValue("LABEL", column);
    TakingPart taking_part(*g.connection, *options_.data_key, absolute_url(request, ""), options_.index);
    const std::string now = now_utc();
    for (const store::Registration& r : *list) {
      const auto family = r.family_sealed.empty() ? std::nullopt : taking_part.open(r, g.who.user.id, now);
      const RegistrationRow row = row_of(page, r, family);
      auto* tr = table->AddSectionDictionary("ROW");
      for (const std::string* cell : {&row.state, &row.first_name, &row.contact, &row.children, &row.ages,
                                      &row.language, &row.interpreter, &row.need, &row.tariff, &row.how}) {
        tr->AddSectionDictionary("CELL")->SetValue("TEXT", *cell);
      }
    }
    return finish_private(page);
  }

  // 3. /portaal/organisatie/{id}/sessies/{session}.csv
  http::Response registrations_csv(const http::Request& request) const {
    auto found = session_page(request, ".csv");
    if (auto* refusal = std::get_if<http::Response>(&found)) return std::move(*refusal);
    SessionAt& at = std::get<SessionAt>(found);
    Guarded& g = at.g;
    auto list = store::RegistrationStore(*g.connection).of_session(at.session.id);
    if (!list) return failure(request, list.error());
    const PageRender page(request, "sessions_registrations.tpl");
    std::string out = "\xEF\xBB\xBF";
    api::append_csv_row(out, header(page));
    for (const store::Registration& r : *list) {
      const auto family = r.family_sealed.empty() ? std::nullopt : open_family(r.family_sealed, *options_.data_key);
      const RegistrationRow row = row_of(page, r, family);
      api::append_csv_row(out, {as_text(row.state), as_text(row.first_name), as_text(row.contact), row.children,
                                as_text(row.ages), as_text(row.language), as_text(row.interpreter), as_text(row.need),
                                as_text(row.tariff), as_text(row.how)});
    }
    // The whole list is one read of the families' data.
    store::AccountStore(*g.connection)
        .audit(store::AuditEntry{0, now_utc(), g.who.user.id, "registrations_exported", at.session.id,
                                 std::to_string(list->size())});
    http::Response response;
    response.content_type = "text/csv; charset=utf-8";
    response.body = std::move(out);
    response.headers.emplace_back("Content-Disposition",
                                  fmt::format("attachment; filename=\"inschrijvingen-{}.csv\"", at.session.id));
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
  }

  // 4. /portaal/organisatie/{id}/sessies/{session}/aanwezigheid?datum=<starts_at>
  http::Response attendance(const http::Request& request) const {
    auto found = session_page(request);
    if (auto* refusal = std::get_if<http::Response>(&found)) return std::move(*refusal);
    SessionAt& at = std::get<SessionAt>(found);
    Guarded& g = at.g;
    const store::ActivitySession& s = at.session;
    const Words t(request);
    Attendance a{request, at, chosen_date(request, s), {}, {}, {}, {}, false, {}, {}, 200};
    if (request.method != "POST") {
      if (request.query.get("bewaard")) a.notice = t("Saved.");
      if (request.query.get("binnen")) a.notice = t("The walk-in is added and marked present.");
      return render_attendance(a);
    }
    http::QueryParams fields;
    const FormCheck check = read_form(request, g.who, fields);
    if (const auto asked = fields.get("datum")) {
      const auto known = std::find_if(s.dates.begin(), s.dates.end(),
                                      [&](const store::SessionDate& d) { return d.starts_at == *asked; });
      if (known == s.dates.end()) return message(request, 400, t("This date is not a date of the session."));
      a.date = std::string(*asked);
    }
    if (check != FormCheck::ok) {
      a.form_error = t("This form had expired. Please try again.");
      a.status = check == FormCheck::expired ? 403 : 400;
      return render_attendance(a);
    }
    store::RegistrationStore store(*g.connection);
    const std::string lang(choose_language(request).language->code);
    const std::string back = session_path(g, s.id) + "/aanwezigheid";
    const std::string now = now_utc();
    if (fields.get("action").value_or("") == "walk_in") return walk_in(a, fields);
    auto list = store.of_session(s.id);
    if (!list) return failure(request, list.error());
    const std::vector<std::string_view> present = fields.all("present");
    for (const store::Registration& r : *list) {
      if (r.state != "confirmed") continue;
      const bool here = std::find(present.begin(), present.end(), std::to_string(r.id)) != present.end();
      const auto marked = store.mark_attendance(r.id, a.date, here, now);
      if (!marked) return failure(request, marked.error());
    }
    return redirect(link(back, "datum=" + encode_query_value(a.date) + "&bewaard=1", lang));
  }

  // 5. /portaal/organisatie/{id}/sessies/{session}/inschrijven
  http::Response assist(const http::Request& request) const {
    auto found = session_page(request);
    if (auto* refusal = std::get_if<http::Response>(&found)) return std::move(*refusal);
    SessionAt& at = std::get<SessionAt>(found);
    Guarded& g = at.g;
    const Words t(request);
    Assist a{request, at, {}, {}, {}, 200};
    a.form.channel = "print";
    a.form.language = std::string(choose_language(request).language->code);
    if (request.method != "POST") return render_assist(a);
    http::QueryParams fields;
    const FormCheck check = read_form(request, g.who, fields);
    a.form = read_family_form(fields);
    if (check != FormCheck::ok) {
      a.form_error = t("This form had expired. Please try again.");
      a.status = check == FormCheck::expired ? 403 : 400;
      return render_assist(a);
    }
    const FamilyCheck checked = check_family_form(a.form, at.session, local_now(), now_utc(), true);
    if (!checked.ok()) {
      a.problems = checked.problems;
      a.form_error = t("Nothing was saved yet. Correct what is marked below.");
      a.status = 422;
      return render_assist(a);
    }
    TakingPart taking_part(*g.connection, *options_.data_key, absolute_url(request, ""), options_.index);
    Registering registering;
    registering.session = &at.session;
    registering.family = checked;
    registering.language = a.form.language.empty() ? "nl" : a.form.language;
    registering.channel = a.form.channel;
    registering.assisted = true;
    registering.staff_user_id = g.who.user.id;
    auto registered = taking_part.register_family(registering, now_utc());
    if (!registered) {
      if (registered.error().kind == core::Error::Kind::conflict) {
        a.form_error = t("This family is registered for this session already.");
        a.status = 409;
        return render_assist(a);
      }
      if (registered.error().kind == core::Error::Kind::invalid) {
        a.form_error = registered.error().message;
        a.status = 422;
        return render_assist(a);
      }
      return failure(request, registered.error());
    }
    return render_slip(request, at, *registered, checked.data);
  }

  // 6. /portaal/organisatie/{id}/aanbod/{offer}/bereik
  http::Response reach(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::view_organization, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    Guarded& g = std::get<Guarded>(guarded);
    const core::Service* offer = offer_of(*g.index, *g.org, path_param(request, "offer"));
    if (offer == nullptr) return refused(request, 404);
    auto years = store::RegistrationFigures(*g.connection).reach(offer->id);
    if (!years) return failure(request, years.error());
    PageRender page(request, "sessions_reach.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("Reach"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/portaal/organisatie/" + g.org->id, "", lang));
    c.SetValue("BACK_LABEL", g.org->name);
    c.SetValue("HEADING", page.t("Reach"));
    c.SetValue("OFFER", offer->name);
    c.SetValue("INTRO", page.t("How many families and children took part, per year. Numbers under 5 are shown as "
                               "\"< 5\", so that nobody can be recognised."));
    if (years->empty()) {
      c.AddSectionDictionary("NONE")->SetValue("TEXT", page.t("No registrations yet."));
      return finish_private(page);
    }
    auto* table = c.AddSectionDictionary("FIGURES");
    table->SetValue("CAPTION", page.t("Families, children and attendance per year"));
    table->SetValue("YEAR_COLUMN", page.t("Year"));
    table->SetValue("FAMILIES_COLUMN", page.t("Families"));
    table->SetValue("CHILDREN_COLUMN", page.t("Children"));
    table->SetValue("RATE_COLUMN", page.t("Present"));
    for (const store::ReachYear& y : *years) {
      auto* row = table->AddSectionDictionary("YEAR");
      row->SetValue("YEAR", y.year);
      row->SetValue("FAMILIES", small_count(y.families));
      row->SetValue("CHILDREN", small_count(y.children));
      if (y.marked == 0) {
        row->SetValue("RATE", "–");
      } else if (y.present < kSmallCell || y.marked - y.present < kSmallCell) {
        row->SetValue("RATE", page.t("(too few to show)"));
      } else {
        row->SetValue("RATE", fmt::format("{}%", (100 * y.present + y.marked / 2) / y.marked));
      }
    }
    auto* bands = c.AddSectionDictionary("BANDS");
    bands->SetValue("CAPTION", page.t("Children by age, per year"));
    bands->SetValue("AGE_COLUMN", page.t("Age"));
    for (const store::ReachYear& y : *years) bands->AddSectionDictionary("YEAR")->SetValue("YEAR", y.year);
    for (const core::Term& band : core::age_bands().terms) {
      auto* row = bands->AddSectionDictionary("BAND");
      row->SetValue("LABEL", page.t(band.label_nl));
      for (const store::ReachYear& y : *years) {
        const auto n = y.children_by_band.find(std::string(band.code));
        row->AddSectionDictionary("CELL")->SetValue("COUNT",
                                                    small_count(n == y.children_by_band.end() ? 0 : n->second));
      }
    }
    c.SetValue("FOOTNOTE", page.t("A family counts once per year. Walk-ins without contact data, and families whose "
                                  "data was removed after the retention period, count as one family each."));
    return finish_private(page);
  }

  // 7. /portaal/huis/{id}/bezetting
  http::Response occupancy(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::view_network, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    Guarded& g = std::get<Guarded>(guarded);
    std::vector<std::string> ids;
    for (const std::uint32_t i : g.index->services_of_network(g.net->id)) {
      ids.push_back(g.index->catalogue().services[i].id);
    }
    auto sessions = store::RegistrationStore(*g.connection).upcoming_of(ids, local_now());
    if (!sessions) return failure(request, sessions.error());
    PageRender page(request, "sessions_occupancy.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("Occupancy"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/portaal/huis/" + g.net->id, "", lang));
    c.SetValue("BACK_LABEL", g.net->name);
    c.SetValue("HEADING", page.t("Occupancy"));
    c.SetValue("INTRO", page.t("The coming sessions of the partners' offers: how full they are and how many "
                               "families wait. Only numbers: families' data stays with the partner."));
    if (sessions->empty()) {
      c.AddSectionDictionary("NONE")->SetValue("TEXT", page.t("No sessions planned."));
      return finish_private(page);
    }
    int waiting = 0;
    int lines = 0;
    auto* table = c.AddSectionDictionary("TABLE");
    table->SetValue("CAPTION", page.t("Occupancy"));
    const std::vector<std::string> columns{
        page.t("Offer"), page.t("Partner"),     page.t("Date"),    page.t("Number of places"),
        page.t("Taken"), page.t("Free places"), page.t("In line"), page.t("Full")};
    for (const std::string& column : columns) table->AddSectionDictionary("COLUMN")->SetValue("LABEL", column);
    for (const store::ActivitySession& s : *sessions) {
      const core::Service* service = g.index->service(s.service_id);
      const core::Organization* org = service != nullptr ? g.index->organization(service->organization_id) : nullptr;
      auto* row = table->AddSectionDictionary("ROW");
      row->SetValue("OFFER", service != nullptr ? service->name : s.service_id);
      row->SetValue("PARTNER", org != nullptr ? org->name : "");
      row->SetValue("DATE", dates_text(page, s));
      row->SetValue("CAPACITY", std::to_string(s.capacity));
      row->SetValue("TAKEN", std::to_string(s.taken));
      row->SetValue("FREE", std::to_string(s.places_left()));
      row->SetValue("LINE", std::to_string(s.waitlisted));
      row->SetValue("FULL", s.capacity > 0 ? fmt::format("{}%", 100 * s.taken / s.capacity) : "–");
      waiting += s.waitlisted;
      if (s.waitlisted > 0) ++lines;
    }
    c.SetValue("WAITING", tf(page, "Waiting lists: {0} families wait for {1} sessions.", waiting, lines));
    return finish_private(page);
  }

 private:
  struct Plan {
    const http::Request& request;
    Guarded& g;
    const core::Service& offer;
    PlanForm form;
    Problems problems;
    std::string form_error;
    std::string notice;
    unsigned status;
  };

  // A session page's subject: the organisation's session and its offer.
  struct SessionAt {
    Guarded g;
    store::ActivitySession session;
    const core::Service* offer = nullptr;
  };

  struct Attendance {
    const http::Request& request;
    SessionAt& at;
    std::string date;  // starts_at of the chosen date
    std::string notice;
    std::string form_error;
    Problems problems;  // of the walk-in form
    std::string walk_in_children;
    bool walk_in_consent;
    std::string walk_in_ages;
    std::string walk_in_name;
    unsigned status;
  };

  struct Assist {
    const http::Request& request;
    SessionAt& at;
    FamilyForm form;
    Problems problems;
    std::string form_error;
    unsigned status;
  };

  // A page about one session of the organisation, for its own people only.
  std::variant<SessionAt, http::Response> session_page(const http::Request& request,
                                                       std::string_view suffix = "") const {
    auto guarded = about(options_, request, core::Action::manage_registrations, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    SessionAt at{std::move(std::get<Guarded>(guarded)), {}, nullptr};
    if (!options_.data_key) {
      spdlog::error("portal sessions: no data key configured");
      return message(request, 503, Words(request)("Something went wrong on our side. Please try again later."));
    }
    std::string id = path_param(request, "session");
    id.resize(id.size() - suffix.size());
    auto found = store::RegistrationStore(*at.g.connection).session(id);
    if (!found) return failure(request, found.error());
    if (!*found) return refused(request, 404);
    at.offer = offer_of(*at.g.index, *at.g.org, (*found)->service_id);
    if (at.offer == nullptr) return refused(request, 404);
    at.session = std::move(**found);
    return at;
  }

  static std::string plan_path(const Guarded& g, const std::string& offer_id) {
    return "/portaal/organisatie/" + g.org->id + "/aanbod/" + offer_id + "/sessies";
  }
  static std::string session_path(const Guarded& g, const std::string& session_id) {
    return "/portaal/organisatie/" + g.org->id + "/sessies/" + session_id;
  }

  static std::vector<std::string> header(const PageRender& page) {
    return {page.t("State"),    page.t("First name"),  page.t("Contact"), page.t("Children"), page.t("Ages"),
            page.t("Language"), page.t("Interpreter"), page.t("Need"),    page.t("Tariff"),   page.t("How")};
  }

  // Text a spreadsheet would run as a formula is kept as text (families write their names).
  static std::string as_text(const std::string& value) {
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                           value[0] == '\t' || value[0] == '\r')) {
      return "'" + value;
    }
    return value;
  }

  static void totals(PageRender& page, const store::ActivitySession& s) {
    auto& c = page.content();
    const std::pair<std::string, int> figures[] = {{page.t("Number of places"), s.capacity},
                                                   {page.t("Taken"), s.taken},
                                                   {page.t("Free places"), s.places_left()},
                                                   {page.t("In line"), s.waitlisted}};
    for (const auto& [label, value] : figures) {
      auto* item = c.AddSectionDictionary("TOTAL");
      item->SetValue("LABEL", label);
      item->SetValue("VALUE", std::to_string(value));
    }
  }

  // The date asked for (a date of the session), else today's or the next date, else the last.
  static std::string chosen_date(const http::Request& request, const store::ActivitySession& s) {
    if (const auto asked = request.query.get("datum")) {
      for (const store::SessionDate& d : s.dates) {
        if (d.starts_at == *asked) return d.starts_at;
      }
    }
    const std::string today = core::format_date(local_today());
    for (const store::SessionDate& d : s.dates) {
      if (d.starts_at.substr(0, 10) >= today) return d.starts_at;
    }
    return s.dates.back().starts_at;
  }

  http::Response walk_in(Attendance& a, const http::QueryParams& fields) const {
    const Words t(a.request);
    Guarded& g = a.at.g;
    a.walk_in_children = std::string(fields.get("children").value_or(""));
    a.walk_in_ages = std::string(fields.get("ages").value_or(""));
    a.walk_in_name = std::string(fields.get("first_name").value_or(""));
    a.walk_in_consent = fields.get("consent").has_value();
    const auto children = number_of(a.walk_in_children);
    if (!children || *children < 1 || *children > static_cast<int>(kMaxChildren)) {
      a.problems["children"] = t("Write the number of children (1 to 8).");
    }
    FamilyCheck family;
    const core::Date today = local_today();
    {
      std::string text = a.walk_in_ages;
      std::replace(text.begin(), text.end(), ',', ' ');
      std::istringstream words(text);
      std::string typed;
      while (words >> typed) {
        const auto months = age_in_months(typed, today);
        if (!months) {
          a.problems["ages"] = t("Write ages in years, with a space between them, e.g. 2 4.");
          break;
        }
        family.data.child_age_months.push_back(*months);
      }
      if (children && family.data.child_age_months.size() > static_cast<std::size_t>(*children)) {
        a.problems["ages"] = t("More ages than children.");
      }
    }
    std::string name = a.walk_in_name;
    name.erase(0, name.find_first_not_of(" \t"));
    if (!name.empty() && !a.walk_in_consent) {
      a.problems["consent"] = t("Ask the parent's consent to keep the first name, or leave the name empty.");
    }
    if (!a.problems.empty()) {
      a.form_error = t("The walk-in was not added yet. Correct what is marked below.");
      a.status = 422;
      return render_attendance(a);
    }
    const std::string now = now_utc();
    family.data.first_name = name;
    if (!name.empty()) family.data.consent_at = now;
    for (const int months : family.data.child_age_months) {
      family.age_bands += (family.age_bands.empty() ? "" : " ") + age_band_of(months);
    }
    Registering registering;
    registering.session = &a.at.session;
    registering.family = family;
    registering.channel = "print";
    registering.walk_in = true;
    registering.assisted = true;
    registering.children = *children;  // ages are optional: some or none may be known
    registering.staff_user_id = g.who.user.id;
    TakingPart taking_part(*g.connection, *options_.data_key, absolute_url(a.request, ""), options_.index);
    auto registered = taking_part.register_family(registering, now);
    if (!registered) return failure(a.request, registered.error());
    store::RegistrationStore store(*g.connection);
    const auto marked = store.mark_attendance(registered->registration.id, a.date, true, now);
    if (!marked) return failure(a.request, marked.error());
    const std::string lang(choose_language(a.request).language->code);
    return redirect(link(session_path(g, a.at.session.id) + "/aanwezigheid",
                         "datum=" + encode_query_value(a.date) + "&binnen=1", lang));
  }

  static http::Response failure(const http::Request& request, const core::Error& error) {
    if (!error.message.empty()) spdlog::error("portal sessions: {}", error.message);
    return message(request, 500, Words(request)("Something went wrong on our side. Please try again later."));
  }

  http::Response render_plan(const Plan& p) const {
    PageRender page(p.request, "sessions_plan.tpl");
    const std::string lang(page.language().code);
    const Guarded& g = p.g;
    page.set_title(page.t("Sessions and registrations"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/portaal/organisatie/" + g.org->id + "/aanbod/" + p.offer.id, "", lang));
    c.SetValue("BACK_LABEL", p.offer.name);
    c.SetValue("HEADING", page.t("Sessions and registrations"));
    c.SetValue("OFFER", p.offer.name);
    if (!p.notice.empty()) c.AddSectionDictionary("NOTICE")->SetValue("TEXT", tf(page, "Planned: {0}.", p.notice));
    if (!p.form_error.empty()) {
      auto* summary = c.AddSectionDictionary("FORM_ERROR");
      summary->SetValue("TEXT", p.form_error);
      for (const auto& [field, msgid] : p.problems) {
        auto* item = summary->AddSectionDictionary("ITEM");
        item->SetValue("ID", field);
        item->SetValue("TEXT", page.t(msgid));
      }
    }
    c.SetValue("LIST_HEADING", page.t("Planned sessions"));
    auto sessions = store::RegistrationStore(*g.connection).of_service(p.offer.id);
    if (!sessions) return failure(p.request, sessions.error());
    const bool sees_families =
        core::allowed(g.who.user.memberships, core::Action::manage_registrations, target_of(*g.index, *g.org));
    if (sessions->empty()) {
      c.AddSectionDictionary("NONE")->SetValue("TEXT", page.t("No sessions planned yet."));
    } else {
      auto* table = c.AddSectionDictionary("SESSIONS");
      table->SetValue("CAPTION", page.t("Planned sessions"));
      const std::vector<std::string> columns{page.t("Date"),  page.t("Place"),   page.t("Number of places"),
                                             page.t("Taken"), page.t("In line"), page.t("Registration")};
      for (const std::string& column : columns) table->AddSectionDictionary("COLUMN")->SetValue("LABEL", column);
      for (const store::ActivitySession& s : *sessions) {
        auto* row = table->AddSectionDictionary("ROW");
        const std::string when = dates_text(page, s);
        if (sees_families) {
          auto* a = row->AddSectionDictionary("LINK");
          a->SetValue("URL", link(session_path(g, s.id), "", lang));
          a->SetValue("TEXT", when);
        } else {
          row->AddSectionDictionary("PLAIN")->SetValue("TEXT", when);
        }
        row->SetValue("PLACE", place_name(*g.index, s.location_id));
        row->SetValue("CAPACITY", std::to_string(s.capacity));
        row->SetValue("TAKEN", std::to_string(s.taken));
        row->SetValue("LINE", std::to_string(s.waitlisted));
        row->SetValue("WINDOW",
                      tf(page, "from {0} until {1}", s.opens_at.empty() ? page.t("now") : local_text(s.opens_at),
                         s.closes_at.empty() ? page.t("the start") : local_text(s.closes_at)));
      }
    }
    c.SetValue("REACH_URL", link("/portaal/organisatie/" + g.org->id + "/aanbod/" + p.offer.id + "/bereik", "", lang));
    c.SetValue("REACH_LABEL", page.t("Reach of this offer"));
    c.SetValue("FORM_HEADING", page.t("Plan sessions"));
    c.SetValue("ACTION", link(plan_path(g, p.offer.id), "", lang));
    c.SetValue("CSRF", g.who.session.csrf_token);
    const auto field = [&](const char* name, std::string label, std::string hint = "") {
      const auto problem = p.problems.find(name);
      return Field{name, std::move(label), std::move(hint), problem == p.problems.end() ? "" : page.t(problem->second)};
    };
    const PlanForm& f = p.form;
    Options places;
    for (const core::ServiceAtLocation& sal : p.offer.locations) {
      places.emplace_back(sal.location_id, place_name(*g.index, sal.location_id));
    }
    if (places.size() != 1) places.insert(places.begin(), {"", page.t("(choose a place)")});
    select_field(c, "WHEN", field("place", page.t("Place")), places, f.place);
    choices_field(c, "WHEN", field("kind", page.t("What families book")),
                  {{"once", page.t("One date")},
                   {"weekly", page.t("Every week, each date booked on its own")},
                   {"series", page.t("A series: all dates booked together")}},
                  {f.kind.empty() ? std::string("once") : f.kind}, false);
    text_field(c, "WHEN", field("date", page.t("(First) date")), f.date, "date");
    text_field(c, "WHEN", field("start", page.t("From (time)")), f.start, "time");
    text_field(c, "WHEN", field("end", page.t("Until (time)")), f.end, "time");
    text_field(c, "WHEN",
               field("count", page.t("Number of dates"), page.t("Every week or a series: 1 to 60 weeks in a row.")),
               f.count, "text", "numeric");
    text_field(c, "WHEN", field("capacity", page.t("Places (families)")), f.capacity, "text", "numeric");
    text_field(c, "RULES", field("opens", page.t("Registrations open on (optional)")), f.opens, "date");
    text_field(c, "RULES",
               field("closes", page.t("Registrations close on (optional)"), page.t("Empty: until the session starts.")),
               f.closes, "date");
    text_field(c, "RULES", field("min_age", page.t("Lowest age in years (optional)")), f.min_age, "text", "numeric");
    text_field(c, "RULES", field("max_age", page.t("Highest age in years (optional)")), f.max_age, "text", "numeric");
    text_field(c, "RULES",
               field("residents_until", page.t("Residents first, until (optional)"),
                     page.t("Before this date, only families with a postcode below can register.")),
               f.residents_until, "date");
    text_field(c, "RULES", field("postcodes", page.t("Postcodes of residents")), f.postcodes);
    text_field(c, "PRICES", field("price_standard", page.t("Price in euro")), f.price_standard, "text", "decimal");
    text_field(c, "PRICES",
               field("price_reduced", page.t("Reduced price in euro (UiTPAS)"), page.t("Empty: the same price.")),
               f.price_reduced, "text", "decimal");
    text_field(c, "PRICES",
               field("price_nonresident", page.t("Price for non-residents in euro"), page.t("Empty: the same price.")),
               f.price_nonresident, "text", "decimal");
    text_field(c, "PRICES",
               field("confirm_hours", page.t("Hours to confirm a place from the waiting list"),
                     page.t("0: the family gets the place at once.")),
               f.confirm_hours, "text", "numeric");
    c.SetValue("WHEN_LEGEND", page.t("When and where"));
    c.SetValue("RULES_LEGEND", page.t("Who can register, and when"));
    c.SetValue("PRICES_LEGEND", page.t("Prices"));
    c.SetValue("BUTTON", page.t("Plan"));
    return finish_private(page, p.status);
  }

  http::Response render_attendance(const Attendance& a) const {
    const Guarded& g = a.at.g;
    const store::ActivitySession& s = a.at.session;
    auto list = store::RegistrationStore(*g.connection).of_session(s.id);
    auto marks = store::RegistrationStore(*g.connection).attendance(s.id, a.date);
    if (!list || !marks) return failure(a.request, {});
    PageRender page(a.request, "sessions_attendance.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("Attendance"));
    auto& c = page.content();
    const std::string base = session_path(g, s.id);
    c.SetValue("BACK_URL", link(base, "", lang));
    c.SetValue("BACK_LABEL", page.t("Who registered"));
    c.SetValue("HEADING", page.t("Attendance"));
    c.SetValue("OFFER", a.at.offer->name);
    c.SetValue("DATE", local_text(a.date));
    if (s.dates.size() > 1) {
      auto* other = c.AddSectionDictionary("DATES");
      other->SetValue("LABEL", page.t("Other dates"));
      for (const store::SessionDate& d : s.dates) {
        auto* item = other->AddSectionDictionary("DATE");
        item->SetValue("URL", link(base + "/aanwezigheid", "datum=" + encode_query_value(d.starts_at), lang));
        item->SetValue("TEXT", local_text(d.starts_at));
        if (d.starts_at == a.date) item->ShowSection("CURRENT");
      }
    }
    if (!a.notice.empty()) c.AddSectionDictionary("NOTICE")->SetValue("TEXT", a.notice);
    if (!a.form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", a.form_error);
    c.SetValue("ACTION", link(base + "/aanwezigheid", "", lang));
    c.SetValue("CSRF", g.who.session.csrf_token);
    c.SetValue("DATUM", a.date);
    c.SetValue("LEGEND", tf(page, "Who is here on {0}?", local_text(a.date)));
    std::map<std::int64_t, bool> present(marks->begin(), marks->end());
    TakingPart taking_part(*g.connection, *options_.data_key, absolute_url(a.request, ""), options_.index);
    const std::string now = now_utc();
    int shown = 0;
    for (const store::Registration& r : *list) {
      if (r.state != "confirmed") continue;
      auto* row = c.AddSectionDictionary("FAMILY");
      row->SetValue("ID", std::to_string(r.id));
      const auto family = r.family_sealed.empty() ? std::nullopt : taking_part.open(r, g.who.user.id, now);
      std::string name = family && !family->first_name.empty() ? family->first_name : page.t("(no name)");
      row->SetValue("NAME", name);
      row->SetValue("CHILDREN",
                    tf(page, std::string(page.messages().plural("{0} child", "{0} children", r.children)), r.children));
      if (r.walk_in) row->AddSectionDictionary("WALK_IN")->SetValue("TEXT", page.t("walk-in"));
      const auto mark = present.find(r.id);
      if (mark != present.end() && mark->second) row->ShowSection("CHECKED");
      ++shown;
    }
    if (shown == 0) c.AddSectionDictionary("NONE")->SetValue("TEXT", page.t("Nobody has a confirmed place yet."));
    c.SetValue("PRESENT_WORD", page.t("present"));
    c.SetValue("SAVE", page.t("Save"));
    c.SetValue("WALK_IN_HEADING", page.t("Add a walk-in"));
    c.SetValue("WALK_IN_INTRO", page.t("A family that comes without registering. They are marked present at once, "
                                       "also when the session is full."));
    const auto field = [&](const char* name, std::string label, std::string hint = "") {
      const auto problem = a.problems.find(name);
      return Field{name, std::move(label), std::move(hint), problem == a.problems.end() ? "" : problem->second};
    };
    text_field(c, "WALK_IN", field("children", page.t("Number of children")),
               a.walk_in_children.empty() ? "1" : a.walk_in_children, "text", "numeric");
    text_field(c, "WALK_IN",
               field("ages", page.t("Ages in years (optional)"), page.t("With a space between, e.g. 2 4.")),
               a.walk_in_ages);
    text_field(c, "WALK_IN", field("first_name", page.t("First name (optional)")), a.walk_in_name);
    check_field(c, "WALK_IN",
                field("consent", page.t("The parent agrees that we keep the first name for this session")),
                a.walk_in_consent);
    if (const auto problem = a.problems.find("consent"); problem != a.problems.end()) {
      c.AddSectionDictionary("CONSENT_ERROR")->SetValue("TEXT", problem->second);
    }
    c.SetValue("WALK_IN_BUTTON", page.t("Add and mark present"));
    return finish_private(page, a.status);
  }

  http::Response render_assist(const Assist& a) const {
    const Guarded& g = a.at.g;
    const store::ActivitySession& s = a.at.session;
    PageRender page(a.request, "sessions_assist.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("Register a family"));
    auto& c = page.content();
    const std::string base = session_path(g, s.id);
    c.SetValue("BACK_URL", link(base, "", lang));
    c.SetValue("BACK_LABEL", page.t("Who registered"));
    c.SetValue("HEADING", page.t("Register a family"));
    c.SetValue("OFFER", a.at.offer->name);
    c.SetValue("WHEN", dates_text(page, s) + " · " + place_name(*g.index, s.location_id));
    c.SetValue("INTRO", page.t("You register a family on its behalf, for example at the desk or on the phone. Ask "
                               "what is needed and read the consent to the parent."));
    const std::string closed = closed_reason(s, local_now());
    if (!closed.empty()) c.AddSectionDictionary("CLOSED")->SetValue("TEXT", page.t(closed));
    if (!a.form_error.empty()) {
      auto* summary = c.AddSectionDictionary("FORM_ERROR");
      summary->SetValue("TEXT", a.form_error);
      for (const auto& [field, msgid] : a.problems) {
        auto* item = summary->AddSectionDictionary("ITEM");
        item->SetValue("ID", field == "child" ? "child-1" : field);
        item->SetValue("TEXT", page.t(msgid));
      }
    }
    c.SetValue("ACTION", link(base + "/inschrijven", "", lang));
    c.SetValue("CSRF", g.who.session.csrf_token);
    c.SetValue("REQUEST", a.form.request_key.empty() ? new_token() : a.form.request_key);
    const auto field = [&](const char* name, std::string label, std::string hint = "") {
      const auto problem = a.problems.find(name);
      return Field{name, std::move(label), std::move(hint), problem == a.problems.end() ? "" : page.t(problem->second)};
    };
    const FamilyForm& f = a.form;
    c.SetValue("FAMILY_LEGEND", page.t("The family"));
    text_field(c, "FAMILY", field("first_name", page.t("First name of the parent")), f.first_name);
    choices_field(c, "FAMILY", field("channel", page.t("How the family hears from us")),
                  {{"email", page.t("e-mail")}, {"sms", page.t("SMS")}, {"print", page.t("printed slip")}},
                  {f.channel.empty() ? std::string("print") : f.channel}, false);
    text_field(c, "FAMILY", field("email", page.t("E-mail address (for e-mail)")), f.email, "email");
    text_field(c, "FAMILY", field("phone", page.t("Mobile number (for SMS)")), f.phone, "tel");
    Options languages;
    for (const std::string_view code : {"nl", "fr", "en", "tr", "ar", "uk"}) {
      languages.emplace_back(std::string(code), std::string(core::language_endonym(code)));
    }
    select_field(c, "FAMILY", field("language", page.t("Language for messages")), languages, f.language);
    c.SetValue("CHILDREN_LEGEND", page.t("The children who come"));
    c.SetValue("CHILDREN_HINT", page.t("Age in years, or a birth date (e.g. 2023-05-01). One child per field."));
    if (const auto problem = a.problems.find("child"); problem != a.problems.end()) {
      c.AddSectionDictionary("CHILD_ERROR")->SetValue("TEXT", page.t(problem->second));
    }
    for (std::size_t i = 0; i < kChildFields; ++i) {
      auto* child = c.AddSectionDictionary("CHILD");
      child->SetValue("ID", fmt::format("child-{}", i + 1));
      child->SetValue("LABEL", tf(page, "Child {0}", i + 1));
      child->SetValue("VALUE", i < f.children.size() ? f.children[i] : "");
      if (a.problems.contains("child")) child->ShowSection("INVALID");
    }
    c.SetValue("MORE_LEGEND", page.t("More"));
    text_field(c, "MORE", field("postcode", page.t("Postcode")), f.postcode, "text", "numeric");
    check_field(c, "MORE", field("interpreter", page.t("An interpreter is needed")), f.interpreter);
    text_field(c, "MORE", field("needs", page.t("Something we should know (optional)")), f.needs);
    check_field(c, "MORE", field("reduced", page.t("Reduced price (UiTPAS)")), f.reduced);
    check_field(c, "CONSENT", field("consent", page.t("The parent agreed to what is stored")), f.consent);
    if (const auto problem = a.problems.find("consent"); problem != a.problems.end()) {
      c.AddSectionDictionary("CONSENT_ERROR")->SetValue("TEXT", page.t(problem->second));
    }
    c.SetValue("CONSENT_TEXT", page.t("We keep the first name, the contact, the children's ages and the needs for "
                                      "this session only, to give the family its place and news about it."));
    c.SetValue("BUTTON", page.t("Register"));
    return finish_private(page, a.status);
  }

  http::Response render_slip(const http::Request& request, const SessionAt& at, const Registered& registered,
                             const FamilyData& family) const {
    const Guarded& g = at.g;
    const store::ActivitySession& s = at.session;
    const store::Registration& r = registered.registration;
    PageRender page(request, "sessions_slip.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("The family is registered"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link(session_path(g, s.id), "", lang));
    c.SetValue("BACK_LABEL", page.t("Who registered"));
    c.SetValue("HEADING", r.state == "waitlisted" ? page.t("The family is on the waiting list")
                                                  : page.t("The family is registered"));
    c.SetValue("RESULT", tf(page, "{0}: {1}", family.first_name, state_text(page, r)));
    c.SetValue("ANOTHER_URL", link(session_path(g, s.id) + "/inschrijven", "", lang));
    c.SetValue("ANOTHER_LABEL", page.t("Register another family"));
    if (r.channel != "print") {
      c.AddSectionDictionary("SENT")->SetValue("TEXT", page.t("The family gets the confirmation as a message."));
      return finish_private(page);
    }
    auto* slip = c.AddSectionDictionary("SLIP");
    const std::string url = absolute_url(request, "/inschrijving/" + registered.link_token);
    slip->SetValue("PRINT_HINT", page.t("Print this slip and give it to the family."));
    slip->SetValue("OFFER", at.offer->name);
    slip->SetValue("STATE", state_text(page, r));
    slip->SetValue("WHERE_LABEL", page.t("Where"));
    slip->SetValue("WHERE", place_name(*g.index, s.location_id));
    slip->SetValue("WHEN_LABEL", page.t("When"));
    for (const store::SessionDate& d : s.dates) {
      slip->AddSectionDictionary("DATE")->SetValue(
          "TEXT", fmt::format("{}–{}", local_text(d.starts_at), d.ends_at.size() >= 16 ? d.ends_at.substr(11, 5) : ""));
    }
    const int price = price_cents(s, r.tariff);
    if (price > 0) slip->AddSectionDictionary("PRICE")->SetValue("TEXT", tf(page, "Price: {0}", price_text(price)));
    slip->SetValue("LINK_LABEL", page.t("Your own page: to see, confirm or cancel your place"));
    slip->SetValue("URL", url);
    slip->SetValue("QR", qr_code_svg(url, page.t("QR code of your own page")));
    slip->SetValue("CANCEL", page.t("Can you not come? Cancel on your own page or tell us, so that another family "
                                    "gets the place."));
    return finish_private(page);
  }

  PortalOptions options_;
};

}  // namespace

void add_session_routes(http::Router& router, const PortalOptions& options) {
  auto pages = std::make_shared<SessionPages>(options);
  const auto plan = [pages](http::Request& req) { return pages->plan(req); };
  router.add("GET", "/portaal/organisatie/{id}/aanbod/{offer}/sessies", plan);
  router.add("POST", "/portaal/organisatie/{id}/aanbod/{offer}/sessies", plan);
  router.add("GET", "/portaal/organisatie/{id}/aanbod/{offer}/bereik",
             [pages](http::Request& req) { return pages->reach(req); });
  router.add("GET", "/portaal/organisatie/{id}/sessies/{session}",
             [pages](http::Request& req) { return pages->registrations(req); });
  const auto attendance = [pages](http::Request& req) { return pages->attendance(req); };
  router.add("GET", "/portaal/organisatie/{id}/sessies/{session}/aanwezigheid", attendance);
  router.add("POST", "/portaal/organisatie/{id}/sessies/{session}/aanwezigheid", attendance);
  const auto assist = [pages](http::Request& req) { return pages->assist(req); };
  router.add("GET", "/portaal/organisatie/{id}/sessies/{session}/inschrijven", assist);
  router.add("POST", "/portaal/organisatie/{id}/sessies/{session}/inschrijven", assist);
  router.add("GET", "/portaal/huis/{id}/bezetting", [pages](http::Request& req) { return pages->occupancy(req); });
}

}  // namespace hvhk::web::portal

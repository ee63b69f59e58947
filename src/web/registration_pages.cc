#include "web/registration_pages.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>

#include "core/timestamps.h"
#include "http/form.h"
#include "web/form_fields.h"
#include "web/local_date.h"
#include "web/offer_text.h"
#include "web/page.h"
#include "web/portal_session.h"
#include "web/taking_part.h"

namespace hvhk::web {
namespace {

using portal::kFormCookie;

std::string now_utc() { return core::iso_utc(std::chrono::system_clock::now()); }

// "maandag 23 november, 14:00–15:00" for a date of a session.
std::string date_line(const PageRender& page, const store::SessionDate& d) {
  const auto day = core::parse_date(d.starts_at.substr(0, std::min<std::size_t>(10, d.starts_at.size())));
  if (!day) return d.starts_at;
  std::string text = date_text(page, *day, day->year() != local_today().year());
  if (d.starts_at.size() >= 16) text += ", " + d.starts_at.substr(11, 5);
  if (d.ends_at.size() >= 16) text += "–" + d.ends_at.substr(11, 5);
  return text;
}

std::string when_text(const PageRender& page, const store::ActivitySession& s) {
  if (s.dates.size() == 1) return date_line(page, s.dates.front());
  return tf(page, "Series of {0} dates, from {1}", s.dates.size(), date_line(page, s.dates.front()));
}

std::string age_limits(const PageRender& page, const store::ActivitySession& s) {
  const auto years = [&](int months) {
    return months % 12 == 0 ? tf(page, "{0} years", months / 12) : tf(page, "{0} months", months);
  };
  // An upper limit of 143 months is "up to 11 years" (11 years and 11 months).
  const auto up_to = [&](int months) { return months % 12 == 11 ? tf(page, "{0} years", months / 12) : years(months); };
  if (s.min_age_months && s.max_age_months) {
    return tf(page, "From {0} to {1}", years(*s.min_age_months), up_to(*s.max_age_months));
  }
  if (s.min_age_months) return tf(page, "From {0}", years(*s.min_age_months));
  if (s.max_age_months) return tf(page, "Up to {0}", up_to(*s.max_age_months));
  return {};
}

std::string places_text(const PageRender& page, const store::ActivitySession& s) {
  if (s.places_left() == 0) {
    return s.waitlisted > 0 ? tf(page, "Full. {0} families are on the waiting list.", s.waitlisted)
                            : page.t("Full. You can join the waiting list.");
  }
  return s.places_left() == 1 ? page.t("1 place left") : tf(page, "{0} places left", s.places_left());
}

void add_fact(ctemplate::TemplateDictionary& c, const std::string& label, const std::string& value,
              bool dutch = false) {
  if (value.empty()) return;
  auto* row = c.AddSectionDictionary("FACT");
  row->SetValue("LABEL", label);
  row->SetValue("VALUE", value);
  if (dutch) row->ShowSection("DUTCH");
}

std::string place_text(const search::CatalogueIndex& index, const store::ActivitySession& s) {
  const core::Location* location = index.location(s.location_id);
  if (location == nullptr) return {};
  std::string text = location->name;
  if (location->address) {
    text += fmt::format(", {}, {} {}", location->address->street, location->address->postcode, location->address->city);
  }
  return text;
}

// The facts of a session a family weighs: place, places left, ages, price, priority.
void session_facts(const PageRender& page, ctemplate::TemplateDictionary& c, const search::CatalogueIndex& index,
                   const store::ActivitySession& s) {
  add_fact(c, page.t("When"), when_text(page, s));
  add_fact(c, page.t("Where"), place_text(index, s), true);
  add_fact(c, page.t("Free places"), places_text(page, s));
  add_fact(c, page.t("Age"), age_limits(page, s));
  if (s.price_standard_cents > 0 || s.price_nonresident_cents > 0) {
    std::string price = price_text(s.price_standard_cents);
    if (price.empty()) price = page.t("Free");
    if (s.price_reduced_cents < s.price_standard_cents) {
      price += " · " + tf(page, "reduced tariff (UiTPAS): {0}",
                          s.price_reduced_cents > 0 ? price_text(s.price_reduced_cents) : page.t("free"));
    }
    if (!s.resident_postcodes.empty() && s.price_nonresident_cents != s.price_standard_cents) {
      price += " · " + tf(page, "not living here: {0}", price_text(s.price_nonresident_cents));
    }
    add_fact(c, page.t("Price"), price);
  } else {
    add_fact(c, page.t("Price"), page.t("Free"));
  }
  if (!s.residents_until.empty()) {
    if (const auto until = core::parse_date(s.residents_until)) {
      add_fact(c, page.t("Priority"),
               tf(page, "Until {0} only residents can register. After that, everyone if places are left.",
                  date_text(page, *until)));
    }
  }
}

void series_dates(const PageRender& page, ctemplate::TemplateDictionary& c, const store::ActivitySession& s) {
  if (s.dates.size() < 2) return;
  auto* series = c.AddSectionDictionary("SERIES");
  series->SetValue("INTRO", page.t("You register for all these dates together:"));
  for (const store::SessionDate& d : s.dates)
    series->AddSectionDictionary("DATE")->SetValue("TEXT", date_line(page, d));
}

std::string form_token(const http::Request& request) {
  const auto existing = http::cookie(request, kFormCookie);
  return existing && existing->size() == 64 ? std::string(*existing) : portal::new_token();
}

http::Response with_form_cookie(http::Response response, const http::Request& request, const std::string& csrf) {
  response.headers.emplace_back("Set-Cookie", portal::cookie_header(kFormCookie, csrf, request, 3600L * 4));
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

bool plausible_request_key(std::string_view key) {
  return key.size() >= 32 && key.size() <= 64 &&
         std::ranges::all_of(key, [](unsigned char c) { return std::isxdigit(c) != 0; });
}

http::Response plain_page(const http::Request& request, unsigned status, const std::string& heading_msgid,
                          const std::string& text_msgid, const std::string& back_url, const std::string& back_msgid) {
  PageRender page(request, "message.tpl");
  page.set_title(page.t(heading_msgid));
  auto& c = page.content();
  c.SetValue("HEADING", page.t(heading_msgid));
  c.SetValue("TEXT", page.t(text_msgid));
  c.SetValue("BACK_URL", link(back_url, "", page.language().code));
  c.SetValue("BACK_LABEL", page.t(back_msgid));
  auto response = page.finish(status);
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

class RegistrationPages {
 public:
  explicit RegistrationPages(RegistrationOptions options) : options_(std::move(options)) {}

  // /aanbod/{id}/inschrijven: the sessions of an offer.
  http::Response sessions(const http::Request& request) const {
    const auto index = options_.index();
    const core::Service* s = offer_of(request, *index);
    if (s == nullptr) return no_offer(request);
    PageRender page(request, "register_sessions.tpl");
    const std::string lang(page.language().code);
    page.set_title(tf(page, "Register: {0}", s->name));
    auto& c = page.content();
    c.SetValue("HEADING", page.t("Register"));
    c.SetValue("NAME", s->name);
    c.SetValue("BACK_URL", link("/aanbod/" + s->id, "", lang));
    c.SetValue("BACK_LABEL", page.t("Back to the offer"));
    const auto all = upcoming_sessions(options_.db_url, s->id);
    if (all.empty()) {
      c.AddSectionDictionary("NONE")->SetValue("TEXT",
                                               page.t("There are no dates to register for at the moment. Look at the "
                                                      "offer for how to take part, or contact the organiser."));
    }
    const std::string now = local_now();
    for (const store::ActivitySession& session : all) {
      auto* item = c.AddSectionDictionary("SESSION");
      item->SetValue("WHEN", when_text(page, session));
      series_dates(page, *item, session);
      session_facts(page, *item, *index, session);
      if (const std::string closed = closed_reason(session, now); !closed.empty()) {
        item->AddSectionDictionary("CLOSED")->SetValue("TEXT", page.t(closed));
      } else {
        auto* open = item->AddSectionDictionary("OPEN");
        open->SetValue("URL", link("/aanbod/" + s->id + "/inschrijven/" + session.id, "", lang));
        open->SetValue("LABEL",
                       session.places_left() > 0 ? page.t("Register for this date") : page.t("Join the waiting list"));
      }
    }
    auto response = page.finish();
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
  }

  // /aanbod/{id}/inschrijven/{session}: the form, and registering.
  http::Response form(const http::Request& request) const {
    const auto index = options_.index();
    const core::Service* s = offer_of(request, *index);
    if (s == nullptr) return no_offer(request);
    auto connection = store::open_connection(options_.db_url);
    store::RegistrationStore registrations(*connection);
    const auto session = registrations.session(request.path_params.at("session"));
    if (!session) return trouble(request);
    if (!*session || (*session)->service_id != s->id) return no_offer(request);
    const std::string csrf = form_token(request);
    FamilyForm typed;
    typed.language = std::string(choose_language(request).language->code);
    typed.request_key = portal::new_token();
    if (request.method != "POST") return form_page(request, *index, *s, **session, csrf, typed, {}, "", 200);

    http::QueryParams fields;
    std::string error;
    if (!http::parse_form(request.body, fields, error)) {
      return form_page(request, *index, *s, **session, csrf, typed, {},
                       "Something went wrong with the form. Please try again.", 400);
    }
    typed = read_family_form(fields);
    if (!plausible_request_key(typed.request_key)) typed.request_key = portal::new_token();
    if (find_language(typed.language) == nullptr) typed.language = std::string(choose_language(request).language->code);
    const auto cookie = http::cookie(request, kFormCookie);
    if (!cookie || !portal::same_token(*cookie, fields.get("csrf").value_or(""))) {
      return form_page(request, *index, *s, **session, csrf, typed, {}, "This form had expired. Please try again.",
                       403);
    }
    const std::string stamp = now_utc();
    FamilyCheck check = check_family_form(typed, **session, local_now(), stamp);
    if (!check.ok()) {
      return form_page(request, *index, *s, **session, csrf, typed, check.problems,
                       "Nothing was stored yet. Correct what is marked below.", 422);
    }
    TakingPart taking_part(*connection, *options_.key, absolute_url(request, ""), options_.index);
    Registering how;
    how.session = &**session;
    how.family = std::move(check);
    how.language = typed.language;
    how.channel = typed.channel;
    how.request_key = typed.request_key;
    const auto registered = taking_part.register_family(how, stamp);
    if (!registered) {
      if (registered.error().kind == core::Error::Kind::conflict) {
        return form_page(request, *index, *s, **session, csrf, typed,
                         {{typed.channel == "sms" ? "phone" : "email",
                           "You are already registered for this date with this address. Look in your e-mail or "
                           "messages for the link to your registration."}},
                         "Nothing was stored yet. Correct what is marked below.", 422);
      }
      spdlog::error("registration for {}: {}", (*session)->id, registered.error().message);
      return form_page(request, *index, *s, **session, csrf, typed, {},
                       "Something went wrong on our side. Nothing was stored. Please try again in a moment.", 500);
    }
    return portal::redirect(
        link("/inschrijving/" + registered->link_token, "", choose_language(request).language->code));
  }

  // /inschrijving/{token}: the family's own page; POST …/bevestigen and …/annuleren act on it.
  http::Response mine(const http::Request& request, const std::string& action) const {
    const std::string token = request.path_params.at("token");
    auto connection = store::open_connection(options_.db_url);
    TakingPart taking_part(*connection, *options_.key, absolute_url(request, ""), options_.index);
    auto found = taking_part.find(token);
    if (!found) return trouble(request);
    if (!*found) {
      return plain_page(request, 404, "We cannot find this registration.",
                        "The link may be incomplete, or the registration was removed after the activity.", "/",
                        "Back to the start page");
    }
    const std::string csrf = form_token(request);
    std::string problem;
    if (request.method == "POST") {
      http::QueryParams fields;
      std::string error;
      const auto cookie = http::cookie(request, kFormCookie);
      if (!http::parse_form(request.body, fields, error) || !cookie ||
          !portal::same_token(*cookie, fields.get("csrf").value_or(""))) {
        return registration_page(request, **found, token, csrf, "This form had expired. Please try again.", 403);
      }
      const std::string stamp = now_utc();
      if (action == "confirm") {
        const auto confirmed = taking_part.confirm(token, stamp);
        if (!confirmed) return trouble(request);
        if (!*confirmed) problem = "This place is no longer offered to you.";
      } else if (fields.get("sure").value_or("") != "yes") {
        return registration_page(request, **found, token, csrf, "Tick the box if you really want to cancel.", 422);
      } else if (!taking_part.cancel(token, stamp)) {
        return trouble(request);
      }
      if (problem.empty())
        return portal::redirect(link("/inschrijving/" + token, "", choose_language(request).language->code));
      found = taking_part.find(token);
      if (!found || !*found) return trouble(request);
      return registration_page(request, **found, token, csrf, problem, 409);
    }
    return registration_page(request, **found, token, csrf, "", 200);
  }

 private:
  static const core::Service* offer_of(const http::Request& request, const search::CatalogueIndex& index) {
    const auto id = request.path_params.find("id");
    return id == request.path_params.end() ? nullptr : index.service(id->second);
  }

  static http::Response no_offer(const http::Request& request) {
    return plain_page(request, 404, "We cannot find this offer or date.",
                      "It may have been removed, or the link is incomplete. Look for it in the finder.", "/zoeken",
                      "Back to all offers");
  }

  static http::Response trouble(const http::Request& request) {
    return plain_page(request, 500, "Something went wrong on our side.", "Please try again in a moment.", "/",
                      "Back to the start page");
  }

  http::Response form_page(const http::Request& request, const search::CatalogueIndex& index, const core::Service& s,
                           const store::ActivitySession& session, const std::string& csrf, const FamilyForm& typed,
                           const std::map<std::string, std::string>& problems, const std::string& form_error,
                           unsigned status) const {
    PageRender page(request, "register_form.tpl");
    const std::string lang(page.language().code);
    page.set_title(tf(page, "Register: {0}", s.name));
    auto& c = page.content();
    c.SetValue("HEADING", page.t("Register"));
    c.SetValue("NAME", s.name);
    c.SetValue("BACK_URL", link("/aanbod/" + s.id + "/inschrijven", "", lang));
    c.SetValue("BACK_LABEL", page.t("Back to the dates"));
    session_facts(page, c, index, session);
    series_dates(page, c, session);
    if (session.places_left() == 0) {
      c.AddSectionDictionary("FULL")->SetValue(
          "TEXT", page.t("This date is full. If you register, you go on the waiting list. When a place frees up, we "
                         "tell you at once."));
    }
    const auto problem = [&](const std::string& field) {
      const auto found = problems.find(field);
      return found == problems.end() ? std::string() : page.t(found->second);
    };
    if (!form_error.empty()) {
      auto* summary = c.AddSectionDictionary("FORM_ERROR");
      summary->SetValue("TEXT", page.t(form_error));
      if (const std::string closed = problem("session"); !closed.empty()) {
        summary->AddSectionDictionary("SESSION_ERROR")->SetValue("TEXT", closed);
      }
    }
    c.SetValue("ACTION", link("/aanbod/" + s.id + "/inschrijven/" + session.id, "", lang));
    c.SetValue("CSRF", csrf);
    c.SetValue("REQUEST", typed.request_key);
    const auto field = [&](const char* name, const std::string& label, const std::string& hint = {}) {
      return Field{name, label, hint, problem(name)};
    };
    c.SetValue("PARENT_LEGEND", page.t("About you"));
    text_field(c, "PARENT", field("first_name", page.t("Your first name")), typed.first_name);
    choices_field(c, "PARENT", field("channel", page.t("How do you want to get the confirmation?")),
                  {{"email", page.t("By e-mail")}, {"sms", page.t("By text message (SMS)")}}, {typed.channel}, false);
    text_field(c, "PARENT", field("email", page.t("E-mail address"), page.t("Needed for a confirmation by e-mail.")),
               typed.email, "email");
    text_field(
        c, "PARENT",
        field("phone", page.t("Mobile phone number"), page.t("Needed for a text message. For example 0470 12 34 56.")),
        typed.phone, "tel");
    Options languages_offered;
    for (const Language& l : languages()) languages_offered.emplace_back(std::string(l.code), std::string(l.name));
    choices_field(c, "PARENT", field("language", page.t("In which language do you want our messages?")),
                  languages_offered, {typed.language}, false, true);
    if (asks_postcode(session)) {
      text_field(c, "PARENT",
                 field("postcode", page.t("Your postcode"),
                       page.t("Residents have priority, and the price can depend on where you live.")),
                 typed.postcode, "text", "numeric");
    }
    c.SetValue("CHILD_LEGEND", page.t("The children who come"));
    c.SetValue("CHILD_HINT", page.t("Write the age in years (for example 4), in months (18 months) or the birth date. "
                                    "Leave the other boxes empty."));
    if (const std::string e = problem("child"); !e.empty()) c.AddSectionDictionary("CHILD_ERROR")->SetValue("TEXT", e);
    const std::size_t rows = std::clamp<std::size_t>(typed.children.size() + 1, 3, kMaxChildren);
    for (std::size_t i = 0; i < rows; ++i) {
      auto* row = c.AddSectionDictionary("CHILD");
      row->SetIntValue("N", static_cast<long>(i + 1));
      row->SetValue("LABEL", tf(page, "Child {0}", i + 1));
      row->SetValue("VALUE", i < typed.children.size() ? typed.children[i] : std::string());
      if (!problem("child").empty() && i < typed.children.size()) row->ShowSection("INVALID");
    }
    c.SetValue("MORE_LEGEND", page.t("What helps you take part"));
    check_field(c, "MORE", field("interpreter", page.t("I would like an interpreter")), typed.interpreter);
    if (session.price_reduced_cents < session.price_standard_cents) {
      check_field(c, "MORE", field("reduced", page.t("I have a right to the reduced tariff (for example UiTPAS)")),
                  typed.reduced);
    }
    textarea_field(c, "MORE",
                   field("needs", page.t("Is there something we should know? (optional)"),
                         page.t("For example a wheelchair, a pram, or a child who needs extra care. At most 300 "
                                "characters.")),
                   typed.needs, 3);
    c.SetValue("CONSENT_LEGEND", page.t("Your data"));
    c.SetValue("CONSENT_TEXT", page.t("We keep only what we need for this activity, locked, and only the organiser "
                                      "can see it. We delete it after the activity, at the latest after the period "
                                      "the Huis van het Kind set. We store:"));
    for (const char* stored : {"your first name and how we can reach you", "the ages of your children",
                               "your language, and what you told us helps you take part"}) {
      c.AddSectionDictionary("STORED")->SetValue("TEXT", page.t(stored));
    }
    if (const std::string e = problem("consent"); !e.empty()) {
      c.AddSectionDictionary("CONSENT_ERROR")->SetValue("TEXT", e);
    }
    if (typed.consent) c.ShowSection("CONSENT_CHECKED");
    c.SetValue("CONSENT_LABEL", page.t("I agree that this is stored for my registration"));
    c.SetValue("BUTTON", session.places_left() > 0 ? page.t("Register") : page.t("Join the waiting list"));
    return with_form_cookie(page.finish(status), request, csrf);
  }

  http::Response registration_page(const http::Request& request, const store::Registration& r, const std::string& token,
                                   const std::string& csrf, const std::string& problem, unsigned status) const {
    const auto index = options_.index();
    auto connection = store::open_connection(options_.db_url);
    const auto session = store::RegistrationStore(*connection).session(r.session_id);
    PageRender page(request, "registration.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("Your registration"));
    auto& c = page.content();
    c.SetValue("HEADING", page.t("Your registration"));
    c.SetValue("STATE", r.state);
    std::string status_text;
    std::vector<std::string> details;
    if (r.state == "confirmed") {
      status_text = page.t("You are registered. Welcome!");
    } else if (r.state == "waitlisted") {
      status_text = tf(page, "You are on the waiting list: number {0}.", r.place_in_line);
      details.push_back(page.t("When a place frees up, we tell you at once."));
    } else if (r.state == "offered") {
      status_text = page.t("A place is free for you!");
      details.push_back(tf(page, "Confirm before {0}. Otherwise the place goes to the next family.",
                           date_line(page, {local_date_time(r.offer_expires_at), ""})));
    } else if (r.state == "lapsed") {
      status_text = page.t("You did not confirm in time. The place went to the next family.");
    } else {
      status_text = page.t("Your registration is cancelled.");
    }
    if (!problem.empty() && status != 422) details.insert(details.begin(), page.t(problem));  // 422: at the box
    c.SetValue("STATUS", status_text);
    for (const std::string& d : details) c.AddSectionDictionary("DETAIL")->SetValue("TEXT", d);
    const std::string base = "/inschrijving/" + token;
    if (r.state == "offered") {
      auto* confirm = c.AddSectionDictionary("CONFIRM");
      confirm->SetValue("ACTION", link(base + "/bevestigen", "", lang));
      confirm->SetValue("CSRF", csrf);
      confirm->SetValue("LABEL", page.t("Yes, I take the place"));
    }
    const core::Service* service = session && *session ? index->service((*session)->service_id) : nullptr;
    c.SetValue("NAME", service != nullptr ? service->name : std::string());
    if (session && *session) {
      add_fact(c, page.t("When"), when_text(page, **session));
      add_fact(c, page.t("Where"), place_text(*index, **session), true);
      series_dates(page, c, **session);
      add_fact(c, page.t("Price"), price_text(price_cents(**session, r.tariff)));
    }
    add_fact(c, page.t("Children"), std::to_string(r.children));
    if (r.state == "confirmed" || r.state == "waitlisted" || r.state == "offered") {
      auto* keep = c.AddSectionDictionary("KEEP");
      keep->SetValue("TEXT", page.t("Keep this link. With it you can see or cancel your registration:"));
      keep->SetValue("URL", absolute_url(request, base));
      auto* cancel = c.AddSectionDictionary("CANCEL");
      cancel->SetValue("HEADING", page.t("Can you not come?"));
      cancel->SetValue("TEXT", page.t("Cancel, so another family gets your place."));
      cancel->SetValue("ACTION", link(base + "/annuleren", "", lang));
      cancel->SetValue("CSRF", csrf);
      cancel->SetValue("SURE", page.t("Yes, I want to cancel my registration"));
      cancel->SetValue("LABEL", page.t("Cancel my registration"));
      if (status == 422) cancel->AddSectionDictionary("ERROR")->SetValue("TEXT", page.t(problem));
    }
    c.SetValue("OFFER_URL", link(service != nullptr ? "/aanbod/" + service->id : "/", "", lang));
    c.SetValue("OFFER_LABEL", page.t("To the offer"));
    auto response = with_form_cookie(page.finish(status), request, csrf);
    response.headers.emplace_back("Referrer-Policy", "no-referrer");  // the link is the family's key
    return response;
  }

  RegistrationOptions options_;
};

}  // namespace

std::vector<store::ActivitySession> upcoming_sessions(const std::string& db_url, const std::string& service_id) {
  try {
    auto connection = store::open_connection(db_url);
    auto found = store::RegistrationStore(*connection).upcoming(service_id, local_now());
    if (found) return std::move(*found);
    spdlog::warn("sessions of {}: {}", service_id, found.error().message);
  } catch (const store::DbError& e) {
    spdlog::warn("sessions of {}: {}", service_id, e.what());
  }
  return {};
}

void fill_offer_sessions(PageRender& page, ctemplate::TemplateDictionary& content, const core::Service& service,
                         const std::vector<store::ActivitySession>& sessions) {
  if (sessions.empty()) return;
  constexpr std::size_t kShown = 4;
  const std::string lang(page.language().code);
  auto* part = content.AddSectionDictionary("REGISTER");
  part->SetValue("HEADING", page.t("Register"));
  for (std::size_t i = 0; i < sessions.size() && i < kShown; ++i) {
    auto* row = part->AddSectionDictionary("SESSION");
    row->SetValue("WHEN", when_text(page, sessions[i]));
    row->SetValue("PLACES", places_text(page, sessions[i]));
  }
  part->SetValue("URL", link("/aanbod/" + service.id + "/inschrijven", "", lang));
  part->SetValue("LABEL", sessions.size() > kShown ? tf(page, "All {0} dates, and register", sessions.size())
                                                   : page.t("Choose a date and register"));
}

void add_registration_routes(http::Router& router, const RegistrationOptions& options) {
  auto pages = std::make_shared<RegistrationPages>(options);
  router.add("GET", "/aanbod/{id}/inschrijven", [pages](http::Request& req) { return pages->sessions(req); });
  router.add("GET", "/aanbod/{id}/inschrijven/{session}", [pages](http::Request& req) { return pages->form(req); });
  router.add("POST", "/aanbod/{id}/inschrijven/{session}", [pages](http::Request& req) { return pages->form(req); });
  router.add("GET", "/inschrijving/{token}", [pages](http::Request& req) { return pages->mine(req, ""); });
  router.add("POST", "/inschrijving/{token}/bevestigen",
             [pages](http::Request& req) { return pages->mine(req, "confirm"); });
  router.add("POST", "/inschrijving/{token}/annuleren",
             [pages](http::Request& req) { return pages->mine(req, "cancel"); });
}

}  // namespace hvhk::web

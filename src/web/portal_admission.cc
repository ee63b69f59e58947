#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <unordered_map>

#include "core/admission.h"
#include "core/ids.h"
#include "core/timestamps.h"
#include "core/validation.h"
#include "core/vocabulary.h"
#include "store/admission_store.h"
#include "store/catalogue_store.h"
#include "store/outbox_store.h"
#include "web/local_date.h"
#include "web/offer_text.h"
#include "web/portal_session.h"

// Partner admission: a candidate organisation applies on a public page of a Huis van het Kind;
// its coordinators plan the network's meetings, whose agendas hold every open application,
// and record the network's decision on each (reasoned when negative, never a minority's veto);
// the candidate hears every step by e-mail, and an admitted candidate becomes a partner.
namespace hvhk::web::portal {
namespace {

// Applications per client address and window: a person applies once; a flood is refused.
constexpr int kApplicationsPerWindow = 5;
constexpr auto kApplicationWindow = std::chrono::hours(1);
constexpr std::size_t kMostAgendaItems = 30;
constexpr std::size_t kLongestAgendaItem = 500;

// Attempts per client address in a fixed window, in this node's memory (like the sign-in's).
class SubmissionLimiter {
 public:
  bool allow(const std::string& client) {
    const auto now = std::chrono::steady_clock::now();
    const std::lock_guard lock(mutex_);
    if (counts_.size() > 100000) counts_.clear();  // bounded memory under a flood
    auto& [start, count] = counts_[client];
    if (now - start > kApplicationWindow) {
      start = now;
      count = 0;
    }
    return ++count <= kApplicationsPerWindow;
  }

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, std::pair<std::chrono::steady_clock::time_point, int>> counts_;
};

std::string now_text() { return core::iso_utc(std::chrono::system_clock::now()); }
std::string today_text() { return core::format_date(local_today()); }

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::vector<std::string> all_of(const http::QueryParams& fields, std::string_view name) {
  std::vector<std::string> out;
  for (const std::string_view value : fields.all(name)) {
    if (std::ranges::find(out, value) == out.end()) out.emplace_back(value);
  }
  return out;
}

// The texts of mails to candidates: in Dutch, the language of the network.
class DutchWords {
 public:
  [[nodiscard]] std::string t(std::string_view msgid) const { return std::string(catalog("nl").text(msgid)); }
  template <typename... Args>
  [[nodiscard]] std::string tf(std::string_view msgid, Args&&... args) const {
    try {
      return fmt::format(fmt::runtime(t(msgid)), args...);
    } catch (const fmt::format_error&) {
      return fmt::format(fmt::runtime(msgid), args...);
    }
  }
};

core::MeetingKey key_of(const store::NetworkMeeting& m) { return core::MeetingKey{m.date, m.time, m.id}; }

// "maandag 23 november 2026, 19:30" in the page's language.
std::string meeting_text(const PageRender& page, const store::NetworkMeeting& m) {
  const auto day = core::parse_date(m.date);
  std::string out = day ? date_text(page, *day) + " " + m.date.substr(0, 4) : m.date;
  if (!m.time.empty()) out += ", \u2066" + m.time + "\u2069";
  return out;
}

std::string meeting_text_nl(const store::NetworkMeeting& m) {
  std::string out = m.date.substr(8, 2) + "/" + m.date.substr(5, 2) + "/" + m.date.substr(0, 4);
  if (!m.time.empty()) out += " om " + m.time;
  if (!m.place.empty()) out += " (" + m.place + ")";
  return out;
}

// Everything of one network's admissions, with the agenda rule applied.
struct Admissions {
  std::vector<store::PartnerApplication> applications;
  std::vector<store::NetworkMeeting> meetings;  // in the order they are held
  std::vector<store::AdmissionDecision> decisions;

  static core::Result<Admissions> load(store::AdmissionStore& store, const std::string& network_id) {
    Admissions a;
    auto applications = store.applications(network_id);
    if (!applications) return tl::unexpected(applications.error());
    auto meetings = store.meetings(network_id);
    if (!meetings) return tl::unexpected(meetings.error());
    auto decisions = store.decisions(network_id);
    if (!decisions) return tl::unexpected(decisions.error());
    a.applications = std::move(*applications);
    a.meetings = std::move(*meetings);
    a.decisions = std::move(*decisions);
    return a;
  }

  [[nodiscard]] const store::NetworkMeeting* meeting(std::string_view id) const {
    const auto found = std::ranges::find(meetings, id, &store::NetworkMeeting::id);
    return found == meetings.end() ? nullptr : &*found;
  }
  [[nodiscard]] const store::PartnerApplication* application(std::string_view id) const {
    const auto found = std::ranges::find(applications, id, &store::PartnerApplication::id);
    return found == applications.end() ? nullptr : &*found;
  }
  [[nodiscard]] const store::AdmissionDecision* decision(std::string_view application_id,
                                                         std::string_view meeting_id) const {
    for (const store::AdmissionDecision& d : decisions) {
      if (d.application_id == application_id && d.meeting_id == meeting_id) return &d;
    }
    return nullptr;
  }

  [[nodiscard]] core::AgendaFacts facts(const store::PartnerApplication& a) const {
    core::AgendaFacts f{a.submitted_on, a.status, std::nullopt};
    for (const store::AdmissionDecision& d : decisions) {
      if (d.application_id != a.id || d.outcome == core::Outcome::postponed) continue;
      if (const store::NetworkMeeting* m = meeting(d.meeting_id)) f.final_decision = key_of(*m);
    }
    return f;
  }

  [[nodiscard]] std::optional<core::MeetingKey> latest_decision(std::string_view application_id) const {
    std::optional<core::MeetingKey> latest;
    for (const store::AdmissionDecision& d : decisions) {
      if (d.application_id != application_id) continue;
      const store::NetworkMeeting* m = meeting(d.meeting_id);
      if (m != nullptr && (!latest || *latest < key_of(*m))) latest = key_of(*m);
    }
    return latest;
  }

  // The first meeting from today on whose agenda the application is, if one is planned.
  [[nodiscard]] const store::NetworkMeeting* next_meeting(const store::PartnerApplication& a,
                                                          const std::string& today) const {
    const core::AgendaFacts f = facts(a);
    for (const store::NetworkMeeting& m : meetings) {
      if (m.date >= today && core::on_agenda(f, key_of(m))) return &m;
    }
    return nullptr;
  }

  // The meeting that decided the application, if it was decided.
  [[nodiscard]] const store::NetworkMeeting* deciding_meeting(const store::PartnerApplication& a) const {
    const auto final_decision = facts(a).final_decision;
    return final_decision ? meeting(final_decision->id) : nullptr;
  }
};

std::string status_label(const PageRender& page, core::ApplicationStatus status) {
  switch (status) {
    case core::ApplicationStatus::pending:
      return page.t("Waiting for a decision");
    case core::ApplicationStatus::postponed:
      return page.t("Decision postponed");
    case core::ApplicationStatus::admitted:
      return page.t("Admitted");
    case core::ApplicationStatus::not_admitted:
      return page.t("Not admitted");
  }
  return "";
}

std::string outcome_label(const PageRender& page, core::Outcome outcome) {
  switch (outcome) {
    case core::Outcome::admitted:
      return page.t("Admitted as a partner");
    case core::Outcome::not_admitted:
      return page.t("Not admitted");
    case core::Outcome::postponed:
      return page.t("Postponed to a later meeting");
  }
  return "";
}

// What is wrong with a field, in the page's language.
std::string problem_text(const PageRender& page, const core::FieldProblem& problem) {
  using Kind = core::FieldProblem::Kind;
  const std::string& f = problem.field;
  switch (problem.kind) {
    case Kind::required:
      if (f == "organization_name") return page.t("Fill in the name of your organisation.");
      if (f == "partner_type") return page.t("Choose the kind of partner.");
      if (f == "contact_name") return page.t("Fill in the name of a contact person.");
      if (f == "email") return page.t("Fill in an e-mail address, like naam@organisatie.be.");
      if (f == "themes") return page.t("Choose at least one theme.");
      if (f == "municipalities") return page.t("Choose at least one municipality.");
      if (f == "motivation") return page.t("Tell the network why you want to join.");
      if (f == "outcome") return page.t("Choose a decision.");
      if (f == "rule") return page.t("Write down the rule the decision was taken by.");
      if (f == "date") return page.t("Fill in the day of the meeting, like 2026-11-23.");
      if (f == "time") return page.t("Fill in the time the meeting starts, like 19:30.");
      return page.t("Fill this in.");
    case Kind::too_long:
      return page.t("This text is too long.");
    case Kind::invalid:
      if (f == "email") return page.t("Fill in an e-mail address, like naam@organisatie.be.");
      if (f == "website") return page.t("Fill in a web address starting with https://, or leave it empty.");
      if (f == "date") return page.t("Fill in the day of the meeting, like 2026-11-23.");
      if (f == "time") return page.t("Fill in the time the meeting starts, like 19:30.");
      if (f.starts_with("votes")) return page.t("Fill in a number from 0 to 999, or leave it empty.");
      return page.t("This is not filled in correctly.");
    case Kind::unknown_code:
      return page.t("Choose from the list.");
    case Kind::reasons_missing:
      return page.t("Write down the reasons: a candidate who is not admitted hears why.");
    case Kind::minority_blocks:
      return page.t(
          "More partners voted for than against. No partner, nor a minority, can block an admission: "
          "choose another decision or correct the votes.");
    case Kind::majority_against:
      return page.t("More partners voted against than for. Choose another decision or correct the votes.");
    case Kind::meeting_ahead:
      return page.t("This meeting has not taken place yet. Record the decision on or after the day of the meeting.");
    case Kind::not_open:
      return page.t("This application was decided already.");
    case Kind::not_on_agenda:
      return page.t("This application is not on the agenda of this meeting.");
    case Kind::decided_later:
      return page.t("A decision on this application was recorded at this or a later meeting already.");
  }
  return "";
}

const core::FieldProblem* problem_of(const std::vector<core::FieldProblem>& problems, std::string_view field) {
  const auto found = std::ranges::find(problems, field, &core::FieldProblem::field);
  return found == problems.end() ? nullptr : &*found;
}

void add_error(ctemplate::TemplateDictionary* parent, const char* section, const PageRender& page,
               const std::vector<core::FieldProblem>& problems, std::string_view field) {
  if (const core::FieldProblem* problem = problem_of(problems, field)) {
    parent->AddSectionDictionary(section)->SetValue("TEXT", problem_text(page, *problem));
  }
}

// What a coordinator typed in a decision form, with what is wrong with it.
struct DecisionEntry {
  std::string application_id;
  std::string outcome;
  std::string votes_for, votes_against, votes_abstained;
  std::string reasons;
  std::string rule;
  std::vector<core::FieldProblem> problems;
  std::string form_error;
};

struct MeetingForm {
  std::string date, time, place, items;
  std::vector<core::FieldProblem> problems;
  std::string form_error;
};

class AdmissionPages {
 public:
  explicit AdmissionPages(PortalOptions options) : options_(std::move(options)) {}

  // ---- The public form of a candidate partner ----

  http::Response apply(const http::Request& request) {
    const auto index = options_.index();
    const auto id = request.path_params.find("id");
    const core::Network* net = id == request.path_params.end() ? nullptr : find_network(*index, id->second);
    if (net == nullptr) return no_such_network(request);
    core::ApplicationForm form;
    const std::string csrf = form_token(request);
    if (request.method != "POST") return apply_page(request, *index, *net, csrf, form, {}, "", 200);

    http::QueryParams fields;
    std::string error;
    const Words t(request);
    if (!http::parse_form(request.body, fields, error)) {
      return apply_page(request, *index, *net, csrf, form, {},
                        t("Something went wrong with the form. Please try again."), 400);
    }
    form.organization_name = trimmed(fields.get("organization_name").value_or(""));
    form.partner_type = std::string(fields.get("partner_type").value_or(""));
    form.contact_name = trimmed(fields.get("contact_name").value_or(""));
    form.email = trimmed(fields.get("email").value_or(""));
    form.phone = trimmed(fields.get("phone").value_or(""));
    form.website = trimmed(fields.get("website").value_or(""));
    form.themes = all_of(fields, "themes");
    form.age_bands = all_of(fields, "age_bands");
    form.municipalities = all_of(fields, "municipalities");
    form.motivation = std::string(fields.get("motivation").value_or(""));
    const auto cookie_token = http::cookie(request, kFormCookie);
    if (!cookie_token || !same_token(*cookie_token, fields.get("csrf").value_or(""))) {
      return apply_page(request, *index, *net, csrf, form, {}, t("This form had expired. Please try again."), 403);
    }
    const auto problems = core::check_application(form, net->municipality_nis_codes);
    if (!problems.empty()) {
      return apply_page(request, *index, *net, csrf, form, problems,
                        t("Nothing was sent yet. Correct what is marked below."), 422);
    }
    if (!limiter_.allow(request.client_address)) {
      return apply_page(request, *index, *net, csrf, form, {},
                        t("Too many applications from this device. Wait an hour and try again."), 429);
    }

    auto connection = store::open_connection(options_.db_url);
    store::AdmissionStore store(*connection);
    const store::PartnerApplication application{
        core::random_uuid(), net->id, form, core::ApplicationStatus::pending, now_text(), today_text(), ""};
    if (!store.submit(application)) {
      return apply_page(request, *index, *net, csrf, form, {},
                        t("Something went wrong on our side. Please try again later."), 500);
    }
    const auto admissions = Admissions::load(store, net->id);
    const store::PartnerApplication* stored = admissions ? admissions->application(application.id) : nullptr;
    const store::NetworkMeeting* next = stored != nullptr ? admissions->next_meeting(*stored, today_text()) : nullptr;
    notify_received(*connection, *net, application, next);
    return received_page(request, *net, next);
  }

  // ---- The coordinator's pages ----

  http::Response applications(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_network, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& g = std::get<Guarded>(guarded);
    store::AdmissionStore store(*g.connection);
    const auto admissions = Admissions::load(store, g.net->id);
    if (!admissions) return failure(request);
    PageRender page(request, "admission_list.tpl");
    const std::string lang(page.language().code);
    const std::string base = "/portaal/huis/" + g.net->id;
    page.set_title(page.t("Applications of new partners"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link(base, "", lang));
    c.SetValue("BACK_LABEL", g.net->name);
    c.SetValue("HEADING", page.t("Applications of new partners"));
    c.SetValue("INTRO", page.t("Every application goes on the agenda of the next network meeting, until the network "
                               "decides on it."));
    c.SetValue("MEETINGS_URL", link(base + "/vergaderingen", "", lang));
    c.SetValue("MEETINGS_LABEL", page.t("Network meetings"));
    c.SetValue("FORM_URL", link("/huis/" + g.net->id + "/partner-worden", "", lang));
    c.SetValue("FORM_LABEL", page.t("The form for candidate partners"));
    if (admissions->applications.empty()) {
      c.AddSectionDictionary("NONE")->SetValue("TEXT", page.t("No applications yet."));
      return finish_private(page);
    }
    auto* table = c.AddSectionDictionary("TABLE");
    table->SetValue("NAME_COLUMN", page.t("Candidate"));
    table->SetValue("DATE_COLUMN", page.t("Received"));
    table->SetValue("STATUS_COLUMN", page.t("Status"));
    table->SetValue("MEETING_COLUMN", page.t("Meeting"));
    const std::string today = today_text();
    for (const store::PartnerApplication& a : admissions->applications) {
      auto* row = table->AddSectionDictionary("APPLICATION");
      row->SetValue("URL", link(base + "/aanvragen/" + a.id, "", lang));
      row->SetValue("NAME", a.form.organization_name);
      row->SetValue("DATE", a.submitted_on);
      row->SetValue("STATUS", status_label(page, a.status));
      const store::NetworkMeeting* m =
          core::is_open(a.status) ? admissions->next_meeting(a, today) : admissions->deciding_meeting(a);
      if (m != nullptr) {
        auto* meeting = row->AddSectionDictionary("MEETING");
        meeting->SetValue("URL", link(base + "/vergaderingen/" + m->id, "", lang));
        meeting->SetValue("TEXT", meeting_text(page, *m));
      } else {
        row->AddSectionDictionary("NO_MEETING")->SetValue("TEXT", page.t("No meeting planned yet"));
      }
    }
    return finish_private(page);
  }

  http::Response application(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_network, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& g = std::get<Guarded>(guarded);
    store::AdmissionStore store(*g.connection);
    const auto admissions = Admissions::load(store, g.net->id);
    if (!admissions) return failure(request);
    const store::PartnerApplication* a = admissions->application(request.path_params.at("application"));
    if (a == nullptr) return refused(request, 404);
    const auto events = store.events(a->id);
    if (!events) return failure(request);

    PageRender page(request, "admission_application.tpl");
    const std::string lang(page.language().code);
    const std::string base = "/portaal/huis/" + g.net->id;
    page.set_title(a->form.organization_name);
    auto& c = page.content();
    c.SetValue("BACK_URL", link(base + "/aanvragen", "", lang));
    c.SetValue("BACK_LABEL", page.t("Applications of new partners"));
    c.SetValue("NAME", a->form.organization_name);
    c.SetValue("STATUS_LABEL", page.t("Status"));
    c.SetValue("STATUS", status_label(page, a->status));
    if (!a->organization_id.empty()) {
      auto* partner = c.AddSectionDictionary("PARTNER");
      partner->SetValue("URL", link("/portaal/organisatie/" + a->organization_id, "", lang));
      partner->SetValue("TEXT", page.t("Now a partner of the network: its page, where you can invite its people"));
    }
    c.SetValue("DETAILS_HEADING", page.t("What the candidate wrote"));
    const auto fact = [&](const std::string& label, const std::string& text, bool dutch) {
      if (text.empty()) return;
      auto* row = c.AddSectionDictionary("FACT");
      row->SetValue("LABEL", label);
      row->SetValue("TEXT", text);
      if (dutch) row->ShowSection("DUTCH");
    };
    const core::Term* type = core::partner_types().find(a->form.partner_type);
    fact(page.t("Kind of partner"), type != nullptr ? page.t(type->label_nl) : a->form.partner_type, false);
    fact(page.t("Contact person"), a->form.contact_name, true);
    fact(page.t("E-mail address"), a->form.email, false);
    fact(page.t("Phone (optional)"), a->form.phone, false);
    fact(page.t("Website (optional)"), a->form.website, false);
    fact(page.t("Themes"), labels(page, core::themes(), a->form.themes), false);
    fact(page.t("Ages"), labels(page, core::age_bands(), a->form.age_bands), false);
    fact(page.t("Municipalities"), municipality_names(*g.index, a->form.municipalities), true);
    fact(page.t("Received"), a->submitted_on, false);
    c.SetValue("MOTIVATION_HEADING", page.t("Why they want to join"));
    c.SetValue("MOTIVATION", a->form.motivation);

    c.SetValue("DECISIONS_HEADING", page.t("Decisions of the network"));
    bool any = false;
    for (const store::AdmissionDecision& d : admissions->decisions) {
      if (d.application_id != a->id) continue;
      const store::NetworkMeeting* m = admissions->meeting(d.meeting_id);
      if (m == nullptr) continue;
      any = true;
      auto* row = c.AddSectionDictionary("DECISION");
      row->SetValue("MEETING_URL", link(base + "/vergaderingen/" + m->id, "", lang));
      row->SetValue("MEETING", meeting_text(page, *m));
      row->SetValue("OUTCOME", outcome_label(page, d.outcome));
      if (d.votes_for || d.votes_against || d.votes_abstained) {
        auto* votes = row->AddSectionDictionary("VOTES");
        votes->SetValue("LABEL", page.t("Votes"));
        votes->SetValue("TEXT", tf(page, "{0} for, {1} against, {2} abstained", d.votes_for.value_or(0),
                                   d.votes_against.value_or(0), d.votes_abstained.value_or(0)));
      }
      if (!d.reasons.empty()) {
        auto* reasons = row->AddSectionDictionary("REASONS");
        reasons->SetValue("LABEL", page.t("Reasons"));
        reasons->SetValue("TEXT", d.reasons);
      }
      row->SetValue("RULE_LABEL", page.t("Rule of the decision"));
      row->SetValue("RULE", d.rule);
    }
    if (!any) c.AddSectionDictionary("NO_DECISIONS")->SetValue("TEXT", page.t("No decision yet."));

    c.SetValue("HISTORY_HEADING", page.t("History"));
    c.SetValue("WHEN_COLUMN", page.t("When (UTC)"));
    c.SetValue("WHAT_COLUMN", page.t("What"));
    c.SetValue("WHO_COLUMN", page.t("Who"));
    store::AccountStore accounts(*g.connection);
    std::map<std::string, std::string> names;
    for (const store::ApplicationEvent& e : *events) {
      auto* row = c.AddSectionDictionary("EVENT");
      row->SetValue("WHEN", e.at.substr(0, 10) + " " + e.at.substr(11, 5));
      const store::NetworkMeeting* m = admissions->meeting(e.meeting_id);
      const std::string meeting = m != nullptr ? meeting_text(page, *m) : "";
      row->SetValue("WHAT", event_text(page, e, meeting));
      if (e.actor_user_id.empty()) {
        row->SetValue("WHO", e.kind == "submitted" ? page.t("The candidate") : page.t("The platform"));
        continue;
      }
      if (!names.contains(e.actor_user_id)) {
        const auto user = accounts.find_user(e.actor_user_id);
        names[e.actor_user_id] =
            user && *user ? ((*user)->name.empty() ? (*user)->email : (*user)->name) : e.actor_user_id;
      }
      row->SetValue("WHO", names[e.actor_user_id]);
    }
    return finish_private(page);
  }

  http::Response meetings(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_network, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& g = std::get<Guarded>(guarded);
    store::AdmissionStore store(*g.connection);
    MeetingForm form;
    if (request.method != "POST") return meetings_page(request, g, store, form, 200);

    http::QueryParams fields;
    const FormCheck check = read_form(request, g.who, fields);
    form.date = trimmed(fields.get("date").value_or(""));
    form.time = trimmed(fields.get("time").value_or(""));
    form.place = trimmed(fields.get("place").value_or(""));
    form.items = std::string(fields.get("items").value_or(""));
    const Words t(request);
    if (check != FormCheck::ok) {
      form.form_error = check == FormCheck::unreadable ? t("Something went wrong with the form. Please try again.")
                                                       : t("This form had expired. Please try again.");
      return meetings_page(request, g, store, form, check == FormCheck::unreadable ? 400 : 403);
    }
    using Kind = core::FieldProblem::Kind;
    if (form.date.empty()) {
      form.problems.push_back({"date", Kind::required});
    } else if (!core::is_date(form.date)) {
      form.problems.push_back({"date", Kind::invalid});
    }
    if (form.time.empty()) {
      form.problems.push_back({"time", Kind::required});
    } else if (!core::is_time_of_day(form.time)) {
      form.problems.push_back({"time", Kind::invalid});
    }
    if (form.place.size() > 200) form.problems.push_back({"place", Kind::too_long});
    std::vector<std::string> items;
    for (std::size_t start = 0; start <= form.items.size();) {
      const std::size_t end = std::min(form.items.find('\n', start), form.items.size());
      std::string item = trimmed(std::string_view(form.items).substr(start, end - start));
      if (!item.empty()) items.push_back(std::move(item));
      start = end + 1;
    }
    if (items.size() > kMostAgendaItems ||
        std::ranges::any_of(items, [](const std::string& i) { return i.size() > kLongestAgendaItem; })) {
      form.problems.push_back({"items", Kind::too_long});
    }
    if (!form.problems.empty()) {
      form.form_error = t("Nothing was saved. Correct what is marked below.");
      return meetings_page(request, g, store, form, 422);
    }
    const std::string now = now_text();
    const store::NetworkMeeting meeting{core::random_uuid(), g.net->id, form.date, form.time,
                                        form.place,          items,     now,       g.who.user.id};
    if (!store.plan_meeting(meeting)) {
      form.form_error = t("Something went wrong on our side. Please try again later.");
      return meetings_page(request, g, store, form, 500);
    }
    store::AccountStore(*g.connection)
        .audit(store::AuditEntry{0, now, g.who.user.id, "meeting_planned", meeting.id, g.net->id + " " + form.date});
    notify_on_agenda(*g.connection, store, *g.net, meeting, g.who.user.id);
    return redirect(link("/portaal/huis/" + g.net->id + "/vergaderingen/" + meeting.id, "",
                         choose_language(request).language->code));
  }

  http::Response meeting(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_network, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& g = std::get<Guarded>(guarded);
    store::AdmissionStore store(*g.connection);
    const auto admissions = Admissions::load(store, g.net->id);
    if (!admissions) return failure(request);
    const store::NetworkMeeting* m = admissions->meeting(request.path_params.at("meeting"));
    if (m == nullptr) return refused(request, 404);
    const std::string saved(request.query.get("bewaard").value_or(""));
    return meeting_page(request, g, *admissions, *m, nullptr, saved, 200);
  }

  // The network's decision on one application on a meeting's agenda.
  http::Response decide(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_network, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& g = std::get<Guarded>(guarded);
    store::AdmissionStore store(*g.connection);
    const auto admissions = Admissions::load(store, g.net->id);
    if (!admissions) return failure(request);
    const store::NetworkMeeting* m = admissions->meeting(request.path_params.at("meeting"));
    if (m == nullptr) return refused(request, 404);

    http::QueryParams fields;
    const FormCheck check = read_form(request, g.who, fields);
    DecisionEntry entry;
    entry.application_id = std::string(fields.get("application").value_or(""));
    entry.outcome = std::string(fields.get("outcome").value_or(""));
    entry.votes_for = trimmed(fields.get("votes_for").value_or(""));
    entry.votes_against = trimmed(fields.get("votes_against").value_or(""));
    entry.votes_abstained = trimmed(fields.get("votes_abstained").value_or(""));
    entry.reasons = trimmed(fields.get("reasons").value_or(""));
    entry.rule = trimmed(fields.get("rule").value_or(""));
    const Words t(request);
    if (check != FormCheck::ok) {
      entry.form_error = check == FormCheck::unreadable ? t("Something went wrong with the form. Please try again.")
                                                        : t("This form had expired. Please try again.");
      return meeting_page(request, g, *admissions, *m, &entry, "", check == FormCheck::unreadable ? 400 : 403);
    }
    const store::PartnerApplication* a = admissions->application(entry.application_id);
    if (a == nullptr) return refused(request, 404);

    core::DecisionForm form;
    form.outcome = core::parse_outcome(entry.outcome);
    form.reasons = entry.reasons;
    form.rule = entry.rule;
    const std::pair<const char*, std::optional<int>*> votes[] = {{"votes_for", &form.votes_for},
                                                                 {"votes_against", &form.votes_against},
                                                                 {"votes_abstained", &form.votes_abstained}};
    const std::string* typed[] = {&entry.votes_for, &entry.votes_against, &entry.votes_abstained};
    std::vector<core::FieldProblem> vote_problems;
    for (std::size_t i = 0; i < 3; ++i) {
      if (const auto parsed = core::parse_votes(*typed[i])) {
        *votes[i].second = *parsed;
      } else {
        vote_problems.push_back({votes[i].first, core::FieldProblem::Kind::invalid});
      }
    }
    const core::DecisionContext context{admissions->facts(*a), key_of(*m), today_text(),
                                        admissions->latest_decision(a->id)};
    entry.problems = core::check_decision(form, context);
    entry.problems.insert(entry.problems.end(), vote_problems.begin(), vote_problems.end());
    if (!entry.problems.empty()) {
      entry.form_error = t("Nothing was saved. Correct what is marked below.");
      return meeting_page(request, g, *admissions, *m, &entry, "", 422);
    }

    const std::string now = now_text();
    const store::AdmissionDecision decision{0,
                                            a->id,
                                            m->id,
                                            *form.outcome,
                                            form.votes_for,
                                            form.votes_against,
                                            form.votes_abstained,
                                            form.reasons,
                                            form.rule,
                                            now,
                                            g.who.user.id};
    std::optional<core::Organization> partner;
    if (decision.outcome == core::Outcome::admitted) partner = new_partner(*g.net, *a, now);
    const auto recorded = store.record_decision(decision, partner ? &*partner : nullptr);
    if (!recorded) {
      const bool conflict = recorded.error().kind == core::Error::Kind::conflict;
      entry.form_error = conflict ? t("This application was decided already.")
                                  : t("Something went wrong on our side. Please try again later.");
      const auto fresh = Admissions::load(store, g.net->id);
      if (!fresh) return failure(request);
      return meeting_page(request, g, *fresh, *m, &entry, "", conflict ? 409 : 500);
    }
    store::AccountStore(*g.connection)
        .audit(store::AuditEntry{0, now, g.who.user.id, "admission_decided", a->id,
                                 fmt::format("{} {} {}", core::outcome_code(decision.outcome), m->id, g.net->id)});
    if (partner) {
      store::AccountStore(*g.connection)
          .audit(store::AuditEntry{0, now, g.who.user.id, "partner_admitted", *recorded, g.net->id + " " + a->id});
      if (options_.catalogue_changed) options_.catalogue_changed();
    }
    std::optional<store::NetworkMeeting> next;  // where a postponed application goes now
    if (decision.outcome == core::Outcome::postponed) {
      if (const auto fresh = Admissions::load(store, g.net->id)) {
        const store::PartnerApplication* again = fresh->application(a->id);
        for (const store::NetworkMeeting& later : fresh->meetings) {
          if (again != nullptr && key_of(*m) < key_of(later) && core::on_agenda(fresh->facts(*again), key_of(later))) {
            next = later;
            store.add_event({0, a->id, now, g.who.user.id, "on_agenda", later.id, ""});
            break;
          }
        }
      }
    }
    notify_decision(*g.connection, *g.net, *a, *m, decision, next ? &*next : nullptr);
    return redirect(link("/portaal/huis/" + g.net->id + "/vergaderingen/" + m->id, "bewaard=" + a->id,
                         choose_language(request).language->code));
  }

 private:
  // The double-submit token of the public form (as the sign-in form's): the cookie's, or a new one.
  static std::string form_token(const http::Request& request) {
    const auto existing = http::cookie(request, kFormCookie);
    return existing && existing->size() == 64 ? std::string(*existing) : new_token();
  }

  static http::Response no_such_network(const http::Request& request) {
    PageRender page(request, "message.tpl");
    page.set_title(page.t("This Huis van het Kind does not exist."));
    auto& c = page.content();
    c.SetValue("HEADING", page.t("This Huis van het Kind does not exist."));
    c.SetValue("TEXT", page.t("Check the address, or look for the Huis van het Kind on the start page."));
    c.SetValue("BACK_URL", link("/", "", page.language().code));
    c.SetValue("BACK_LABEL", page.t("Back to the start page"));
    return finish_private(page, 404);
  }

  static http::Response failure(const http::Request& request) {
    const Words t(request);
    return message(request, 500, t("Something went wrong on our side. Please try again later."));
  }

  static std::string labels(const PageRender& page, const core::Vocabulary& vocabulary,
                            const std::vector<std::string>& codes) {
    std::string out;
    for (const std::string& code : codes) {
      const core::Term* term = vocabulary.find(code);
      if (!out.empty()) out += ", ";
      out += term != nullptr ? page.t(term->label_nl) : code;
    }
    return out;
  }

  static std::string municipality_names(const search::CatalogueIndex& index, const std::vector<std::string>& codes) {
    std::string out;
    for (const std::string& nis : codes) {
      const core::Municipality* m = index.municipality(nis);
      if (!out.empty()) out += ", ";
      out += m != nullptr ? m->name : nis;
    }
    return out;
  }

  static std::string event_text(const PageRender& page, const store::ApplicationEvent& e, const std::string& meeting) {
    if (e.kind == "submitted") return page.t("Application received");
    if (e.kind == "on_agenda") return tf(page, "Put on the agenda of the meeting of {0}", meeting);
    if (e.kind == "postponed") return tf(page, "Decision postponed at the meeting of {0}", meeting);
    if (e.kind == "decided") {
      const auto outcome = core::parse_outcome(e.detail);
      return tf(page, "Decided at the meeting of {0}: {1}", meeting,
                outcome ? outcome_label(page, *outcome) : e.detail);
    }
    if (e.kind == "notified") return tf(page, "E-mail to the candidate: {0}", e.detail);
    if (e.kind == "partner_added") return page.t("Added as a partner of the network");
    return e.kind;
  }

  http::Response apply_page(const http::Request& request, const search::CatalogueIndex& index, const core::Network& net,
                            const std::string& csrf, const core::ApplicationForm& form,
                            const std::vector<core::FieldProblem>& problems, const std::string& form_error,
                            unsigned status) const {
    PageRender page(request, "admission_apply.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("Become a partner of the Huis van het Kind"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/huis/" + net.id, "", lang));
    c.SetValue("BACK_LABEL", net.name);
    c.SetValue("HEADING", page.t("Become a partner of the Huis van het Kind"));
    c.SetValue("INTRO", tf(page,
                           "Does your organisation work for families with children in the area of {0}? Apply to "
                           "join the network. This is how it goes:",
                           net.name));
    for (const std::string& step : {page.t("You fill in this form. You get an e-mail that we received it."),
                                    page.t("Your application goes on the agenda of the next meeting of the network."),
                                    page.t("The partners decide together. No single partner can block your admission."),
                                    page.t("You hear the decision by e-mail. If the answer is no, you hear why.")}) {
      c.AddSectionDictionary("STEP")->SetValue("TEXT", step);
    }
    if (!form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form_error);
    c.SetValue("ACTION", link("/huis/" + net.id + "/partner-worden", "", lang));
    c.SetValue("CSRF", csrf);
    struct TextField {
      const char* name;
      std::string label;
      const char* type;
      const char* autocomplete;
      int maxlength;
      const std::string& value;
    };
    const TextField text_fields[] = {
        {"organization_name", page.t("Name of your organisation"), "text", "organization", 200, form.organization_name},
        {"contact_name", page.t("Contact person"), "text", "name", 200, form.contact_name},
        {"email", page.t("E-mail address"), "email", "email", 254, form.email},
        {"phone", page.t("Phone (optional)"), "tel", "tel", 40, form.phone},
        {"website", page.t("Website (optional)"), "url", "url", 500, form.website},
    };
    for (const TextField& f : text_fields) {
      auto* row = c.AddSectionDictionary("FIELD");
      row->SetValue("NAME", f.name);
      row->SetValue("LABEL", f.label);
      row->SetValue("TYPE", f.type);
      row->SetValue("AUTOCOMPLETE", f.autocomplete);
      row->SetIntValue("MAXLENGTH", f.maxlength);
      row->SetValue("VALUE", f.value);
      add_error(row, "ERROR", page, problems, f.name);
    }
    c.SetValue("TYPE_LABEL", page.t("Kind of partner"));
    c.SetValue("TYPE_CHOOSE", page.t("Choose one"));
    for (const core::Term& term : core::partner_types().terms) {
      auto* option = c.AddSectionDictionary("TYPE_OPTION");
      option->SetValue("CODE", std::string(term.code));
      option->SetValue("LABEL", page.t(term.label_nl));
      if (form.partner_type == term.code) option->ShowSection("SELECTED");
    }
    add_error(&c, "TYPE_ERROR", page, problems, "partner_type");
    const auto choices = [&](const char* name, const std::string& legend,
                             const std::vector<std::pair<std::string, std::string>>& options,
                             const std::vector<std::string>& chosen, bool dutch) {
      auto* set = c.AddSectionDictionary("CHOICES");
      set->SetValue("NAME", name);
      set->SetValue("LEGEND", legend);
      add_error(set, "ERROR", page, problems, name);
      for (const auto& [code, label] : options) {
        auto* option = set->AddSectionDictionary("OPTION");
        option->SetValue("CODE", code);
        option->SetValue("LABEL", label);
        if (std::ranges::find(chosen, code) != chosen.end()) option->ShowSection("CHECKED");
        if (dutch) option->ShowSection("DUTCH");
      }
    };
    std::vector<std::pair<std::string, std::string>> options;
    for (const core::Term& term : core::themes().terms) options.emplace_back(term.code, page.t(term.label_nl));
    choices("themes", page.t("What do you offer families? Choose one or more themes."), options, form.themes, false);
    options.clear();
    for (const core::Term& term : core::age_bands().terms) options.emplace_back(term.code, page.t(term.label_nl));
    choices("age_bands", page.t("For which ages? (optional)"), options, form.age_bands, false);
    options.clear();
    for (const std::string& nis : net.municipality_nis_codes) {
      const core::Municipality* m = index.municipality(nis);
      options.emplace_back(nis, m != nullptr ? m->name : nis);
    }
    choices("municipalities", page.t("In which municipalities of the network do you work?"), options,
            form.municipalities, true);
    c.SetValue("MOTIVATION_LABEL", page.t("Why do you want to join the network?"));
    c.SetValue("MOTIVATION_HINT", page.t("Write it in Dutch if you can. What can you do for families, and what do "
                                         "you expect from the network?"));
    c.SetValue("MOTIVATION", form.motivation);
    add_error(&c, "MOTIVATION_ERROR", page, problems, "motivation");
    c.SetValue("BUTTON", page.t("Send the application"));
    http::Response response = finish_private(page, status);
    response.headers.emplace_back("Set-Cookie", cookie_header(kFormCookie, csrf, request, 3600));
    return response;
  }

  static http::Response received_page(const http::Request& request, const core::Network& net,
                                      const store::NetworkMeeting* next) {
    PageRender page(request, "admission_received.tpl");
    page.set_title(page.t("We received your application"));
    auto& c = page.content();
    c.SetValue("HEADING", page.t("We received your application"));
    c.SetValue("TEXT", tf(page, "Thank you. {0} received your application. We sent you an e-mail about it.", net.name));
    c.SetValue("NEXT_HEADING", page.t("What happens next"));
    const std::string agenda =
        next != nullptr
            ? tf(page, "Your application is on the agenda of the network meeting of {0}.", meeting_text(page, *next))
            : page.t(
                  "Your application goes on the agenda of the next network meeting. You get an e-mail "
                  "when the date is known.");
    for (const std::string& step :
         {agenda, page.t("The partners decide together. No single partner can block your admission."),
          page.t("You hear the decision by e-mail. If the answer is no, you hear why."),
          page.t("If you are admitted, the coordinator invites the people of your organisation to the partner "
                 "portal.")}) {
      c.AddSectionDictionary("STEP")->SetValue("TEXT", step);
    }
    c.SetValue("BACK_URL", link("/huis/" + net.id, "", page.language().code));
    c.SetValue("BACK_LABEL", net.name);
    return finish_private(page);
  }

  http::Response meetings_page(const http::Request& request, const Guarded& g, store::AdmissionStore& store,
                               const MeetingForm& form, unsigned status) const {
    const auto admissions = Admissions::load(store, g.net->id);
    if (!admissions) return failure(request);
    PageRender page(request, "meetings.tpl");
    const std::string lang(page.language().code);
    const std::string base = "/portaal/huis/" + g.net->id;
    page.set_title(page.t("Network meetings"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link(base, "", lang));
    c.SetValue("BACK_LABEL", g.net->name);
    c.SetValue("HEADING", page.t("Network meetings"));
    c.SetValue("INTRO", page.t("Every open application of a candidate partner is on the agenda of each meeting, "
                               "until the network decides on it."));
    c.SetValue("APPLICATIONS_URL", link(base + "/aanvragen", "", lang));
    c.SetValue("APPLICATIONS_LABEL", page.t("Applications of new partners"));
    if (admissions->meetings.empty()) {
      c.AddSectionDictionary("NONE")->SetValue("TEXT", page.t("No meetings planned yet."));
    } else {
      auto* table = c.AddSectionDictionary("TABLE");
      table->SetValue("DATE_COLUMN", page.t("Date"));
      table->SetValue("PLACE_COLUMN", page.t("Place"));
      table->SetValue("AGENDA_COLUMN", page.t("Applications on the agenda"));
      for (auto it = admissions->meetings.rbegin(); it != admissions->meetings.rend(); ++it) {
        auto* row = table->AddSectionDictionary("MEETING");
        row->SetValue("URL", link(base + "/vergaderingen/" + it->id, "", lang));
        row->SetValue("DATE", meeting_text(page, *it));
        row->SetValue("PLACE", it->place);
        const auto on = std::ranges::count_if(admissions->applications, [&](const store::PartnerApplication& a) {
          return core::on_agenda(admissions->facts(a), key_of(*it));
        });
        row->SetValue("AGENDA", std::to_string(on));
      }
    }
    c.SetValue("PLAN_HEADING", page.t("Plan a meeting"));
    if (!form.form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form.form_error);
    c.SetValue("ACTION", link(base + "/vergaderingen", "", lang));
    c.SetValue("CSRF", g.who.session.csrf_token);
    struct Field {
      const char* name;
      std::string label;
      const char* type;
      int maxlength;
      const std::string& value;
    };
    const Field fields[] = {
        {"date", page.t("Day"), "date", 10, form.date},
        {"time", page.t("Starts at"), "time", 5, form.time},
        {"place", page.t("Place (optional)"), "text", 200, form.place},
    };
    for (const Field& f : fields) {
      auto* row = c.AddSectionDictionary("FIELD");
      row->SetValue("NAME", f.name);
      row->SetValue("LABEL", f.label);
      row->SetValue("TYPE", f.type);
      row->SetIntValue("MAXLENGTH", f.maxlength);
      row->SetValue("VALUE", f.value);
      add_error(row, "ERROR", page, form.problems, f.name);
    }
    c.SetValue("ITEMS_LABEL", page.t("Other agenda items (optional)"));
    c.SetValue("ITEMS_HINT", page.t("One item per line. The applications of candidate partners are added by "
                                    "themselves."));
    c.SetValue("ITEMS", form.items);
    add_error(&c, "ITEMS_ERROR", page, form.problems, "items");
    c.SetValue("BUTTON", page.t("Plan the meeting"));
    return finish_private(page, status);
  }

  static http::Response meeting_page(const http::Request& request, const Guarded& g, const Admissions& admissions,
                                     const store::NetworkMeeting& m, const DecisionEntry* entry,
                                     const std::string& saved, unsigned status) {
    PageRender page(request, "meeting.tpl");
    const std::string lang(page.language().code);
    const std::string base = "/portaal/huis/" + g.net->id;
    const std::string when = meeting_text(page, m);
    page.set_title(tf(page, "Network meeting of {0}", when));
    auto& c = page.content();
    c.SetValue("BACK_URL", link(base + "/vergaderingen", "", lang));
    c.SetValue("BACK_LABEL", page.t("Network meetings"));
    c.SetValue("HEADING", tf(page, "Network meeting of {0}", when));
    if (!m.place.empty()) c.AddSectionDictionary("PLACE")->SetValue("TEXT", m.place);
    const std::string today = today_text();
    const bool ahead = m.date > today;
    if (ahead) {
      c.AddSectionDictionary("AHEAD")->SetValue(
          "TEXT", page.t("This meeting is still to come. From the day of the meeting you can record the decisions."));
    }
    if (const store::PartnerApplication* done = admissions.application(saved)) {
      auto* notice = c.AddSectionDictionary("SAVED");
      notice->SetValue("TEXT", tf(page, "The decision on {0} is saved. The candidate gets an e-mail.",
                                  done->form.organization_name));
      if (!done->organization_id.empty()) {
        auto* partner = notice->AddSectionDictionary("PARTNER");
        partner->SetValue("URL", link("/portaal/organisatie/" + done->organization_id, "", lang));
        partner->SetValue("LABEL", page.t("Invite the people of the new partner"));
      }
    }
    if (entry != nullptr && !entry->form_error.empty()) {
      c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", entry->form_error);
    }
    c.SetValue("AGENDA_HEADING", page.t("Agenda"));
    if (m.items.empty()) {
      c.AddSectionDictionary("NO_ITEMS")->SetValue("TEXT", page.t("No other agenda items."));
    } else {
      auto* items = c.AddSectionDictionary("ITEMS");
      for (const std::string& item : m.items) items->AddSectionDictionary("ITEM")->SetValue("TEXT", item);
    }
    c.SetValue("APPLICATIONS_HEADING", page.t("Applications of candidate partners"));
    c.SetValue("RULE_INTRO", page.t("The network decides. A candidate who is not admitted hears the reasons. No "
                                    "single partner, nor a minority, can block an admission."));
    bool any = false;
    // Oldest application first, as they came in.
    for (auto it = admissions.applications.rbegin(); it != admissions.applications.rend(); ++it) {
      const store::PartnerApplication& a = *it;
      if (!core::on_agenda(admissions.facts(a), key_of(m))) continue;
      any = true;
      auto* row = c.AddSectionDictionary("APPLICATION");
      row->SetValue("ID", a.id);
      row->SetValue("URL", link(base + "/aanvragen/" + a.id, "", lang));
      row->SetValue("NAME", a.form.organization_name);
      const core::Term* type = core::partner_types().find(a.form.partner_type);
      row->SetValue("ABOUT", tf(page, "{0}, received {1}, {2}", type != nullptr ? page.t(type->label_nl) : "",
                                a.submitted_on, status_label(page, a.status)));
      if (const store::AdmissionDecision* d = admissions.decision(a.id, m.id)) {
        auto* decided = row->AddSectionDictionary("DECIDED");
        decided->SetValue("LABEL", page.t("Decision"));
        decided->SetValue("TEXT", outcome_label(page, d->outcome));
        if (!d->reasons.empty()) decided->AddSectionDictionary("REASONS")->SetValue("TEXT", d->reasons);
        continue;
      }
      const auto latest = admissions.latest_decision(a.id);
      if (!core::is_open(a.status) || (latest && !(*latest < key_of(m)))) {
        row->AddSectionDictionary("CLOSED")->SetValue("TEXT", page.t("A later meeting took this application up."));
        continue;
      }
      const bool this_one = entry != nullptr && entry->application_id == a.id;
      if (ahead && !this_one) continue;
      decision_form(page, row, base + "/vergaderingen/" + m.id + "/beslissing", g.who.session.csrf_token,
                    this_one ? entry : nullptr);
    }
    if (!any) {
      c.AddSectionDictionary("NO_APPLICATIONS")->SetValue("TEXT", page.t("No applications on this agenda."));
    }
    return finish_private(page, status);
  }

  static void decision_form(const PageRender& page, ctemplate::TemplateDictionary* row, const std::string& action,
                            const std::string& csrf, const DecisionEntry* entry) {
    const std::string lang(page.language().code);
    auto* form = row->AddSectionDictionary("FORM");
    form->SetValue("ACTION", link(action, "", lang));
    form->SetValue("CSRF", csrf);
    const std::vector<core::FieldProblem> none;
    const auto& problems = entry != nullptr ? entry->problems : none;
    form->SetValue("OUTCOME_LEGEND", page.t("Decision of the network"));
    add_error(form, "OUTCOME_ERROR", page, problems, "outcome");
    for (const core::Outcome outcome :
         {core::Outcome::admitted, core::Outcome::not_admitted, core::Outcome::postponed}) {
      auto* option = form->AddSectionDictionary("OUTCOME");
      option->SetValue("CODE", std::string(core::outcome_code(outcome)));
      option->SetValue("LABEL", outcome_label(page, outcome));
      if (entry != nullptr && entry->outcome == core::outcome_code(outcome)) option->ShowSection("CHECKED");
    }
    form->SetValue("VOTES_LEGEND", page.t("Votes (optional; leave empty when decided by consensus)"));
    const std::tuple<const char*, std::string, std::string> votes[] = {
        {"votes_for", page.t("For"), entry != nullptr ? entry->votes_for : ""},
        {"votes_against", page.t("Against"), entry != nullptr ? entry->votes_against : ""},
        {"votes_abstained", page.t("Abstained"), entry != nullptr ? entry->votes_abstained : ""},
    };
    for (const auto& [name, label, value] : votes) {
      auto* vote = form->AddSectionDictionary("VOTE");
      vote->SetValue("NAME", name);
      vote->SetValue("LABEL", label);
      vote->SetValue("VALUE", value);
      add_error(vote, "ERROR", page, problems, name);
    }
    form->SetValue("REASONS_LABEL", page.t("Reasons"));
    form->SetValue("REASONS_HINT", page.t("Required when the candidate is not admitted. The candidate reads them."));
    form->SetValue("REASONS_VALUE", entry != nullptr ? entry->reasons : "");
    add_error(form, "REASONS_ERROR", page, problems, "reasons");
    form->SetValue("RULE_LABEL", page.t("Rule of the decision"));
    form->SetValue("RULE_VALUE", entry != nullptr ? entry->rule : std::string(core::kDefaultDecisionRule));
    add_error(form, "RULE_ERROR", page, problems, "rule");
    form->SetValue("BUTTON", page.t("Save the decision"));
  }

  // ---- What follows from a step: a partner in the catalogue, mails to the candidate ----

  // The admitted candidate as a partner of the network, with an id from its name (unique).
  static core::Organization new_partner(const core::Network& net, const store::PartnerApplication& a,
                                        const std::string& now) {
    core::Organization org;
    org.id = core::stable_uuid("organization:" + a.form.organization_name);  // the store keeps it unique
    org.name = a.form.organization_name;
    org.email = a.form.email;
    org.website = a.form.website;
    org.partner_type = a.form.partner_type;
    org.network_ids = {net.id};
    core::Contact contact{core::random_uuid(), a.form.contact_name, "", a.form.email, {}};
    if (!a.form.phone.empty()) {
      contact.phones.push_back(core::Phone{core::random_uuid(), a.form.phone, "voice", ""});
    }
    org.contacts.push_back(std::move(contact));
    org.last_modified = now;
    return org;
  }

  static void send(store::Connection& connection, const store::PartnerApplication& a, const std::string& subject,
                   const std::string& body, const std::string& key, const std::string& what,
                   const std::string& meeting_id) {
    const std::string now = now_text();
    const auto queued = store::OutboxStore(connection).enqueue(a.form.email, subject, body, key, now);
    if (!queued) {
      spdlog::error("admission {}: mail {} not queued: {}", a.id, key, queued.error().message);
      return;
    }
    if (*queued) store::AdmissionStore(connection).add_event({0, a.id, now, "", "notified", meeting_id, what});
  }

  static void notify_received(store::Connection& connection, const core::Network& net,
                              const store::PartnerApplication& a, const store::NetworkMeeting* next) {
    const DutchWords nl;
    std::string body = nl.tf("Hello {0},\n\n{1} received the application of {2} to become a partner.",
                             a.form.contact_name, net.name, a.form.organization_name);
    if (next != nullptr) {
      body += "\n\n" + nl.tf("It is on the agenda of the network meeting of {0}.", meeting_text_nl(*next));
      store::AdmissionStore(connection).add_event({0, a.id, a.submitted_at, "", "on_agenda", next->id, ""});
    } else {
      body += "\n\n" + nl.t("It goes on the agenda of the next network meeting. We let you know when that is.");
    }
    body += "\n\n" + nl.t(
                         "The partners decide together; no single partner can block an admission. You hear the "
                         "decision by e-mail.");
    send(connection, a, nl.tf("Your application to {0}", net.name), body, "admission:" + a.id + ":received",
         nl.t("application received"), "");
  }

  // After a meeting is planned: every open application for which it is the next meeting hears so.
  static void notify_on_agenda(store::Connection& connection, store::AdmissionStore& store, const core::Network& net,
                               const store::NetworkMeeting& meeting, const std::string& actor) {
    const auto admissions = Admissions::load(store, net.id);
    if (!admissions) return;
    const std::string today = today_text();
    const DutchWords nl;
    for (const store::PartnerApplication& a : admissions->applications) {
      if (!core::is_open(a.status)) continue;
      const store::NetworkMeeting* next = admissions->next_meeting(a, today);
      const bool next_one = next != nullptr && next->id == meeting.id;
      const bool held = meeting.date <= today && core::on_agenda(admissions->facts(a), key_of(meeting));
      if (!next_one && !held) continue;
      store.add_event({0, a.id, meeting.created_at, actor, "on_agenda", meeting.id, ""});
      if (!next_one) continue;  // a meeting recorded afterwards: nothing to announce
      send(connection, a, nl.tf("Your application to {0}: the date of the meeting", net.name),
           nl.tf("Hello {0},\n\nThe application of {1} is on the agenda of the network meeting of {2}. You hear "
                 "the decision by e-mail.",
                 a.form.contact_name, a.form.organization_name, meeting_text_nl(meeting)),
           "admission:" + a.id + ":agenda:" + meeting.id, nl.t("on the agenda"), meeting.id);
    }
  }

  static void notify_decision(store::Connection& connection, const core::Network& net,
                              const store::PartnerApplication& a, const store::NetworkMeeting& meeting,
                              const store::AdmissionDecision& d, const store::NetworkMeeting* next) {
    const DutchWords nl;
    std::string body;
    switch (d.outcome) {
      case core::Outcome::admitted:
        body = nl.tf(
            "Hello {0},\n\nThe network meeting of {1} admitted {2} as a partner of {3}. Welcome! The "
            "coordinator invites your people to the partner portal.",
            a.form.contact_name, meeting_text_nl(meeting), a.form.organization_name, net.name);
        break;
      case core::Outcome::not_admitted:
        body = nl.tf(
            "Hello {0},\n\nThe network meeting of {1} did not admit {2} as a partner of {3}. These are the "
            "reasons:",
            a.form.contact_name, meeting_text_nl(meeting), a.form.organization_name, net.name);
        break;
      case core::Outcome::postponed:
        body = nl.tf(
            "Hello {0},\n\nThe network meeting of {1} postponed its decision on {2}. Your application "
            "stays on the agenda of the next meeting.",
            a.form.contact_name, meeting_text_nl(meeting), a.form.organization_name);
        if (next != nullptr) body += " " + nl.tf("That is the meeting of {0}.", meeting_text_nl(*next));
        break;
    }
    if (!d.reasons.empty()) body += "\n\n" + d.reasons;
    body += "\n\n" + nl.tf("The rule of the decision: {0}", d.rule);
    send(connection, a, nl.tf("The decision on your application to {0}", net.name), body,
         "admission:" + a.id + ":decision:" + meeting.id + ":" + std::string(core::outcome_code(d.outcome)),
         nl.t("the decision"), meeting.id);
  }

  PortalOptions options_;
  SubmissionLimiter limiter_;
};

}  // namespace

void add_admission_routes(http::Router& router, const PortalOptions& options) {
  auto pages = std::make_shared<AdmissionPages>(options);
  router.add("GET", "/huis/{id}/partner-worden", [pages](http::Request& req) { return pages->apply(req); });
  router.add("POST", "/huis/{id}/partner-worden", [pages](http::Request& req) { return pages->apply(req); });
  router.add("GET", "/portaal/huis/{id}/aanvragen", [pages](http::Request& req) { return pages->applications(req); });
  router.add("GET", "/portaal/huis/{id}/aanvragen/{application}",
             [pages](http::Request& req) { return pages->application(req); });
  router.add("GET", "/portaal/huis/{id}/vergaderingen", [pages](http::Request& req) { return pages->meetings(req); });
  router.add("POST", "/portaal/huis/{id}/vergaderingen", [pages](http::Request& req) { return pages->meetings(req); });
  router.add("GET", "/portaal/huis/{id}/vergaderingen/{meeting}",
             [pages](http::Request& req) { return pages->meeting(req); });
  router.add("POST", "/portaal/huis/{id}/vergaderingen/{meeting}/beslissing",
             [pages](http::Request& req) { return pages->decide(req); });
}

}  // namespace hvhk::web::portal

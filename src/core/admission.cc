#include "core/admission.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

#include "core/validation.h"
#include "core/vocabulary.h"

namespace hvhk::core {
namespace {

constexpr std::array<std::pair<ApplicationStatus, std::string_view>, 4> kStatuses{{
    {ApplicationStatus::pending, "pending"},
    {ApplicationStatus::postponed, "postponed"},
    {ApplicationStatus::admitted, "admitted"},
    {ApplicationStatus::not_admitted, "not_admitted"},
}};

constexpr std::array<std::pair<Outcome, std::string_view>, 3> kOutcomes{{
    {Outcome::admitted, "admitted"},
    {Outcome::not_admitted, "not_admitted"},
    {Outcome::postponed, "postponed"},
}};

constexpr std::size_t kShortText = 200;
constexpr std::size_t kLongText = 4000;
constexpr int kMostVotes = 999;

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

void check_text(std::vector<FieldProblem>& problems, const char* field, std::string_view text, bool required,
                std::size_t limit) {
  if (required && blank(text)) {
    problems.push_back({field, FieldProblem::Kind::required});
  } else if (text.size() > limit) {
    problems.push_back({field, FieldProblem::Kind::too_long});
  }
}

}  // namespace

std::string_view status_code(ApplicationStatus status) {
  for (const auto& [value, code] : kStatuses) {
    if (value == status) return code;
  }
  return "pending";
}

std::optional<ApplicationStatus> parse_status(std::string_view code) {
  for (const auto& [value, text] : kStatuses) {
    if (text == code) return value;
  }
  return std::nullopt;
}

std::string_view outcome_code(Outcome outcome) {
  for (const auto& [value, code] : kOutcomes) {
    if (value == outcome) return code;
  }
  return "postponed";
}

std::optional<Outcome> parse_outcome(std::string_view code) {
  for (const auto& [value, text] : kOutcomes) {
    if (text == code) return value;
  }
  return std::nullopt;
}

ApplicationStatus status_after(Outcome outcome) {
  switch (outcome) {
    case Outcome::admitted:
      return ApplicationStatus::admitted;
    case Outcome::not_admitted:
      return ApplicationStatus::not_admitted;
    case Outcome::postponed:
      break;
  }
  return ApplicationStatus::postponed;
}

bool is_open(ApplicationStatus status) {
  return status == ApplicationStatus::pending || status == ApplicationStatus::postponed;
}

std::vector<FieldProblem> check_application(const ApplicationForm& form,
                                            std::span<const std::string> network_municipalities) {
  std::vector<FieldProblem> problems;
  check_text(problems, "organization_name", form.organization_name, true, kShortText);
  if (form.partner_type.empty()) {
    problems.push_back({"partner_type", FieldProblem::Kind::required});
  } else if (!partner_types().contains(form.partner_type)) {
    problems.push_back({"partner_type", FieldProblem::Kind::unknown_code});
  }
  check_text(problems, "contact_name", form.contact_name, true, kShortText);
  if (blank(form.email)) {
    problems.push_back({"email", FieldProblem::Kind::required});
  } else if (form.email.size() > 254 || !is_email(form.email)) {
    problems.push_back({"email", FieldProblem::Kind::invalid});
  }
  check_text(problems, "phone", form.phone, false, 40);
  if (form.website.size() > 500) {
    problems.push_back({"website", FieldProblem::Kind::too_long});
  } else if (!form.website.empty() && !is_http_url(form.website)) {
    problems.push_back({"website", FieldProblem::Kind::invalid});
  }
  if (form.themes.empty()) {
    problems.push_back({"themes", FieldProblem::Kind::required});
  } else if (!std::ranges::all_of(form.themes, [](const std::string& t) { return themes().contains(t); })) {
    problems.push_back({"themes", FieldProblem::Kind::unknown_code});
  }
  if (!std::ranges::all_of(form.age_bands, [](const std::string& a) { return age_bands().contains(a); })) {
    problems.push_back({"age_bands", FieldProblem::Kind::unknown_code});
  }
  if (form.municipalities.empty()) {
    problems.push_back({"municipalities", FieldProblem::Kind::required});
  } else if (!std::ranges::all_of(form.municipalities, [&](const std::string& nis) {
               return std::ranges::find(network_municipalities, nis) != network_municipalities.end();
             })) {
    problems.push_back({"municipalities", FieldProblem::Kind::unknown_code});
  }
  check_text(problems, "motivation", form.motivation, true, kLongText);
  return problems;
}

bool on_agenda(const AgendaFacts& application, const MeetingKey& meeting) {
  if (meeting.date < application.submitted_on) return false;
  return !application.final_decision || meeting <= *application.final_decision;
}

std::vector<FieldProblem> check_decision(const DecisionForm& form, const DecisionContext& context) {
  std::vector<FieldProblem> problems;
  // Where the application stands comes first: nothing else matters when it cannot be decided here.
  if (!is_open(context.application.status)) {
    problems.push_back({"outcome", FieldProblem::Kind::not_open});
    return problems;
  }
  if (!on_agenda(context.application, context.meeting)) {
    problems.push_back({"outcome", FieldProblem::Kind::not_on_agenda});
    return problems;
  }
  if (context.latest_decision && !(*context.latest_decision < context.meeting)) {
    problems.push_back({"outcome", FieldProblem::Kind::decided_later});
    return problems;
  }
  if (context.meeting.date > context.today) {
    problems.push_back({"outcome", FieldProblem::Kind::meeting_ahead});
    return problems;
  }
  if (!form.outcome) problems.push_back({"outcome", FieldProblem::Kind::required});
  check_text(problems, "reasons", form.reasons, false, kLongText);
  if (form.outcome == Outcome::not_admitted && blank(form.reasons)) {
    problems.push_back({"reasons", FieldProblem::Kind::reasons_missing});
  }
  check_text(problems, "rule", form.rule, true, kShortText * 5);
  const int in_favour = form.votes_for.value_or(0);
  const int against = form.votes_against.value_or(0);
  if (form.outcome == Outcome::not_admitted && in_favour > against) {
    problems.push_back({"votes_against", FieldProblem::Kind::minority_blocks});
  }
  if (form.outcome == Outcome::admitted && against > in_favour) {
    problems.push_back({"votes_for", FieldProblem::Kind::majority_against});
  }
  return problems;
}

std::optional<std::optional<int>> parse_votes(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return std::optional<int>{};
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0 || value > kMostVotes) {
    return std::nullopt;
  }
  return std::optional<int>{value};
}

}  // namespace hvhk::core

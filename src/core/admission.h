// Partner admission in a Huis van het Kind, as rules without I/O: what a candidate partner's
// application must hold, which meeting agendas it is on, and when a decision of the network
// may be recorded. The rules follow the evaluation of the networks (004, recommendation 6):
// every application goes on the agenda of the network's meeting, a rejection is reasoned, and
// no single partner — nor a minority — can block an admission.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hvhk::core {

// The rule a decision is taken by, stored with every decision (a network may record its own).
inline constexpr std::string_view kDefaultDecisionRule =
    "Beslissing van de netwerkvergadering bij consensus, anders bij gewone meerderheid van de aanwezige "
    "partners; geen enkele partner heeft een veto.";

enum class ApplicationStatus {
  pending,       // received, waiting for a meeting's decision
  postponed,     // a meeting postponed the decision; it stays on the next agendas
  admitted,      // the network admitted the candidate: it is a partner now
  not_admitted,  // the network did not admit the candidate, with written reasons
};

enum class Outcome { admitted, not_admitted, postponed };

std::string_view status_code(ApplicationStatus status);
std::optional<ApplicationStatus> parse_status(std::string_view code);
std::string_view outcome_code(Outcome outcome);
std::optional<Outcome> parse_outcome(std::string_view code);
// The status an application has after a decision with this outcome.
ApplicationStatus status_after(Outcome outcome);
// Pending and postponed applications still wait for a decision.
bool is_open(ApplicationStatus status);

// What a candidate organisation fills in on the public form.
struct ApplicationForm {
  std::string organization_name;
  std::string partner_type;  // code of partner_types()
  std::string contact_name;
  std::string email;
  std::string phone;                        // optional
  std::string website;                      // optional
  std::vector<std::string> themes;          // codes of themes()
  std::vector<std::string> age_bands;       // codes of age_bands()
  std::vector<std::string> municipalities;  // NIS codes, among the network's
  std::string motivation;
};

// A problem with one field of a form; the web layer words it in the reader's language.
struct FieldProblem {
  std::string field;  // the form field's name, e.g. "email"
  enum class Kind {
    required,          // empty
    too_long,          // longer than the field allows
    invalid,           // not an e-mail address, not a web address, not a number
    unknown_code,      // a code outside its word list or the network's municipalities
    reasons_missing,   // "not admitted" without written reasons
    minority_blocks,   // "not admitted" while more partners voted for than against
    majority_against,  // "admitted" while more partners voted against than for
    meeting_ahead,     // the meeting's day has not come yet
    not_open,          // the application was decided already
    not_on_agenda,     // the application is not on this meeting's agenda
    decided_later,     // a later meeting already decided on it
  } kind;
};

// The form's problems, each with its field; none when the application can be stored.
std::vector<FieldProblem> check_application(const ApplicationForm& form,
                                            std::span<const std::string> network_municipalities);

// Where a meeting is in the order of meetings: by day, then starting time, then id.
struct MeetingKey {
  std::string date;  // YYYY-MM-DD
  std::string time;  // HH:MM
  std::string id;
  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy sees the 0 of the defaulted <=>
  auto operator<=>(const MeetingKey&) const = default;
};

// What the agenda rule needs to know of an application.
struct AgendaFacts {
  std::string submitted_on;  // YYYY-MM-DD, the day it came in
  ApplicationStatus status = ApplicationStatus::pending;
  std::optional<MeetingKey> final_decision;  // the meeting that admitted it or not
};

// An application is on the agenda of every meeting held on or after the day it came in, up to
// and including the meeting that decides it (a postponement keeps it on the next agendas).
bool on_agenda(const AgendaFacts& application, const MeetingKey& meeting);

// A decision as a coordinator records it for the network.
struct DecisionForm {
  std::optional<Outcome> outcome;
  std::optional<int> votes_for;
  std::optional<int> votes_against;
  std::optional<int> votes_abstained;
  std::string reasons;
  std::string rule;
};

// Where the application stands when a decision is recorded at a meeting.
struct DecisionContext {
  AgendaFacts application;
  MeetingKey meeting;
  std::string today;                          // YYYY-MM-DD
  std::optional<MeetingKey> latest_decision;  // the last meeting that decided (or postponed) it
};

// The problems that keep the decision from being recorded; none when it may be stored.
std::vector<FieldProblem> check_decision(const DecisionForm& form, const DecisionContext& context);

// A number of votes as typed: empty is "not counted", otherwise 0–999.
std::optional<std::optional<int>> parse_votes(std::string_view text);

}  // namespace hvhk::core

// The rules of partner admission: what an application must hold, which agendas it is on, and
// when the network's decision may be recorded (reasoned rejections, no minority's veto, no
// decision before the meeting, none twice).
#include "core/admission.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace hvhk::core {
namespace {

using Kind = FieldProblem::Kind;

bool has(const std::vector<FieldProblem>& problems, std::string_view field, Kind kind) {
  return std::ranges::any_of(problems, [&](const FieldProblem& p) { return p.field == field && p.kind == kind; });
}

ApplicationForm good_form() {
  return ApplicationForm{"Speelotheek De Knikker",
                         "association",
                         "An Peeters",
                         "an@knikker.example",
                         "",
                         "",
                         {"leisure"},
                         {"3-6"},
                         {"46021"},
                         "We lenen speelgoed uit."};
}

const std::vector<std::string> kNetworkMunicipalities{"46021", "46024"};

TEST(AdmissionApplication, AGoodFormHasNoProblems) {
  EXPECT_TRUE(check_application(good_form(), kNetworkMunicipalities).empty());
}

TEST(AdmissionApplication, EachMissingRequiredFieldIsNamed) {
  const auto problems = check_application(ApplicationForm{}, kNetworkMunicipalities);
  for (const char* field :
       {"organization_name", "partner_type", "contact_name", "email", "themes", "municipalities", "motivation"}) {
    EXPECT_TRUE(has(problems, field, Kind::required)) << field;
  }
  EXPECT_FALSE(has(problems, "phone", Kind::required));
  EXPECT_FALSE(has(problems, "website", Kind::required));
  EXPECT_FALSE(has(problems, "age_bands", Kind::required));
}

TEST(AdmissionApplication, WrongValuesAreNamed) {
  ApplicationForm form = good_form();
  form.email = "an-at-knikker";
  form.website = "ftp://knikker.example";
  form.partner_type = "bakery";
  form.themes = {"leisure", "astrology"};
  form.age_bands = {"99-100"};
  form.municipalities = {"11002"};  // not a municipality of this network
  form.motivation = std::string(4001, 'x');
  const auto problems = check_application(form, kNetworkMunicipalities);
  EXPECT_TRUE(has(problems, "email", Kind::invalid));
  EXPECT_TRUE(has(problems, "website", Kind::invalid));
  EXPECT_TRUE(has(problems, "partner_type", Kind::unknown_code));
  EXPECT_TRUE(has(problems, "themes", Kind::unknown_code));
  EXPECT_TRUE(has(problems, "age_bands", Kind::unknown_code));
  EXPECT_TRUE(has(problems, "municipalities", Kind::unknown_code));
  EXPECT_TRUE(has(problems, "motivation", Kind::too_long));
}

TEST(AdmissionAgenda, AnOpenApplicationIsOnEveryMeetingFromTheDayItCameIn) {
  const AgendaFacts open{"2026-11-10", ApplicationStatus::pending, std::nullopt};
  EXPECT_FALSE(on_agenda(open, {"2026-11-09", "19:00", "a"}));
  EXPECT_TRUE(on_agenda(open, {"2026-11-10", "19:00", "b"}));  // came in the same day
  EXPECT_TRUE(on_agenda(open, {"2026-12-01", "19:00", "c"}));
  EXPECT_TRUE(on_agenda(open, {"2027-02-01", "19:00", "d"}));
}

TEST(AdmissionAgenda, ADecidedApplicationLeavesTheAgendasAfterItsDecision) {
  const MeetingKey deciding{"2026-12-01", "19:00", "c"};
  const AgendaFacts decided{"2026-11-10", ApplicationStatus::admitted, deciding};
  EXPECT_TRUE(on_agenda(decided, {"2026-11-20", "19:00", "b"}));
  EXPECT_TRUE(on_agenda(decided, deciding));
  EXPECT_FALSE(on_agenda(decided, {"2026-12-01", "20:00", "later-that-day"}));
  EXPECT_FALSE(on_agenda(decided, {"2027-01-15", "19:00", "e"}));
}

DecisionContext context_today(ApplicationStatus status = ApplicationStatus::pending) {
  return DecisionContext{AgendaFacts{"2026-11-10", status, std::nullopt}, MeetingKey{"2026-11-23", "19:00", "m"},
                         "2026-11-23", std::nullopt};
}

DecisionForm decision(Outcome outcome, std::string reasons = "") {
  DecisionForm form;
  form.outcome = outcome;
  form.reasons = std::move(reasons);
  form.rule = std::string(kDefaultDecisionRule);
  return form;
}

TEST(AdmissionDecision, AnAdmissionByConsensusNeedsNoVotesNorReasons) {
  EXPECT_TRUE(check_decision(decision(Outcome::admitted), context_today()).empty());
  EXPECT_TRUE(check_decision(decision(Outcome::postponed), context_today()).empty());
}

TEST(AdmissionDecision, ARejectionMustBeReasoned) {
  EXPECT_TRUE(has(check_decision(decision(Outcome::not_admitted), context_today()), "reasons", Kind::reasons_missing));
  EXPECT_TRUE(
      has(check_decision(decision(Outcome::not_admitted, "  \n "), context_today()), "reasons", Kind::reasons_missing));
  EXPECT_TRUE(check_decision(decision(Outcome::not_admitted, "Geen aanbod voor gezinnen."), context_today()).empty());
}

TEST(AdmissionDecision, NoSinglePartnerNorAMinorityCanBlock) {
  DecisionForm veto = decision(Outcome::not_admitted, "Eén partner is tegen.");
  veto.votes_for = 11;
  veto.votes_against = 1;
  EXPECT_TRUE(has(check_decision(veto, context_today()), "votes_against", Kind::minority_blocks));
  veto.votes_for = 4;
  veto.votes_against = 6;  // a majority against may not admit
  EXPECT_TRUE(check_decision(veto, context_today()).empty());
  veto.votes_for = 5;
  veto.votes_against = 5;  // a tie is no majority for admission
  EXPECT_TRUE(check_decision(veto, context_today()).empty());

  DecisionForm against = decision(Outcome::admitted);
  against.votes_for = 2;
  against.votes_against = 7;
  EXPECT_TRUE(has(check_decision(against, context_today()), "votes_for", Kind::majority_against));
}

TEST(AdmissionDecision, NotBeforeTheMeeting) {
  DecisionContext ahead = context_today();
  ahead.today = "2026-11-22";
  EXPECT_TRUE(has(check_decision(decision(Outcome::admitted), ahead), "outcome", Kind::meeting_ahead));
}

TEST(AdmissionDecision, ADecidedApplicationIsNotDecidedAgain) {
  EXPECT_TRUE(has(check_decision(decision(Outcome::admitted), context_today(ApplicationStatus::not_admitted)),
                  "outcome", Kind::not_open));
  EXPECT_TRUE(has(check_decision(decision(Outcome::postponed), context_today(ApplicationStatus::admitted)), "outcome",
                  Kind::not_open));
}

TEST(AdmissionDecision, APostponedApplicationIsDecidedAtALaterMeetingOnly) {
  DecisionContext again = context_today(ApplicationStatus::postponed);
  again.latest_decision = MeetingKey{"2026-11-01", "19:00", "earlier"};
  again.application.submitted_on = "2026-10-01";
  EXPECT_TRUE(check_decision(decision(Outcome::admitted), again).empty());
  again.latest_decision = again.meeting;  // postponed at this very meeting
  EXPECT_TRUE(has(check_decision(decision(Outcome::admitted), again), "outcome", Kind::decided_later));
}

TEST(AdmissionDecision, OnlyForAnApplicationOnTheAgenda) {
  DecisionContext late = context_today();
  late.application.submitted_on = "2026-11-24";  // came in after the meeting
  EXPECT_TRUE(has(check_decision(decision(Outcome::admitted), late), "outcome", Kind::not_on_agenda));
}

TEST(AdmissionDecision, ADecisionAndItsRuleAreRequired) {
  DecisionForm empty;
  const auto problems = check_decision(empty, context_today());
  EXPECT_TRUE(has(problems, "outcome", Kind::required));
  EXPECT_TRUE(has(problems, "rule", Kind::required));
}

TEST(AdmissionDecision, VotesAreEmptyOrASmallNumber) {
  EXPECT_EQ(parse_votes(""), std::optional<std::optional<int>>(std::optional<int>{}));
  EXPECT_EQ(parse_votes(" 7 "), std::optional<std::optional<int>>(7));
  EXPECT_EQ(parse_votes("0"), std::optional<std::optional<int>>(0));
  EXPECT_FALSE(parse_votes("-1"));
  EXPECT_FALSE(parse_votes("1000"));
  EXPECT_FALSE(parse_votes("zeven"));
  EXPECT_FALSE(parse_votes("3.5"));
}

TEST(AdmissionCodes, RoundTrip) {
  for (const auto status : {ApplicationStatus::pending, ApplicationStatus::postponed, ApplicationStatus::admitted,
                            ApplicationStatus::not_admitted}) {
    EXPECT_EQ(parse_status(status_code(status)), status);
  }
  for (const auto outcome : {Outcome::admitted, Outcome::not_admitted, Outcome::postponed}) {
    EXPECT_EQ(parse_outcome(outcome_code(outcome)), outcome);
  }
  EXPECT_EQ(status_after(Outcome::postponed), ApplicationStatus::postponed);
  EXPECT_FALSE(is_open(ApplicationStatus::admitted));
  EXPECT_TRUE(is_open(ApplicationStatus::postponed));
}

}  // namespace
}  // namespace hvhk::core

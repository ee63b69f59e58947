// Partner admission in either engine: the applications of candidate partners, the network's
// meetings with their free agenda items, the decisions taken at them, and every step of an
// application as an event (who, when). Nothing here is ever deleted: the history stays.
// Which applications are on which agenda, and whether a decision may be taken, are rules of
// core/admission.h; the store only keeps a decided application from being decided again.
// Timestamps are ISO 8601 UTC text; meeting days are YYYY-MM-DD and times HH:MM.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/admission.h"
#include "core/catalogue.h"
#include "core/result.h"
#include "store/connection.h"

namespace hvhk::store {

struct PartnerApplication {
  std::string id;
  std::string network_id;
  core::ApplicationForm form;
  core::ApplicationStatus status = core::ApplicationStatus::pending;
  std::string submitted_at;
  std::string submitted_on;     // YYYY-MM-DD, the day it came in where the network is (the agenda rule's day)
  std::string organization_id;  // the partner it became, once admitted
};

struct NetworkMeeting {
  std::string id;
  std::string network_id;
  std::string date;  // YYYY-MM-DD
  std::string time;  // HH:MM
  std::string place;
  std::vector<std::string> items;  // the free agenda items, in order
  std::string created_at;
  std::string created_by;  // user id
};

struct AdmissionDecision {
  std::int64_t id = 0;
  std::string application_id;
  std::string meeting_id;
  core::Outcome outcome = core::Outcome::postponed;
  std::optional<int> votes_for;
  std::optional<int> votes_against;
  std::optional<int> votes_abstained;
  std::string reasons;
  std::string rule;
  std::string decided_at;
  std::string decided_by;  // user id
};

// One step in an application's history: "submitted", "on_agenda", "decided", "postponed",
// "notified", "partner_added".
struct ApplicationEvent {
  std::int64_t id = 0;
  std::string application_id;
  std::string at;
  std::string actor_user_id;  // empty for the candidate or the system
  std::string kind;
  std::string meeting_id;  // the meeting it concerns, if any
  std::string detail;
};

class AdmissionStore {
 public:
  explicit AdmissionStore(Connection& connection) : connection_(connection) {}

  // Stores a new application and its "submitted" event, in one transaction.
  core::Result<void> submit(const PartnerApplication& application);
  // A network's applications, newest first.
  core::Result<std::vector<PartnerApplication>> applications(const std::string& network_id);
  // One application of the network; nullopt when there is none with this id in this network.
  core::Result<std::optional<PartnerApplication>> application(const std::string& network_id, const std::string& id);

  // Stores a meeting with its free agenda items.
  core::Result<void> plan_meeting(const NetworkMeeting& meeting);
  // A network's meetings, in the order they are held (day, time, id).
  core::Result<std::vector<NetworkMeeting>> meetings(const std::string& network_id);
  core::Result<std::optional<NetworkMeeting>> meeting(const std::string& network_id, const std::string& id);

  // Records a decision, the application's new status and its event, in one transaction; with
  // an admission, also the new partner in the catalogue (and its "partner_added" event), so an
  // admitted candidate is never left without its partner, nor a partner without its decision.
  // The partner's id is new_partner's, or one derived from its name when that id is taken;
  // returned ("" without a new partner). conflict when the application was decided already, or
  // this meeting decided on it already.
  core::Result<std::string> record_decision(const AdmissionDecision& decision,
                                            const core::Organization* new_partner = nullptr);
  // Every decision on the network's applications, oldest first.
  core::Result<std::vector<AdmissionDecision>> decisions(const std::string& network_id);

  core::Result<void> add_event(const ApplicationEvent& event);
  // An application's history, oldest first.
  core::Result<std::vector<ApplicationEvent>> events(const std::string& application_id);

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

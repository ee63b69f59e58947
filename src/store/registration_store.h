// Registrations for the sessions of an offer, in either engine, first come first served: a
// family gets a confirmed place while the session has places left, else a place in line; a
// cancellation frees the place and the first family in line is offered it (held for the
// session's confirm_hours, then it lapses and the next family is offered it). Every decision is
// made inside one transaction with a conditional UPDATE of the session's count, so 200 families
// registering at once for 10 places give exactly 10 confirmations and a line in arrival order,
// on SQLite and on PostgreSQL. Personal data arrives sealed (core/data_key.h) and stays so; the
// caller may add its own writes (the outbox's notices) to the same transaction.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/connection.h"

namespace hvhk::store {

struct SessionDate {
  std::string starts_at;  // ISO 8601 local date-time, e.g. 2026-12-02T14:00
  std::string ends_at;
};

// What a family books: one date (kind "once") or a series of dates booked as a whole.
struct ActivitySession {
  std::string id;
  std::string service_id;
  std::string location_id;
  std::string kind = "once";       // once, series
  std::vector<SessionDate> dates;  // in time order; at least one
  int capacity = 0;
  int taken = 0;          // confirmed and offered places (read only)
  int waitlisted = 0;     // families in line (read only)
  std::string opens_at;   // local date-time the registrations open; "" = open now
  std::string closes_at;  // local date-time they close; "" = when the session starts
  std::optional<int> min_age_months;
  std::optional<int> max_age_months;
  std::string residents_until;     // local date; before it only residents may register; "" = no priority
  std::string resident_postcodes;  // space-separated postcodes of residents
  int price_standard_cents = 0;
  int price_reduced_cents = 0;
  int price_nonresident_cents = 0;
  int confirm_hours = 48;  // how long a place offered from the line is held; 0 = confirmed at once

  [[nodiscard]] const std::string& starts_at() const { return dates.front().starts_at; }
  [[nodiscard]] const std::string& ends_at() const { return dates.back().ends_at; }
  [[nodiscard]] int places_left() const { return capacity > taken ? capacity - taken : 0; }
};

// A registration as it is sent to the store.
struct NewRegistration {
  std::string session_id;
  std::string family_sealed;      // the family's data, sealed; "" for an anonymous walk-in
  std::string family_key;         // keyed hash of the family's contact; "" for a walk-in
  std::string request_key;        // the form's token: the same request registers once
  std::string cancel_token_hash;  // hash of the family's own link (unique)
  int children = 1;
  std::string age_bands;  // one age band code per child, space-separated
  std::string language = "nl";
  std::string channel = "email";    // email, sms, print
  std::string tariff = "standard";  // standard, reduced, nonresident
  bool resident = true;
  bool assisted = false;  // registered by staff on the family's behalf
  bool walk_in = false;   // added at the door: confirmed even beyond capacity
};

struct Registration {
  std::int64_t id = 0;
  std::string session_id;
  std::string state;  // confirmed, waitlisted, offered, cancelled, lapsed
  std::string family_sealed;
  std::string family_key;
  std::string request_key;
  int children = 0;
  std::string age_bands;
  std::string language;
  std::string channel;
  std::string tariff;
  bool resident = true;
  bool assisted = false;
  bool walk_in = false;
  std::string offer_expires_at;  // UTC, for an offered place
  std::string created_at;
  int place_in_line = 0;  // for waitlisted: 1 is next; 0 otherwise
  bool repeated = false;  // register_family: this request_key had registered before (nothing new)
};

// A registration whose state changed because of another (moved up, lapsed): the caller tells the family.
struct Moved {
  Registration registration;
  std::string event;  // offered, confirmed (moved up with confirm_hours 0), lapsed
};

// Runs inside the store's transaction after its own writes; throwing DbError rolls all back.
using WithRegistration = std::function<void(Connection&, const Registration&)>;
using WithMoved = std::function<void(Connection&, const std::vector<Moved>&)>;

class RegistrationStore {
 public:
  explicit RegistrationStore(Connection& connection) : connection_(connection) {}

  // Stores a session with its dates; conflict when the id exists.
  core::Result<void> add_session(const ActivitySession& session, const std::string& now);
  // Stores sessions all together or none; an id that is taken gets "-2", "-3", … (written back).
  core::Result<void> add_sessions(std::vector<ActivitySession>& sessions, const std::string& now);
  core::Result<std::optional<ActivitySession>> session(const std::string& id);
  // The sessions of an offer that have not ended by now_local, soonest first.
  core::Result<std::vector<ActivitySession>> upcoming(const std::string& service_id, const std::string& now_local);
  // Every session of an offer, newest first (for its staff).
  core::Result<std::vector<ActivitySession>> of_service(const std::string& service_id);
  // Sessions of these offers not ended by now_local, soonest first (a coordinator's overview).
  core::Result<std::vector<ActivitySession>> upcoming_of(const std::vector<std::string>& service_ids,
                                                         const std::string& now_local);

  // A family registers: confirmed when places are left (or a walk-in), else in line. A
  // request_key seen before returns that registration with repeated = true. conflict when the
  // family (family_key) is registered for the session already; not_found without the session.
  // `within` runs in the same transaction with the new registration (not for a repeat).
  core::Result<Registration> register_family(const NewRegistration& registration, const std::string& now,
                                             const WithRegistration& within = {});
  // The registration of a link (by its hash), any state.
  core::Result<std::optional<Registration>> by_token(const std::string& cancel_token_hash);
  core::Result<std::optional<Registration>> by_id(std::int64_t id);
  // Cancels the registration of the link; its places go to the line (see moved). Cancelling
  // twice changes nothing the second time (empty list). `within` sees what moved.
  core::Result<std::vector<Moved>> cancel(const std::string& cancel_token_hash, const std::string& now,
                                          const WithMoved& within = {});
  // The family confirms a place offered to it; false when it was not offered or has lapsed.
  core::Result<bool> confirm_offer(const std::string& cancel_token_hash, const std::string& now,
                                   const WithRegistration& within = {});
  // Offers past offer_expires_at lapse and their places go to the next in line.
  core::Result<std::vector<Moved>> lapse_offers(const std::string& now, const WithMoved& within = {});

  // The registrations of a session that are not cancelled or lapsed, in line order.
  core::Result<std::vector<Registration>> of_session(const std::string& session_id);
  // Confirmed registrations with a date starting in [from_local, to_local) (reminders).
  core::Result<std::vector<std::pair<Registration, SessionDate>>> starting_between(const std::string& from_local,
                                                                                   const std::string& to_local);

  // Attendance for one date of a session; present per registration id.
  core::Result<void> mark_attendance(std::int64_t registration_id, const std::string& starts_at, bool present,
                                     const std::string& now);
  // registration id → present, for one date.
  core::Result<std::vector<std::pair<std::int64_t, bool>>> attendance(const std::string& session_id,
                                                                      const std::string& starts_at);

  // Forgets families' personal data of sessions whose last date ended more than the network's
  // retention days before now_local: the sealed data, contact key and link go; the state, the
  // number of children, their age bands and attendance stay as anonymous figures. Returns how many.
  core::Result<std::int64_t> anonymise_past(const std::string& now_local, const std::string& now);

  // How many days after a session a network keeps families' data (kDefaultRetentionDays unless set).
  core::Result<int> retention_days(const std::string& network_id);
  core::Result<void> set_retention_days(const std::string& network_id, int days);
  static constexpr int kDefaultRetentionDays = 90;
  static constexpr int kMinRetentionDays = 1;
  static constexpr int kMaxRetentionDays = 730;

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

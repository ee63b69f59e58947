#include "store/registration_store.h"

#include <algorithm>
#include <chrono>

#include "core/sessions.h"
#include "core/timestamps.h"

namespace hvhk::store {
namespace {

constexpr const char* kSessionColumns =
    "SELECT s.id, s.service_id, s.location_id, s.kind, s.capacity, s.taken, s.opens_at, s.closes_at, "
    "s.min_age_months, s.max_age_months, s.residents_until, s.resident_postcodes, s.price_standard_cents, "
    "s.price_reduced_cents, s.price_nonresident_cents, s.confirm_hours, "
    "(SELECT COUNT(*) FROM registrations w WHERE w.session_id = s.id AND w.state = 'waitlisted') "
    "FROM activity_sessions s ";

constexpr const char* kColumns =
    "SELECT id, session_id, state, family_sealed, family_key, children, age_bands, language, channel, tariff, "
    "resident, assisted, walk_in, offer_expires_at, created_at, request_key FROM registrations ";

// Places a registration holds in its session's count.
bool holds_places(const std::string& state) { return state == "confirmed" || state == "offered"; }

Registration registration_of(const Rows& rows, std::size_t r) {
  Registration out;
  out.id = rows.integer(r, 0);
  out.session_id = rows.text(r, 1);
  out.state = rows.text(r, 2);
  out.family_sealed = rows.text(r, 3);
  out.family_key = rows.text(r, 4);
  out.children = static_cast<int>(rows.integer(r, 5));
  out.age_bands = rows.text(r, 6);
  out.language = rows.text(r, 7);
  out.channel = rows.text(r, 8);
  out.tariff = rows.text(r, 9);
  out.resident = rows.boolean(r, 10);
  out.assisted = rows.boolean(r, 11);
  out.walk_in = rows.boolean(r, 12);
  out.offer_expires_at = rows.text(r, 13);
  out.created_at = rows.text(r, 14);
  out.request_key = rows.text(r, 15);
  return out;
}

std::vector<ActivitySession> sessions_of(Connection& db, const Rows& rows) {
  std::vector<ActivitySession> out;
  out.reserve(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    ActivitySession s;
    s.id = rows.text(r, 0);
    s.service_id = rows.text(r, 1);
    s.location_id = rows.text(r, 2);
    s.kind = rows.text(r, 3);
    s.capacity = static_cast<int>(rows.integer(r, 4));
    s.taken = static_cast<int>(rows.integer(r, 5));
    s.opens_at = rows.text(r, 6);
    s.closes_at = rows.text(r, 7);
    s.min_age_months = rows.optional_int(r, 8);
    s.max_age_months = rows.optional_int(r, 9);
    s.residents_until = rows.text(r, 10);
    s.resident_postcodes = rows.text(r, 11);
    s.price_standard_cents = static_cast<int>(rows.integer(r, 12));
    s.price_reduced_cents = static_cast<int>(rows.integer(r, 13));
    s.price_nonresident_cents = static_cast<int>(rows.integer(r, 14));
    s.confirm_hours = static_cast<int>(rows.integer(r, 15));
    s.waitlisted = static_cast<int>(rows.integer(r, 16));
    const Rows dates = db.query(
        "SELECT starts_at, ends_at FROM activity_session_dates WHERE session_id = ? ORDER BY starts_at", {p(s.id)});
    for (std::size_t d = 0; d < dates.size(); ++d) s.dates.push_back(SessionDate{dates.text(d, 0), dates.text(d, 1)});
    if (s.dates.empty()) continue;  // never stored so; a session without dates cannot be shown
    out.push_back(std::move(s));
  }
  return out;
}

// Takes `places` places of a session if it has them; true when taken. The condition is in the
// UPDATE itself, so two transactions can never both take the last place.
bool take_places(Connection& db, const std::string& session_id, int places) {
  return db.execute("UPDATE activity_sessions SET taken = taken + ? WHERE id = ? AND taken + ? <= capacity",
                    {p(places), p(session_id), p(places)}) == 1;
}

int place_in_line(Connection& db, const std::string& session_id, std::int64_t id) {
  return static_cast<int>(
      db.query("SELECT COUNT(*) FROM registrations WHERE session_id = ? AND state = 'waitlisted' AND id <= ?",
               {p(session_id), p(id)})
          .integer(0, 0));
}

// Gives free places of a session to the families in line, first come first served: the first
// in line is offered the place (or confirmed when the session holds no places); when its
// children do not fit, nobody behind it jumps the line.
void move_up(Connection& db, const std::string& session_id, const std::string& now, std::vector<Moved>& moved) {
  const Rows session = db.query("SELECT confirm_hours FROM activity_sessions WHERE id = ?", {p(session_id)});
  if (session.empty()) return;
  const int confirm_hours = static_cast<int>(session.integer(0, 0));
  for (;;) {
    const Rows first = db.query(
        std::string(kColumns) + "WHERE session_id = ? AND state = 'waitlisted' ORDER BY id LIMIT 1", {p(session_id)});
    if (first.empty()) return;
    Registration next = registration_of(first, 0);
    if (!take_places(db, session_id, next.children)) return;
    next.state = confirm_hours > 0 ? "offered" : "confirmed";
    next.offer_expires_at = confirm_hours > 0 ? core::add_hours(now, confirm_hours) : std::string();
    db.execute("UPDATE registrations SET state = ?, offer_expires_at = ?, changed_at = ? WHERE id = ?",
               {p(next.state), p(next.offer_expires_at), p(now), p(next.id)});
    moved.push_back(Moved{next, next.state});
  }
}

// Leaves a registration (cancelled or lapsed) and hands its places on.
void leave(Connection& db, const Registration& r, const std::string& state, const std::string& now,
           std::vector<Moved>& moved) {
  db.execute("UPDATE registrations SET state = ?, changed_at = ? WHERE id = ?", {p(state), p(now), p(r.id)});
  if (holds_places(r.state)) {
    db.execute("UPDATE activity_sessions SET taken = taken - ? WHERE id = ?", {p(r.children), p(r.session_id)});
    move_up(db, r.session_id, now, moved);
  }
}

std::optional<Registration> one(Connection& db, const std::string& where, const Params& params) {
  const Rows rows = db.query(std::string(kColumns) + where, params);
  if (rows.empty()) return std::nullopt;
  return registration_of(rows, 0);
}

}  // namespace

namespace {

void insert_session(Connection& db, const ActivitySession& s, const std::string& now) {
  db.execute(
      "INSERT INTO activity_sessions (id, service_id, location_id, starts_at, ends_at, capacity, taken, created_at, "
      "kind, opens_at, closes_at, min_age_months, max_age_months, residents_until, resident_postcodes, "
      "price_standard_cents, price_reduced_cents, price_nonresident_cents, confirm_hours) "
      "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {p(s.id), p(s.service_id), p(s.location_id), p(s.starts_at()), p(s.ends_at()), p(s.capacity), p(now), p(s.kind),
       p(s.opens_at), p(s.closes_at), p(s.min_age_months), p(s.max_age_months), p(s.residents_until),
       p(s.resident_postcodes), p(s.price_standard_cents), p(s.price_reduced_cents), p(s.price_nonresident_cents),
       p(s.confirm_hours)});
  for (const SessionDate& date : s.dates) {
    db.execute("INSERT INTO activity_session_dates (session_id, starts_at, ends_at) VALUES (?, ?, ?)",
               {p(s.id), p(date.starts_at), p(date.ends_at)});
  }
}

}  // namespace

core::Result<void> RegistrationStore::add_session(const ActivitySession& s, const std::string& now) {
  if (s.dates.empty()) return core::fail(core::Error::Kind::invalid, "Een sessie heeft minstens één datum.");
  try {
    Transaction transaction(connection_);
    insert_session(connection_, s, now);
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    if (is_unique_violation(e)) return core::fail(core::Error::Kind::conflict, "Deze sessie bestaat al.");
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> RegistrationStore::add_sessions(std::vector<ActivitySession>& sessions, const std::string& now) {
  if (std::ranges::any_of(sessions, [](const ActivitySession& s) { return s.dates.empty(); })) {
    return core::fail(core::Error::Kind::invalid, "Een sessie heeft minstens één datum.");
  }
  try {
    Transaction transaction(connection_);
    for (ActivitySession& s : sessions) {
      const std::string base = s.id;
      for (int n = 2; !connection_.query("SELECT 1 FROM activity_sessions WHERE id = ?", {p(s.id)}).empty(); ++n) {
        s.id = base + "-" + std::to_string(n);
      }
      insert_session(connection_, s, now);
    }
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    if (is_unique_violation(e)) return core::fail(core::Error::Kind::conflict, "Deze sessie bestaat al.");
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::optional<ActivitySession>> RegistrationStore::session(const std::string& id) {
  try {
    auto found = sessions_of(connection_, connection_.query(std::string(kSessionColumns) + "WHERE s.id = ?", {p(id)}));
    if (found.empty()) return std::optional<ActivitySession>();
    return std::optional<ActivitySession>(std::move(found.front()));
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<ActivitySession>> RegistrationStore::upcoming(const std::string& service_id,
                                                                       const std::string& now_local) {
  return upcoming_of({service_id}, now_local);
}

core::Result<std::vector<ActivitySession>> RegistrationStore::upcoming_of(const std::vector<std::string>& service_ids,
                                                                          const std::string& now_local) {
  try {
    std::vector<ActivitySession> out;
    for (const std::string& service_id : service_ids) {
      auto some = sessions_of(
          connection_, connection_.query(std::string(kSessionColumns) + "WHERE s.service_id = ? AND s.ends_at > ? "
                                                                        "ORDER BY s.starts_at, s.id",
                                         {p(service_id), p(now_local)}));
      std::move(some.begin(), some.end(), std::back_inserter(out));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ActivitySession& a, const ActivitySession& b) { return a.starts_at() < b.starts_at(); });
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<ActivitySession>> RegistrationStore::of_service(const std::string& service_id) {
  try {
    return sessions_of(connection_, connection_.query(std::string(kSessionColumns) +
                                                          "WHERE s.service_id = ? ORDER BY s.starts_at DESC",
                                                      {p(service_id)}));
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<Registration> RegistrationStore::register_family(const NewRegistration& n, const std::string& now,
                                                              const WithRegistration& within) {
  if (n.children < 1) return core::fail(core::Error::Kind::invalid, "Schrijf minstens één kind in.");
  try {
    Transaction transaction(connection_);
    if (!n.request_key.empty()) {
      if (auto before = one(connection_, "WHERE request_key = ?", {p(n.request_key)})) {
        before->repeated = true;
        if (before->state == "waitlisted") before->place_in_line = place_in_line(connection_, n.session_id, before->id);
        return *before;
      }
    }
    if (connection_.query("SELECT 1 FROM activity_sessions WHERE id = ?", {p(n.session_id)}).empty()) {
      return core::fail(core::Error::Kind::not_found, "Deze sessie bestaat niet.");
    }
    if (!n.family_key.empty() &&
        !connection_
             .query("SELECT 1 FROM registrations WHERE session_id = ? AND family_key = ? AND state IN ('confirmed', "
                    "'waitlisted', 'offered')",
                    {p(n.session_id), p(n.family_key)})
             .empty()) {
      return core::fail(core::Error::Kind::conflict, "U bent al ingeschreven voor deze sessie.");
    }
    std::string state = "waitlisted";
    if (n.walk_in) {
      connection_.execute("UPDATE activity_sessions SET taken = taken + ? WHERE id = ?",
                          {p(n.children), p(n.session_id)});
      state = "confirmed";
    } else if (take_places(connection_, n.session_id, n.children)) {
      state = "confirmed";
    }
    const Rows inserted = connection_.query(
        "INSERT INTO registrations (session_id, state, family_sealed, children, cancel_token_hash, created_at, "
        "changed_at, family_key, request_key, language, channel, tariff, resident, age_bands, assisted, walk_in) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {p(n.session_id), p(state), p(n.family_sealed), p(n.children), p(n.cancel_token_hash), p(now), p(now),
         p(n.family_key), p_or_null(n.request_key), p(n.language), p(n.channel), p(n.tariff), p(n.resident),
         p(n.age_bands), p(n.assisted), p(n.walk_in)});
    Registration r;
    r.id = inserted.integer(0, 0);
    r.session_id = n.session_id;
    r.state = state;
    r.family_sealed = n.family_sealed;
    r.family_key = n.family_key;
    r.request_key = n.request_key;
    r.children = n.children;
    r.age_bands = n.age_bands;
    r.language = n.language;
    r.channel = n.channel;
    r.tariff = n.tariff;
    r.resident = n.resident;
    r.assisted = n.assisted;
    r.walk_in = n.walk_in;
    r.created_at = now;
    if (state == "waitlisted") r.place_in_line = place_in_line(connection_, n.session_id, r.id);
    if (within) within(connection_, r);
    transaction.commit();
    return r;
  } catch (const DbError& e) {
    if (is_unique_violation(e)) {
      // Two requests with the same key at once: the other one registered; answer with it.
      if (!n.request_key.empty()) {
        try {
          if (auto before = one(connection_, "WHERE request_key = ?", {p(n.request_key)})) {
            before->repeated = true;
            return *before;
          }
        } catch (const DbError& again) {
          return tl::unexpected(internal_error(again));
        }
      }
      return core::fail(core::Error::Kind::conflict, "U bent al ingeschreven voor deze sessie.");
    }
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::optional<Registration>> RegistrationStore::by_token(const std::string& cancel_token_hash) {
  try {
    auto found = one(connection_, "WHERE cancel_token_hash = ?", {p(cancel_token_hash)});
    if (found && found->state == "waitlisted") {
      found->place_in_line = place_in_line(connection_, found->session_id, found->id);
    }
    return found;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::optional<Registration>> RegistrationStore::by_id(std::int64_t id) {
  try {
    auto found = one(connection_, "WHERE id = ?", {p(id)});
    if (found && found->state == "waitlisted") {
      found->place_in_line = place_in_line(connection_, found->session_id, found->id);
    }
    return found;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<Moved>> RegistrationStore::cancel(const std::string& cancel_token_hash, const std::string& now,
                                                           const WithMoved& within) {
  try {
    Transaction transaction(connection_);
    const auto mine = one(connection_, "WHERE cancel_token_hash = ?", {p(cancel_token_hash)});
    if (!mine) return core::fail(core::Error::Kind::not_found, "Deze inschrijving bestaat niet.");
    std::vector<Moved> moved;
    if (mine->state == "cancelled" || mine->state == "lapsed") return moved;
    leave(connection_, *mine, "cancelled", now, moved);
    if (within) within(connection_, moved);
    transaction.commit();
    return moved;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<bool> RegistrationStore::confirm_offer(const std::string& cancel_token_hash, const std::string& now,
                                                    const WithRegistration& within) {
  try {
    Transaction transaction(connection_);
    const bool confirmed = connection_.execute(
                               "UPDATE registrations SET state = 'confirmed', offer_expires_at = '', changed_at = ? "
                               "WHERE cancel_token_hash = ? AND state = 'offered' AND offer_expires_at > ?",
                               {p(now), p(cancel_token_hash), p(now)}) == 1;
    if (confirmed && within) {
      if (const auto mine = one(connection_, "WHERE cancel_token_hash = ?", {p(cancel_token_hash)})) {
        within(connection_, *mine);
      }
    }
    transaction.commit();
    return confirmed;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<Moved>> RegistrationStore::lapse_offers(const std::string& now, const WithMoved& within) {
  try {
    Transaction transaction(connection_);
    const Rows expired = connection_.query(
        std::string(kColumns) + "WHERE state = 'offered' AND offer_expires_at <= ? ORDER BY id", {p(now)});
    std::vector<Moved> moved;
    for (std::size_t r = 0; r < expired.size(); ++r) {
      Registration gone = registration_of(expired, r);
      leave(connection_, gone, "lapsed", now, moved);
      gone.state = "lapsed";
      moved.push_back(Moved{gone, "lapsed"});
    }
    if (within) within(connection_, moved);
    transaction.commit();
    return moved;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<Registration>> RegistrationStore::of_session(const std::string& session_id) {
  try {
    const Rows rows = connection_.query(
        std::string(kColumns) + "WHERE session_id = ? AND state IN ('confirmed', 'offered', 'waitlisted') ORDER BY id",
        {p(session_id)});
    std::vector<Registration> out;
    out.reserve(rows.size());
    int line = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      Registration registration = registration_of(rows, r);
      if (registration.state == "waitlisted") registration.place_in_line = ++line;
      out.push_back(std::move(registration));
    }
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<std::pair<Registration, SessionDate>>> RegistrationStore::starting_between(
    const std::string& from_local, const std::string& to_local) {
  try {
    const Rows rows = connection_.query(
        "SELECT r.id, d.starts_at, d.ends_at FROM activity_session_dates d JOIN registrations r ON r.session_id = "
        "d.session_id WHERE d.starts_at >= ? AND d.starts_at < ? AND r.state = 'confirmed' AND r.anonymised_at = '' "
        "ORDER BY d.starts_at, r.id",
        {p(from_local), p(to_local)});
    std::vector<std::pair<Registration, SessionDate>> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (auto registration = one(connection_, "WHERE id = ?", {p(rows.integer(r, 0))})) {
        out.emplace_back(std::move(*registration), SessionDate{rows.text(r, 1), rows.text(r, 2)});
      }
    }
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> RegistrationStore::mark_attendance(std::int64_t registration_id, const std::string& starts_at,
                                                      bool present, const std::string& now) {
  try {
    connection_.execute(
        "INSERT INTO attendance (registration_id, starts_at, present, marked_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (registration_id, starts_at) DO UPDATE SET present = excluded.present, "
        "marked_at = excluded.marked_at",
        {p(registration_id), p(starts_at), p(present), p(now)});
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<std::pair<std::int64_t, bool>>> RegistrationStore::attendance(const std::string& session_id,
                                                                                       const std::string& starts_at) {
  try {
    const Rows rows = connection_.query(
        "SELECT a.registration_id, a.present FROM attendance a JOIN registrations r ON r.id = a.registration_id "
        "WHERE r.session_id = ? AND a.starts_at = ? ORDER BY a.registration_id",
        {p(session_id), p(starts_at)});
    std::vector<std::pair<std::int64_t, bool>> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.emplace_back(rows.integer(r, 0), rows.boolean(r, 1));
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::int64_t> RegistrationStore::anonymise_past(const std::string& now_local, const std::string& now) {
  const auto today = core::parse_date(now_local.substr(0, std::min<std::size_t>(10, now_local.size())));
  if (!today) return core::fail(core::Error::Kind::invalid, "Geen geldige datum.");
  try {
    Transaction transaction(connection_);
    const Rows sessions = connection_.query(
        "SELECT s.id, s.ends_at, COALESCE(ns.registration_retention_days, ?) FROM activity_sessions s "
        "LEFT JOIN services sv ON sv.id = s.service_id "
        "LEFT JOIN network_settings ns ON ns.network_id = sv.network_id "
        "WHERE s.ends_at < ? AND EXISTS (SELECT 1 FROM registrations r WHERE r.session_id = s.id AND "
        "r.anonymised_at = '')",
        {p(kDefaultRetentionDays), p(now_local)});
    std::int64_t count = 0;
    for (std::size_t r = 0; r < sessions.size(); ++r) {
      const auto ended = core::parse_date(sessions.text(r, 1).substr(0, 10));
      const auto days = std::chrono::days(sessions.integer(r, 2));
      if (!ended || std::chrono::sys_days(*ended) + days >= std::chrono::sys_days(*today)) continue;
      // The link's hash must stay unique: it becomes a placeholder naming the registration.
      count += connection_.execute(
          "UPDATE registrations SET family_sealed = '', family_key = '', request_key = NULL, "
          "cancel_token_hash = 'anonymised:' || CAST(id AS TEXT), anonymised_at = ? "
          "WHERE session_id = ? AND anonymised_at = ''",
          {p(now), p(sessions.text(r, 0))});
    }
    transaction.commit();
    return count;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<int> RegistrationStore::retention_days(const std::string& network_id) {
  try {
    const Rows rows = connection_.query("SELECT registration_retention_days FROM network_settings WHERE network_id = ?",
                                        {p(network_id)});
    return rows.empty() ? kDefaultRetentionDays : static_cast<int>(rows.integer(0, 0));
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> RegistrationStore::set_retention_days(const std::string& network_id, int days) {
  if (days < kMinRetentionDays || days > kMaxRetentionDays) {
    return core::fail(core::Error::Kind::invalid, "Kies tussen 1 en 730 dagen.");
  }
  try {
    // An upsert, so the network's other settings (review) stay as they are.
    connection_.execute(
        "INSERT INTO network_settings (network_id, registration_retention_days) VALUES (?, ?) "
        "ON CONFLICT (network_id) DO UPDATE SET registration_retention_days = excluded.registration_retention_days",
        {p(network_id), p(days)});
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

}  // namespace hvhk::store

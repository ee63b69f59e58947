#include "store/registration_store.h"

namespace hvhk::store {
namespace {

constexpr const char* kColumns =
    "SELECT id, session_id, state, family_sealed, children, created_at FROM registrations ";

Registration registration_of(const Rows& rows, std::size_t r) {
  return Registration{rows.integer(r, 0),
                      rows.text(r, 1),
                      rows.text(r, 2),
                      rows.text(r, 3),
                      static_cast<int>(rows.integer(r, 4)),
                      rows.text(r, 5),
                      0};
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

}  // namespace

core::Result<void> RegistrationStore::add_session(const ActivitySession& s, const std::string& now) {
  try {
    connection_.execute(
        "INSERT INTO activity_sessions (id, service_id, location_id, starts_at, ends_at, capacity, taken, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
        {p(s.id), p(s.service_id), p(s.location_id), p(s.starts_at), p(s.ends_at), p(s.capacity), p(now)});
    return {};
  } catch (const DbError& e) {
    if (is_unique_violation(e)) return core::fail(core::Error::Kind::conflict, "Deze sessie bestaat al.");
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::optional<ActivitySession>> RegistrationStore::session(const std::string& id) {
  try {
    const Rows rows = connection_.query(
        "SELECT id, service_id, location_id, starts_at, ends_at, capacity, taken FROM activity_sessions WHERE id = ?",
        {p(id)});
    if (rows.empty()) return std::optional<ActivitySession>();
    return std::optional<ActivitySession>(
        ActivitySession{rows.text(0, 0), rows.text(0, 1), rows.text(0, 2), rows.text(0, 3), rows.text(0, 4),
                        static_cast<int>(rows.integer(0, 5)), static_cast<int>(rows.integer(0, 6))});
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<Registration> RegistrationStore::register_family(const std::string& session_id,
                                                              const std::string& family_sealed, int children,
                                                              const std::string& cancel_token_hash,
                                                              const std::string& now) {
  if (children < 1) return core::fail(core::Error::Kind::invalid, "Schrijf minstens één kind in.");
  try {
    Transaction transaction(connection_);
    if (connection_.query("SELECT 1 FROM activity_sessions WHERE id = ?", {p(session_id)}).empty()) {
      return core::fail(core::Error::Kind::not_found, "Deze sessie bestaat niet.");
    }
    const std::string state = take_places(connection_, session_id, children) ? "confirmed" : "waitlisted";
    const Rows inserted = connection_.query(
        "INSERT INTO registrations (session_id, state, family_sealed, children, cancel_token_hash, created_at, "
        "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {p(session_id), p(state), p(family_sealed), p(children), p(cancel_token_hash), p(now), p(now)});
    Registration r{inserted.integer(0, 0), session_id, state, family_sealed, children, now, 0};
    if (state == "waitlisted") r.place_in_line = place_in_line(connection_, session_id, r.id);
    transaction.commit();
    return r;
  } catch (const DbError& e) {
    if (is_unique_violation(e)) return core::fail(core::Error::Kind::conflict, "Deze inschrijving bestaat al.");
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::optional<Registration>> RegistrationStore::cancel(const std::string& cancel_token_hash,
                                                                    const std::string& now) {
  try {
    Transaction transaction(connection_);
    const Rows mine = connection_.query(std::string(kColumns) + "WHERE cancel_token_hash = ?", {p(cancel_token_hash)});
    if (mine.empty()) return core::fail(core::Error::Kind::not_found, "Deze inschrijving bestaat niet.");
    const Registration r = registration_of(mine, 0);
    if (r.state == "cancelled") return std::optional<Registration>();
    connection_.execute("UPDATE registrations SET state = 'cancelled', changed_at = ? WHERE id = ? AND state = ?",
                        {p(now), p(r.id), p(r.state)});
    std::optional<Registration> promoted;
    if (r.state == "confirmed") {
      connection_.execute("UPDATE activity_sessions SET taken = taken - ? WHERE id = ?",
                          {p(r.children), p(r.session_id)});
      // The first family in line gets the place, if its children fit; nobody jumps the line.
      const Rows first =
          connection_.query(std::string(kColumns) + "WHERE session_id = ? AND state = 'waitlisted' ORDER BY id LIMIT 1",
                            {p(r.session_id)});
      if (!first.empty()) {
        Registration next = registration_of(first, 0);
        if (take_places(connection_, next.session_id, next.children)) {
          connection_.execute("UPDATE registrations SET state = 'confirmed', changed_at = ? WHERE id = ?",
                              {p(now), p(next.id)});
          next.state = "confirmed";
          promoted = next;
        }
      }
    }
    transaction.commit();
    return promoted;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<Registration>> RegistrationStore::of_session(const std::string& session_id) {
  try {
    const Rows rows = connection_.query(
        std::string(kColumns) + "WHERE session_id = ? AND state <> 'cancelled' ORDER BY id", {p(session_id)});
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

}  // namespace hvhk::store

-- Taking part (issue 5, first part): the dated sessions of an offer with their places, and the
-- families registered for them. taken counts the confirmed places; a registration is confirmed
-- only by raising taken within capacity in the same transaction (a conditional UPDATE, which
-- holds on both engines under concurrency), otherwise it waits in line. The line is the
-- registration id order: first come, first served. A family's personal data is only stored
-- sealed (libsodium secretbox, core/data_key.h); the cancel link is stored as a hash.
CREATE TABLE activity_sessions (
  id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL,
  location_id TEXT NOT NULL DEFAULT '',
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  capacity INTEGER NOT NULL,
  taken INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX activity_sessions_of_service ON activity_sessions (service_id, starts_at);

CREATE TABLE registrations (
  id BIGSERIAL PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES activity_sessions(id) ON DELETE CASCADE,
  state TEXT NOT NULL,  -- confirmed, waitlisted, cancelled
  family_sealed TEXT NOT NULL,
  children INTEGER NOT NULL,
  cancel_token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  changed_at TEXT NOT NULL
);
CREATE INDEX registrations_of_session ON registrations (session_id, state, id);

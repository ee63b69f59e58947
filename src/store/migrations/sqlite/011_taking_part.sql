-- Taking part (issue 5, second part). A session is what a family books: one date, or a series
-- of dates booked as a whole (the 7-session trajectory); all its dates are in
-- activity_session_dates. A session carries its registration window, age limits, resident
-- priority (only residents — a postcode in resident_postcodes — may register before
-- residents_until) and its tariffs in euro cents. Local date-times are ISO 8601 in Brussels
-- time ("2026-12-02T14:00"); created/changed times are UTC as elsewhere.
ALTER TABLE activity_sessions ADD COLUMN kind TEXT NOT NULL DEFAULT 'once';  -- once, series
ALTER TABLE activity_sessions ADD COLUMN opens_at TEXT NOT NULL DEFAULT '';  -- '' = open now
ALTER TABLE activity_sessions ADD COLUMN closes_at TEXT NOT NULL DEFAULT '';  -- '' = until it starts
ALTER TABLE activity_sessions ADD COLUMN min_age_months INTEGER;
ALTER TABLE activity_sessions ADD COLUMN max_age_months INTEGER;
ALTER TABLE activity_sessions ADD COLUMN residents_until TEXT NOT NULL DEFAULT '';  -- a local date
ALTER TABLE activity_sessions ADD COLUMN resident_postcodes TEXT NOT NULL DEFAULT '';  -- space-separated
ALTER TABLE activity_sessions ADD COLUMN price_standard_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activity_sessions ADD COLUMN price_reduced_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activity_sessions ADD COLUMN price_nonresident_cents INTEGER NOT NULL DEFAULT 0;
-- A family that moves up from the line has this many hours to confirm (0: confirmed at once).
ALTER TABLE activity_sessions ADD COLUMN confirm_hours INTEGER NOT NULL DEFAULT 48;

CREATE TABLE activity_session_dates (
  session_id TEXT NOT NULL REFERENCES activity_sessions(id) ON DELETE CASCADE,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  PRIMARY KEY (session_id, starts_at)
);
CREATE INDEX activity_session_dates_by_start ON activity_session_dates (starts_at);

-- A registration's state is now also 'offered' (moved up from the line, the place held until
-- offer_expires_at) and 'lapsed' (not confirmed in time). taken counts confirmed and offered
-- places. family_key is a keyed hash of the family's contact (never the contact itself) that
-- keeps one family from registering twice for a session; request_key is the form's own token,
-- so a form sent twice (a retry after a lost answer) registers once. age_bands holds one age
-- band code per child — the only thing left, with attendance, once the retention job has
-- anonymised the registration.
ALTER TABLE registrations ADD COLUMN family_key TEXT NOT NULL DEFAULT '';
ALTER TABLE registrations ADD COLUMN request_key TEXT;
ALTER TABLE registrations ADD COLUMN language TEXT NOT NULL DEFAULT 'nl';
ALTER TABLE registrations ADD COLUMN channel TEXT NOT NULL DEFAULT 'email';  -- email, sms, print
ALTER TABLE registrations ADD COLUMN tariff TEXT NOT NULL DEFAULT 'standard';  -- standard, reduced, nonresident
ALTER TABLE registrations ADD COLUMN resident INTEGER NOT NULL DEFAULT 1;
ALTER TABLE registrations ADD COLUMN age_bands TEXT NOT NULL DEFAULT '';
ALTER TABLE registrations ADD COLUMN offer_expires_at TEXT NOT NULL DEFAULT '';
ALTER TABLE registrations ADD COLUMN assisted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE registrations ADD COLUMN walk_in INTEGER NOT NULL DEFAULT 0;
ALTER TABLE registrations ADD COLUMN anonymised_at TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX registrations_once_per_family ON registrations (session_id, family_key)
  WHERE family_key <> '' AND state IN ('confirmed', 'waitlisted', 'offered');
CREATE UNIQUE INDEX registrations_by_request ON registrations (request_key);
CREATE INDEX registrations_offered ON registrations (state, offer_expires_at);

-- Who came, per date of a session (a walk-in is a registration with walk_in = 1).
CREATE TABLE attendance (
  registration_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
  starts_at TEXT NOT NULL,
  present INTEGER NOT NULL,
  marked_at TEXT NOT NULL,
  PRIMARY KEY (registration_id, starts_at)
);

-- How long a network keeps families' personal data after a session's last date.
ALTER TABLE network_settings ADD COLUMN registration_retention_days INTEGER NOT NULL DEFAULT 90;

-- An outbox message may carry an iCalendar file (sent as a text/calendar part) and may go out as
-- an SMS instead of an e-mail (recipient is then a phone number).
ALTER TABLE outbox ADD COLUMN calendar TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'email';  -- email, sms

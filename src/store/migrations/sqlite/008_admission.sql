-- Partner admission: candidate partners' applications, the network's meetings with their free
-- agenda items, the decisions taken at meetings and every step of an application as an event.
-- Nothing is deleted here: the history of an admission stays. Lists of codes (themes, age bands,
-- NIS codes) are stored space-separated: they come from fixed word lists without spaces.
CREATE TABLE partner_applications (
  id TEXT PRIMARY KEY,
  network_id TEXT NOT NULL REFERENCES networks (id),
  organization_name TEXT NOT NULL,
  partner_type TEXT NOT NULL,
  contact_name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  themes TEXT NOT NULL DEFAULT '',
  age_bands TEXT NOT NULL DEFAULT '',
  municipalities TEXT NOT NULL DEFAULT '',
  motivation TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  submitted_on TEXT NOT NULL,
  organization_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX partner_applications_network ON partner_applications (network_id, submitted_at);
CREATE TABLE network_meetings (
  id TEXT PRIMARY KEY,
  network_id TEXT NOT NULL REFERENCES networks (id),
  meeting_date TEXT NOT NULL,
  start_time TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX network_meetings_network ON network_meetings (network_id, meeting_date);
CREATE TABLE meeting_agenda_items (
  meeting_id TEXT NOT NULL REFERENCES network_meetings (id),
  item_order INTEGER NOT NULL,
  item_text TEXT NOT NULL,
  PRIMARY KEY (meeting_id, item_order)
);
CREATE TABLE admission_decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  application_id TEXT NOT NULL REFERENCES partner_applications (id),
  meeting_id TEXT NOT NULL REFERENCES network_meetings (id),
  outcome TEXT NOT NULL,
  votes_for INTEGER,
  votes_against INTEGER,
  votes_abstained INTEGER,
  reasons TEXT NOT NULL DEFAULT '',
  rule TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  decided_by TEXT NOT NULL DEFAULT '',
  UNIQUE (application_id, meeting_id)
);
CREATE TABLE application_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  application_id TEXT NOT NULL REFERENCES partner_applications (id),
  happened_at TEXT NOT NULL,
  actor_user_id TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  meeting_id TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX application_events_application ON application_events (application_id, id);

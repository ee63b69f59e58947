-- The offer catalogue: networks, municipalities, partners, locations, offers and their parts.
-- Timestamps are ISO 8601 UTC text (2026-11-01T09:00:00Z) in both engines, so they sort as text.
CREATE TABLE municipalities (
  nis_code TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE municipality_postcodes (
  nis_code TEXT NOT NULL REFERENCES municipalities(nis_code) ON DELETE CASCADE,
  postcode TEXT NOT NULL,
  PRIMARY KEY (nis_code, postcode)
);
CREATE TABLE networks (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT ''
);
CREATE TABLE network_municipalities (
  network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  nis_code TEXT NOT NULL REFERENCES municipalities(nis_code),
  PRIMARY KEY (network_id, nis_code)
);
CREATE TABLE organizations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  alternate_name TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  partner_type TEXT NOT NULL,
  last_modified TEXT NOT NULL
);
CREATE TABLE network_partners (
  network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  PRIMARY KEY (network_id, organization_id)
);
CREATE TABLE locations (
  id TEXT PRIMARY KEY,
  network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  organization_id TEXT REFERENCES organizations(id) ON DELETE SET NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  has_address INTEGER NOT NULL DEFAULT 0,
  street TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT 'BE',
  latitude REAL,
  longitude REAL,
  transportation TEXT NOT NULL DEFAULT '',
  accessibility TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL
);
CREATE INDEX locations_postcode ON locations(postcode);
CREATE TABLE services (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  alternate_name TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  min_age_months INTEGER NOT NULL,
  max_age_months INTEGER NOT NULL,
  intensity TEXT NOT NULL,
  cost_free INTEGER NOT NULL,
  cost_amount REAL,
  cost_reduced_amount REAL,
  cost_reduced_description TEXT NOT NULL DEFAULT '',
  cost_description TEXT NOT NULL DEFAULT '',
  interpreter_available INTEGER NOT NULL,
  registration_required INTEGER NOT NULL,
  access TEXT NOT NULL,
  eligibility_description TEXT NOT NULL DEFAULT '',
  application_process TEXT NOT NULL DEFAULT '',
  recognised_by_opgroeien INTEGER NOT NULL,
  last_modified TEXT NOT NULL
);
CREATE INDEX services_organization ON services(organization_id);
CREATE INDEX services_network ON services(network_id);
CREATE INDEX services_last_modified ON services(last_modified);
CREATE TABLE service_themes (
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  theme TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (service_id, theme)
);
CREATE TABLE service_target_groups (
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  target_group TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (service_id, target_group)
);
CREATE TABLE service_languages (
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (service_id, language)
);
CREATE TABLE service_at_locations (
  id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  location_id TEXT NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_at_locations_service ON service_at_locations(service_id);
CREATE TABLE schedules (
  id TEXT PRIMARY KEY,
  service_at_location_id TEXT NOT NULL REFERENCES service_at_locations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  freq TEXT NOT NULL DEFAULT '',
  interval_count INTEGER NOT NULL DEFAULT 1,
  byday TEXT NOT NULL DEFAULT '',
  bymonthday TEXT NOT NULL DEFAULT '',
  dtstart TEXT NOT NULL DEFAULT '',
  until_date TEXT NOT NULL DEFAULT '',
  occurrences INTEGER,
  opens_at TEXT NOT NULL DEFAULT '',
  closes_at TEXT NOT NULL DEFAULT '',
  valid_from TEXT NOT NULL DEFAULT '',
  valid_to TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  attending_type TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX schedules_service_at_location ON schedules(service_at_location_id);
-- Contacts and phones belong to exactly one owner, as in HSDS (organization_id, service_id, ...).
CREATE TABLE contacts (
  id TEXT PRIMARY KEY,
  organization_id TEXT REFERENCES organizations(id) ON DELETE CASCADE,
  service_id TEXT REFERENCES services(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  CHECK ((organization_id IS NULL) <> (service_id IS NULL))
);
CREATE INDEX contacts_organization ON contacts(organization_id);
CREATE INDEX contacts_service ON contacts(service_id);
CREATE TABLE phones (
  id TEXT PRIMARY KEY,
  organization_id TEXT REFERENCES organizations(id) ON DELETE CASCADE,
  service_id TEXT REFERENCES services(id) ON DELETE CASCADE,
  location_id TEXT REFERENCES locations(id) ON DELETE CASCADE,
  contact_id TEXT REFERENCES contacts(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  number TEXT NOT NULL,
  type TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX phones_organization ON phones(organization_id);
CREATE INDEX phones_service ON phones(service_id);
CREATE INDEX phones_location ON phones(location_id);
CREATE INDEX phones_contact ON phones(contact_id);
-- Bumped on every catalogue write, so app nodes know when to reload their read model.
CREATE TABLE catalogue_revision (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  revision INTEGER NOT NULL
);
INSERT INTO catalogue_revision (id, revision) VALUES (1, 0);

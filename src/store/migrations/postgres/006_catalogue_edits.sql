-- Editing the catalogue in the partner portal. Timestamps are ISO 8601 UTC text, as in 001.
--
-- record_versions: the version of each record people edit (offer, organisation, place), raised
-- by every save; an editor sends the version it started from, and a save from an older version is
-- refused instead of silently overwriting a colleague's change.
CREATE TABLE record_versions (
  resource_type TEXT NOT NULL,  -- service, organization, location
  resource_id TEXT NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (resource_type, resource_id)
);

-- catalogue_changes: who changed what, when, field by field (HSDS 3.0 metadata: resource_id,
-- resource_type, last_action_date, last_action_type, field_name, previous_value,
-- replacement_value, updated_by). One row per changed field; a row without field for actions
-- that change no field (archived, submitted for review, approved).
CREATE TABLE catalogue_changes (
  id BIGSERIAL PRIMARY KEY,
  resource_type TEXT NOT NULL,
  resource_id TEXT NOT NULL,
  version BIGINT NOT NULL,
  at TEXT NOT NULL,
  actor_user_id TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,  -- created, updated, archived, restored, submitted, approved, returned
  field_name TEXT NOT NULL DEFAULT '',
  previous_value TEXT NOT NULL DEFAULT '',
  replacement_value TEXT NOT NULL DEFAULT ''
);
CREATE INDEX catalogue_changes_of_resource ON catalogue_changes (resource_type, resource_id, id);

-- Whether a network reviews new and changed offers before families see them.
CREATE TABLE network_settings (
  network_id TEXT PRIMARY KEY REFERENCES networks(id) ON DELETE CASCADE,
  offer_review INTEGER NOT NULL DEFAULT 0
);

-- An offer waiting for review: the editor's form as it was sent (the same parser turns it into
-- the offer when the coordinator approves), the version it was based on (0 for a new offer),
-- and the state: pending, or returned to the partner with a note.
CREATE TABLE offer_drafts (
  service_id TEXT PRIMARY KEY,
  network_id TEXT NOT NULL,
  organization_id TEXT NOT NULL,
  name TEXT NOT NULL,
  form TEXT NOT NULL,
  base_version BIGINT NOT NULL,
  state TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  submitted_by TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  reviewed_at TEXT NOT NULL DEFAULT '',
  reviewed_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX offer_drafts_of_network ON offer_drafts (network_id, state);

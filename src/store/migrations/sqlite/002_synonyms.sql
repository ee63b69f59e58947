-- A Huis van het Kind's own synonym lines for the finder's search ("crèche => kinderopvang"),
-- on top of the built-in Dutch list. One text per network, as the coordinator wrote it.
CREATE TABLE synonym_lists (
  network_id TEXT PRIMARY KEY REFERENCES networks (id) ON DELETE CASCADE,
  lines TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

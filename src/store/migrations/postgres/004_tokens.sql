-- Single-use links sent by e-mail: an invitation to choose a first password, or a password
-- reset. Only a BLAKE2b hash of the token is stored; a used or expired token does nothing.
CREATE TABLE one_time_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX one_time_tokens_user ON one_time_tokens (user_id);

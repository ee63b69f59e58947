-- E-mail waiting to go out: the background sender (jobs::MailSender) sends what is due and
-- records each attempt. dedupe_key names the person and the event ("invite:<user>:<token>"), so
-- the same mail is never queued twice. Timestamps are ISO 8601 UTC text, as in 001; sent_at is
-- '' until the SMTP server accepted the message.
CREATE TABLE outbox (
  id BIGSERIAL PRIMARY KEY,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  dedupe_key TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  sent_at TEXT NOT NULL DEFAULT '',
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

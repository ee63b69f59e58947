-- The second step when signing in (TOTP, RFC 6238). totp_secret is the shared secret (base32),
-- set when a person starts to turn the step on; totp_confirmed becomes 1 once they gave a right
-- code. totp_last_step is the time step of the last accepted code: a code works only once.
ALTER TABLE users ADD COLUMN totp_secret TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN totp_confirmed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
-- What a session still waits for: '' (nothing: signed in), 'code' (the password was right, the
-- code is still to come) or 'setup' (the person must turn the second step on first).
ALTER TABLE sessions ADD COLUMN second_factor_pending TEXT NOT NULL DEFAULT '';

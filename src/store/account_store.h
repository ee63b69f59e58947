// People who sign in, their roles, their sessions and the audit log, in either engine.
// Session tokens and one-time tokens are stored only as hashes (BLAKE2b): a copy of the
// database does not let anyone sign in. Every write that matters adds an audit entry in the
// same transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/roles.h"
#include "store/connection.h"

namespace hvhk::store {

// BLAKE2b-256 of a token, in hex: what the database holds instead of a session token or a link.
std::string token_hash(std::string_view token);

struct User {
  std::string id;
  std::string email;  // lower case
  std::string name;
  std::string password_hash;  // empty until the person chose a password
  int failed_sign_ins = 0;
  std::string locked_until;  // ISO 8601 UTC, empty when not locked
  bool disabled = false;
  std::string created_at;
  std::vector<core::Membership> memberships;
  // The second step when signing in (TOTP): the shared secret (base32; empty: none), whether the
  // person confirmed it with a right code (only then it is asked), and the last accepted step.
  std::string totp_secret{};
  bool totp_confirmed = false;
  std::int64_t totp_last_step = 0;
};

struct Session {
  std::string user_id;
  std::string csrf_token;  // for the forms of this session
  std::string expires_at;  // ISO 8601 UTC
  // What the session still waits for before it counts as signed in: "" (nothing), "code" (the
  // second step's code) or "setup" (the person must turn the second step on first).
  std::string second_factor_pending{};
};

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;             // ISO 8601 UTC
  std::string actor_user_id;  // empty for the system or an anonymous visitor
  std::string action;         // "sign_in", "sign_in_failed", "sign_out", "membership_added", …
  std::string subject;        // what it was about (a user id, an offer id, an e-mail address)
  std::string detail;
};

class AccountStore {
 public:
  explicit AccountStore(Connection& connection) : connection_(connection) {}

  // A new person (email is lower-cased); conflict when the e-mail address is taken.
  core::Result<User> create_user(const std::string& email, const std::string& name, const std::string& password_hash,
                                 const std::string& now, const std::string& actor_user_id);
  core::Result<std::optional<User>> find_user_by_email(const std::string& email);
  core::Result<std::optional<User>> find_user(const std::string& id);
  core::Result<void> set_password(const std::string& user_id, const std::string& password_hash, const std::string& now);
  core::Result<void> add_membership(const std::string& user_id, const core::Membership& membership,
                                    const std::string& now, const std::string& actor_user_id);
  core::Result<void> remove_membership(const std::string& user_id, const core::Membership& membership,
                                       const std::string& now, const std::string& actor_user_id);

  // Sign-in bookkeeping: a failure counts and, at `lock_after` failures in a row, locks the
  // account until `locked_until`; a success resets the count. Both are audited.
  core::Result<void> record_failed_sign_in(const std::string& user_id, int lock_after, const std::string& locked_until,
                                           const std::string& now);
  core::Result<void> record_sign_in(const std::string& user_id, const std::string& now);

  // Sessions: the cookie holds `token`; only its hash is stored.
  core::Result<void> create_session(const std::string& token, const Session& session, const std::string& now);
  // The session of token if it exists and has not expired at now.
  core::Result<std::optional<Session>> find_session(const std::string& token, const std::string& now);
  core::Result<void> delete_session(const std::string& token);
  // Signs a person out everywhere.
  core::Result<void> delete_sessions_of(const std::string& user_id, const std::string& now,
                                        const std::string& actor_user_id);

  // Single-use links by e-mail (purpose "invitation" or "password_reset"): only the hash of
  // token is stored. use_token marks it used and gives its person, once, before expires_at.
  core::Result<void> create_token(const std::string& token, const std::string& user_id, const std::string& purpose,
                                  const std::string& expires_at, const std::string& now,
                                  const std::string& actor_user_id);
  core::Result<std::optional<std::string>> use_token(const std::string& token, const std::string& purpose,
                                                     const std::string& now);
  // The person of a token that is still good (unused, not expired) for purpose, without using it.
  core::Result<std::optional<std::string>> token_holder(const std::string& token, const std::string& purpose,
                                                        const std::string& now);

  // The second step (TOTP). set_totp_secret stores a secret: unconfirmed while the person sets it
  // up, confirmed when an administrator sets a known one (tests, demo). confirm_totp turns it on
  // when the code of `step` was right; accept_totp_step takes a later step of a right code (one
  // statement: a code works once, even on two nodes at once) and says whether it was later.
  // reset_two_factor forgets the secret (turned off, or a lost phone). All but the unconfirmed
  // secret are audited; the secret itself never is.
  core::Result<void> set_totp_secret(const std::string& user_id, const std::string& secret, bool confirmed,
                                     const std::string& now, const std::string& actor_user_id);
  core::Result<void> confirm_totp(const std::string& user_id, std::int64_t step, const std::string& now);
  core::Result<bool> accept_totp_step(const std::string& user_id, std::int64_t step, const std::string& now);
  core::Result<void> reset_two_factor(const std::string& user_id, const std::string& now,
                                      const std::string& actor_user_id, const std::string& why);
  // A session that waited for the second step is signed in from now on, until expires_at.
  core::Result<void> complete_second_factor(const std::string& token, const std::string& expires_at);

  core::Result<void> audit(const AuditEntry& entry);
  // The newest entries first.
  core::Result<std::vector<AuditEntry>> audit_log(std::size_t limit);

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

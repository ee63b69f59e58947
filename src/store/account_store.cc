#include "store/account_store.h"

#include <fmt/format.h>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <array>
#include <string_view>

#include "core/ids.h"

namespace hvhk::store {
namespace {

constexpr std::string_view kEmailTaken = "Er is al een account met dit e-mailadres.";

core::Result<void> no_user(const std::string& user_id) {
  return core::fail(core::Error::Kind::not_found, "no user with id " + user_id);
}

// Trimmed and lower-cased (ASCII only: the domain part is case-insensitive, and nobody relies
// on a case-sensitive local part), so one address is one account however it is typed.
std::string normalise_email(std::string_view email) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  const std::size_t first = email.find_first_not_of(kSpace);
  if (first == std::string_view::npos) {
    return {};
  }
  email = email.substr(first, email.find_last_not_of(kSpace) - first + 1);
  std::string out(email);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

std::string scope_detail(const core::Membership& membership) {
  return fmt::format("{}:{}", core::role_code(membership.role), membership.scope_id);
}

void insert_audit(Connection& db, const AuditEntry& entry) {
  db.execute("INSERT INTO audit_log (at, actor_user_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
             {p(entry.at), p(entry.actor_user_id), p(entry.action), p(entry.subject), p(entry.detail)});
}

bool user_exists(Connection& db, const std::string& user_id) {
  return !db.query("SELECT 1 FROM users WHERE id = ?", {p(user_id)}).empty();
}

constexpr std::string_view kSelectUser =
    "SELECT id, email, name, password_hash, failed_sign_ins, locked_until, disabled, created_at, totp_secret,"
    " totp_confirmed, totp_last_step FROM users ";

std::optional<User> load_user(Connection& db, std::string_view where, const std::string& value) {
  const Rows rows = db.query(fmt::format("{}WHERE {} = ?", kSelectUser, where), {p(value)});
  if (rows.empty()) {
    return std::nullopt;
  }
  User user{.id = rows.text(0, 0),
            .email = rows.text(0, 1),
            .name = rows.text(0, 2),
            .password_hash = rows.text(0, 3),
            .failed_sign_ins = static_cast<int>(rows.integer(0, 4)),
            .locked_until = rows.text(0, 5),
            .disabled = rows.boolean(0, 6),
            .created_at = rows.text(0, 7),
            .memberships = {},
            .totp_secret = rows.text(0, 8),
            .totp_confirmed = rows.boolean(0, 9),
            .totp_last_step = rows.integer(0, 10)};
  const Rows memberships =
      db.query("SELECT role, scope_id FROM memberships WHERE user_id = ? ORDER BY role, scope_id", {p(user.id)});
  for (std::size_t r = 0; r < memberships.size(); ++r) {
    const std::string code = memberships.text(r, 0);
    const std::optional<core::Role> role = core::parse_role(code);
    if (!role) {
      // A role this version does not know (written by a newer node) grants nothing here.
      spdlog::warn("user {} has a membership with unknown role {}; ignored", user.id, code);
      continue;
    }
    user.memberships.push_back(core::Membership{*role, memberships.text(r, 1)});
  }
  return user;
}

}  // namespace

std::string token_hash(std::string_view token) {
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(token.data()), token.size(),
                     nullptr, 0);
  std::array<char, (crypto_generichash_BYTES * 2) + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return {hex.data(), digest.size() * 2};
}

core::Result<User> AccountStore::create_user(const std::string& email, const std::string& name,
                                             const std::string& password_hash, const std::string& now,
                                             const std::string& actor_user_id) {
  User user{.id = core::random_uuid(),
            .email = normalise_email(email),
            .name = name,
            .password_hash = password_hash,
            .failed_sign_ins = 0,
            .locked_until = "",
            .disabled = false,
            .created_at = now,
            .memberships = {},
            .totp_secret = "",
            .totp_confirmed = false,
            .totp_last_step = 0};
  if (user.email.empty()) {
    return core::fail(core::Error::Kind::invalid, "Vul een e-mailadres in.");
  }
  try {
    Transaction transaction(connection_);
    if (!connection_.query("SELECT 1 FROM users WHERE email = ?", {p(user.email)}).empty()) {
      return core::fail(core::Error::Kind::conflict, std::string(kEmailTaken));
    }
    connection_.execute(
        "INSERT INTO users (id, email, name, password_hash, failed_sign_ins, locked_until, disabled, created_at)"
        " VALUES (?, ?, ?, ?, 0, '', 0, ?)",
        {p(user.id), p(user.email), p(user.name), p(user.password_hash), p(now)});
    insert_audit(connection_, {.at = now,
                               .actor_user_id = actor_user_id,
                               .action = "user_created",
                               .subject = user.id,
                               .detail = user.email});
    transaction.commit();
    return user;
  } catch (const DbError& e) {
    // Another node took the address between our check and our insert.
    if (is_unique_violation(e)) {
      return core::fail(core::Error::Kind::conflict, std::string(kEmailTaken));
    }
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::optional<User>> AccountStore::find_user_by_email(const std::string& email) {
  try {
    return load_user(connection_, "email", normalise_email(email));
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::optional<User>> AccountStore::find_user(const std::string& id) {
  try {
    return load_user(connection_, "id", id);
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::set_password(const std::string& user_id, const std::string& password_hash,
                                              const std::string& now) {
  try {
    Transaction transaction(connection_);
    if (connection_.execute("UPDATE users SET password_hash = ? WHERE id = ?", {p(password_hash), p(user_id)}) == 0) {
      return no_user(user_id);
    }
    // The person chooses their own password (first sign-in, reset link), so they are the actor.
    insert_audit(connection_,
                 {.at = now, .actor_user_id = user_id, .action = "password_set", .subject = user_id, .detail = ""});
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::add_membership(const std::string& user_id, const core::Membership& membership,
                                                const std::string& now, const std::string& actor_user_id) {
  try {
    Transaction transaction(connection_);
    if (!user_exists(connection_, user_id)) {
      return no_user(user_id);
    }
    // Adding a role someone already holds changes nothing and is not audited.
    const std::int64_t added =
        connection_.execute("INSERT INTO memberships (user_id, role, scope_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                            {p(user_id), p(core::role_code(membership.role)), p(membership.scope_id)});
    if (added > 0) {
      insert_audit(connection_, {.at = now,
                                 .actor_user_id = actor_user_id,
                                 .action = "membership_added",
                                 .subject = user_id,
                                 .detail = scope_detail(membership)});
    }
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::remove_membership(const std::string& user_id, const core::Membership& membership,
                                                   const std::string& now, const std::string& actor_user_id) {
  try {
    Transaction transaction(connection_);
    const std::int64_t removed =
        connection_.execute("DELETE FROM memberships WHERE user_id = ? AND role = ? AND scope_id = ?",
                            {p(user_id), p(core::role_code(membership.role)), p(membership.scope_id)});
    if (removed > 0) {
      insert_audit(connection_, {.at = now,
                                 .actor_user_id = actor_user_id,
                                 .action = "membership_removed",
                                 .subject = user_id,
                                 .detail = scope_detail(membership)});
    }
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::record_failed_sign_in(const std::string& user_id, int lock_after,
                                                       const std::string& locked_until, const std::string& now) {
  try {
    Transaction transaction(connection_);
    // The increment is one statement, so attempts on several nodes at once all count.
    if (connection_.execute("UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ?", {p(user_id)}) == 0) {
      return no_user(user_id);
    }
    const std::int64_t failures =
        connection_.query("SELECT failed_sign_ins FROM users WHERE id = ?", {p(user_id)}).integer(0, 0);
    insert_audit(connection_, {.at = now,
                               .actor_user_id = "",
                               .action = "sign_in_failed",
                               .subject = user_id,
                               .detail = fmt::format("failure {} in a row", failures)});
    if (lock_after > 0 && failures >= lock_after) {
      connection_.execute("UPDATE users SET failed_sign_ins = 0, locked_until = ? WHERE id = ?",
                          {p(locked_until), p(user_id)});
      insert_audit(connection_, {.at = now,
                                 .actor_user_id = "",
                                 .action = "account_locked",
                                 .subject = user_id,
                                 .detail = fmt::format("until {}", locked_until)});
    }
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::record_sign_in(const std::string& user_id, const std::string& now) {
  try {
    Transaction transaction(connection_);
    if (connection_.execute("UPDATE users SET failed_sign_ins = 0, locked_until = '' WHERE id = ?", {p(user_id)}) ==
        0) {
      return no_user(user_id);
    }
    insert_audit(connection_,
                 {.at = now, .actor_user_id = user_id, .action = "sign_in", .subject = user_id, .detail = ""});
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::create_session(const std::string& token, const Session& session,
                                                const std::string& now) {
  try {
    Transaction transaction(connection_);
    if (!user_exists(connection_, session.user_id)) {
      return no_user(session.user_id);
    }
    connection_.execute(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_seen_at,"
        " second_factor_pending) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {p(token_hash(token)), p(session.user_id), p(session.csrf_token), p(now), p(session.expires_at), p(now),
         p(session.second_factor_pending)});
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::optional<Session>> AccountStore::find_session(const std::string& token, const std::string& now) {
  try {
    const std::string hash = token_hash(token);
    // A disabled person's sessions stop working at once, without waiting for them to expire.
    const Rows rows = connection_.query(
        "SELECT s.user_id, s.csrf_token, s.expires_at, s.second_factor_pending FROM sessions s"
        " JOIN users u ON u.id = s.user_id"
        " WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0",
        {p(hash), p(now)});
    if (rows.empty()) {
      return std::optional<Session>{};
    }
    connection_.execute("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", {p(now), p(hash)});
    return Session{.user_id = rows.text(0, 0),
                   .csrf_token = rows.text(0, 1),
                   .expires_at = rows.text(0, 2),
                   .second_factor_pending = rows.text(0, 3)};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::create_token(const std::string& token, const std::string& user_id,
                                              const std::string& purpose, const std::string& expires_at,
                                              const std::string& now, const std::string& actor_user_id) {
  try {
    Transaction transaction(connection_);
    connection_.execute(
        "INSERT INTO one_time_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
        {p(token_hash(token)), p(user_id), p(purpose), p(now), p(expires_at)});
    insert_audit(connection_, {.at = now,
                               .actor_user_id = actor_user_id,
                               .action = purpose + "_link_made",
                               .subject = user_id,
                               .detail = "valid until " + expires_at});
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::optional<std::string>> AccountStore::use_token(const std::string& token, const std::string& purpose,
                                                                 const std::string& now) {
  try {
    Transaction transaction(connection_);
    const std::string hash = token_hash(token);
    // One statement decides: two clicks at once cannot both use the link.
    const std::int64_t used = connection_.execute(
        "UPDATE one_time_tokens SET used_at = ? WHERE token_hash = ? AND purpose = ? AND used_at = '' AND "
        "expires_at > ?",
        {p(now), p(hash), p(purpose), p(now)});
    if (used != 1) return std::optional<std::string>();
    const Rows rows = connection_.query("SELECT user_id FROM one_time_tokens WHERE token_hash = ?", {p(hash)});
    const std::string user_id = rows.text(0, 0);
    insert_audit(
        connection_,
        {.at = now, .actor_user_id = user_id, .action = purpose + "_link_used", .subject = user_id, .detail = ""});
    transaction.commit();
    return std::optional<std::string>(user_id);
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::optional<std::string>> AccountStore::token_holder(const std::string& token,
                                                                    const std::string& purpose,
                                                                    const std::string& now) {
  try {
    const Rows rows = connection_.query(
        "SELECT user_id FROM one_time_tokens WHERE token_hash = ? AND purpose = ? AND used_at = '' AND expires_at > ?",
        {p(token_hash(token)), p(purpose), p(now)});
    if (rows.size() != 1) return std::optional<std::string>();
    return std::optional<std::string>(rows.text(0, 0));
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::delete_session(const std::string& token) {
  try {
    connection_.execute("DELETE FROM sessions WHERE token_hash = ?", {p(token_hash(token))});
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::delete_sessions_of(const std::string& user_id, const std::string& now,
                                                    const std::string& actor_user_id) {
  try {
    Transaction transaction(connection_);
    const std::int64_t ended = connection_.execute("DELETE FROM sessions WHERE user_id = ?", {p(user_id)});
    insert_audit(connection_, {.at = now,
                               .actor_user_id = actor_user_id,
                               .action = "sign_out_everywhere",
                               .subject = user_id,
                               .detail = fmt::format("{} sessions ended", ended)});
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::set_totp_secret(const std::string& user_id, const std::string& secret, bool confirmed,
                                                 const std::string& now, const std::string& actor_user_id) {
  try {
    Transaction transaction(connection_);
    if (connection_.execute("UPDATE users SET totp_secret = ?, totp_confirmed = ?, totp_last_step = 0 WHERE id = ?",
                            {p(secret), p(static_cast<std::int64_t>(confirmed ? 1 : 0)), p(user_id)}) == 0) {
      return no_user(user_id);
    }
    if (confirmed) {
      insert_audit(connection_, {.at = now,
                                 .actor_user_id = actor_user_id,
                                 .action = "two_factor_set",
                                 .subject = user_id,
                                 .detail = "secret set by an administrator"});
    }
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::confirm_totp(const std::string& user_id, std::int64_t step, const std::string& now) {
  try {
    Transaction transaction(connection_);
    if (connection_.execute("UPDATE users SET totp_confirmed = 1, totp_last_step = ? WHERE id = ? AND totp_secret <> ''"
                            " AND totp_last_step < ?",
                            {p(step), p(user_id), p(step)}) == 0) {
      return core::fail(core::Error::Kind::conflict, "no secret to confirm, or the code was used already");
    }
    insert_audit(connection_,
                 {.at = now, .actor_user_id = user_id, .action = "two_factor_on", .subject = user_id, .detail = ""});
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<bool> AccountStore::accept_totp_step(const std::string& user_id, std::int64_t step,
                                                  const std::string& now) {
  try {
    Transaction transaction(connection_);
    const std::int64_t taken = connection_.execute(
        "UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_confirmed = 1 AND totp_last_step < ?",
        {p(step), p(user_id), p(step)});
    insert_audit(connection_, {.at = now,
                               .actor_user_id = user_id,
                               .action = taken == 1 ? "second_factor_passed" : "second_factor_replayed",
                               .subject = user_id,
                               .detail = ""});
    transaction.commit();
    return taken == 1;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::reset_two_factor(const std::string& user_id, const std::string& now,
                                                  const std::string& actor_user_id, const std::string& why) {
  try {
    Transaction transaction(connection_);
    if (connection_.execute("UPDATE users SET totp_secret = '', totp_confirmed = 0, totp_last_step = 0 WHERE id = ?",
                            {p(user_id)}) == 0) {
      return no_user(user_id);
    }
    insert_audit(
        connection_,
        {.at = now, .actor_user_id = actor_user_id, .action = "two_factor_off", .subject = user_id, .detail = why});
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::complete_second_factor(const std::string& token, const std::string& expires_at) {
  try {
    connection_.execute("UPDATE sessions SET second_factor_pending = '', expires_at = ? WHERE token_hash = ?",
                        {p(expires_at), p(token_hash(token))});
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> AccountStore::audit(const AuditEntry& entry) {
  try {
    insert_audit(connection_, entry);
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<AuditEntry>> AccountStore::audit_log(std::size_t limit) {
  try {
    const Rows rows = connection_.query(
        "SELECT id, at, actor_user_id, action, subject, detail FROM audit_log ORDER BY at DESC, id DESC LIMIT ?",
        {p(static_cast<std::int64_t>(limit))});
    std::vector<AuditEntry> out;
    out.reserve(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out.push_back(AuditEntry{.id = rows.integer(r, 0),
                               .at = rows.text(r, 1),
                               .actor_user_id = rows.text(r, 2),
                               .action = rows.text(r, 3),
                               .subject = rows.text(r, 4),
                               .detail = rows.text(r, 5)});
    }
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

}  // namespace hvhk::store

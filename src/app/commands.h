// The sub-commands of the `hvhk` binary, apart from argument parsing (main.cc), so tests
// can run them. Each returns the process exit code and prints what a person needs to know.
#pragma once

#include <optional>
#include <string>

#include "core/data_key.h"
#include "http/server.h"
#include "jobs/mail_sender.h"

namespace hvhk::app {

struct ServeOptions {
  http::ServerOptions server;
  std::string port_file;         // written with the bound port once listening (for tests)
  double reload_interval_s = 2;  // how often to look for catalogue changes
  jobs::SmtpSettings smtp;       // outgoing mail; no url: mail stays in the outbox
  // Coordinators and administrators need not use the second step (TOTP).
  bool two_factor_optional = false;
  int audit_days = 400;  // how long the hourly housekeeping keeps audit entries (ADR 016)
  // The key that seals families' data (64 hex characters; made, mode 0600, when missing).
  // Empty: next to an SQLite database (PATH.key), else hvhk-data.key in the working directory.
  std::string data_key_file;
  // The site's address in links sent to families (e-mail, SMS); empty: http://LISTEN:PORT.
  std::string public_url;
};

// The data key of a server: read from path, or made and written there (mode 0600) when the file
// does not exist; nullopt (with the reason on stderr) when the file holds no key.
std::optional<core::DataKey> load_data_key(const std::string& path);

int run_migrate(const std::string& db_url);
// Deletes once what the platform no longer needs (jobs::Housekeeping): expired sessions, old
// links, sent mail, audit entries older than audit_days.
int run_purge(const std::string& db_url, int audit_days);
int run_serve(const std::string& db_url, const ServeOptions& options);
int run_demo(const std::string& db_url, const std::string& scale, unsigned seed);
int run_import(const std::string& db_url, const std::string& path, const std::string& format,
               const std::string& default_network_id);
struct UserOptions {
  std::string email;
  std::string name;
  std::string role;   // a core::Role code, or empty
  std::string scope;  // network id, organisation id or NIS code for the role
  // Forget the second step (a lost phone); or set a known secret, base32 (tests and demos only).
  bool reset_two_factor = false;
  std::string totp_secret;
};
// Creates an account (password read from standard input) if there is none for the e-mail
// address, and gives it a role if one is named.
int run_user(const std::string& db_url, const UserOptions& options);

// Shows a network's own synonym lines (path empty) or replaces them with the file's ("-": stdin),
// only when every line is right.
int run_synonyms(const std::string& db_url, const std::string& network_id, const std::string& path);
int run_export(const std::string& db_url, const std::string& path, const std::string& format);

}  // namespace hvhk::app

// hvhk: one binary for the whole platform. `hvhk serve` runs the web server; the other
// sub-commands manage the database (migrate, demo, import, export).
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

#include "app/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"HvhK — the platform of the Huizen van het Kind"};
  app.set_config("--config", "", "Read options from a TOML or INI file");
  app.fallthrough();
  app.require_subcommand(1);
  std::string db = "sqlite:var/hvhk.db";
  app.add_option("--db", db, "Database: sqlite:PATH or postgresql://user@host:port/name")
      ->envname("HVHK_DB")
      ->capture_default_str();
  std::string log_level = "info";
  app.add_option("--log-level", log_level, "trace, debug, info, warn, error")->envname("HVHK_LOG_LEVEL");

  hvhk::app::ServeOptions serve;
  auto* serve_cmd = app.add_subcommand("serve", "Serve the web site and the HSDS API");
  serve_cmd->add_option("--listen", serve.server.address, "Address to listen on")
      ->envname("HVHK_LISTEN")
      ->capture_default_str();
  serve_cmd->add_option("--port", serve.server.port, "Port (0: any free port)")
      ->envname("HVHK_PORT")
      ->capture_default_str();
  serve_cmd->add_option("--threads", serve.server.threads, "Worker threads (0: one per core)");
  serve_cmd->add_option("--port-file", serve.port_file, "Write the bound port to this file when listening");
  serve_cmd->add_flag("--trust-proxy", serve.server.trust_proxy, "Trust X-Forwarded-Proto from a reverse proxy");
  serve_cmd
      ->add_option("--smtp-url", serve.smtp.url, "Outgoing mail server, e.g. smtp://127.0.0.1:25 (none: mail waits)")
      ->envname("HVHK_SMTP_URL");
  serve_cmd->add_option("--mail-from", serve.smtp.from, "Sender address of the platform's e-mail")
      ->envname("HVHK_MAIL_FROM");
  serve_cmd->add_option("--smtp-user", serve.smtp.username, "SMTP user name")->envname("HVHK_SMTP_USER");
  // Only from the environment: a password on the command line shows in the process list.
  const char* smtp_password = std::getenv("HVHK_SMTP_PASSWORD");  // NOLINT(concurrency-mt-unsafe): no threads yet
  if (smtp_password != nullptr) serve.smtp.password = smtp_password;
  serve_cmd
      ->add_option("--data-key-file", serve.data_key_file,
                   "File with the key that seals families' data (made when missing; default: next to an SQLite "
                   "database, else ./hvhk-data.key)")
      ->envname("HVHK_DATA_KEY_FILE");
  serve_cmd->add_option("--public-url", serve.public_url, "The site's address in links sent to families")
      ->envname("HVHK_PUBLIC_URL");
  serve_cmd->add_flag("--two-factor-optional", serve.two_factor_optional,
                      "Do not require the second step (TOTP) of coordinators and administrators");
  serve_cmd->add_option("--reload-interval", serve.reload_interval_s, "Seconds between catalogue change checks")
      ->capture_default_str();

  app.add_subcommand("migrate", "Create or update the database schema");

  int audit_days = 400;  // store::RetentionPolicy::kDefaultAuditDays
  auto* purge_cmd = app.add_subcommand("purge", "Delete expired sessions, old links, sent mail and old audit entries");
  for (CLI::App* command : {serve_cmd, purge_cmd}) {
    command->add_option("--audit-days", audit_days, "Days the audit log is kept")
        ->envname("HVHK_AUDIT_DAYS")
        ->check(CLI::Range(30, 36500))
        ->capture_default_str();
  }

  std::string scale = "demo";
  unsigned seed = 1;
  auto* demo_cmd = app.add_subcommand("demo", "Load the fictional demo network (or Flanders-scale test data)");
  demo_cmd
      ->add_option("--scale", scale, "demo: one fictional Huis van het Kind; flanders: ~230 networks, 50 000 offers")
      ->check(CLI::IsMember({"demo", "flanders"}))
      ->capture_default_str();
  demo_cmd->add_option("--seed", seed, "Seed for the Flanders-scale generator")->capture_default_str();

  std::string path;
  std::string format = "json";
  std::string network;
  auto* import_cmd = app.add_subcommand("import", "Import HSDS 3.0 data: all of it, or nothing when a record is wrong");
  import_cmd->add_option("file", path, "HSDS JSON file, or the folder of a CSV tabular package")->required();
  import_cmd->add_option("--format", format, "json or csv")
      ->check(CLI::IsMember({"json", "csv"}))
      ->capture_default_str();
  import_cmd->add_option("--network", network, "Huis van het Kind (id) for records that name none");

  auto* export_cmd = app.add_subcommand("export", "Export the catalogue as HSDS 3.0");
  export_cmd->add_option("file", path, "JSON file ('-' for standard output), or a folder for csv")->required();
  export_cmd->add_option("--format", format, "json or csv")
      ->check(CLI::IsMember({"json", "csv"}))
      ->capture_default_str();

  std::string synonyms_path;
  auto* synonyms_cmd =
      app.add_subcommand("synonyms", "Show or replace a Huis van het Kind's own search synonyms (one rule per line)");
  synonyms_cmd->add_option("network", network, "Huis van het Kind (id)")->required();
  synonyms_cmd->add_option("file", synonyms_path, "Text file with the new lines ('-' for standard input)");

  hvhk::app::UserOptions user;
  auto* user_cmd =
      app.add_subcommand("user", "Create a portal account (password on standard input) and/or give it a role");
  user_cmd->add_option("email", user.email, "E-mail address")->required();
  user_cmd->add_option("--name", user.name, "Name shown in the portal");
  user_cmd->add_option(
      "--role", user.role,
      "administrator, coordinator, partner_admin, partner_staff, municipality_viewer, opgroeien_viewer");
  user_cmd->add_option("--scope", user.scope, "Network id, organisation id or NIS code the role is for");
  user_cmd->add_flag("--reset-two-factor", user.reset_two_factor, "Turn off the second step (TOTP), e.g. a lost phone");
  user_cmd->add_option("--totp-secret", user.totp_secret,
                       "Set a known second-step secret (base32): tests and demos only");

  app.add_subcommand("version", "Print the version");

  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::from_str(log_level));
  spdlog::set_default_logger(spdlog::default_logger());

  if (app.got_subcommand("version")) {
    std::cout << "hvhk " << HVHK_VERSION << "\n";
    return 0;
  }
  if (app.got_subcommand("migrate")) return hvhk::app::run_migrate(db);
  if (app.got_subcommand("purge")) return hvhk::app::run_purge(db, audit_days);
  serve.audit_days = audit_days;
  if (app.got_subcommand("serve")) return hvhk::app::run_serve(db, serve);
  if (app.got_subcommand("demo")) return hvhk::app::run_demo(db, scale, seed);
  if (app.got_subcommand("import")) return hvhk::app::run_import(db, path, format, network);
  if (app.got_subcommand("export")) return hvhk::app::run_export(db, path, format);
  if (app.got_subcommand("user")) return hvhk::app::run_user(db, user);
  if (app.got_subcommand("synonyms")) return hvhk::app::run_synonyms(db, network, synonyms_path);
  return 2;
}

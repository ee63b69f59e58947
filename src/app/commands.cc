#include "app/commands.h"

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "api/hsds_api.h"
#include "api/hsds_csv.h"
#include "api/hsds_import.h"
#include "app/demo_network.h"
#include "app/demo_sessions.h"
#include "app/flanders_network.h"
#include "app/live_catalogue.h"
#include "core/passwords.h"
#include "core/roles.h"
#include "core/timestamps.h"
#include "core/totp.h"
#include "core/validation.h"
#include "http/router.h"
#include "jobs/housekeeping.h"
#include "jobs/periodic.h"
#include "search/synonyms.h"
#include "store/account_store.h"
#include "store/catalogue_store.h"
#include "store/connection_pool.h"
#include "store/migrations.h"
#include "store/registration_store.h"
#include "store/synonym_store.h"
#include "web/local_date.h"
#include "web/portal.h"
#include "web/registration_pages.h"
#include "web/site.h"
#include "web/taking_part.h"

namespace hvhk::app {
namespace {

// Opens and migrates the database; prints why not and returns nullptr on failure.
std::unique_ptr<store::Connection> open_migrated(const std::string& db_url) {
  try {
    auto connection = store::open_connection(db_url);
    const int applied = store::migrate(*connection);
    if (applied > 0) {
      spdlog::info("{} migration(s) applied", applied);
    }
    return connection;
  } catch (const store::DbError& e) {
    std::cerr << "hvhk: database " << db_url << ": " << e.what() << "\n";
    return nullptr;
  }
}

// Validates and stores records in one transaction; prints every problem and stores nothing
// if there is one.
int save_checked(store::CatalogueStore& store, const core::Catalogue& incoming, const core::Catalogue& existing,
                 std::string_view what) {
  const auto problems = core::validate(incoming, existing);
  if (!problems.empty()) {
    for (const core::Problem& problem : problems) {
      std::cerr << "hvhk: " << core::describe(problem) << "\n";
    }
    std::cerr << fmt::format("hvhk: {} problem(s) found; nothing was imported.\n", problems.size());
    return 1;
  }
  if (auto saved = store.save(incoming); !saved) {
    std::cerr << "hvhk: " << saved.error().message << "\nhvhk: nothing was imported.\n";
    return 1;
  }
  std::cout << fmt::format("{}: {} network(s), {} organisation(s), {} location(s), {} offer(s) stored.\n", what,
                           incoming.networks.size(), incoming.organizations.size(), incoming.locations.size(),
                           incoming.services.size());
  return 0;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error(fmt::format("cannot read {}", path));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int run_migrate(const std::string& db_url) {
  auto connection = open_migrated(db_url);
  if (!connection) return 1;
  std::cout << "Database schema is at version " << store::schema_version(*connection) << ".\n";
  return 0;
}

int run_purge(const std::string& db_url, int audit_days) {
  if (!open_migrated(db_url)) return 1;
  store::RetentionPolicy policy;
  policy.audit = std::chrono::days(audit_days);
  const auto purged = jobs::Housekeeping(db_url, policy).run_once(std::chrono::system_clock::now());
  if (!purged) {
    std::cerr << "hvhk: " << purged.error().message << "\n";
    return 1;
  }
  std::cout << fmt::format(
      "deleted: {} expired session(s), {} old link(s), {} old mail(s), {} audit entries; anonymised {} "
      "registration(s)\n",
      purged->sessions, purged->tokens, purged->mails, purged->audit_entries, purged->registrations);
  return 0;
}

int run_demo(const std::string& db_url, const std::string& scale, unsigned seed) {
  auto connection = open_migrated(db_url);
  if (!connection) return 1;
  const auto started = std::chrono::steady_clock::now();
  const core::Catalogue catalogue = scale == "flanders" ? flanders_network(seed) : demo_network();
  store::CatalogueStore store(*connection);
  auto existing = store.load();
  if (!existing) {
    std::cerr << "hvhk: " << existing.error().message << "\n";
    return 1;
  }
  int rc = save_checked(store, catalogue, *existing, scale == "flanders" ? "Flanders-scale data" : "Demo network");
  if (rc == 0 && scale != "flanders") {
    store::RegistrationStore registrations(*connection);
    const std::string now = core::iso_utc(std::chrono::system_clock::now());
    for (const store::ActivitySession& session : demo_sessions()) {
      const auto added = registrations.add_session(session, now);
      if (!added && added.error().kind != core::Error::Kind::conflict) {  // a second `demo` keeps the first
        std::cerr << "hvhk: " << added.error().message << "\n";
        rc = 1;
      }
    }
  }
  spdlog::info(
      "demo data stored in {} ms",
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count());
  return rc;
}

int run_import(const std::string& db_url, const std::string& path, const std::string& format,
               const std::string& default_network_id) {
  auto connection = open_migrated(db_url);
  if (!connection) return 1;
  api::ImportOptions options;
  options.default_network_id = default_network_id;
  api::ImportResult result;
  try {
    result = format == "csv" ? api::read_hsds_csv(path, options) : api::read_hsds_json(read_file(path), options);
  } catch (const std::exception& e) {
    std::cerr << "hvhk: " << e.what() << "\n";
    return 1;
  }
  if (!result.problems.empty()) {
    for (const core::Problem& problem : result.problems) {
      std::cerr << "hvhk: " << core::describe(problem) << "\n";
    }
    std::cerr << fmt::format("hvhk: {} problem(s) found; nothing was imported.\n", result.problems.size());
    return 1;
  }
  store::CatalogueStore store(*connection);
  auto existing = store.load();
  if (!existing) {
    std::cerr << "hvhk: " << existing.error().message << "\n";
    return 1;
  }
  api::keep_stored_organizations(result, *existing);
  return save_checked(store, result.catalogue, *existing, "Import");
}

int run_export(const std::string& db_url, const std::string& path, const std::string& format) {
  auto connection = open_migrated(db_url);
  if (!connection) return 1;
  store::CatalogueStore store(*connection);
  auto catalogue = store.load();
  if (!catalogue) {
    std::cerr << "hvhk: " << catalogue.error().message << "\n";
    return 1;
  }
  try {
    if (format == "csv") {
      api::write_hsds_csv(*catalogue, path);
      std::cout << "HSDS tabular package written to " << path << "\n";
      return 0;
    }
    const std::string text = boost::json::serialize(api::export_document(*catalogue));
    if (path == "-") {
      std::cout << text << "\n";
    } else {
      std::ofstream out(path, std::ios::binary);
      out << text << "\n";
      if (!out) throw std::runtime_error(fmt::format("cannot write {}", path));
      std::cout << fmt::format("{} offers written to {}\n", catalogue->services.size(), path);
    }
  } catch (const std::exception& e) {
    std::cerr << "hvhk: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

int run_synonyms(const std::string& db_url, const std::string& network_id, const std::string& path) {
  auto connection = open_migrated(db_url);
  if (!connection) return 1;
  store::SynonymStore store(*connection);
  if (path.empty()) {
    auto list = store.load(network_id);
    if (!list) {
      std::cerr << "hvhk: " << list.error().message << "\n";
      return 1;
    }
    std::cout << list->lines;
    return 0;
  }
  std::stringstream text;
  if (path == "-") {
    text << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << fmt::format("hvhk: cannot read {}\n", path);
      return 1;
    }
    text << in.rdbuf();
  }
  // All or nothing: one bad line and the stored list stays as it was.
  const search::ParsedSynonyms parsed = search::Synonyms::parse(text.str());
  if (!parsed.problems.empty()) {
    for (const search::SynonymProblem& problem : parsed.problems) {
      std::cerr << fmt::format("{} line {}: \"{}\": {}\n", path, problem.line, problem.text, problem.message());
    }
    std::cerr << "hvhk: nothing saved; correct the lines above and try again\n";
    return 1;
  }
  auto saved = store.save(store::SynonymList{network_id, text.str(), core::iso_utc(std::chrono::system_clock::now())});
  if (!saved) {
    std::cerr << "hvhk: " << saved.error().message << "\n";
    return 1;
  }
  std::cout << fmt::format("synonyms of {} saved; running servers pick them up within their reload interval\n",
                           network_id);
  return 0;
}

// The second-step options of `hvhk user`: a reset (lost phone) ends the person's sessions too.
int run_user_two_factor(store::AccountStore& accounts, const std::string& user_id, const UserOptions& options,
                        const std::string& now) {
  if (options.reset_two_factor) {
    if (!accounts.reset_two_factor(user_id, now, "", "reset by an administrator") ||
        !accounts.delete_sessions_of(user_id, now, "")) {
      std::cerr << "hvhk: the second step could not be reset\n";
      return 1;
    }
    std::cout << "second step reset: the person sets it up again at the next sign-in\n";
  }
  if (!options.totp_secret.empty()) {
    const auto key = core::base32_decode(options.totp_secret);
    if (!key || key->size() < 10) {
      std::cerr << "hvhk: --totp-secret must be base32 (A-Z, 2-7) of at least 10 bytes\n";
      return 1;
    }
    if (!accounts.set_totp_secret(user_id, core::base32_encode(*key), true, now, "")) {
      std::cerr << "hvhk: the second-step secret could not be saved\n";
      return 1;
    }
    std::cout << "second-step secret set\n";
  }
  return 0;
}

int run_user(const std::string& db_url, const UserOptions& options) {
  auto connection = open_migrated(db_url);
  if (!connection) return 1;
  store::AccountStore accounts(*connection);
  const std::string now = core::iso_utc(std::chrono::system_clock::now());
  auto found = accounts.find_user_by_email(options.email);
  if (!found) {
    std::cerr << "hvhk: " << found.error().message << "\n";
    return 1;
  }
  std::optional<core::Role> role;
  if (!options.role.empty()) {
    role = core::parse_role(options.role);
    if (!role) {
      std::cerr << fmt::format("hvhk: unknown role '{}'\n", options.role);
      return 1;
    }
    if ((*role == core::Role::administrator) != options.scope.empty()) {
      std::cerr << "hvhk: an administrator has no --scope; every other role needs one\n";
      return 1;
    }
  }
  std::string user_id;
  if (*found) {
    user_id = (*found)->id;
  } else {
    // A new person: the password comes on standard input, never on the command line.
    std::string password;
    std::getline(std::cin, password);
    if (const auto problem = core::password_problem(password, options.email)) {
      std::cerr << "hvhk: " << *problem << "\n";
      return 1;
    }
    auto created = accounts.create_user(options.email, options.name, core::hash_password(password), now, "");
    if (!created) {
      std::cerr << "hvhk: " << created.error().message << "\n";
      return 1;
    }
    user_id = created->id;
    std::cout << fmt::format("account {} created\n", created->email);
  }
  if (role) {
    auto added = accounts.add_membership(user_id, core::Membership{*role, options.scope}, now, "");
    if (!added) {
      std::cerr << "hvhk: " << added.error().message << "\n";
      return 1;
    }
    std::cout << fmt::format("role {} {} given\n", options.role, options.scope);
  }
  return run_user_two_factor(accounts, user_id, options, now);
}

std::optional<core::DataKey> load_data_key(const std::string& path) {
  if (!std::filesystem::exists(path)) {
    const core::DataKey made = core::DataKey::generate();
    // O_EXCL: two servers starting at once never overwrite each other's new key.
    const int fd =
        ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);  // NOLINT(cppcoreguidelines-pro-type-vararg)
    if (fd >= 0) {
      const std::string text = made.hex() + "\n";
      const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
      ::close(fd);
      if (!written) {
        std::cerr << fmt::format("hvhk: cannot write the data key to {}\n", path);
        return std::nullopt;
      }
      spdlog::warn("made a new data key in {}: keep a copy apart from the database backups", path);
      return made;
    }
  }
  std::ifstream in(path);
  std::string text;
  std::getline(in, text);
  while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.pop_back();
  auto key = core::DataKey::from_hex(text);
  if (!key) std::cerr << fmt::format("hvhk: {} does not hold a data key (64 hexadecimal characters)\n", path);
  return key;
}

namespace {

constexpr std::size_t kIdleConnections = 16;

std::string data_key_path(const std::string& db_url, const ServeOptions& options) {
  if (!options.data_key_file.empty()) return options.data_key_file;
  if (db_url.starts_with("postgres")) return "hvhk-data.key";
  return (db_url.starts_with("sqlite:") ? db_url.substr(7) : db_url) + ".key";
}

}  // namespace

int run_serve(const std::string& db_url, const ServeOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  if (!open_migrated(db_url)) return 1;
  auto live = LiveCatalogue::open(db_url);
  if (!live) {
    std::cerr << "hvhk: " << live.error().message << "\n";
    return 1;
  }
  LiveCatalogue& catalogue = **live;
  if (options.reload_interval_s > 0) {
    catalogue.start_polling(std::chrono::milliseconds(static_cast<long>(options.reload_interval_s * 1000)));
  }
  // Requests, jobs and the catalogue reload reuse connections (store/connection_pool.h).
  store::enable_connection_pool(kIdleConnections);
  const auto key = load_data_key(data_key_path(db_url, options));
  if (!key) return 1;
  const auto data_key = std::make_shared<const core::DataKey>(*key);
  const api::IndexSource index = [&catalogue] { return catalogue.current(); };
  http::Router router;
  api::add_hsds_routes(router, index);
  web::add_site_routes(router, index,
                       [db_url](const std::string& service_id) { return web::upcoming_sessions(db_url, service_id); });
  web::add_registration_routes(router, web::RegistrationOptions{db_url, index, data_key});
  web::add_portal_routes(
      router, web::PortalOptions{db_url, [&catalogue] { return catalogue.current(); }, !options.two_factor_optional,
                                 [&catalogue] {
                                   if (auto reloaded = catalogue.refresh(); !reloaded) {
                                     spdlog::error("catalogue reload: {}", reloaded.error().message);
                                   }
                                 },
                                 data_key});
  std::unique_ptr<jobs::MailSender> mail;
  if (!options.smtp.url.empty()) {
    mail = std::make_unique<jobs::MailSender>(db_url, options.smtp);
    mail->start(std::chrono::seconds(10));
    spdlog::info("sending e-mail through {}", options.smtp.url);
  } else {
    spdlog::info("no --smtp-url: e-mail waits in the outbox");
  }
  store::RetentionPolicy retention;
  retention.audit = std::chrono::days(options.audit_days);
  jobs::Housekeeping housekeeping(db_url, retention);
  housekeeping.start(jobs::Housekeeping::kInterval);
  http::Server server(options.server, router);
  unsigned short port = 0;
  try {
    port = server.bind();
  } catch (const std::exception& e) {
    std::cerr << fmt::format("hvhk: cannot listen on {}:{}: {}\n", options.server.address, options.server.port,
                             e.what());
    return 1;
  }
  const std::string public_url =
      !options.public_url.empty() ? options.public_url : fmt::format("http://{}:{}", options.server.address, port);
  // Places offered from the line that lapse, and reminders the day before, every minute.
  const jobs::Periodic registration_rounds(
      [db_url, data_key, public_url, index] {
        auto connection = store::open_connection(db_url);
        web::TakingPart taking_part(*connection, *data_key, public_url, index);
        const std::string now = core::iso_utc(std::chrono::system_clock::now());
        if (auto lapsed = taking_part.lapse_offers(now); !lapsed) {
          spdlog::error("lapsing offered places: {}", lapsed.error().message);
        }
        if (auto reminded = taking_part.send_reminders(web::local_today(), now); !reminded) {
          spdlog::error("reminders: {}", reminded.error().message);
        }
      },
      std::chrono::minutes(1));
  if (!options.port_file.empty()) {
    const std::string tmp = options.port_file + ".tmp";
    std::ofstream(tmp) << port << "\n";
    std::filesystem::rename(tmp, options.port_file);
  }
  spdlog::info(
      "ready in {} ms",
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count());
  std::cout << fmt::format("HvhK serving on http://{}:{}/\n", options.server.address, port) << std::flush;
  server.run();
  return 0;
}

}  // namespace hvhk::app

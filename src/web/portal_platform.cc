#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <tuple>

#include "core/ids.h"
#include "core/postcodes.h"
#include "core/timestamps.h"
#include "core/validation.h"
#include "store/catalogue_edits.h"
#include "store/catalogue_store.h"
#include "store/coordinator_directory.h"
#include "web/invitations.h"
#include "web/offer_text.h"
#include "web/portal_session.h"

// The platform administrator's pages: every Huis van het Kind with its municipalities, partners,
// offers and coordinators; making a new Huis van het Kind (with municipalities that are not
// known yet); and appointing its coordinator (an account and an invitation by e-mail).
namespace hvhk::web::portal {
namespace {

constexpr std::size_t kMaxName = 200;    // as core::validate
constexpr std::size_t kMaxText = 10000;  // as core::validate
constexpr std::size_t kNewMunicipalityRows = 3;
constexpr const char* kBase = "/portaal/beheer";

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

bool digits(std::string_view text, std::size_t count) {
  return text.size() == count && text.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string lowered(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// "9000, 9030 9031" → {"9000", "9030", "9031"}: commas or spaces between postcodes.
std::vector<std::string> split_postcodes(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (const char c : text) {
    if (c == ',' || c == ' ' || c == ';') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

std::string display_name(const store::Coordinator& person) { return person.name.empty() ? person.email : person.name; }

// What the form for a new Huis van het Kind holds: what was typed, and the problem per field.
struct NetworkForm {
  std::map<std::string, std::string> values;
  std::set<std::string> chosen;  // NIS codes of known municipalities ticked
  std::map<std::string, std::string> errors;
  std::vector<std::string> error_order;  // fields in the order of the form, for the summary
  std::string form_error;
  [[nodiscard]] std::string value(const std::string& id) const {
    const auto found = values.find(id);
    return found == values.end() ? std::string() : found->second;
  }
  void error(const std::string& id, std::string text) {
    if (errors.emplace(id, std::move(text)).second) error_order.push_back(id);
  }
};

struct CoordinatorForm {
  std::string email;
  std::string name;
  std::string email_error;
  std::string form_error;
};

struct FieldSpec {
  std::string id;
  std::string label;
  std::string type = "text";  // an <input> type, or "area" for a <textarea>
  std::string hint = {};
  bool dutch = false;  // text partners and families read in Dutch
  std::string autocomplete = "off";
  std::size_t max = kMaxName;
};

// One field (template section FIELD): label, hint, problem, and the input with what was typed.
void add_field(ctemplate::TemplateDictionary& parent, const FieldSpec& spec, const NetworkForm& form) {
  auto* field = parent.AddSectionDictionary("FIELD");
  field->SetValue("ID", spec.id);
  field->SetValue("LABEL", spec.label);
  std::string described;
  if (!spec.hint.empty()) {
    field->AddSectionDictionary("HINT")->SetValue("TEXT", spec.hint);
    described = spec.id + "-hint";
  }
  const auto error = form.errors.find(spec.id);
  if (error != form.errors.end()) {
    field->AddSectionDictionary("ERROR")->SetValue("TEXT", error->second);
    described += (described.empty() ? "" : " ") + spec.id + "-error";
  }
  auto* input = field->AddSectionDictionary(spec.type == "area" ? "AREA" : "LINE");
  input->SetValue("TYPE", spec.type);
  input->SetValue("VALUE", form.value(spec.id));
  input->SetValue("AUTOCOMPLETE", spec.autocomplete);
  input->SetIntValue("MAX", static_cast<long>(spec.max));
  if (!described.empty()) input->AddSectionDictionary("DESCRIBED")->SetValue("IDS", described);
  if (error != form.errors.end()) input->ShowSection("INVALID");
  if (spec.dutch) input->ShowSection("DUTCH");
}

class PlatformPages {
 public:
  explicit PlatformPages(PortalOptions options) : options_(std::move(options)) {}

  // Every Huis van het Kind, with what it covers, its size and its coordinators.
  http::Response overview(const http::Request& request) const {
    auto checked = administrator(request);
    if (auto* refusal = std::get_if<http::Response>(&checked)) return std::move(*refusal);
    auto& admin = std::get<Admin>(checked);
    auto coordinators = store::CoordinatorDirectory(*admin.connection).by_network();
    if (!coordinators) {
      spdlog::warn("coordinators for the administrator: {}", coordinators.error().message);
      return message(request, 500, Words(request)("Something went wrong on our side. Please try again later."));
    }
    const search::CatalogueIndex& index = *admin.index;
    PageRender page(request, "platform.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("Manage the platform"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/portaal", "", lang));
    c.SetValue("BACK_LABEL", page.t("Partner portal"));
    c.SetValue("HEADING", page.t("Manage the platform"));
    c.SetValue("INTRO", page.t("Every Huis van het Kind on the platform, with its municipalities, partners, offers and "
                               "coordinators. A coordinator then invites the partners of their Huis van het Kind."));
    c.SetValue("NEW_URL", link(std::string(kBase) + "/huis-nieuw", "", lang));
    c.SetValue("NEW_LABEL", page.t("New Huis van het Kind"));
    if (request.query.get("nieuw")) {
      c.AddSectionDictionary("NOTICE")->SetValue(
          "TEXT", page.t("The Huis van het Kind is saved. Now appoint its coordinator."));
    }
    std::vector<const core::Network*> networks;
    for (const core::Network& n : index.catalogue().networks) networks.push_back(&n);
    std::sort(networks.begin(), networks.end(), [](const core::Network* a, const core::Network* b) {
      return std::tie(a->name, a->id) < std::tie(b->name, b->id);
    });
    if (networks.empty()) {
      c.AddSectionDictionary("NO_NETWORKS")->SetValue("TEXT", page.t("There is no Huis van het Kind yet."));
    } else {
      auto* table = c.AddSectionDictionary("NETWORKS");
      table->SetValue("CAPTION", page.t("Huizen van het Kind"));
      table->SetValue("NAME_COLUMN", page.t("Huis van het Kind"));
      table->SetValue("MUNICIPALITIES_COLUMN", page.t("Municipalities"));
      table->SetValue("PARTNERS_COLUMN", page.t("Partners"));
      table->SetValue("OFFERS_COLUMN", page.t("Offers"));
      table->SetValue("COORDINATORS_COLUMN", page.t("Coordinators"));
      for (const core::Network* n : networks) {
        auto* row = table->AddSectionDictionary("NETWORK");
        row->SetValue("NAME", n->name);
        row->SetValue("URL", link("/portaal/huis/" + n->id, "", lang));
        std::vector<std::string> names;
        for (const std::string& nis : n->municipality_nis_codes) {
          const core::Municipality* m = index.municipality(nis);
          names.push_back(m != nullptr ? m->name : nis);
        }
        std::sort(names.begin(), names.end());
        std::string joined;
        for (const std::string& name : names) joined += (joined.empty() ? "" : ", ") + name;
        row->SetValue("MUNICIPALITIES", joined);
        row->SetIntValue("PARTNERS", static_cast<long>(index.organizations_of_network(n->id).size()));
        row->SetIntValue("OFFERS", static_cast<long>(index.services_of_network(n->id).size()));
        const auto people = coordinators->find(n->id);
        if (people == coordinators->end() || people->second.empty()) {
          row->AddSectionDictionary("NO_COORDINATOR")->SetValue("TEXT", page.t("No coordinator yet."));
        } else {
          auto* list = row->AddSectionDictionary("COORDINATORS");
          for (const store::Coordinator& person : people->second) {
            auto* item = list->AddSectionDictionary("COORDINATOR");
            item->SetValue("NAME", display_name(person));
            item->SetValue("EMAIL", person.email);
            if (person.disabled) {
              item->AddSectionDictionary("STATE")->SetValue("TEXT", page.t("account turned off"));
            } else if (!person.has_password) {
              item->AddSectionDictionary("STATE")->SetValue("TEXT", page.t("invited, has not chosen a password yet"));
            }
          }
        }
        row->SetValue("APPOINT_URL", link(std::string(kBase) + "/huis/" + n->id + "/coordinator", "", lang));
        row->SetValue("APPOINT_LABEL", page.t("Appoint a coordinator"));
      }
    }
    return finish_private(page);
  }

  // A new Huis van het Kind: its details and municipalities, stored all at once or not at all.
  http::Response new_network(const http::Request& request) const {
    auto checked = administrator(request);
    if (auto* refusal = std::get_if<http::Response>(&checked)) return std::move(*refusal);
    auto& admin = std::get<Admin>(checked);
    const core::Catalogue& existing = admin.index->catalogue();
    NetworkForm form;
    if (request.method != "POST") return network_page(request, admin, form, 200);

    const Words t(request);
    http::QueryParams fields;
    const FormCheck check = read_form(request, admin.who, fields);
    for (const auto& [name, value] : fields.items()) {
      if (name != "csrf" && name != "municipality") form.values[name] = trimmed(value);
    }
    for (const std::string_view nis : fields.all("municipality")) form.chosen.emplace(nis);
    if (check != FormCheck::ok) {
      form.form_error = check == FormCheck::unreadable ? t("Something went wrong with the form. Please try again.")
                                                       : t("This form had expired. Please try again.");
      return network_page(request, admin, form, check == FormCheck::unreadable ? 400 : 403);
    }
    std::erase(form.values["description"], '\r');

    core::Network network;
    network.name = form.value("name");
    network.description = form.value("description");
    network.email = form.value("email");
    network.website = form.value("website");
    if (network.name.empty()) {
      form.error("name", t("Fill in the name of the Huis van het Kind."));
    } else if (network.name.size() > kMaxName) {
      form.error("name", t("This name is too long."));
    } else if (std::any_of(existing.networks.begin(), existing.networks.end(),
                           [&](const core::Network& n) { return lowered(n.name) == lowered(network.name); })) {
      form.error("name", t("There is already a Huis van het Kind with this name."));
    }
    if (network.description.size() > kMaxText) form.error("description", t("This text is too long."));
    if (!network.email.empty() && (!core::is_email(network.email) || network.email.size() > 254)) {
      form.error("email", t("Fill in an e-mail address, like info@huisvanhetkind.be."));
    }
    if (!network.website.empty() && (!core::is_http_url(network.website) || network.website.size() > kMaxName)) {
      form.error("website", t("Fill in a web address that starts with https://."));
    }
    std::set<std::string> known;
    for (const core::Municipality& m : existing.municipalities) known.insert(m.nis_code);
    for (const std::string& nis : form.chosen) {
      if (known.contains(nis)) network.municipality_nis_codes.push_back(nis);
    }

    core::Catalogue incoming;
    read_new_municipalities(form, known, t, incoming);
    for (const core::Municipality& m : incoming.municipalities) network.municipality_nis_codes.push_back(m.nis_code);
    if (network.municipality_nis_codes.empty() && !form.errors.contains("municipalities")) {
      form.error("municipalities", t("Choose at least one municipality, or add one below."));
    }
    if (!form.errors.empty()) return network_page(request, admin, form, 422);

    network.id = new_network_id(existing, network.name);
    incoming.networks.push_back(network);
    const auto problems = core::validate(incoming, existing);
    if (!problems.empty()) {
      form.form_error = t("This could not be saved:");
      for (const core::Problem& problem : problems) form.form_error += " " + core::describe(problem) + ".";
      return network_page(request, admin, form, 422);
    }
    store::CatalogueEdit edit;
    edit.resource_type = "network";
    edit.resource_id = network.id;
    edit.expected_version = 0;
    edit.action = "created";
    edit.actor_user_id = admin.who.user.id;
    edit.at = core::iso_utc(std::chrono::system_clock::now());
    const auto saved = store::CatalogueEdits(*admin.connection).save(incoming, edit);
    if (!saved) {
      if (saved.error().kind == core::Error::Kind::conflict) {
        form.error("name", t("There is already a Huis van het Kind with this name."));
        return network_page(request, admin, form, 409);
      }
      spdlog::warn("saving a new network: {}", saved.error().message);
      form.form_error = t("Something went wrong on our side. Please try again later.");
      return network_page(request, admin, form, 500);
    }
    spdlog::info("network {} (\"{}\") created by {}", network.id, network.name, admin.who.user.id);
    if (options_.catalogue_changed) options_.catalogue_changed();
    return redirect(link(kBase, "nieuw=1", choose_language(request).language->code));
  }

  // Appointing a coordinator of one Huis van het Kind: the account (made if needed), the role
  // and an e-mail, as a partner administrator invites a colleague.
  http::Response coordinator(const http::Request& request) const {
    auto checked = administrator(request);
    if (auto* refusal = std::get_if<http::Response>(&checked)) return std::move(*refusal);
    auto& admin = std::get<Admin>(checked);
    const auto id = request.path_params.find("id");
    const core::Network* net =
        admin.index->network(id == request.path_params.end() ? std::string_view() : std::string_view(id->second));
    if (net == nullptr) return refused(request, 404);
    CoordinatorForm form;
    if (request.method != "POST") return coordinator_page(request, *net, admin.who.session.csrf_token, form, 200);

    const Words t(request);
    http::QueryParams fields;
    const FormCheck check = read_form(request, admin.who, fields);
    form.email = trimmed(fields.get("email").value_or(""));
    form.name = trimmed(fields.get("name").value_or(""));
    if (check != FormCheck::ok) {
      form.form_error = check == FormCheck::unreadable ? t("Something went wrong with the form. Please try again.")
                                                       : t("This form had expired. Please try again.");
      return coordinator_page(request, *net, admin.who.session.csrf_token, form,
                              check == FormCheck::unreadable ? 400 : 403);
    }
    if (!core::is_email(form.email) || form.email.size() > 254) {
      form.email_error = t("Fill in an e-mail address, like naam@organisatie.be.");
      return coordinator_page(request, *net, admin.who.session.csrf_token, form, 422);
    }
    if (form.name.size() > kMaxName) form.name.resize(kMaxName);
    const Invitee invitee{form.email, form.name, {core::Role::coordinator, net->id}, net->name};
    const auto invited = invite(*admin.connection, admin.who.user, invitee, request);
    if (!invited) {
      spdlog::warn("appointing a coordinator of {}: {}", net->id, invited.error().message);
      form.form_error = t("Something went wrong on our side. Please try again later.");
      return coordinator_page(request, *net, admin.who.session.csrf_token, form, 500);
    }
    PageRender page(request, "message.tpl");
    auto& c = page.content();
    page.set_title(page.t("Coordinator appointed"));
    c.SetValue("HEADING", page.t("Coordinator appointed"));
    c.SetValue(
        "TEXT",
        invited->needs_password
            ? tf(page, "{0} is now coordinator of {1}. We sent an e-mail with a link to choose a password.", form.email,
                 net->name)
            : tf(page, "{0} is now coordinator of {1}. We sent them an e-mail about it.", form.email, net->name));
    c.SetValue("BACK_URL", link(kBase, "", page.language().code));
    c.SetValue("BACK_LABEL", page.t("Manage the platform"));
    return finish_private(page);
  }

 private:
  // What an administrator's page starts from.
  struct Admin {
    std::unique_ptr<store::Connection> connection;
    SignedIn who;
    std::shared_ptr<const search::CatalogueIndex> index;
  };

  // The signed-in administrator and the catalogue as stored now, or the answer instead: sign in
  // first (303) or not allowed (403).
  std::variant<Admin, http::Response> administrator(const http::Request& request) const {
    Admin admin{store::open_connection(options_.db_url), {}, nullptr};
    store::AccountStore accounts(*admin.connection);
    auto who = signed_in(request, accounts);
    if (!who) return redirect("/aanmelden");
    if (!core::allowed(who->user.memberships, core::Action::manage_platform, core::Target{})) {
      return refused(request, 403);
    }
    admin.who = std::move(*who);
    admin.index = current_index(*admin.connection);
    return admin;
  }

  // The finder's index, or a fresh one when the stored catalogue is newer (a network made a
  // moment ago shows at once, before the server's next reload). The fresh one is dropped as
  // soon as the finder's index has caught up.
  std::shared_ptr<const search::CatalogueIndex> current_index(store::Connection& connection) const {
    auto index = options_.index();
    store::CatalogueStore store(connection);
    const auto revision = store.revision();
    const std::lock_guard lock(fresh_mutex_);
    if (!revision || *revision == index->revision()) {
      fresh_.reset();
      return index;
    }
    if (fresh_ && fresh_->revision() == *revision) return fresh_;
    auto loaded = store.load();
    if (!loaded) {
      spdlog::warn("catalogue load for the administrator failed: {}", loaded.error().message);
      return index;
    }
    fresh_ = std::make_shared<const search::CatalogueIndex>(std::move(*loaded), *revision);
    return fresh_;
  }

  // A stable id from the name (core::stable_uuid), with a number added when it is taken.
  static std::string new_network_id(const core::Catalogue& existing, const std::string& name) {
    std::set<std::string> taken;
    for (const core::Network& n : existing.networks) taken.insert(n.id);
    std::string id = core::stable_uuid("network/" + lowered(name));
    for (int n = 2; taken.contains(id); ++n) id = core::stable_uuid(fmt::format("network/{}#{}", lowered(name), n));
    return id;
  }

  // The rows for municipalities that are not known yet: a row counts when any of its fields is
  // filled. Each problem is kept next to its field; good rows go into incoming.
  static void read_new_municipalities(NetworkForm& form, const std::set<std::string>& known, const Words& t,
                                      core::Catalogue& incoming) {
    const core::PostcodeDirectory& postcodes = core::PostcodeDirectory::embedded();
    std::set<std::string> added;
    for (std::size_t row = 1; row <= kNewMunicipalityRows; ++row) {
      const std::string prefix = fmt::format("new-{}-", row);
      const std::string nis = form.value(prefix + "nis");
      std::string name = form.value(prefix + "name");
      const std::string codes = form.value(prefix + "postcodes");
      if (nis.empty() && name.empty() && codes.empty()) continue;
      bool good = true;
      if (!digits(nis, 5)) {
        form.error(prefix + "nis", t("A NIS code has 5 digits, like 44021."));
        good = false;
      } else if (known.contains(nis)) {
        form.error(prefix + "nis", t("This municipality is known already: tick it in the list above."));
        good = false;
      } else if (added.contains(nis)) {
        form.error(prefix + "nis", t("You added this NIS code twice."));
        good = false;
      }
      core::Municipality m{nis, name, split_postcodes(codes)};
      if (m.postcodes.empty()) {
        form.error(prefix + "postcodes", t("Fill in at least one postcode."));
        good = false;
      }
      for (const std::string& code : m.postcodes) {
        if (!digits(code, 4) || postcodes.places(code).empty()) {
          form.error(prefix + "postcodes", fmt::format(fmt::runtime(t("Postcode {0} does not exist.")), code));
          good = false;
          break;
        }
      }
      if (name.size() > kMaxName) {
        form.error(prefix + "name", t("This name is too long."));
        good = false;
      }
      if (!good) continue;
      if (m.name.empty()) m.name = postcodes.places(m.postcodes.front()).front()->name;
      std::sort(m.postcodes.begin(), m.postcodes.end());
      m.postcodes.erase(std::unique(m.postcodes.begin(), m.postcodes.end()), m.postcodes.end());
      added.insert(nis);
      incoming.municipalities.push_back(std::move(m));
    }
  }

  static http::Response network_page(const http::Request& request, const Admin& admin, const NetworkForm& form,
                                     unsigned status) {
    PageRender page(request, "platform_network.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("New Huis van het Kind"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link(kBase, "", lang));
    c.SetValue("BACK_LABEL", page.t("Manage the platform"));
    c.SetValue("HEADING", page.t("New Huis van het Kind"));
    c.SetValue("INTRO", page.t("Its name, how families reach it, and the municipalities it works for. After saving, "
                               "you appoint its coordinator."));
    c.SetValue("ACTION", link(std::string(kBase) + "/huis-nieuw", "", lang));
    c.SetValue("CSRF", admin.who.session.csrf_token);
    if (!form.form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form.form_error);
    if (!form.errors.empty()) {
      auto* summary = c.AddSectionDictionary("ERRORS");
      summary->SetValue("INTRO", page.t("Nothing was saved. Correct these fields:"));
      for (const std::string& id : form.error_order) {
        auto* item = summary->AddSectionDictionary("ITEM");
        item->SetValue("ID", id);
        item->SetValue("TEXT", form.errors.at(id));
      }
    }
    const FieldSpec fields[] = {
        {.id = "name", .label = page.t("Name"), .hint = page.t("For example: Huis van het Kind Zele."), .dutch = true},
        {.id = "description",
         .label = page.t("Description (optional)"),
         .type = "area",
         .dutch = true,
         .max = kMaxText},
        {.id = "email", .label = page.t("E-mail address (optional)"), .type = "email"},
        {.id = "website", .label = page.t("Website (optional)"), .type = "url"},
    };
    for (const FieldSpec& spec : fields) add_field(c, spec, form);

    c.SetValue("MUNICIPALITIES_LEGEND", page.t("Municipalities"));
    c.SetValue("MUNICIPALITIES_HINT", page.t("Tick the municipalities this Huis van het Kind works for."));
    if (const auto error = form.errors.find("municipalities"); error != form.errors.end()) {
      c.AddSectionDictionary("MUNICIPALITIES_ERROR")->SetValue("TEXT", error->second);
    }
    std::vector<const core::Municipality*> municipalities;
    for (const core::Municipality& m : admin.index->catalogue().municipalities) municipalities.push_back(&m);
    std::sort(municipalities.begin(), municipalities.end(),
              [](const core::Municipality* a, const core::Municipality* b) {
                return std::tie(a->name, a->nis_code) < std::tie(b->name, b->nis_code);
              });
    if (municipalities.empty()) {
      c.AddSectionDictionary("NO_MUNICIPALITIES")->SetValue("TEXT", page.t("No municipality is known yet."));
    }
    for (const core::Municipality* m : municipalities) {
      auto* row = c.AddSectionDictionary("MUNICIPALITY");
      row->SetValue("NIS", m->nis_code);
      row->SetValue("NAME", m->name);
      if (form.chosen.contains(m->nis_code)) row->ShowSection("CHECKED");
    }
    c.SetValue("NEW_LEGEND", page.t("Municipalities that are not in the list yet"));
    c.SetValue("NEW_HINT", page.t("Fill in a row only for a municipality that is missing above. The name may stay "
                                  "empty: we then take it from the first postcode."));
    for (std::size_t row = 1; row <= kNewMunicipalityRows; ++row) {
      auto* group = c.AddSectionDictionary("NEW");
      group->SetValue("LEGEND", tf(page, "New municipality {0}", row));
      const std::string prefix = fmt::format("new-{}-", row);
      const FieldSpec specs[] = {
          {.id = prefix + "nis", .label = page.t("NIS code"), .hint = page.t("5 digits, like 44021.")},
          {.id = prefix + "name", .label = page.t("Name (optional)"), .dutch = true},
          {.id = prefix + "postcodes",
           .label = page.t("Postcodes"),
           .hint = page.t("Separated by commas, like 9000, 9030.")},
      };
      for (const FieldSpec& spec : specs) add_field(*group, spec, form);
    }
    c.SetValue("BUTTON", page.t("Save the Huis van het Kind"));
    return finish_private(page, status);
  }

  static http::Response coordinator_page(const http::Request& request, const core::Network& net,
                                         const std::string& csrf, const CoordinatorForm& form, unsigned status) {
    PageRender page(request, "platform_coordinator.tpl");
    const std::string lang(page.language().code);
    page.set_title(tf(page, "Appoint a coordinator of {0}", net.name));
    auto& c = page.content();
    c.SetValue("BACK_URL", link(kBase, "", lang));
    c.SetValue("BACK_LABEL", page.t("Manage the platform"));
    c.SetValue("HEADING_START", page.t("Appoint a coordinator"));
    c.SetValue("NETWORK", net.name);
    c.SetValue("INTRO", page.t("A new coordinator gets an e-mail with a link to choose a password. Someone who "
                               "already has an account gets the role at once and a short e-mail about it."));
    c.SetValue("ACTION", link(std::string(kBase) + "/huis/" + net.id + "/coordinator", "", lang));
    c.SetValue("CSRF", csrf);
    c.SetValue("EMAIL_LABEL", page.t("E-mail address"));
    c.SetValue("EMAIL", form.email);
    c.SetValue("NAME_LABEL", page.t("Name (optional)"));
    c.SetValue("NAME", form.name);
    c.SetValue("BUTTON", page.t("Appoint and send the e-mail"));
    if (!form.form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form.form_error);
    if (!form.email_error.empty()) c.AddSectionDictionary("EMAIL_ERROR")->SetValue("TEXT", form.email_error);
    return finish_private(page, status);
  }

  PortalOptions options_;
  mutable std::mutex fresh_mutex_;
  mutable std::shared_ptr<const search::CatalogueIndex> fresh_;
};

}  // namespace

void add_platform_routes(http::Router& router, const PortalOptions& options) {
  auto pages = std::make_shared<PlatformPages>(options);
  const auto add = [&](const char* method, const std::string& pattern,
                       http::Response (PlatformPages::*handler)(const http::Request&) const) {
    router.add(method, pattern, [pages, handler](http::Request& req) { return ((*pages).*handler)(req); });
  };
  const std::string base = kBase;
  add("GET", base, &PlatformPages::overview);
  add("GET", base + "/huis-nieuw", &PlatformPages::new_network);
  add("POST", base + "/huis-nieuw", &PlatformPages::new_network);
  add("GET", base + "/huis/{id}/coordinator", &PlatformPages::coordinator);
  add("POST", base + "/huis/{id}/coordinator", &PlatformPages::coordinator);
}

}  // namespace hvhk::web::portal

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "core/changes.h"
#include "core/ids.h"
#include "core/postcodes.h"
#include "core/timestamps.h"
#include "core/validation.h"
#include "core/vocabulary.h"
#include "store/catalogue_edits.h"
#include "store/catalogue_store.h"
#include "store/offer_review_store.h"
#include "store/staff_directory.h"
#include "web/invitations.h"
#include "web/offer_text.h"
#include "web/portal_session.h"

// The pages of one organisation: what it offers and where, its profile and places (each save
// checked against the version the form was opened with, and kept in the record's history), and
// its colleagues (inviting, changing a role, removing).
namespace hvhk::web::portal {
namespace {

constexpr std::size_t kHistoryRows = 60;
constexpr std::size_t kMaxName = 200;    // as core::validate
constexpr std::size_t kMaxText = 10000;  // as core::validate
constexpr std::size_t kMaxPhone = 40;    // as core::validate
constexpr std::size_t kMaxPhones = 10;

// The catalogue as it is stored now: the finder's index when it has the latest revision, else
// a fresh load. Edit pages start from this, so a form never shows values older than its version.
std::shared_ptr<const core::Catalogue> stored_catalogue(store::Connection& connection,
                                                        const std::shared_ptr<const search::CatalogueIndex>& index) {
  store::CatalogueStore store(connection);
  const auto revision = store.revision();
  if (revision && *revision == index->revision()) {
    return {index, &index->catalogue()};
  }
  auto loaded = store.load();
  if (!loaded) {
    spdlog::warn("catalogue load for the portal failed: {}", loaded.error().message);
    return {index, &index->catalogue()};
  }
  return std::make_shared<const core::Catalogue>(std::move(*loaded));
}

const core::Organization* find_organization(const core::Catalogue& catalogue, std::string_view id) {
  for (const core::Organization& o : catalogue.organizations) {
    if (o.id == id) return &o;
  }
  return nullptr;
}

const core::Location* find_location(const core::Catalogue& catalogue, std::string_view id) {
  for (const core::Location& l : catalogue.locations) {
    if (l.id == id) return &l;
  }
  return nullptr;
}

std::string path_param(const http::Request& request, const std::string& name) {
  const auto found = request.path_params.find(name);
  return found == request.path_params.end() ? std::string() : found->second;
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// Text from a textarea: Windows line ends made plain, spaces around trimmed.
std::string text_field(const http::QueryParams& fields, std::string_view name) {
  std::string text = trimmed(fields.get(name).value_or(""));
  std::erase(text, '\r');
  return text;
}

std::string phones_text(const std::vector<core::Phone>& phones) {
  std::string text;
  for (const core::Phone& phone : phones) text += (text.empty() ? "" : "\n") + phone.number;
  return text;
}

// Phone numbers, one per line; a number that was there already keeps its id (and its kind).
// Returns false when a line is not a phone number.
bool parse_phones(const std::string& text, const std::vector<core::Phone>& before, std::vector<core::Phone>& out) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string number = trimmed(std::string_view(text).substr(start, end - start));
    start = end + 1;
    if (number.empty()) continue;
    const bool plain = number.find_first_not_of("0123456789 +./()-") == std::string::npos;
    if (!plain || number.size() > kMaxPhone || number.find_first_of("0123456789") == std::string::npos ||
        out.size() == kMaxPhones) {
      return false;
    }
    const auto same =
        std::find_if(before.begin(), before.end(), [&](const core::Phone& p) { return p.number == number; });
    out.push_back(same != before.end() ? *same : core::Phone{core::random_uuid(), number, "voice", ""});
  }
  return true;
}

std::int64_t version_field(const http::QueryParams& fields) {
  const std::string text(fields.get("version").value_or(""));
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stoll(text);
}

// "2026-11-23T08:05:00Z" → "2026-11-23 08:05 UTC".
std::string moment_text(const std::string& iso) {
  if (iso.size() < 16) return iso;
  return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}

std::string term_label(const PageRender& page, const core::Vocabulary& vocabulary, std::string_view code) {
  const core::Term* term = vocabulary.find(code);
  return term == nullptr ? std::string(code) : page.t(term->label_nl);
}

// What a form says about each field: the value typed, a problem, what is stored now (after a
// colleague's save).
struct FormState {
  std::map<std::string, std::string> values;
  std::map<std::string, std::string> errors;
  std::map<std::string, std::string> stored_now;
  std::int64_t version = 0;
  std::string form_error;
  bool conflict = false;
  bool saved = false;
  bool unchanged = false;
  [[nodiscard]] std::string value(const std::string& id) const {
    const auto found = values.find(id);
    return found == values.end() ? std::string() : found->second;
  }
};

enum class Input { line, email, url, tel, area, choice };

struct Choice {
  std::string code;
  std::string label;
};

struct FieldSpec {
  std::string id = {};
  std::string label = {};
  Input input = Input::line;
  std::string hint = {};
  bool dutch = false;  // partner-written Dutch text
  std::vector<Choice> choices = {};
  std::string autocomplete = "off";
};

// One field of an edit form (template section FIELD): label, hint, what is stored now, the
// problem, and the input with its value.
void add_field(ctemplate::TemplateDictionary& c, const PageRender& page, const FieldSpec& spec, const FormState& form) {
  auto* field = c.AddSectionDictionary("FIELD");
  field->SetValue("ID", spec.id);
  field->SetValue("LABEL", spec.label);
  std::string described;
  if (!spec.hint.empty()) {
    field->AddSectionDictionary("HINT")->SetValue("TEXT", spec.hint);
    described = spec.id + "-hint";
  }
  if (const auto stored = form.stored_now.find(spec.id); stored != form.stored_now.end()) {
    std::string now = stored->second;
    for (const Choice& choice : spec.choices) {
      if (choice.code == now) now = choice.label;
    }
    field->AddSectionDictionary("STORED")->SetValue("TEXT",
                                                    tf(page, "Now stored: {0}", now.empty() ? page.t("(empty)") : now));
    described += (described.empty() ? "" : " ") + spec.id + "-stored";
  }
  const auto error = form.errors.find(spec.id);
  if (error != form.errors.end()) {
    field->AddSectionDictionary("ERROR")->SetValue("TEXT", error->second);
    described += (described.empty() ? "" : " ") + spec.id + "-error";
  }
  const std::string value = form.value(spec.id);
  const char* section = spec.input == Input::area ? "AREA" : spec.input == Input::choice ? "CHOICE" : "LINE";
  auto* input = field->AddSectionDictionary(section);
  input->SetValue("VALUE", value);
  if (!described.empty()) input->AddSectionDictionary("DESCRIBED")->SetValue("IDS", described);
  if (error != form.errors.end()) input->ShowSection("INVALID");
  if (spec.dutch) input->ShowSection("DUTCH");
  switch (spec.input) {
    case Input::email:
      input->SetValue("TYPE", "email");
      break;
    case Input::url:
      input->SetValue("TYPE", "url");
      break;
    case Input::tel:
      input->SetValue("TYPE", "tel");
      break;
    default:
      input->SetValue("TYPE", "text");
  }
  input->SetValue("AUTOCOMPLETE", spec.autocomplete);
  input->SetIntValue("MAX", spec.input == Input::area ? static_cast<long>(kMaxText) : static_cast<long>(kMaxName));
  for (const Choice& choice : spec.choices) {
    auto* option = input->AddSectionDictionary("OPTION");
    option->SetValue("CODE", choice.code);
    option->SetValue("LABEL", choice.label);
    if (choice.code == value) option->ShowSection("SELECTED");
  }
}

// The words people read for a field of the history (core::changes names them in code).
std::string field_label(const PageRender& page, const std::string& field) {
  static const std::map<std::string, std::string> kLabels{
      {"name", "Name"},
      {"alternate_name", "Other name"},
      {"description", "Description"},
      {"email", "E-mail address"},
      {"website", "Website"},
      {"partner_type", "Kind of partner"},
      {"networks", "Huis van het Kind"},
      {"phones", "Phone numbers"},
      {"contacts", "Contacts"},
      {"kind", "Kind of place"},
      {"url", "Web address"},
      {"address", "Address"},
      {"latitude", "Map point (latitude)"},
      {"longitude", "Map point (longitude)"},
      {"transportation", "Public transport"},
      {"accessibility", "Accessibility"},
  };
  const auto found = kLabels.find(field);
  return found == kLabels.end() ? field : page.t(found->second);
}

// A stored value as people read it: the words of a code, not the code.
std::string value_text(const PageRender& page, const std::string& field, const std::string& value) {
  if (field == "partner_type") return term_label(page, core::partner_types(), value);
  if (field == "kind") return term_label(page, core::location_kinds(), value);
  return value;
}

// The record's history (newest first): when, who, what, before → after.
void add_history(ctemplate::TemplateDictionary& c, const PageRender& page, store::Connection& connection,
                 const std::string& type, const std::string& id) {
  c.SetValue("HISTORY_HEADING", page.t("History"));
  auto history = store::CatalogueEdits(connection).history(type, id, kHistoryRows);
  if (!history || history->empty()) {
    c.AddSectionDictionary("NO_HISTORY")->SetValue("TEXT", page.t("No changes made in the portal yet."));
    return;
  }
  auto* table = c.AddSectionDictionary("HISTORY");
  table->SetValue("WHEN_COLUMN", page.t("When"));
  table->SetValue("WHO_COLUMN", page.t("Who"));
  table->SetValue("WHAT_COLUMN", page.t("What"));
  table->SetValue("BEFORE_COLUMN", page.t("Before"));
  table->SetValue("AFTER_COLUMN", page.t("After"));
  store::AccountStore accounts(connection);
  std::map<std::string, std::string> names;
  for (const store::ChangeEntry& entry : *history) {
    if (!names.contains(entry.actor_user_id)) {
      auto user = accounts.find_user(entry.actor_user_id);
      names[entry.actor_user_id] = user && *user ? ((*user)->name.empty() ? (*user)->email : (*user)->name) : "";
    }
    auto* row = table->AddSectionDictionary("CHANGE");
    row->SetValue("WHEN", moment_text(entry.at));
    row->SetValue("WHO", names[entry.actor_user_id].empty() ? page.t("(unknown)") : names[entry.actor_user_id]);
    if (entry.field.empty()) {
      row->SetValue("WHAT", entry.action == "created" ? page.t("Created") : entry.action);
    } else {
      row->SetValue("WHAT", field_label(page, entry.field));
    }
    row->SetValue("BEFORE", value_text(page, entry.field, entry.previous));
    row->SetValue("AFTER", value_text(page, entry.field, entry.replacement));
  }
}

// The notices above an edit form: saved, nothing changed, a colleague's save, a problem.
void add_notices(ctemplate::TemplateDictionary& c, const PageRender& page, const FormState& form) {
  if (form.saved) c.AddSectionDictionary("SAVED")->SetValue("TEXT", page.t("Saved."));
  if (form.unchanged)
    c.AddSectionDictionary("SAVED")->SetValue("TEXT", page.t("Nothing changed, so nothing was saved."));
  if (form.conflict) {
    auto* conflict = c.AddSectionDictionary("CONFLICT");
    conflict->SetValue("TEXT", page.t("A colleague saved this while you were editing. Your changes are not saved yet: "
                                      "your text is still in the form, and below a field you see what is stored now "
                                      "where it differs. Check it and save again to keep your version."));
  }
  if (!form.form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form.form_error);
  if (!form.errors.empty()) {
    auto* summary = c.AddSectionDictionary("ERRORS");
    summary->SetValue("INTRO", page.t("Nothing was saved. Correct these fields:"));
    for (const auto& [id, text] : form.errors) {
      auto* item = summary->AddSectionDictionary("ITEM");
      item->SetValue("ID", id);
      item->SetValue("TEXT", text);
    }
  }
}

// Problems of the safety net (core::validate) for the form's summary.
std::string safety_net(const core::Catalogue& incoming, const core::Catalogue& existing, const Words& t) {
  const auto problems = core::validate(incoming, existing);
  if (problems.empty()) return "";
  std::string text = t("This could not be saved:");
  for (const core::Problem& problem : problems) text += " " + core::describe(problem) + ".";
  return text;
}

FormState profile_state(const core::Organization& o) {
  FormState form;
  form.values = {{"name", o.name},
                 {"alternate_name", o.alternate_name},
                 {"description", o.description},
                 {"email", o.email},
                 {"website", o.website},
                 {"partner_type", o.partner_type},
                 {"phones", phones_text(o.phones)}};
  return form;
}

FormState place_state(const core::Location& l) {
  FormState form;
  form.values = {{"id", l.id},
                 {"name", l.name},
                 {"kind", l.kind},
                 {"street", l.address ? l.address->street : ""},
                 {"postcode", l.address ? l.address->postcode : ""},
                 {"city", l.address ? l.address->city : ""},
                 {"url", l.url},
                 {"network", l.network_id},
                 {"accessibility", l.accessibility},
                 {"transportation", l.transportation},
                 {"description", l.description},
                 {"phones", phones_text(l.phones)}};
  return form;
}

// A field of the history (core::changes) is shown next to the form field that holds it.
std::string form_field_of(const std::string& field) {
  if (field == "address") return "street";
  if (field == "networks") return "network";
  return field;
}

// What a colleague's save left stored, next to each field where it differs from what was typed.
void mark_stored_now(FormState& form, const std::vector<core::FieldChange>& differences) {
  for (const core::FieldChange& change : differences) {
    const std::string id = form_field_of(change.field);
    if (form.values.contains(id)) form.stored_now[id] = change.previous;
  }
}

class OrganizationPages {
 public:
  explicit OrganizationPages(PortalOptions options) : options_(std::move(options)) {}

  // An organisation as its partner admins and staff (and its network's coordinators) see it.
  http::Response organization(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::view_organization, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    const auto catalogue = stored_catalogue(*connection, index);
    const core::Organization* fresh = find_organization(*catalogue, org->id);
    if (fresh == nullptr) fresh = org;
    PageRender page(request, "portal_organization.tpl");
    const std::string lang(page.language().code);
    const std::string base = "/portaal/organisatie/" + org->id;
    const core::Target target = target_of(*index, *org);
    page.set_title(fresh->name);
    auto& c = page.content();
    c.SetValue("BACK_LABEL", page.t("Partner portal"));
    c.SetValue("NAME", fresh->name);
    const core::Term* type = core::partner_types().find(fresh->partner_type);
    c.SetValue("TYPE", type != nullptr ? page.t(type->label_nl) : "");
    const std::tuple<core::Action, std::string, std::string> tasks[] = {
        {core::Action::edit_organization, base + "/profiel", page.t("Profile of the organisation")},
        {core::Action::view_organization, base + "/plaatsen", page.t("Places")},
        {core::Action::manage_staff, base + "/medewerkers", page.t("Colleagues")},
        {core::Action::manage_staff, base + "/uitnodigen", page.t("Invite a colleague")},
    };
    for (const auto& [action, url, label] : tasks) {
      if (!core::allowed(who.user.memberships, action, target)) continue;
      auto* task = c.AddSectionDictionary("TASK");
      task->SetValue("URL", link(url, "", lang));
      task->SetValue("LABEL", label);
    }
    c.SetValue("OFFERS_HEADING", page.t("Offers"));
    c.SetValue("OFFER_COLUMN", page.t("Offer"));
    c.SetValue("STATUS_COLUMN", page.t("Status"));
    c.SetValue("CHANGED_COLUMN", page.t("Last changed"));
    c.SetValue("PUBLIC_COLUMN", page.t("As families see it"));
    const bool edits_offers = core::allowed(who.user.memberships, core::Action::edit_offer, target);
    if (edits_offers) {
      auto* add = c.AddSectionDictionary("NEW_OFFER");
      add->SetValue("URL", link(base + "/aanbod/nieuw", "", lang));
      add->SetValue("LABEL", page.t("New offer"));
    }
    // Offers waiting for the coordinator's review, or sent back: new ones are not published yet.
    std::map<std::string, std::string> draft_state;  // offer id → state
    if (auto drafts = store::OfferReviewStore(*connection).of_organization(org->id); drafts && !drafts->empty()) {
      auto* list = c.AddSectionDictionary("DRAFTS");
      list->SetValue("HEADING", page.t("Waiting for review or sent back"));
      for (const store::OfferDraft& d : *drafts) {
        draft_state[d.service_id] = d.state;
        auto* row = list->AddSectionDictionary("DRAFT");
        row->SetValue("NAME", d.name);
        row->SetValue("URL", link(base + "/aanbod/" + d.service_id, "", lang));
        row->SetValue("STATE",
                      d.state == "returned" ? tf(page, "Sent back: \"{0}\"", d.note) : page.t("Waiting for review"));
      }
    }
    const auto& offers = index->services_of(org->id);
    if (offers.empty()) c.AddSectionDictionary("NO_OFFERS")->SetValue("TEXT", page.t("No offers yet."));
    for (const std::uint32_t i : offers) {
      const core::Service& s = index->catalogue().services[i];
      auto* row = c.AddSectionDictionary("OFFER");
      const std::string public_url = link("/aanbod/" + s.id, "", lang);
      row->SetValue("URL", edits_offers ? link(base + "/aanbod/" + s.id, "", lang) : public_url);
      row->SetValue("NAME", s.name);
      row->SetValue("PUBLIC_URL", public_url);
      row->SetValue("PUBLIC_LABEL", page.t("Public page"));
      std::string status = s.status == "active" ? page.t("Visible to families") : page.t("Not visible");
      if (draft_state.contains(s.id)) status += " · " + page.t("a change waits for review");
      row->SetValue("STATUS", status);
      row->SetValue("CHANGED", s.last_modified.substr(0, 10));
    }
    c.SetValue("PLACES_HEADING", page.t("Places"));
    const bool edits_places = core::allowed(who.user.memberships, core::Action::edit_organization, target);
    bool any_place = false;
    for (const core::Location& l : catalogue->locations) {
      if (l.organization_id != org->id) continue;
      any_place = true;
      auto* place = c.AddSectionDictionary("PLACE");
      place->SetValue("NAME", l.name);
      place->SetValue("URL",
                      edits_places ? link(base + "/plaatsen/" + l.id, "", lang) : link("/locatie/" + l.id, "", lang));
    }
    if (!any_place) c.AddSectionDictionary("NO_PLACES")->SetValue("TEXT", page.t("No places yet."));
    return finish_private(page);
  }

  // The organisation's profile as families and partners read it in the finder.
  http::Response profile(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::edit_organization, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    const Words t(request);
    store::CatalogueEdits edits(*connection);
    // The version first, then the record: a save in between shows as a conflict, never as a
    // silent overwrite.
    const auto current_version = edits.version("organization", org->id);
    const auto catalogue = stored_catalogue(*connection, index);
    const core::Organization* stored = find_organization(*catalogue, org->id);
    if (!current_version || stored == nullptr) {
      return message(request, 500, t("Something went wrong on our side. Please try again later."));
    }
    const Screen screen{request, *connection, who.session.csrf_token};
    FormState form = profile_state(*stored);
    form.version = *current_version;
    if (request.method != "POST") {
      form.saved = request.query.get("bewaard").has_value();
      return profile_page(screen, *stored, form, 200);
    }
    http::QueryParams fields;
    if (const auto refused_form = check_form(request, who, fields, t, form)) {
      return profile_page(screen, *stored, form, *refused_form);
    }
    for (const char* id : {"name", "alternate_name", "email", "website", "partner_type"}) {
      form.values[id] = trimmed(fields.get(id).value_or(""));
    }
    form.values["description"] = text_field(fields, "description");
    form.values["phones"] = text_field(fields, "phones");
    form.version = version_field(fields);

    core::Organization after = *stored;
    after.name = form.value("name");
    after.alternate_name = form.value("alternate_name");
    after.description = form.value("description");
    after.email = form.value("email");
    after.website = form.value("website");
    after.partner_type = form.value("partner_type");
    after.phones.clear();
    if (after.name.empty() || after.name.size() > kMaxName) {
      form.errors["name"] = t("Fill in the name of the organisation (at most 200 characters).");
    }
    if (after.alternate_name.size() > kMaxName) form.errors["alternate_name"] = t("Use at most 200 characters.");
    if (after.description.size() > kMaxText) form.errors["description"] = t("Use at most 10,000 characters.");
    if (!after.email.empty() && (!core::is_email(after.email) || after.email.size() > 254)) {
      form.errors["email"] = t("Fill in an e-mail address, like naam@organisatie.be.");
    }
    if (!after.website.empty() && !core::is_http_url(after.website)) {
      form.errors["website"] = t("Fill in a web address that starts with https://, like https://www.organisatie.be.");
    }
    if (!core::partner_types().contains(after.partner_type))
      form.errors["partner_type"] = t("Choose a kind of partner.");
    if (!parse_phones(form.value("phones"), stored->phones, after.phones)) {
      form.errors["phones"] = t("Write one phone number per line, with digits, spaces and + . / ( ) - only.");
    }
    if (!form.errors.empty()) return profile_page(screen, *stored, form, 422);

    auto differences = core::changes(*stored, after);
    if (differences.empty() && form.version == *current_version) {
      form.unchanged = true;
      return profile_page(screen, *stored, form, 200);
    }
    const std::string now = core::iso_utc(std::chrono::system_clock::now());
    after.last_modified = now;
    core::Catalogue records;
    records.organizations.push_back(after);
    form.form_error = safety_net(records, *catalogue, t);
    if (!form.form_error.empty()) return profile_page(screen, *stored, form, 422);
    const auto saved = edits.save(
        records, store::CatalogueEdit{"organization", org->id, form.version, "updated", who.user.id, now, differences});
    if (!saved) {
      if (saved.error().kind != core::Error::Kind::conflict) {
        spdlog::error("saving the profile of {} failed: {}", org->id, saved.error().message);
        form.form_error = t("Something went wrong on our side. Please try again later.");
        return profile_page(screen, *stored, form, 500);
      }
      // A colleague saved in between: what is stored now, and a form that saves on top of it.
      form.conflict = true;
      form.version = *current_version;
      mark_stored_now(form, differences);
      return profile_page(screen, *stored, form, 409);
    }
    if (options_.catalogue_changed) options_.catalogue_changed();
    return redirect(link("/portaal/organisatie/" + org->id + "/profiel", "bewaard=1", language_of(request)));
  }

  // The places of the organisation, each with a link to edit it and to its public page.
  http::Response places(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::view_organization, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    const auto catalogue = stored_catalogue(*connection, index);
    PageRender page(request, "locations.tpl");
    const std::string lang(page.language().code);
    const std::string base = "/portaal/organisatie/" + org->id;
    const bool editor = core::allowed(who.user.memberships, core::Action::edit_organization, target_of(*index, *org));
    page.set_title(tf(page, "Places of {0}", org->name));
    auto& c = page.content();
    c.SetValue("BACK_URL", link(base, "", lang));
    c.SetValue("BACK_LABEL", org->name);
    c.SetValue("HEADING", tf(page, "Places of {0}", org->name));
    c.SetValue("INTRO",
               page.t("The places where your offers happen. Families see them on the offer's page and on the map."));
    if (editor) {
      auto* add = c.AddSectionDictionary("NEW_PLACE");
      add->SetValue("URL", link(base + "/plaatsen/nieuw", "", lang));
      add->SetValue("LABEL", page.t("New place"));
    }
    c.SetValue("NAME_COLUMN", page.t("Place"));
    c.SetValue("KIND_COLUMN", page.t("Kind of place"));
    c.SetValue("ADDRESS_COLUMN", page.t("Address"));
    c.SetValue("PUBLIC_COLUMN", page.t("As families see it"));
    bool any = false;
    for (const core::Location& l : catalogue->locations) {
      if (l.organization_id != org->id) continue;
      any = true;
      auto* row = c.AddSectionDictionary("PLACE");
      row->SetValue("NAME", l.name);
      if (editor) {
        row->AddSectionDictionary("EDIT")->SetValue("URL", link(base + "/plaatsen/" + l.id, "", lang));
      } else {
        row->ShowSection("PLAIN");
      }
      row->SetValue("KIND", term_label(page, core::location_kinds(), l.kind));
      row->SetValue("ADDRESS", l.address
                                   ? fmt::format("{}, {} {}", l.address->street, l.address->postcode, l.address->city)
                                   : l.url);
      row->SetValue("PUBLIC_URL", link("/locatie/" + l.id, "", lang));
      row->SetValue("PUBLIC_LABEL", page.t("Public page"));
    }
    if (!any) c.AddSectionDictionary("NO_PLACES")->SetValue("TEXT", page.t("No places yet."));
    return finish_private(page);
  }

  // A new place (no {location} in the path) or one of the organisation's places: only ever
  // through its own organisation.
  http::Response place(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::edit_organization, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    const Words t(request);
    store::CatalogueEdits edits(*connection);
    const std::string location_id = path_param(request, "location");
    const bool is_new = location_id.empty();
    std::int64_t current_version = 0;
    if (!is_new) {
      const auto version = edits.version("location", location_id);
      if (!version) return message(request, 500, t("Something went wrong on our side. Please try again later."));
      current_version = *version;
    }
    const auto catalogue = stored_catalogue(*connection, index);
    core::Location before;
    if (is_new) {
      before.id = core::random_uuid();
      before.organization_id = org->id;
      before.kind = "partner-site";
      if (!org->network_ids.empty()) before.network_id = org->network_ids.front();
    } else {
      const core::Location* stored = find_location(*catalogue, location_id);
      // Another organisation's place (or the network's own) is not there for this organisation.
      if (stored == nullptr || stored->organization_id != org->id) return refused(request, 404);
      before = *stored;
    }
    const Screen screen{request, *connection, who.session.csrf_token};
    const PlaceContext place{*org, before, is_new, network_choices(*catalogue, *org, before)};
    FormState form = place_state(before);
    form.version = current_version;
    if (request.method != "POST") {
      form.saved = request.query.get("bewaard").has_value();
      return place_page(screen, place, form, 200);
    }
    http::QueryParams fields;
    if (const auto refused_form = check_form(request, who, fields, t, form)) {
      return place_page(screen, place, form, *refused_form);
    }
    for (const char* id : {"name", "kind", "street", "postcode", "city", "url", "network"}) {
      form.values[id] = trimmed(fields.get(id).value_or(""));
    }
    for (const char* id : {"accessibility", "transportation", "description", "phones"}) {
      form.values[id] = text_field(fields, id);
    }
    core::Location after = before;
    if (is_new) {
      // The form's own id: sending it twice finds the place already made instead of a second one.
      const std::string posted_id = trimmed(fields.get("id").value_or(""));
      if (core::is_uuid(posted_id)) after.id = posted_id;
      form.values["id"] = after.id;
    } else {
      form.version = version_field(fields);
    }
    read_place(form, place, t, after);
    if (!form.errors.empty()) return place_page(screen, place, form, 422);

    auto differences = core::changes(is_new ? core::Location{} : before, after);
    if (!is_new && differences.empty() && form.version == current_version) {
      form.unchanged = true;
      return place_page(screen, place, form, 200);
    }
    const std::string now = core::iso_utc(std::chrono::system_clock::now());
    after.last_modified = now;
    core::Catalogue records;
    records.locations.push_back(after);
    form.form_error = safety_net(records, *catalogue, t);
    if (!form.form_error.empty()) return place_page(screen, place, form, 422);
    const auto saved =
        edits.save(records, store::CatalogueEdit{"location", after.id, is_new ? 0 : form.version,
                                                 is_new ? "created" : "updated", who.user.id, now, differences});
    const std::string base = "/portaal/organisatie/" + org->id + "/plaatsen/";
    if (!saved) {
      if (saved.error().kind != core::Error::Kind::conflict) {
        spdlog::error("saving place {} failed: {}", after.id, saved.error().message);
        form.form_error = t("Something went wrong on our side. Please try again later.");
        return place_page(screen, place, form, 500);
      }
      if (is_new) {
        // Sent twice: the first one made it. Anything else with this id is not this form's.
        const auto fresh = stored_catalogue(*connection, index);
        const core::Location* made = find_location(*fresh, after.id);
        if (made != nullptr && made->organization_id == org->id) {
          return redirect(link(base + after.id, "bewaard=1", language_of(request)));
        }
        form.values["id"] = core::random_uuid();
        form.form_error = t("Something went wrong with the form. Please try again.");
        return place_page(screen, place, form, 409);
      }
      form.conflict = true;
      form.version = current_version;
      mark_stored_now(form, core::changes(before, after));
      return place_page(screen, place, form, 409);
    }
    if (options_.catalogue_changed) options_.catalogue_changed();
    return redirect(link(base + after.id, "bewaard=1", language_of(request)));
  }

  // The people who work for the organisation in the portal, their roles, and removing them.
  http::Response staff(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_staff, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    const Words t(request);
    auto members = store::StaffDirectory(*connection).of_organization(org->id);
    if (!members) return message(request, 500, t("Something went wrong on our side. Please try again later."));
    std::string notice;
    if (request.query.get("rol").has_value()) notice = t("The role is changed.");
    if (request.query.get("verwijderd").has_value())
      notice = t("Your colleague no longer works for this organisation in the portal.");
    return staff_page(request, *org, who, *members, notice, "", 200);
  }

  // Medewerker ⇄ beheerder; the last administrator keeps the role.
  http::Response change_role(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_staff, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    const Words t(request);
    http::QueryParams fields;
    if (const auto problem = form_problem(request, who, fields, t)) return *problem;
    auto members = store::StaffDirectory(*connection).of_organization(org->id);
    if (!members) return message(request, 500, t("Something went wrong on our side. Please try again later."));
    const store::StaffMember* member = find_member(*members, path_param(request, "user"));
    if (member == nullptr) return refused(request, 404);
    const std::string wanted(fields.get("role").value_or(""));
    if (wanted != "partner_admin" && wanted != "partner_staff") return refused(request, 400);
    const core::Role role = *core::parse_role(wanted);
    const core::Role other = role == core::Role::partner_admin ? core::Role::partner_staff : core::Role::partner_admin;
    if (role == core::Role::partner_staff && member->is_admin() && admin_count(*members) <= 1) {
      return staff_page(request, *org, who, *members, "",
                        t("This is the last administrator of the organisation, so the role stays. Make a colleague "
                          "administrator first."),
                        409);
    }
    const std::string now = core::iso_utc(std::chrono::system_clock::now());
    store::AccountStore accounts(*connection);
    // The new role first: the organisation never has a moment without an administrator.
    const bool has_role = std::find(member->roles.begin(), member->roles.end(), role) != member->roles.end();
    if (!has_role && !accounts.add_membership(member->user_id, {role, org->id}, now, who.user.id)) {
      return message(request, 500, t("Something went wrong on our side. Please try again later."));
    }
    if (!accounts.remove_membership(member->user_id, {other, org->id}, now, who.user.id)) {
      return message(request, 500, t("Something went wrong on our side. Please try again later."));
    }
    return redirect(link("/portaal/organisatie/" + org->id + "/medewerkers", "rol=1", language_of(request)));
  }

  // Removing someone from the organisation: a page that asks first, then the removal (at once:
  // memberships are read on every request). Their account stays.
  http::Response remove(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_staff, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    const Words t(request);
    auto members = store::StaffDirectory(*connection).of_organization(org->id);
    if (!members) return message(request, 500, t("Something went wrong on our side. Please try again later."));
    const store::StaffMember* member = find_member(*members, path_param(request, "user"));
    if (member == nullptr) return refused(request, 404);
    const bool last_admin = member->is_admin() && admin_count(*members) <= 1;
    if (request.method != "POST") return remove_page(request, *org, who, *member, last_admin, last_admin ? 409 : 200);
    http::QueryParams fields;
    if (const auto problem = form_problem(request, who, fields, t)) return *problem;
    if (last_admin) return remove_page(request, *org, who, *member, true, 409);
    const std::string now = core::iso_utc(std::chrono::system_clock::now());
    store::AccountStore accounts(*connection);
    for (const core::Role role : member->roles) {
      if (!accounts.remove_membership(member->user_id, {role, org->id}, now, who.user.id)) {
        return message(request, 500, t("Something went wrong on our side. Please try again later."));
      }
    }
    if (member->user_id == who.user.id) return redirect(link("/portaal", "", language_of(request)));
    return redirect(link("/portaal/organisatie/" + org->id + "/medewerkers", "verwijderd=1", language_of(request)));
  }

  struct InviteForm {
    std::string email;
    std::string name;
    std::string role = "partner_staff";
    std::string form_error;
    std::string email_error;
  };

  // Partner admins (and their network's coordinators) invite colleagues of an organisation:
  // an account without a password, the role, and a single-use link by e-mail.
  http::Response invite(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_staff, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    if (request.method != "POST") return invite_page(request, *org, who.session.csrf_token, InviteForm{}, 200);

    const Words t(request);
    http::QueryParams fields;
    std::string error;
    InviteForm form;
    if (!http::parse_form(request.body, fields, error)) {
      form.form_error = t("Something went wrong with the form. Please try again.");
      return invite_page(request, *org, who.session.csrf_token, form, 400);
    }
    form.email = std::string(fields.get("email").value_or(""));
    form.name = std::string(fields.get("name").value_or(""));
    form.role = std::string(fields.get("role").value_or("partner_staff"));
    if (!same_token(who.session.csrf_token, fields.get("csrf").value_or(""))) {
      form.form_error = t("This form had expired. Please try again.");
      return invite_page(request, *org, who.session.csrf_token, form, 403);
    }
    if (form.role != "partner_admin") form.role = "partner_staff";
    while (!form.email.empty() && form.email.back() == ' ') form.email.pop_back();
    while (!form.email.empty() && form.email.front() == ' ') form.email.erase(0, 1);
    if (!core::is_email(form.email) || form.email.size() > 254) {
      form.email_error = t("Fill in an e-mail address, like naam@organisatie.be.");
      return invite_page(request, *org, who.session.csrf_token, form, 422);
    }

    const Invitee invitee{form.email, form.name, {*core::parse_role(form.role), org->id}, org->name};
    if (!portal::invite(*connection, who.user, invitee, request)) {
      return invite_page(request, *org, who.session.csrf_token, failed(form, t), 500);
    }
    PageRender page(request, "message.tpl");
    auto& c = page.content();
    page.set_title(page.t("Invitation sent"));
    c.SetValue("HEADING", page.t("Invitation sent"));
    c.SetValue("TEXT", tf(page, "We sent an invitation to {0}.", form.email));
    c.SetValue("BACK_URL", link("/portaal/organisatie/" + org->id, "", page.language().code));
    c.SetValue("BACK_LABEL", org->name);
    return finish_private(page);
  }

 private:
  // What every edit page is rendered for.
  struct Screen {
    const http::Request& request;
    store::Connection& connection;
    const std::string& csrf;
  };

  // The place being edited and what its form offers.
  struct PlaceContext {
    const core::Organization& org;
    const core::Location& before;
    bool is_new;
    std::vector<Choice> networks;  // the organisation's networks (and the place's own)
  };

  static std::string language_of(const http::Request& request) {
    return std::string(choose_language(request).language->code);
  }

  // The form's CSRF check for an edit page: the status to answer with when it fails.
  static std::optional<unsigned> check_form(const http::Request& request, const SignedIn& who,
                                            http::QueryParams& fields, const Words& t, FormState& form) {
    switch (read_form(request, who, fields)) {
      case FormCheck::unreadable:
        form.form_error = t("Something went wrong with the form. Please try again.");
        return 400U;
      case FormCheck::expired:
        form.form_error = t("This form had expired. Please try again.");
        return 403U;
      case FormCheck::ok:
        break;
    }
    return std::nullopt;
  }

  // The same for the small forms of the staff page: a page with the message.
  static std::optional<http::Response> form_problem(const http::Request& request, const SignedIn& who,
                                                    http::QueryParams& fields, const Words& t) {
    switch (read_form(request, who, fields)) {
      case FormCheck::unreadable:
        return message(request, 400, t("Something went wrong with the form. Please try again."));
      case FormCheck::expired:
        return message(request, 403, t("This form had expired. Please try again."));
      case FormCheck::ok:
        break;
    }
    return std::nullopt;
  }

  static std::vector<Choice> network_choices(const core::Catalogue& catalogue, const core::Organization& org,
                                             const core::Location& place) {
    std::vector<std::string> ids = org.network_ids;
    if (!place.network_id.empty() && std::find(ids.begin(), ids.end(), place.network_id) == ids.end()) {
      ids.push_back(place.network_id);
    }
    std::vector<Choice> out;
    for (const std::string& id : ids) {
      std::string name = id;
      for (const core::Network& n : catalogue.networks) {
        if (n.id == id) name = n.name;
      }
      out.push_back(Choice{id, name});
    }
    return out;
  }

  // The place as the form says, with a problem per field that is not right. The address's
  // point on the map is the centre of its postcode (kept when the postcode stays the same).
  static void read_place(FormState& form, const PlaceContext& place, const Words& t, core::Location& after) {
    after.name = form.value("name");
    after.kind = form.value("kind");
    after.description = form.value("description");
    after.accessibility = form.value("accessibility");
    after.transportation = form.value("transportation");
    after.url = form.value("url");
    if (after.name.empty() || after.name.size() > kMaxName) {
      form.errors["name"] = t("Fill in the name of the place (at most 200 characters).");
    }
    if (!core::location_kinds().contains(after.kind)) form.errors["kind"] = t("Choose a kind of place.");
    for (const char* id : {"description", "accessibility", "transportation"}) {
      if (form.value(id).size() > kMaxText) form.errors[id] = t("Use at most 10,000 characters.");
    }
    if (place.networks.size() > 1) {
      const std::string chosen = form.value("network");
      const bool known = std::any_of(place.networks.begin(), place.networks.end(),
                                     [&](const Choice& choice) { return choice.code == chosen; });
      if (known) {
        after.network_id = chosen;
      } else {
        form.errors["network"] = t("Choose the Huis van het Kind of this place.");
      }
    } else if (!place.networks.empty()) {
      after.network_id = place.networks.front().code;
    }
    form.values["network"] = after.network_id;
    if (after.kind == "online") {
      if (!core::is_http_url(after.url)) {
        form.errors["url"] =
            t("Fill in the web address where families find this online offer, starting with https://.");
      }
      after.address.reset();
      after.latitude.reset();
      after.longitude.reset();
    } else {
      if (!after.url.empty() && !core::is_http_url(after.url)) {
        form.errors["url"] = t("Fill in a web address that starts with https://, like https://www.organisatie.be.");
      }
      read_address(form, place.before, t, after);
    }
    after.phones.clear();
    if (!parse_phones(form.value("phones"), place.before.phones, after.phones)) {
      form.errors["phones"] = t("Write one phone number per line, with digits, spaces and + . / ( ) - only.");
    }
  }

  static void read_address(FormState& form, const core::Location& before, const Words& t, core::Location& after) {
    core::Address address{form.value("street"), form.value("postcode"), form.value("city"), "BE"};
    if (address.street.empty() || address.street.size() > kMaxName) {
      form.errors["street"] = t("Fill in the street and number.");
    }
    std::optional<core::PostcodePlace> centre;
    if (address.postcode.size() != 4 || address.postcode.find_first_not_of("0123456789") != std::string::npos) {
      form.errors["postcode"] = t("Fill in a Belgian postcode of 4 digits.");
    } else {
      centre = core::PostcodeDirectory::embedded().centroid(address.postcode);
      if (!centre) form.errors["postcode"] = t("This postcode does not exist. Check the 4 digits.");
    }
    if (address.city.empty() && centre) {
      address.city = centre->name;
      form.values["city"] = address.city;
    }
    if (address.city.empty() || address.city.size() > kMaxName) form.errors["city"] = t("Fill in the town.");
    const bool same_postcode = before.address && before.address->postcode == address.postcode && before.latitude;
    if (centre && !same_postcode) {
      after.latitude = centre->latitude;
      after.longitude = centre->longitude;
    }
    after.address = std::move(address);
  }

  static http::Response profile_page(const Screen& screen, const core::Organization& org, const FormState& form,
                                     unsigned status) {
    PageRender page(screen.request, "organization_profile.tpl");
    const std::string lang(page.language().code);
    const std::string base = "/portaal/organisatie/" + org.id;
    page.set_title(tf(page, "Profile of {0}", org.name));
    auto& c = page.content();
    c.SetValue("BACK_URL", link(base, "", lang));
    c.SetValue("BACK_LABEL", org.name);
    c.SetValue("HEADING", page.t("Profile of the organisation"));
    c.SetValue("INTRO", page.t("What families and other partners read about your organisation. A change is in the "
                               "finder within a minute."));
    c.SetValue("ACTION", link(base + "/profiel", "", lang));
    c.SetValue("CSRF", screen.csrf);
    c.SetIntValue("VERSION", static_cast<long>(form.version));
    add_notices(c, page, form);
    std::vector<Choice> types;
    for (const core::Term& term : core::partner_types().terms) {
      types.push_back(Choice{std::string(term.code), page.t(term.label_nl)});
    }
    const FieldSpec specs[] = {
        {.id = "name", .label = page.t("Name"), .dutch = true, .autocomplete = "organization"},
        {.id = "alternate_name",
         .label = page.t("Other name (optional)"),
         .hint = page.t("For example the short name families know."),
         .dutch = true},
        {.id = "partner_type", .label = page.t("Kind of partner"), .input = Input::choice, .choices = types},
        {.id = "description",
         .label = page.t("Description"),
         .input = Input::area,
         .hint = page.t("What does your organisation do for families? Use plain words."),
         .dutch = true},
        {.id = "email",
         .label = page.t("E-mail address (optional)"),
         .input = Input::email,
         .hint = page.t("The general address families and partners can write to.")},
        {.id = "website", .label = page.t("Website (optional)"), .input = Input::url},
        {.id = "phones",
         .label = page.t("Phone numbers (optional)"),
         .input = Input::area,
         .hint = page.t("One phone number per line.")},
    };
    for (const FieldSpec& spec : specs) add_field(c, page, spec, form);
    c.SetValue("BUTTON", page.t("Save"));
    add_history(c, page, screen.connection, "organization", org.id);
    return finish_private(page, status);
  }

  static http::Response place_page(const Screen& screen, const PlaceContext& place, const FormState& form,
                                   unsigned status) {
    PageRender page(screen.request, "location_edit.tpl");
    const std::string lang(page.language().code);
    const std::string base = "/portaal/organisatie/" + place.org.id + "/plaatsen";
    page.set_title(place.is_new ? page.t("New place") : place.before.name);
    auto& c = page.content();
    c.SetValue("BACK_URL", link(base, "", lang));
    c.SetValue("BACK_LABEL", tf(page, "Places of {0}", place.org.name));
    if (place.is_new) {
      c.AddSectionDictionary("NEW_HEADING")->SetValue("TEXT", page.t("New place"));
      c.AddSectionDictionary("NEW_ID")->SetValue("ID", form.value("id"));
    } else {
      c.AddSectionDictionary("NAME_HEADING")->SetValue("TEXT", place.before.name);
      auto* open = c.AddSectionDictionary("PUBLIC");
      open->SetValue("URL", link("/locatie/" + place.before.id, "", lang));
      open->SetValue("LABEL", page.t("As families see it"));
    }
    c.SetValue("ACTION", link(place.is_new ? base + "/nieuw" : base + "/" + place.before.id, "", lang));
    c.SetValue("CSRF", screen.csrf);
    c.SetIntValue("VERSION", static_cast<long>(form.version));
    add_notices(c, page, form);
    std::vector<Choice> kinds;
    for (const core::Term& term : core::location_kinds().terms) {
      kinds.push_back(Choice{std::string(term.code), page.t(term.label_nl)});
    }
    std::vector<FieldSpec> specs{
        {.id = "name",
         .label = page.t("Name of the place"),
         .hint = page.t("For example: Huis van het Kind, Kerkstraat."),
         .dutch = true},
        {.id = "kind", .label = page.t("Kind of place"), .input = Input::choice, .choices = kinds},
        {.id = "street",
         .label = page.t("Street and number"),
         .hint = page.t("Not needed for an online place."),
         .autocomplete = "address-line1"},
        {.id = "postcode",
         .label = page.t("Postcode"),
         .hint = page.t("The map shows the place at the centre of its postcode, not at the exact address."),
         .autocomplete = "postal-code"},
        {.id = "city",
         .label = page.t("Town"),
         .hint = page.t("Left empty, we fill in the town of the postcode."),
         .autocomplete = "address-level2"},
        {.id = "url",
         .label = page.t("Web address"),
         .input = Input::url,
         .hint = page.t("For an online place: where families take part, starting with https://.")},
    };
    if (place.networks.size() > 1) {
      specs.push_back(
          {.id = "network", .label = page.t("Huis van het Kind"), .input = Input::choice, .choices = place.networks});
    }
    specs.push_back({.id = "accessibility",
                     .label = page.t("Accessibility"),
                     .input = Input::area,
                     .hint = page.t("For example: step-free entrance, lift, changing table, room for prams."),
                     .dutch = true});
    specs.push_back({.id = "transportation",
                     .label = page.t("Public transport"),
                     .input = Input::area,
                     .hint = page.t("For example: bus 52, stop Markt, 200 m."),
                     .dutch = true});
    specs.push_back(
        {.id = "description", .label = page.t("Description (optional)"), .input = Input::area, .dutch = true});
    specs.push_back({.id = "phones",
                     .label = page.t("Phone numbers (optional)"),
                     .input = Input::area,
                     .hint = page.t("One phone number per line.")});
    for (const FieldSpec& spec : specs) add_field(c, page, spec, form);
    if (place.before.latitude && place.before.longitude) {
      c.AddSectionDictionary("MAP_POINT")
          ->SetValue("TEXT", tf(page, "Point on the map now: {0}, {1}.", fmt::format("{:.5f}", *place.before.latitude),
                                fmt::format("{:.5f}", *place.before.longitude)));
    }
    c.SetValue("BUTTON", page.t("Save"));
    if (place.is_new) {
      c.AddSectionDictionary("NO_HISTORY")->SetValue("TEXT", page.t("No changes made in the portal yet."));
      c.SetValue("HISTORY_HEADING", page.t("History"));
    } else {
      add_history(c, page, screen.connection, "location", place.before.id);
    }
    return finish_private(page, status);
  }

  static const store::StaffMember* find_member(const std::vector<store::StaffMember>& members, const std::string& id) {
    const auto found =
        std::find_if(members.begin(), members.end(), [&](const store::StaffMember& m) { return m.user_id == id; });
    return found == members.end() ? nullptr : &*found;
  }

  static std::size_t admin_count(const std::vector<store::StaffMember>& members) {
    return static_cast<std::size_t>(
        std::count_if(members.begin(), members.end(), [](const store::StaffMember& m) { return m.is_admin(); }));
  }

  static std::string display_name(const store::StaffMember& member) {
    return member.name.empty() ? member.email : member.name;
  }

  static http::Response staff_page(const http::Request& request, const core::Organization& org, const SignedIn& who,
                                   const std::vector<store::StaffMember>& members, const std::string& notice,
                                   const std::string& error, unsigned status) {
    PageRender page(request, "staff.tpl");
    const std::string lang(page.language().code);
    const std::string base = "/portaal/organisatie/" + org.id;
    page.set_title(tf(page, "Colleagues of {0}", org.name));
    auto& c = page.content();
    c.SetValue("BACK_URL", link(base, "", lang));
    c.SetValue("BACK_LABEL", org.name);
    c.SetValue("HEADING", tf(page, "Colleagues of {0}", org.name));
    c.SetValue("INTRO", page.t("The people who work for your organisation in the portal. A change works at once; "
                               "a removed colleague keeps their account but no longer sees your organisation."));
    c.SetValue("RULE", page.t("An organisation always keeps at least one administrator: the last one cannot be "
                              "removed or made a staff member."));
    c.SetValue("INVITE_URL", link(base + "/uitnodigen", "", lang));
    c.SetValue("INVITE_LABEL", page.t("Invite a colleague"));
    if (!notice.empty()) c.AddSectionDictionary("NOTICE")->SetValue("TEXT", notice);
    if (!error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", error);
    c.SetValue("NAME_COLUMN", page.t("Name"));
    c.SetValue("EMAIL_COLUMN", page.t("E-mail address"));
    c.SetValue("ROLE_COLUMN", page.t("Role"));
    c.SetValue("SIGN_IN_COLUMN", page.t("Last signed in"));
    c.SetValue("ACTIONS_COLUMN", page.t("Change"));
    if (members.empty())
      c.AddSectionDictionary("NO_STAFF")
          ->SetValue("TEXT", page.t("Nobody works for this organisation in the portal yet."));
    const std::size_t admins = admin_count(members);
    for (const store::StaffMember& member : members) {
      auto* row = c.AddSectionDictionary("PERSON");
      row->SetValue("ID", member.user_id);
      row->SetValue("NAME", display_name(member));
      row->SetValue("EMAIL", member.email);
      row->SetValue("ROLE", member.is_admin() ? page.t("Administrator") : page.t("Staff member"));
      if (member.user_id == who.user.id) row->AddSectionDictionary("YOU")->SetValue("TEXT", page.t("(you)"));
      row->SetValue("SIGN_IN", !member.last_sign_in.empty() ? moment_text(member.last_sign_in)
                               : member.has_password        ? page.t("Never")
                                                            : page.t("Invited, has not chosen a password yet"));
      if (member.is_admin() && admins <= 1) {
        row->AddSectionDictionary("LAST_ADMIN")->SetValue("TEXT", page.t("Last administrator"));
        continue;
      }
      auto* actions = row->AddSectionDictionary("ACTIONS");
      actions->SetValue("ROLE_ACTION", link(base + "/medewerkers/" + member.user_id + "/rol", "", lang));
      actions->SetValue("CSRF", who.session.csrf_token);
      actions->SetValue("ROLE_LABEL", tf(page, "Role of {0}", display_name(member)));
      const std::pair<const char*, std::string> roles[] = {{"partner_staff", page.t("Staff member")},
                                                           {"partner_admin", page.t("Administrator")}};
      for (const auto& [code, label] : roles) {
        auto* option = actions->AddSectionDictionary("OPTION");
        option->SetValue("CODE", code);
        option->SetValue("LABEL", label);
        if ((std::string_view(code) == "partner_admin") == member.is_admin()) option->ShowSection("SELECTED");
      }
      actions->SetValue("ROLE_BUTTON", page.t("Change role"));
      actions->SetValue("REMOVE_URL", link(base + "/medewerkers/" + member.user_id + "/verwijderen", "", lang));
      actions->SetValue("REMOVE_LABEL", page.t("Remove"));
    }
    return finish_private(page, status);
  }

  static http::Response remove_page(const http::Request& request, const core::Organization& org, const SignedIn& who,
                                    const store::StaffMember& member, bool last_admin, unsigned status) {
    PageRender page(request, "staff_remove.tpl");
    const std::string lang(page.language().code);
    const std::string back = link("/portaal/organisatie/" + org.id + "/medewerkers", "", lang);
    page.set_title(tf(page, "Remove {0} from {1}?", display_name(member), org.name));
    auto& c = page.content();
    c.SetValue("BACK_URL", back);
    c.SetValue("BACK_LABEL", tf(page, "Colleagues of {0}", org.name));
    c.SetValue("HEADING", tf(page, "Remove {0} from {1}?", display_name(member), org.name));
    if (last_admin) {
      c.AddSectionDictionary("LAST_ADMIN")
          ->SetValue("TEXT", page.t("This is the last administrator of the organisation, so they cannot be removed. "
                                    "Make a colleague administrator first."));
      return finish_private(page, status);
    }
    auto* confirm = c.AddSectionDictionary("CONFIRM");
    confirm->SetValue("TEXT", tf(page,
                                 "{0} ({1}) can then no longer work on the offers, profile or places of {2}. Their "
                                 "account stays: you can invite them again later.",
                                 display_name(member), member.email, org.name));
    if (member.user_id == who.user.id) {
      confirm->AddSectionDictionary("SELF")->SetValue("TEXT",
                                                      page.t("This is you: you then no longer see this organisation."));
    }
    confirm->SetValue(
        "ACTION", link("/portaal/organisatie/" + org.id + "/medewerkers/" + member.user_id + "/verwijderen", "", lang));
    confirm->SetValue("CSRF", who.session.csrf_token);
    confirm->SetValue("BUTTON", page.t("Yes, remove"));
    confirm->SetValue("CANCEL_URL", back);
    confirm->SetValue("CANCEL_LABEL", page.t("No, go back"));
    return finish_private(page, status);
  }

  template <typename T>
  static InviteForm failed(InviteForm form, const T& t) {
    form.form_error = t("Something went wrong on our side. Please try again later.");
    return form;
  }

  static http::Response invite_page(const http::Request& request, const core::Organization& org,
                                    const std::string& csrf, const InviteForm& form, unsigned status) {
    PageRender page(request, "invite.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("Invite a colleague"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/portaal/organisatie/" + org.id, "", lang));
    c.SetValue("BACK_LABEL", org.name);
    c.SetValue("HEADING", page.t("Invite a colleague"));
    c.SetValue("INTRO", tf(page,
                           "Your colleague gets an e-mail with a link to choose a password and can then work "
                           "on the offers of {0}.",
                           org.name));
    c.SetValue("ACTION", link("/portaal/organisatie/" + org.id + "/uitnodigen", "", lang));
    c.SetValue("CSRF", csrf);
    c.SetValue("EMAIL_LABEL", page.t("E-mail address"));
    c.SetValue("EMAIL", form.email);
    c.SetValue("NAME_LABEL", page.t("Name (optional)"));
    c.SetValue("NAME", form.name);
    c.SetValue("ROLE_LEGEND", page.t("What may they do?"));
    const std::pair<const char*, std::string> roles[] = {
        {"partner_staff", page.t("Work on the offers")},
        {"partner_admin", page.t("Work on the offers, the profile and places, and invite colleagues")},
    };
    for (const auto& [code, label] : roles) {
      auto* row = c.AddSectionDictionary("ROLE");
      row->SetValue("CODE", code);
      row->SetValue("LABEL", label);
      if (form.role == code) row->ShowSection("CHECKED");
    }
    c.SetValue("BUTTON", page.t("Send the invitation"));
    if (!form.form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form.form_error);
    if (!form.email_error.empty()) c.AddSectionDictionary("EMAIL_ERROR")->SetValue("TEXT", form.email_error);
    return finish_private(page, status);
  }

  PortalOptions options_;
};

}  // namespace

void add_organization_routes(http::Router& router, const PortalOptions& options) {
  auto pages = std::make_shared<OrganizationPages>(options);
  const auto add = [&](const char* method, const std::string& pattern,
                       http::Response (OrganizationPages::*handler)(const http::Request&) const) {
    router.add(method, pattern, [pages, handler](http::Request& req) { return ((*pages).*handler)(req); });
  };
  const std::string base = "/portaal/organisatie/{id}";
  add("GET", base, &OrganizationPages::organization);
  add("GET", base + "/uitnodigen", &OrganizationPages::invite);
  add("POST", base + "/uitnodigen", &OrganizationPages::invite);
  add("GET", base + "/profiel", &OrganizationPages::profile);
  add("POST", base + "/profiel", &OrganizationPages::profile);
  add("GET", base + "/plaatsen", &OrganizationPages::places);
  add("GET", base + "/plaatsen/nieuw", &OrganizationPages::place);
  add("POST", base + "/plaatsen/nieuw", &OrganizationPages::place);
  add("GET", base + "/plaatsen/{location}", &OrganizationPages::place);
  add("POST", base + "/plaatsen/{location}", &OrganizationPages::place);
  add("GET", base + "/medewerkers", &OrganizationPages::staff);
  add("POST", base + "/medewerkers/{user}/rol", &OrganizationPages::change_role);
  add("GET", base + "/medewerkers/{user}/verwijderen", &OrganizationPages::remove);
  add("POST", base + "/medewerkers/{user}/verwijderen", &OrganizationPages::remove);
}

}  // namespace hvhk::web::portal

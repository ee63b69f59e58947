#include "api/hsds_import.h"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <charconv>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "api/hsds_json.h"
#include "core/taxonomy.h"
#include "core/vocabulary.h"
#include "search/catalogue_index.h"

namespace hvhk::api {
namespace json = boost::json;
namespace {

// Reads typed fields from one JSON object and records what is wrong with them.
class Fields {
 public:
  Fields(const json::value& value, std::string record, std::vector<core::Problem>& problems)
      : record_(std::move(record)), problems_(problems) {
    if (const json::object* o = value.if_object()) {
      object_ = o;
    } else {
      problem("", "must be a JSON object");
    }
  }

  [[nodiscard]] bool ok() const { return object_ != nullptr; }
  [[nodiscard]] const std::string& record() const { return record_; }

  void problem(std::string_view field, std::string message) {
    problems_.push_back(core::Problem{record_, std::string(field), std::move(message)});
  }

  std::string text(std::string_view key) {
    const json::value* v = find(key);
    if (v == nullptr || v->is_null()) return {};
    if (const json::string* s = v->if_string()) return std::string(*s);
    problem(key, "must be a string");
    return {};
  }

  std::optional<double> number(std::string_view key) {
    const json::value* v = find(key);
    if (v == nullptr || v->is_null()) return std::nullopt;
    if (v->is_number()) {
      const double d = v->to_number<double>();
      if (std::isfinite(d)) return d;
    }
    problem(key, "must be a number");
    return std::nullopt;
  }

  std::optional<int> integer(std::string_view key) {
    auto d = number(key);
    if (!d) return std::nullopt;
    if (*d != std::floor(*d) || std::abs(*d) > 1e9) {
      problem(key, "must be a whole number");
      return std::nullopt;
    }
    return static_cast<int>(*d);
  }

  // The array under key (empty if absent); complains if it is something else.
  const json::array& array(std::string_view key) {
    static const json::array kEmpty;
    const json::value* v = find(key);
    if (v == nullptr || v->is_null()) return kEmpty;
    if (const json::array* a = v->if_array()) return *a;
    problem(key, "must be a list");
    return kEmpty;
  }

  const json::value* find(std::string_view key) const {
    if (object_ == nullptr) return nullptr;
    auto it = object_->find(key);
    return it == object_->end() ? nullptr : &it->value();
  }

 private:
  const json::object* object_ = nullptr;
  std::string record_;
  std::vector<core::Problem>& problems_;
};

// HvhK attributes of one record: term codes per vocabulary, and field values.
struct Attributes {
  std::unordered_map<const core::Vocabulary*, std::vector<std::string>> codes;
  std::unordered_map<std::string, std::vector<std::string>> values;  // field code -> values

  [[nodiscard]] const std::vector<std::string>* of(const core::Vocabulary& v) const {
    auto it = codes.find(&v);
    return it == codes.end() ? nullptr : &it->second;
  }
  [[nodiscard]] std::optional<std::string> value(std::string_view field) const {
    auto it = values.find(std::string(field));
    if (it == values.end() || it->second.empty()) return std::nullopt;
    return it->second.front();
  }
};

Attributes read_attributes(Fields& f, std::vector<core::Problem>& problems) {
  Attributes out;
  // Term ids of our own taxonomies, to recognise attributes that carry only taxonomy_term_id.
  static const auto kTermsById = [] {
    std::unordered_map<std::string, std::pair<const core::Vocabulary*, std::string>> m;
    for (const core::Vocabulary* v : core::vocabularies()) {
      for (const core::Term& t : v->terms) m.emplace(core::term_id(*v, t.code), std::make_pair(v, std::string(t.code)));
    }
    return m;
  }();
  for (const json::value& item : f.array("attributes")) {
    Fields a(item, f.record() + " attribute", problems);
    if (!a.ok()) continue;
    const std::string term_id = a.text("taxonomy_term_id");
    auto known = kTermsById.find(term_id);
    if (known == kTermsById.end()) {
      // Someone else's taxonomy is left out; an unknown term of one of ours is a mistake.
      const std::string taxonomy = a.text("link_type");
      if (taxonomy.starts_with("hvhk-")) {
        f.problem("attributes", fmt::format("{} is not a term of taxonomy {}", term_id, taxonomy));
      }
      continue;
    }
    const auto& [vocabulary, code] = known->second;
    if (vocabulary == &core::fields()) {
      out.values[code].push_back(a.text("value"));
    } else {
      out.codes[vocabulary].push_back(code);
    }
  }
  return out;
}

std::string record_name(std::string_view kind, std::size_t index, const json::value& v) {
  std::string id;
  std::string name;
  if (const json::object* o = v.if_object()) {
    if (auto it = o->find("id"); it != o->end() && it->value().is_string()) id = it->value().as_string();
    if (auto it = o->find("name"); it != o->end() && it->value().is_string()) name = it->value().as_string();
  }
  return fmt::format("{}[{}] {} (\"{}\")", kind, index, id.empty() ? "(no id)" : id, name);
}

std::vector<core::Phone> read_phones(Fields& f, std::vector<core::Problem>& problems) {
  std::vector<core::Phone> out;
  for (const json::value& item : f.array("phones")) {
    Fields p(item, f.record() + " phone", problems);
    if (!p.ok()) continue;
    out.push_back(core::Phone{p.text("id"), p.text("number"), p.text("type"), p.text("description")});
  }
  return out;
}

std::vector<core::Contact> read_contacts(Fields& f, std::vector<core::Problem>& problems) {
  std::vector<core::Contact> out;
  for (const json::value& item : f.array("contacts")) {
    Fields c(item, f.record() + " contact", problems);
    if (!c.ok()) continue;
    out.push_back(
        core::Contact{c.text("id"), c.text("name"), c.text("title"), c.text("email"), read_phones(c, problems)});
  }
  return out;
}

bool parse_bool_value(const std::optional<std::string>& v) { return v && *v == "true"; }

std::optional<int> parse_int_value(Fields& f, std::string_view field, const std::optional<std::string>& v) {
  if (!v) return std::nullopt;
  int out = 0;
  const auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (ec != std::errc() || ptr != v->data() + v->size()) {
    f.problem(fmt::format("attributes.{}", field), "must be a whole number");
    return std::nullopt;
  }
  return out;
}

class Reader {
 public:
  explicit Reader(const ImportOptions& options) : options_(options) {}

  ImportResult run(const json::value& document) {
    if (const json::array* services = document.if_array()) {
      read_services(*services);
    } else if (const json::object* o = document.if_object()) {
      Fields top(document, "document", result_.problems);
      if (const json::value* hvhk = o->if_contains("hvhk")) read_hvhk(*hvhk);
      std::size_t i = 0;
      for (const json::value& org : top.array("organizations")) read_organization(org, i++);
      for (const json::value& location : top.array("locations")) read_location(location, "document");
      read_services(top.array("services"));
      if (o->if_contains("services") == nullptr && o->if_contains("organizations") == nullptr) {
        top.problem("services", "the document has no services and no organizations");
      }
    } else {
      result_.problems.push_back({"document", "", "must be a JSON object or a list of services"});
    }
    return std::move(result_);
  }

 private:
  void read_hvhk(const json::value& v) {
    Fields h(v, "hvhk", result_.problems);
    std::size_t i = 0;
    for (const json::value& item : h.array("municipalities")) {
      Fields m(item, fmt::format("hvhk.municipalities[{}]", i++), result_.problems);
      if (!m.ok()) continue;
      core::Municipality out{m.text("nis_code"), m.text("name"), {}};
      for (const json::value& pc : m.array("postcodes")) {
        if (pc.is_string()) {
          out.postcodes.emplace_back(pc.as_string());
        } else {
          m.problem("postcodes", "must be a list of strings");
        }
      }
      result_.catalogue.municipalities.push_back(std::move(out));
    }
    i = 0;
    for (const json::value& item : h.array("networks")) {
      Fields n(item, record_name("hvhk.networks", i++, item), result_.problems);
      if (!n.ok()) continue;
      core::Network out{n.text("id"), n.text("name"), n.text("description"), n.text("website"), n.text("email"), {}};
      for (const json::value& nis : n.array("municipalities")) {
        if (nis.is_string()) {
          out.municipality_nis_codes.emplace_back(nis.as_string());
        } else {
          n.problem("municipalities", "must be a list of NIS codes");
        }
      }
      result_.catalogue.networks.push_back(std::move(out));
    }
  }

  std::string network_of(Fields& f, const Attributes& attributes) {
    if (auto id = attributes.value("network-id"); id && !id->empty()) return *id;
    if (!options_.default_network_id.empty()) return options_.default_network_id;
    f.problem("attributes.network-id", "names no Huis van het Kind (give one with --network)");
    return {};
  }

  void read_organization(const json::value& v, std::size_t index) {
    Fields f(v, record_name("organizations", index, v), result_.problems);
    if (!f.ok()) return;
    add_organization(f, false);
    for (const json::value& location : f.array("locations")) read_location(location, f.record());
  }

  // Adds an organisation once; a second mention (e.g. nested in a service) is ignored.
  // `summary`: only the short form nested in a service, which must not replace a stored one.
  void add_organization(Fields& f, bool summary) {
    const std::string id = f.text("id");
    if (organizations_.contains(id)) return;
    if (summary) result_.summary_only_organizations.insert(id);
    organizations_.emplace(id, result_.catalogue.organizations.size());
    const Attributes attributes = read_attributes(f, result_.problems);
    core::Organization o;
    o.id = id;
    o.name = f.text("name");
    o.alternate_name = f.text("alternate_name");
    o.description = f.text("description");
    o.email = f.text("email");
    o.website = f.text("website");
    const auto* types = attributes.of(core::partner_types());
    o.partner_type = types && !types->empty() ? types->front() : options_.default_partner_type;
    if (auto it = attributes.values.find("network-id"); it != attributes.values.end()) {
      o.network_ids = it->second;
    } else if (!options_.default_network_id.empty()) {
      o.network_ids = {options_.default_network_id};
    }
    o.phones = read_phones(f, result_.problems);
    o.contacts = read_contacts(f, result_.problems);
    o.last_modified = f.text("last_modified");
    result_.catalogue.organizations.push_back(std::move(o));
  }

  void read_location(const json::value& v, const std::string& parent) {
    Fields f(v,
             parent + " location " +
                 (v.is_object() && v.as_object().contains("id") && v.at("id").is_string()
                      ? std::string(v.at("id").as_string())
                      : std::string("(no id)")),
             result_.problems);
    if (!f.ok()) return;
    const std::string id = f.text("id");
    if (!locations_.insert(id).second) return;
    const Attributes attributes = read_attributes(f, result_.problems);
    core::Location l;
    l.id = id;
    l.network_id = network_of(f, attributes);
    l.organization_id = f.text("organization_id");
    const auto* kinds = attributes.of(core::location_kinds());
    l.kind =
        kinds && !kinds->empty() ? kinds->front() : (f.text("location_type") == "virtual" ? "online" : "partner-site");
    l.name = f.text("name");
    l.description = f.text("description");
    l.url = f.text("url");
    l.transportation = f.text("transportation");
    l.latitude = f.number("latitude");
    l.longitude = f.number("longitude");
    const json::array& addresses = f.array("addresses");
    if (!addresses.empty()) {
      Fields a(addresses.front(), f.record() + " address", result_.problems);
      if (a.ok()) {
        std::string country = a.text("country");
        l.address =
            core::Address{a.text("address_1"), a.text("postal_code"), a.text("city"), country.empty() ? "BE" : country};
      }
    }
    const json::array& accessibility = f.array("accessibility");
    for (const json::value& item : accessibility) {
      Fields a(item, f.record() + " accessibility", result_.problems);
      if (!a.ok()) continue;
      if (!l.accessibility.empty()) l.accessibility += "\n";
      l.accessibility += a.text("description");
    }
    l.phones = read_phones(f, result_.problems);
    l.last_modified = f.text("last_modified");
    result_.catalogue.locations.push_back(std::move(l));
  }

  void read_services(const json::array& services) {
    std::size_t i = 0;
    for (const json::value& v : services) read_service(v, i++);
  }

  void read_service(const json::value& v, std::size_t index) {
    Fields f(v, record_name("services", index, v), result_.problems);
    if (!f.ok()) return;
    const Attributes attributes = read_attributes(f, result_.problems);
    core::Service s;
    s.id = f.text("id");
    s.organization_id = f.text("organization_id");
    if (const json::value* org = f.find("organization"); org != nullptr && org->is_object()) {
      Fields o(*org, f.record() + " organization", result_.problems);
      add_organization(o, true);
      if (s.organization_id.empty()) s.organization_id = o.text("id");
    }
    s.network_id = network_of(f, attributes);
    s.name = f.text("name");
    s.alternate_name = f.text("alternate_name");
    s.description = f.text("description");
    s.url = f.text("url");
    s.email = f.text("email");
    s.status = f.text("status");
    s.application_process = f.text("application_process");
    s.eligibility_description = f.text("eligibility_description");
    s.last_modified = f.text("last_modified");
    if (const auto* codes = attributes.of(core::themes())) s.themes = *codes;
    if (const auto* codes = attributes.of(core::target_groups())) s.target_groups = *codes;
    if (const auto* codes = attributes.of(core::intensities()); codes && !codes->empty()) s.intensity = codes->front();
    if (const auto* codes = attributes.of(core::access_kinds()); codes && !codes->empty()) s.access = codes->front();
    // Ages: the exact months when we published them, else HSDS's years.
    const auto min_years = f.number("minimum_age");
    const auto max_years = f.number("maximum_age");
    s.min_age_months = parse_int_value(f, "min-age-months", attributes.value("min-age-months"))
                           .value_or(min_years ? static_cast<int>(std::lround(*min_years * 12)) : -9);
    s.max_age_months = parse_int_value(f, "max-age-months", attributes.value("max-age-months"))
                           .value_or(max_years ? static_cast<int>(std::lround(*max_years * 12)) : 24 * 12);
    s.interpreter_available =
        parse_bool_value(attributes.value("interpreter-available")) ||
        (!attributes.value("interpreter-available") && !f.text("interpretation_services").empty());
    s.registration_required = parse_bool_value(attributes.value("registration-required"));
    s.recognised_by_opgroeien = parse_bool_value(attributes.value("recognised-by-opgroeien"));
    read_costs(f, s);
    for (const json::value& item : f.array("languages")) {
      Fields l(item, f.record() + " language", result_.problems);
      if (!l.ok()) continue;
      s.languages.push_back(l.text("code"));
    }
    s.phones = read_phones(f, result_.problems);
    s.contacts = read_contacts(f, result_.problems);
    for (const json::value& item : f.array("service_at_locations")) {
      Fields sal(item, f.record() + " service_at_location", result_.problems);
      if (!sal.ok()) continue;
      core::ServiceAtLocation out{sal.text("id"), s.id, sal.text("location_id"), sal.text("description"), {}};
      if (const json::value* location = sal.find("location"); location != nullptr && location->is_object()) {
        read_location(*location, f.record());
        const json::value* id = location->as_object().if_contains("id");
        if (out.location_id.empty() && id != nullptr && id->is_string()) out.location_id = id->as_string();
      }
      for (const json::value& schedule : sal.array("schedules"))
        out.schedules.push_back(read_schedule(schedule, f.record()));
      s.locations.push_back(std::move(out));
    }
    result_.catalogue.services.push_back(std::move(s));
  }

  void read_costs(Fields& f, core::Service& s) {
    s.cost = core::Cost{};
    const std::string fees = f.text("fees_description");
    s.cost.description = fees == "Gratis" ? "" : fees;
    bool any = false;
    bool priced = false;
    for (const json::value& item : f.array("cost_options")) {
      Fields c(item, f.record() + " cost_option", result_.problems);
      if (!c.ok()) continue;
      any = true;
      const std::string option = c.text("option");
      const auto amount = c.number("amount");
      if (option == "Kansentarief") {
        s.cost.reduced_amount = amount;
        s.cost.reduced_description = c.text("amount_description");
      } else if (option != "Gratis" && !(amount && *amount == 0)) {
        priced = true;
        s.cost.amount = amount;
        if (s.cost.description.empty()) s.cost.description = c.text("amount_description");
      }
    }
    // Without cost options, a fees text other than "Gratis" means the offer costs something.
    s.cost.free = any ? !priced : (fees.empty() || fees == "Gratis");
  }

  core::Schedule read_schedule(const json::value& v, const std::string& parent) {
    Fields f(v, parent + " schedule", result_.problems);
    core::Schedule h;
    if (!f.ok()) return h;
    h.id = f.text("id");
    h.freq = f.text("freq");
    h.interval = f.integer("interval").value_or(1);
    h.byday = f.text("byday");
    h.bymonthday = f.text("bymonthday");
    h.dtstart = f.text("dtstart");
    h.until = f.text("until");
    h.count = f.integer("count");
    h.opens_at = f.text("opens_at");
    h.closes_at = f.text("closes_at");
    h.valid_from = f.text("valid_from");
    h.valid_to = f.text("valid_to");
    h.description = f.text("description");
    h.attending_type = f.text("attending_type");
    h.notes = f.text("notes");
    return h;
  }

  const ImportOptions& options_;
  ImportResult result_;
  std::unordered_map<std::string, std::size_t> organizations_;
  std::unordered_set<std::string> locations_;
};

}  // namespace

void keep_stored_organizations(ImportResult& result, const core::Catalogue& existing) {
  std::unordered_set<std::string> stored;
  for (const core::Organization& o : existing.organizations) stored.insert(o.id);
  std::erase_if(result.catalogue.organizations, [&](const core::Organization& o) {
    return result.summary_only_organizations.contains(o.id) && stored.contains(o.id);
  });
}

ImportResult read_hsds_value(const json::value& document, const ImportOptions& options) {
  return Reader(options).run(document);
}

ImportResult read_hsds_json(std::string_view text, const ImportOptions& options) {
  json::stream_parser parser;
  boost::system::error_code ec;
  const std::size_t used = parser.write_some(text.data(), text.size(), ec);
  if (!ec) parser.finish(ec);
  if (ec) {
    // Tell where: line and column of the first byte the parser could not take.
    const std::string_view done = text.substr(0, std::min(used, text.size()));
    const std::size_t line = static_cast<std::size_t>(std::count(done.begin(), done.end(), '\n')) + 1;
    const std::size_t column = used - (done.rfind('\n') == std::string_view::npos ? 0 : done.rfind('\n') + 1) + 1;
    ImportResult result;
    result.problems.push_back(core::Problem{
        "document", "", fmt::format("is not valid JSON at line {}, column {}: {}", line, column, ec.message())});
    return result;
  }
  return read_hsds_value(parser.release(), options);
}

json::object export_document(const core::Catalogue& catalogue) {
  const search::CatalogueIndex index(catalogue);
  json::object doc;
  doc["hsds_version"] = kHsdsVersion;
  json::array municipalities;
  for (const core::Municipality& m : catalogue.municipalities) {
    json::array postcodes(m.postcodes.begin(), m.postcodes.end());
    municipalities.push_back(
        json::object{{"nis_code", m.nis_code}, {"name", m.name}, {"postcodes", std::move(postcodes)}});
  }
  json::array networks;
  for (const core::Network& n : catalogue.networks) {
    json::array nis(n.municipality_nis_codes.begin(), n.municipality_nis_codes.end());
    networks.push_back(json::object{{"id", n.id},
                                    {"name", n.name},
                                    {"description", n.description},
                                    {"website", n.website},
                                    {"email", n.email},
                                    {"municipalities", std::move(nis)}});
  }
  doc["hvhk"] = json::object{{"municipalities", std::move(municipalities)}, {"networks", std::move(networks)}};
  json::array organizations;
  for (const core::Organization& o : catalogue.organizations) {
    json::object item = organization_full(o, index, false);
    item.erase("services");
    item.erase("locations");  // all locations follow at the top level
    organizations.push_back(std::move(item));
  }
  doc["organizations"] = std::move(organizations);
  json::array locations;
  for (const core::Location& l : catalogue.locations) locations.push_back(location_full(l));
  doc["locations"] = std::move(locations);
  json::array services;
  for (const core::Service& s : catalogue.services) services.push_back(service_full(s, index));
  doc["services"] = std::move(services);
  return doc;
}

}  // namespace hvhk::api

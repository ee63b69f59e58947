#include "api/hsds_json.h"

#include <fmt/format.h>
#include <boost/json.hpp>

#include "core/ids.h"
#include "core/languages.h"
#include "core/postcodes.h"
#include "core/taxonomy.h"

namespace hvhk::api {
namespace json = boost::json;
namespace {

// HSDS leaves out what is unknown rather than sending empty strings.
void put(json::object& o, std::string_view key, std::string_view value) {
  if (!value.empty()) {
    o[key] = value;
  }
}

std::string derived_id(std::string_view owner, std::string_view what) {
  return core::stable_uuid(fmt::format("{}/{}", owner, what));
}

json::array phones(const std::vector<core::Phone>& list, std::string_view owner_key, std::string_view owner_id) {
  json::array out;
  for (const core::Phone& phone : list) {
    json::object o;
    o["id"] = phone.id;
    put(o, owner_key, owner_id);
    o["number"] = phone.number;
    put(o, "type", phone.type);
    put(o, "description", phone.description);
    out.push_back(std::move(o));
  }
  return out;
}

json::array contacts(const std::vector<core::Contact>& list, std::string_view owner_key, std::string_view owner_id) {
  json::array out;
  for (const core::Contact& contact : list) {
    json::object o;
    o["id"] = contact.id;
    put(o, owner_key, owner_id);
    put(o, "name", contact.name);
    put(o, "title", contact.title);
    put(o, "email", contact.email);
    o["phones"] = phones(contact.phones, "contact_id", contact.id);
    out.push_back(std::move(o));
  }
  return out;
}

json::object attribute(std::string_view link_id, std::string_view link_entity, const core::Vocabulary& vocabulary,
                       const core::Term& term, std::string_view value) {
  json::object o;
  const std::string term_id = core::term_id(vocabulary, term.code);
  o["id"] = derived_id(link_id, value.empty() ? term_id : term_id + "/" + std::string(value));
  o["link_id"] = link_id;
  o["link_type"] = core::taxonomy_name(vocabulary);
  o["link_entity"] = link_entity;
  o["taxonomy_term_id"] = term_id;
  put(o, "value", value);
  o["taxonomy_term"] = taxonomy_term(vocabulary, term);
  return o;
}

json::array term_attributes(std::string_view link_id, std::string_view link_entity,
                            const std::vector<core::TermRef>& terms) {
  json::array out;
  for (const core::TermRef& ref : terms) {
    out.push_back(attribute(link_id, link_entity, *ref.vocabulary, *ref.term, ""));
  }
  return out;
}

json::array service_attributes(const core::Service& s) {
  json::array out = term_attributes(s.id, "service", core::service_terms(s));
  const core::Vocabulary& fields = core::fields();
  auto value = [&](std::string_view code, const std::string& text) {
    out.push_back(attribute(s.id, "service", fields, *fields.find(code), text));
  };
  value("min-age-months", std::to_string(s.min_age_months));
  value("max-age-months", std::to_string(s.max_age_months));
  value("interpreter-available", s.interpreter_available ? "true" : "false");
  value("registration-required", s.registration_required ? "true" : "false");
  value("recognised-by-opgroeien", s.recognised_by_opgroeien ? "true" : "false");
  value("network-id", s.network_id);
  return out;
}

// Which Huis van het Kind a partner or place belongs to, as HvhK field attributes.
void add_network_attributes(json::array& out, std::string_view link_id, std::string_view link_entity,
                            const std::vector<std::string>& network_ids) {
  const core::Vocabulary& fields = core::fields();
  for (const std::string& id : network_ids) {
    out.push_back(attribute(link_id, link_entity, fields, *fields.find("network-id"), id));
  }
}

json::object schedule(const core::Schedule& h, std::string_view sal_id, const core::ServiceAtLocation& sal) {
  json::object o;
  o["id"] = h.id;
  o["service_at_location_id"] = sal_id;
  o["service_id"] = sal.service_id;
  o["location_id"] = sal.location_id;
  put(o, "freq", h.freq);
  if (!h.freq.empty()) {
    o["interval"] = h.interval;
  }
  put(o, "byday", h.byday);
  put(o, "bymonthday", h.bymonthday);
  put(o, "dtstart", h.dtstart);
  put(o, "until", h.until);
  if (h.count) {
    o["count"] = *h.count;
  }
  put(o, "opens_at", h.opens_at);
  put(o, "closes_at", h.closes_at);
  put(o, "valid_from", h.valid_from);
  put(o, "valid_to", h.valid_to);
  put(o, "description", h.description);
  put(o, "attending_type", h.attending_type);
  put(o, "notes", h.notes);
  return o;
}

// HSDS ages are in years; whole years as integers (1, not 1.0E0), before birth as 0.
json::value years(int months) {
  if (months <= 0) return 0;
  if (months % 12 == 0) return months / 12;
  return static_cast<double>(months) / 12.0;
}

std::string fees_description(const core::Cost& cost) {
  if (!cost.description.empty()) {
    return cost.description;
  }
  return cost.free ? "Gratis" : "";
}

json::array cost_options(const core::Service& s) {
  json::array out;
  // One HSDS cost option; the option's name is also how an import recognises it.
  const auto add = [&](std::string_view key, std::string_view option, std::optional<double> amount,
                       std::string_view description) {
    json::object o;
    o["id"] = derived_id(s.id, key);
    o["service_id"] = s.id;
    o["option"] = option;
    o["currency"] = "EUR";
    if (amount) o["amount"] = *amount;
    put(o, "amount_description", description);
    out.push_back(std::move(o));
  };
  if (s.cost.free) {
    add("cost/free", "Gratis", 0.0, "");
  } else {
    add("cost/standard", "Standaardtarief", s.cost.amount, s.cost.description);
  }
  if (s.cost.reduced_amount || !s.cost.reduced_description.empty()) {
    add("cost/reduced", "Kansentarief", s.cost.reduced_amount, s.cost.reduced_description);
  }
  return out;
}

json::array languages(const core::Service& s) {
  json::array out;
  for (const std::string& code : s.languages) {
    json::object o;
    o["id"] = derived_id(s.id, "language/" + code);
    o["service_id"] = s.id;
    o["name"] = core::language_name_nl(code);
    o["code"] = code;
    out.push_back(std::move(o));
  }
  return out;
}

json::array service_areas(const core::Service& s, const search::CatalogueIndex& index) {
  json::array out;
  const core::Network* network = index.network(s.network_id);
  if (network == nullptr) {
    return out;
  }
  for (const core::Municipality& m : index.catalogue().municipalities) {
    if (std::find(network->municipality_nis_codes.begin(), network->municipality_nis_codes.end(), m.nis_code) ==
        network->municipality_nis_codes.end()) {
      continue;
    }
    json::object o;
    o["id"] = derived_id(s.id, "area/" + m.nis_code);
    o["service_id"] = s.id;
    o["name"] = m.name;
    o["description"] = fmt::format("Gemeente {} (NIS {}), {}", m.name, m.nis_code, network->name);
    o["extent_type"] = "nis_code";
    o["extent"] = m.nis_code;
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace

json::object service_summary(const core::Service& s, const search::CatalogueIndex& index) {
  json::object o;
  o["id"] = s.id;
  o["organization_id"] = s.organization_id;
  o["name"] = s.name;
  put(o, "alternate_name", s.alternate_name);
  put(o, "description", s.description);
  put(o, "url", s.url);
  put(o, "email", s.email);
  o["status"] = s.status;
  if (s.interpreter_available) {
    o["interpretation_services"] = "Een tolk is mogelijk. Vraag ernaar bij het inschrijven.";
  }
  put(o, "application_process", s.application_process);
  put(o, "fees_description", fees_description(s.cost));
  put(o, "eligibility_description", s.eligibility_description);
  o["minimum_age"] = years(s.min_age_months);
  o["maximum_age"] = years(s.max_age_months);
  put(o, "last_modified", s.last_modified);
  if (const core::Organization* org = index.organization(s.organization_id)) {
    o["organization"] = organization_summary(*org);
  }
  return o;
}

json::object service_full(const core::Service& s, const search::CatalogueIndex& index) {
  json::object o = service_summary(s, index);
  o["phones"] = phones(s.phones, "service_id", s.id);
  o["schedules"] = json::array();
  o["service_areas"] = service_areas(s, index);
  json::array sals;
  for (const core::ServiceAtLocation& sal : s.locations) {
    if (auto ref = index.service_at_location(sal.id)) {
      sals.push_back(service_at_location_summary(*ref, index));
      auto& item = sals.back().as_object();
      json::array schedules;
      for (const core::Schedule& h : sal.schedules) {
        schedules.push_back(schedule(h, sal.id, sal));
      }
      item["schedules"] = std::move(schedules);
      item.erase("service");
    }
  }
  o["service_at_locations"] = std::move(sals);
  o["languages"] = languages(s);
  json::array funding;
  if (s.recognised_by_opgroeien) {
    json::object f;
    f["id"] = derived_id(s.id, "funding/opgroeien");
    f["service_id"] = s.id;
    f["source"] = "Opgroeien (erkend of gesubsidieerd)";
    funding.push_back(std::move(f));
  }
  o["funding"] = std::move(funding);
  o["cost_options"] = cost_options(s);
  o["required_documents"] = json::array();
  o["contacts"] = contacts(s.contacts, "service_id", s.id);
  o["attributes"] = service_attributes(s);
  o["metadata"] = json::array();
  return o;
}

json::object organization_summary(const core::Organization& org) {
  json::object o;
  o["id"] = org.id;
  o["name"] = org.name;
  put(o, "alternate_name", org.alternate_name);
  o["description"] = org.description;
  put(o, "email", org.email);
  put(o, "website", org.website);
  return o;
}

json::object organization_full(const core::Organization& org, const search::CatalogueIndex& index, bool full_services) {
  json::object o = organization_summary(org);
  o["funding"] = json::array();
  o["contacts"] = contacts(org.contacts, "organization_id", org.id);
  o["phones"] = phones(org.phones, "organization_id", org.id);
  json::array locations;
  for (const core::Location& location : index.catalogue().locations) {
    if (location.organization_id == org.id) {
      locations.push_back(location_full(location));
    }
  }
  o["locations"] = std::move(locations);
  o["programs"] = json::array();
  o["organization_identifiers"] = json::array();
  json::array attributes = term_attributes(org.id, "organization", core::organization_terms(org));
  add_network_attributes(attributes, org.id, "organization", org.network_ids);
  o["attributes"] = std::move(attributes);
  put(o, "last_modified", org.last_modified);
  o["metadata"] = json::array();
  json::array services;
  for (const std::uint32_t i : index.services_of(org.id)) {
    const core::Service& s = index.catalogue().services[i];
    services.push_back(full_services ? service_full(s, index) : service_summary(s, index));
    services.back().as_object().erase("organization");
  }
  o["services"] = std::move(services);
  return o;
}

json::object location_full(const core::Location& l) {
  json::object o;
  o["id"] = l.id;
  o["location_type"] = l.kind == "online" ? "virtual" : "physical";
  put(o, "url", l.url);
  put(o, "organization_id", l.organization_id);
  o["name"] = l.name;
  put(o, "description", l.description);
  put(o, "transportation", l.transportation);
  if (l.latitude && l.longitude) {
    o["latitude"] = *l.latitude;
    o["longitude"] = *l.longitude;
  }
  o["languages"] = json::array();
  json::array addresses;
  if (l.address) {
    json::object a;
    a["id"] = derived_id(l.id, "address");
    a["location_id"] = l.id;
    a["address_1"] = l.address->street;
    a["city"] = l.address->city;
    a["state_province"] = core::province_for_postcode(l.address->postcode);
    a["postal_code"] = l.address->postcode;
    a["country"] = l.address->country;
    a["address_type"] = "physical";
    addresses.push_back(std::move(a));
  }
  o["addresses"] = std::move(addresses);
  o["contacts"] = json::array();
  json::array accessibility;
  if (!l.accessibility.empty()) {
    json::object a;
    a["id"] = derived_id(l.id, "accessibility");
    a["location_id"] = l.id;
    a["description"] = l.accessibility;
    accessibility.push_back(std::move(a));
  }
  o["accessibility"] = std::move(accessibility);
  o["phones"] = phones(l.phones, "location_id", l.id);
  o["schedules"] = json::array();
  json::array attributes = term_attributes(l.id, "location", core::location_terms(l));
  add_network_attributes(attributes, l.id, "location", {l.network_id});
  o["attributes"] = std::move(attributes);
  put(o, "last_modified", l.last_modified);
  o["metadata"] = json::array();
  return o;
}

json::object service_at_location_summary(search::SalRef ref, const search::CatalogueIndex& index) {
  const core::Service& s = index.catalogue().services[ref.service];
  const core::ServiceAtLocation& sal = s.locations[ref.position];
  json::object o;
  o["id"] = sal.id;
  o["service_id"] = s.id;
  o["location_id"] = sal.location_id;
  put(o, "description", sal.description);
  if (const core::Location* l = index.location(sal.location_id)) {
    o["location"] = location_full(*l);
  }
  o["service"] = service_summary(s, index);
  return o;
}

json::object service_at_location_full(search::SalRef ref, const search::CatalogueIndex& index) {
  const core::Service& s = index.catalogue().services[ref.service];
  const core::ServiceAtLocation& sal = s.locations[ref.position];
  json::object o = service_at_location_summary(ref, index);
  o["contacts"] = json::array();
  o["phones"] = json::array();
  json::array schedules;
  for (const core::Schedule& h : sal.schedules) {
    schedules.push_back(schedule(h, sal.id, sal));
  }
  o["schedules"] = std::move(schedules);
  o["attributes"] = json::array();
  o["metadata"] = json::array();
  o["service"] = service_full(s, index);
  return o;
}

json::object taxonomy(const core::Vocabulary& vocabulary) {
  json::object o;
  o["id"] = core::taxonomy_id(vocabulary);
  o["name"] = core::taxonomy_name(vocabulary);
  o["description"] = fmt::format("{}: {}", vocabulary.label_nl, vocabulary.description_nl);
  o["uri"] = core::taxonomy_uri(vocabulary);
  o["version"] = "1";
  o["metadata"] = json::array();
  return o;
}

json::object taxonomy_term(const core::Vocabulary& vocabulary, const core::Term& term) {
  json::object o;
  o["id"] = core::term_id(vocabulary, term.code);
  o["code"] = term.code;
  o["name"] = term.label_nl;
  o["description"] = term.description_nl;
  o["taxonomy"] = core::taxonomy_name(vocabulary);
  o["taxonomy_id"] = core::taxonomy_id(vocabulary);
  o["language"] = "nl";
  o["term_uri"] = fmt::format("{}:{}", core::taxonomy_uri(vocabulary), term.code);
  o["metadata"] = json::array();
  return o;
}

}  // namespace hvhk::api

#include "store/catalogue_store.h"

#include <fmt/format.h>

#include <string>
#include <unordered_map>

namespace hvhk::store {
namespace {

using core::Catalogue;

// "INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT (a) DO UPDATE SET b = excluded.b":
// the same text works on SQLite (≥ 3.24) and PostgreSQL.
std::string upsert_sql(std::string_view table, std::initializer_list<std::string_view> columns,
                       std::string_view key = "id") {
  std::string names;
  std::string marks;
  std::string updates;
  for (const std::string_view column : columns) {
    if (!names.empty()) {
      names += ", ";
      marks += ", ";
    }
    names += column;
    marks += "?";
    if (column != key) {
      if (!updates.empty()) {
        updates += ", ";
      }
      updates += fmt::format("{0} = excluded.{0}", column);
    }
  }
  return fmt::format("INSERT INTO {} ({}) VALUES ({}) ON CONFLICT ({}) DO UPDATE SET {}", table, names, marks, key,
                     updates);
}

std::string insert_sql(std::string_view table, std::initializer_list<std::string_view> columns) {
  std::string names;
  std::string marks;
  for (const std::string_view column : columns) {
    if (!names.empty()) {
      names += ", ";
      marks += ", ";
    }
    names += column;
    marks += "?";
  }
  return fmt::format("INSERT INTO {} ({}) VALUES ({})", table, names, marks);
}

const std::string kUpsertMunicipality = upsert_sql("municipalities", {"nis_code", "name"}, "nis_code");
const std::string kUpsertNetwork = upsert_sql("networks", {"id", "name", "description", "website", "email"});
const std::string kUpsertOrganization =
    upsert_sql("organizations",
               {"id", "name", "alternate_name", "description", "email", "website", "partner_type", "last_modified"});
const std::string kUpsertLocation =
    upsert_sql("locations", {"id", "network_id", "organization_id", "kind", "name", "description", "url", "has_address",
                             "street", "postcode", "city", "country", "latitude", "longitude", "transportation",
                             "accessibility", "last_modified"});
const std::string kUpsertService = upsert_sql("services", {"id",
                                                           "organization_id",
                                                           "network_id",
                                                           "name",
                                                           "alternate_name",
                                                           "description",
                                                           "url",
                                                           "email",
                                                           "status",
                                                           "min_age_months",
                                                           "max_age_months",
                                                           "intensity",
                                                           "cost_free",
                                                           "cost_amount",
                                                           "cost_reduced_amount",
                                                           "cost_reduced_description",
                                                           "cost_description",
                                                           "interpreter_available",
                                                           "registration_required",
                                                           "access",
                                                           "eligibility_description",
                                                           "application_process",
                                                           "recognised_by_opgroeien",
                                                           "last_modified"});
const std::string kInsertServiceAtLocation =
    insert_sql("service_at_locations", {"id", "service_id", "location_id", "position", "description"});
const std::string kInsertSchedule =
    insert_sql("schedules", {"id", "service_at_location_id", "position", "freq", "interval_count", "byday",
                             "bymonthday", "dtstart", "until_date", "occurrences", "opens_at", "closes_at",
                             "valid_from", "valid_to", "description", "attending_type", "notes"});
const std::string kInsertContact =
    insert_sql("contacts", {"id", "organization_id", "service_id", "position", "name", "title", "email"});
const std::string kInsertPhone = insert_sql("phones", {"id", "organization_id", "service_id", "location_id",
                                                       "contact_id", "position", "number", "type", "description"});

// Who a phone or contact belongs to: exactly one of these is set.
struct Owner {
  std::string_view organization_id{};
  std::string_view service_id{};
  std::string_view location_id{};
  std::string_view contact_id{};
};

void insert_phones(Connection& db, const std::vector<core::Phone>& phones, const Owner& owner) {
  int position = 0;
  for (const core::Phone& phone : phones) {
    db.execute(kInsertPhone, {p(phone.id), p_or_null(owner.organization_id), p_or_null(owner.service_id),
                              p_or_null(owner.location_id), p_or_null(owner.contact_id), p(position++), p(phone.number),
                              p(phone.type), p(phone.description)});
  }
}

void insert_contacts(Connection& db, const std::vector<core::Contact>& contacts, const Owner& owner) {
  int position = 0;
  for (const core::Contact& contact : contacts) {
    db.execute(kInsertContact, {p(contact.id), p_or_null(owner.organization_id), p_or_null(owner.service_id),
                                p(position++), p(contact.name), p(contact.title), p(contact.email)});
    insert_phones(db, contact.phones, Owner{.contact_id = contact.id});
  }
}

void insert_codes(Connection& db, std::string_view table, std::string_view column, std::string_view service_id,
                  const std::vector<std::string>& codes) {
  db.execute(fmt::format("DELETE FROM {} WHERE service_id = ?", table), {p(service_id)});
  const std::string sql = fmt::format("INSERT INTO {} (service_id, {}, position) VALUES (?, ?, ?)", table, column);
  int position = 0;
  for (const std::string& code : codes) {
    db.execute(sql, {p(service_id), p(code), p(position++)});
  }
}

void save_service(Connection& db, const core::Service& s) {
  db.execute(kUpsertService, {p(s.id),
                              p(s.organization_id),
                              p(s.network_id),
                              p(s.name),
                              p(s.alternate_name),
                              p(s.description),
                              p(s.url),
                              p(s.email),
                              p(s.status),
                              p(s.min_age_months),
                              p(s.max_age_months),
                              p(s.intensity),
                              p(s.cost.free),
                              p(s.cost.amount),
                              p(s.cost.reduced_amount),
                              p(s.cost.reduced_description),
                              p(s.cost.description),
                              p(s.interpreter_available),
                              p(s.registration_required),
                              p(s.access),
                              p(s.eligibility_description),
                              p(s.application_process),
                              p(s.recognised_by_opgroeien),
                              p(s.last_modified)});
  insert_codes(db, "service_themes", "theme", s.id, s.themes);
  insert_codes(db, "service_target_groups", "target_group", s.id, s.target_groups);
  insert_codes(db, "service_languages", "language", s.id, s.languages);
  db.execute("DELETE FROM phones WHERE service_id = ?", {p(s.id)});
  db.execute("DELETE FROM contacts WHERE service_id = ?", {p(s.id)});
  insert_phones(db, s.phones, Owner{.service_id = s.id});
  insert_contacts(db, s.contacts, Owner{.service_id = s.id});
  db.execute("DELETE FROM service_at_locations WHERE service_id = ?", {p(s.id)});
  int sal_position = 0;
  for (const core::ServiceAtLocation& sal : s.locations) {
    db.execute(kInsertServiceAtLocation,
               {p(sal.id), p(s.id), p(sal.location_id), p(sal_position++), p(sal.description)});
    int position = 0;
    for (const core::Schedule& h : sal.schedules) {
      db.execute(kInsertSchedule, {p(h.id), p(sal.id), p(position++), p(h.freq), p(h.interval), p(h.byday),
                                   p(h.bymonthday), p(h.dtstart), p(h.until), p(h.count), p(h.opens_at), p(h.closes_at),
                                   p(h.valid_from), p(h.valid_to), p(h.description), p(h.attending_type), p(h.notes)});
    }
  }
}

void save_all(Connection& db, const Catalogue& c) {
  for (const core::Municipality& m : c.municipalities) {
    db.execute(kUpsertMunicipality, {p(m.nis_code), p(m.name)});
    db.execute("DELETE FROM municipality_postcodes WHERE nis_code = ?", {p(m.nis_code)});
    for (const std::string& postcode : m.postcodes) {
      db.execute("INSERT INTO municipality_postcodes (nis_code, postcode) VALUES (?, ?)", {p(m.nis_code), p(postcode)});
    }
  }
  for (const core::Network& n : c.networks) {
    db.execute(kUpsertNetwork, {p(n.id), p(n.name), p(n.description), p(n.website), p(n.email)});
    db.execute("DELETE FROM network_municipalities WHERE network_id = ?", {p(n.id)});
    for (const std::string& nis : n.municipality_nis_codes) {
      db.execute("INSERT INTO network_municipalities (network_id, nis_code) VALUES (?, ?)", {p(n.id), p(nis)});
    }
  }
  for (const core::Organization& o : c.organizations) {
    db.execute(kUpsertOrganization, {p(o.id), p(o.name), p(o.alternate_name), p(o.description), p(o.email),
                                     p(o.website), p(o.partner_type), p(o.last_modified)});
    db.execute("DELETE FROM network_partners WHERE organization_id = ?", {p(o.id)});
    for (const std::string& network_id : o.network_ids) {
      db.execute("INSERT INTO network_partners (network_id, organization_id) VALUES (?, ?)", {p(network_id), p(o.id)});
    }
    db.execute("DELETE FROM phones WHERE organization_id = ?", {p(o.id)});
    db.execute("DELETE FROM contacts WHERE organization_id = ?", {p(o.id)});
    insert_phones(db, o.phones, Owner{.organization_id = o.id});
    insert_contacts(db, o.contacts, Owner{.organization_id = o.id});
  }
  for (const core::Location& l : c.locations) {
    const core::Address address = l.address.value_or(core::Address{});
    db.execute(kUpsertLocation, {p(l.id), p(l.network_id), p_or_null(l.organization_id), p(l.kind), p(l.name),
                                 p(l.description), p(l.url), p(l.address.has_value()), p(address.street),
                                 p(address.postcode), p(address.city), p(address.country), p(l.latitude),
                                 p(l.longitude), p(l.transportation), p(l.accessibility), p(l.last_modified)});
    db.execute("DELETE FROM phones WHERE location_id = ?", {p(l.id)});
    insert_phones(db, l.phones, Owner{.location_id = l.id});
  }
  for (const core::Service& s : c.services) {
    save_service(db, s);
  }
  db.execute("UPDATE catalogue_revision SET revision = revision + 1 WHERE id = 1");
}

// Phones of every owner, grouped by owner id; contacts likewise.
struct Children {
  std::unordered_map<std::string, std::vector<core::Phone>> phones;
  std::unordered_map<std::string, std::vector<core::Contact>> contacts;
};

Children load_children(Connection& db) {
  Children children;
  const Rows phones = db.query(
      "SELECT COALESCE(organization_id, service_id, location_id, contact_id), id, number, type, description "
      "FROM phones ORDER BY position, id");
  for (std::size_t r = 0; r < phones.size(); ++r) {
    children.phones[phones.text(r, 0)].push_back(
        core::Phone{phones.text(r, 1), phones.text(r, 2), phones.text(r, 3), phones.text(r, 4)});
  }
  const Rows contacts = db.query(
      "SELECT COALESCE(organization_id, service_id), id, name, title, email FROM contacts ORDER BY position, id");
  for (std::size_t r = 0; r < contacts.size(); ++r) {
    core::Contact contact{contacts.text(r, 1), contacts.text(r, 2), contacts.text(r, 3), contacts.text(r, 4), {}};
    if (auto it = children.phones.find(contact.id); it != children.phones.end()) {
      contact.phones = std::move(it->second);
    }
    children.contacts[contacts.text(r, 0)].push_back(std::move(contact));
  }
  return children;
}

template <typename Map>
auto take(Map& map, const std::string& key) -> typename Map::mapped_type {
  auto it = map.find(key);
  if (it == map.end()) {
    return {};
  }
  return std::move(it->second);
}

std::unordered_map<std::string, std::vector<std::string>> load_codes(Connection& db, std::string_view table,
                                                                     std::string_view column) {
  std::unordered_map<std::string, std::vector<std::string>> out;
  const Rows rows = db.query(fmt::format("SELECT service_id, {} FROM {} ORDER BY service_id, position", column, table));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    out[rows.text(r, 0)].push_back(rows.text(r, 1));
  }
  return out;
}

Catalogue load_all(Connection& db) {
  Catalogue c;
  Children children = load_children(db);

  std::unordered_map<std::string, std::vector<std::string>> postcodes;
  const Rows pc = db.query("SELECT nis_code, postcode FROM municipality_postcodes ORDER BY nis_code, postcode");
  for (std::size_t r = 0; r < pc.size(); ++r) {
    postcodes[pc.text(r, 0)].push_back(pc.text(r, 1));
  }
  const Rows m = db.query("SELECT nis_code, name FROM municipalities ORDER BY nis_code");
  for (std::size_t r = 0; r < m.size(); ++r) {
    c.municipalities.push_back(core::Municipality{m.text(r, 0), m.text(r, 1), take(postcodes, m.text(r, 0))});
  }

  std::unordered_map<std::string, std::vector<std::string>> covered;
  const Rows nm = db.query("SELECT network_id, nis_code FROM network_municipalities ORDER BY network_id, nis_code");
  for (std::size_t r = 0; r < nm.size(); ++r) {
    covered[nm.text(r, 0)].push_back(nm.text(r, 1));
  }
  const Rows n = db.query("SELECT id, name, description, website, email FROM networks ORDER BY name, id");
  for (std::size_t r = 0; r < n.size(); ++r) {
    c.networks.push_back(core::Network{n.text(r, 0), n.text(r, 1), n.text(r, 2), n.text(r, 3), n.text(r, 4),
                                       take(covered, n.text(r, 0))});
  }

  std::unordered_map<std::string, std::vector<std::string>> memberships;
  const Rows np =
      db.query("SELECT organization_id, network_id FROM network_partners ORDER BY organization_id, network_id");
  for (std::size_t r = 0; r < np.size(); ++r) {
    memberships[np.text(r, 0)].push_back(np.text(r, 1));
  }
  const Rows o = db.query(
      "SELECT id, name, alternate_name, description, email, website, partner_type, last_modified "
      "FROM organizations ORDER BY name, id");
  for (std::size_t r = 0; r < o.size(); ++r) {
    core::Organization org;
    org.id = o.text(r, 0);
    org.name = o.text(r, 1);
    org.alternate_name = o.text(r, 2);
    org.description = o.text(r, 3);
    org.email = o.text(r, 4);
    org.website = o.text(r, 5);
    org.partner_type = o.text(r, 6);
    org.last_modified = o.text(r, 7);
    org.network_ids = take(memberships, org.id);
    org.phones = take(children.phones, org.id);
    org.contacts = take(children.contacts, org.id);
    c.organizations.push_back(std::move(org));
  }

  const Rows l = db.query(
      "SELECT id, network_id, organization_id, kind, name, description, url, has_address, street, postcode, city, "
      "country, latitude, longitude, transportation, accessibility, last_modified FROM locations ORDER BY name, id");
  for (std::size_t r = 0; r < l.size(); ++r) {
    core::Location loc;
    loc.id = l.text(r, 0);
    loc.network_id = l.text(r, 1);
    loc.organization_id = l.text(r, 2);
    loc.kind = l.text(r, 3);
    loc.name = l.text(r, 4);
    loc.description = l.text(r, 5);
    loc.url = l.text(r, 6);
    if (l.boolean(r, 7)) {
      loc.address = core::Address{l.text(r, 8), l.text(r, 9), l.text(r, 10), l.text(r, 11)};
    }
    loc.latitude = l.real(r, 12);
    loc.longitude = l.real(r, 13);
    loc.transportation = l.text(r, 14);
    loc.accessibility = l.text(r, 15);
    loc.last_modified = l.text(r, 16);
    loc.phones = take(children.phones, loc.id);
    c.locations.push_back(std::move(loc));
  }

  std::unordered_map<std::string, std::vector<core::Schedule>> schedules;
  const Rows h = db.query(
      "SELECT service_at_location_id, id, freq, interval_count, byday, bymonthday, dtstart, until_date, occurrences, "
      "opens_at, closes_at, valid_from, valid_to, description, attending_type, notes FROM schedules "
      "ORDER BY service_at_location_id, position");
  for (std::size_t r = 0; r < h.size(); ++r) {
    core::Schedule s;
    s.id = h.text(r, 1);
    s.freq = h.text(r, 2);
    s.interval = static_cast<int>(h.integer(r, 3));
    s.byday = h.text(r, 4);
    s.bymonthday = h.text(r, 5);
    s.dtstart = h.text(r, 6);
    s.until = h.text(r, 7);
    s.count = h.optional_int(r, 8);
    s.opens_at = h.text(r, 9);
    s.closes_at = h.text(r, 10);
    s.valid_from = h.text(r, 11);
    s.valid_to = h.text(r, 12);
    s.description = h.text(r, 13);
    s.attending_type = h.text(r, 14);
    s.notes = h.text(r, 15);
    schedules[h.text(r, 0)].push_back(std::move(s));
  }
  std::unordered_map<std::string, std::vector<core::ServiceAtLocation>> sals;
  const Rows sl = db.query(
      "SELECT service_id, id, location_id, description FROM service_at_locations ORDER BY service_id, position");
  for (std::size_t r = 0; r < sl.size(); ++r) {
    core::ServiceAtLocation sal{sl.text(r, 1), sl.text(r, 0), sl.text(r, 2), sl.text(r, 3), {}};
    sal.schedules = take(schedules, sal.id);
    sals[sal.service_id].push_back(std::move(sal));
  }

  auto themes = load_codes(db, "service_themes", "theme");
  auto groups = load_codes(db, "service_target_groups", "target_group");
  auto languages = load_codes(db, "service_languages", "language");
  const Rows s = db.query(
      "SELECT id, organization_id, network_id, name, alternate_name, description, url, email, status, min_age_months, "
      "max_age_months, intensity, cost_free, cost_amount, cost_reduced_amount, cost_reduced_description, "
      "cost_description, interpreter_available, registration_required, access, eligibility_description, "
      "application_process, recognised_by_opgroeien, last_modified FROM services ORDER BY name, id");
  c.services.reserve(s.size());
  for (std::size_t r = 0; r < s.size(); ++r) {
    core::Service svc;
    svc.id = s.text(r, 0);
    svc.organization_id = s.text(r, 1);
    svc.network_id = s.text(r, 2);
    svc.name = s.text(r, 3);
    svc.alternate_name = s.text(r, 4);
    svc.description = s.text(r, 5);
    svc.url = s.text(r, 6);
    svc.email = s.text(r, 7);
    svc.status = s.text(r, 8);
    svc.min_age_months = static_cast<int>(s.integer(r, 9));
    svc.max_age_months = static_cast<int>(s.integer(r, 10));
    svc.intensity = s.text(r, 11);
    svc.cost.free = s.boolean(r, 12);
    svc.cost.amount = s.real(r, 13);
    svc.cost.reduced_amount = s.real(r, 14);
    svc.cost.reduced_description = s.text(r, 15);
    svc.cost.description = s.text(r, 16);
    svc.interpreter_available = s.boolean(r, 17);
    svc.registration_required = s.boolean(r, 18);
    svc.access = s.text(r, 19);
    svc.eligibility_description = s.text(r, 20);
    svc.application_process = s.text(r, 21);
    svc.recognised_by_opgroeien = s.boolean(r, 22);
    svc.last_modified = s.text(r, 23);
    svc.themes = take(themes, svc.id);
    svc.target_groups = take(groups, svc.id);
    svc.languages = take(languages, svc.id);
    svc.phones = take(children.phones, svc.id);
    svc.contacts = take(children.contacts, svc.id);
    svc.locations = take(sals, svc.id);
    c.services.push_back(std::move(svc));
  }
  return c;
}

}  // namespace

core::Result<core::Catalogue> CatalogueStore::load() {
  try {
    return load_all(connection_);
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> CatalogueStore::save(const core::Catalogue& catalogue) {
  try {
    Transaction transaction(connection_);
    save_all(connection_, catalogue);
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

void CatalogueStore::save_within_transaction(const core::Catalogue& catalogue) { save_all(connection_, catalogue); }

core::Result<std::int64_t> CatalogueStore::revision() {
  try {
    return connection_.query("SELECT revision FROM catalogue_revision WHERE id = 1").integer(0, 0);
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::int64_t> CatalogueStore::service_count() {
  try {
    return connection_.query("SELECT COUNT(*) FROM services").integer(0, 0);
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

}  // namespace hvhk::store

#include "api/hsds_csv.h"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "api/csv.h"
#include "api/hsds_tables.h"

namespace hvhk::api {
namespace json = boost::json;
namespace fs = std::filesystem;
namespace {

// Which table the objects under a key of a nested HSDS object belong to.
const std::map<std::string_view, std::string_view>& child_tables() {
  static const std::map<std::string_view, std::string_view> kTables{
      {"phones", "phone"},
      {"schedules", "schedule"},
      {"service_areas", "service_area"},
      {"service_at_locations", "service_at_location"},
      {"languages", "language"},
      {"funding", "funding"},
      {"cost_options", "cost_option"},
      {"required_documents", "required_document"},
      {"contacts", "contact"},
      {"attributes", "attribute"},
      {"metadata", "metadata"},
      {"addresses", "address"},
      {"accessibility", "accessibility"},
      {"locations", "location"},
      {"services", "service"},
      {"programs", "program"},
      {"organization_identifiers", "organization_identifier"},
      {"organization", "organization"},
      {"location", "location"},
      {"service", "service"},
      {"taxonomy_term", "taxonomy_term"},
      {"taxonomy_detail", "taxonomy"},
      {"program", "program"},
  };
  return kTables;
}

std::string cell(const json::value& v) {
  if (const json::string* s = v.if_string()) return std::string(*s);
  if (v.is_bool()) return v.as_bool() ? "true" : "false";
  if (v.is_null()) return {};
  return json::serialize(v);
}

// Collects the rows of every table while walking nested HSDS objects; first row per id wins.
class Flattener {
 public:
  void visit(const json::value& value, std::string_view table) {
    const json::object* o = value.if_object();
    const HsdsTable* t = hsds_table(table);
    if (o == nullptr || t == nullptr) return;
    const auto id = o->if_contains("id");
    const std::string key = id ? cell(*id) : std::string();
    if (seen_[std::string(table)].insert(key).second) {
      CsvRow row;
      for (const TableColumn& column : t->columns) {
        const auto* v = o->if_contains(column.name);
        row.push_back(v ? cell(*v) : std::string());
      }
      rows_[std::string(table)].push_back(std::move(row));
    }
    for (const auto& [name, child] : *o) {
      auto it = child_tables().find(name);
      if (it == child_tables().end()) continue;
      if (const json::array* a = child.if_array()) {
        for (const json::value& item : *a) visit(item, it->second);
      } else {
        visit(child, it->second);
      }
    }
  }

  std::map<std::string, std::vector<CsvRow>>& rows() { return rows_; }

 private:
  std::map<std::string, std::vector<CsvRow>> rows_;
  std::map<std::string, std::set<std::string>> seen_;
};

void write_text(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error(fmt::format("cannot write {}", path.string()));
}

std::string field_type(ColumnType type) {
  return type == ColumnType::number ? "number" : type == ColumnType::boolean ? "boolean" : "string";
}

// One CSV file as header -> value maps.
struct Table {
  std::string file;
  std::vector<std::pair<std::size_t, std::map<std::string, std::string, std::less<>>>> rows;  // line, values
};

}  // namespace

void write_hsds_csv(const core::Catalogue& catalogue, const std::string& dir) {
  fs::create_directories(dir);
  const json::object document = export_document(catalogue);
  Flattener flat;
  for (const auto& [key, table] : {std::pair{"organizations", "organization"}, std::pair{"locations", "location"},
                                   std::pair{"services", "service"}}) {
    for (const json::value& item : document.at(key).as_array()) flat.visit(item, table);
  }
  json::array resources;
  for (const HsdsTable& table : hsds_tables()) {
    std::string text;
    CsvRow header;
    json::array fields;
    for (const TableColumn& column : table.columns) {
      header.emplace_back(column.name);
      fields.push_back(json::object{{"name", column.name}, {"type", field_type(column.type)}});
    }
    append_csv_row(text, header);
    for (const CsvRow& row : flat.rows()[std::string(table.name)]) append_csv_row(text, row);
    write_text(fs::path(dir) / table.file, text);
    resources.push_back(json::object{{"name", table.name},
                                     {"path", table.file},
                                     {"profile", "tabular-data-resource"},
                                     {"schema", json::object{{"fields", std::move(fields)}}}});
  }
  // What HSDS has no table for: the Huizen van het Kind and the municipalities they cover.
  const json::object& hvhk = document.at("hvhk").as_object();
  std::string municipalities;
  append_csv_row(municipalities, {"nis_code", "name", "postcodes"});
  for (const json::value& m : hvhk.at("municipalities").as_array()) {
    std::string postcodes;
    for (const json::value& pc : m.at("postcodes").as_array()) {
      if (!postcodes.empty()) postcodes += ' ';
      postcodes += cell(pc);
    }
    append_csv_row(municipalities, {cell(m.at("nis_code")), cell(m.at("name")), postcodes});
  }
  write_text(fs::path(dir) / "hvhk_municipalities.csv", municipalities);
  std::string networks;
  append_csv_row(networks, {"id", "name", "description", "website", "email", "municipalities"});
  for (const json::value& n : hvhk.at("networks").as_array()) {
    std::string nis;
    for (const json::value& code : n.at("municipalities").as_array()) {
      if (!nis.empty()) nis += ' ';
      nis += cell(code);
    }
    append_csv_row(networks, {cell(n.at("id")), cell(n.at("name")), cell(n.at("description")), cell(n.at("website")),
                              cell(n.at("email")), nis});
  }
  write_text(fs::path(dir) / "hvhk_networks.csv", networks);
  json::object package{{"name", "hvhk-hsds"},
                       {"profile", "tabular-data-package"},
                       {"title", "HvhK aanbod (HSDS 3.0)"},
                       {"resources", std::move(resources)}};
  write_text(fs::path(dir) / "datapackage.json", json::serialize(package) + "\n");
}

namespace {

class PackageReader {
 public:
  PackageReader(std::string dir, std::vector<core::Problem>& problems) : dir_(std::move(dir)), problems_(problems) {}

  // Reads file (missing = empty table) into rows of header -> value.
  Table read(std::string_view file) {
    Table table{std::string(file), {}};
    const fs::path path = fs::path(dir_) / file;
    if (!fs::exists(path)) return table;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    auto rows = parse_csv(text.str());
    if (!rows) {
      problems_.push_back({std::string(file), "", rows.error().message});
      return table;
    }
    if (rows->empty()) return table;
    const CsvRow& header = rows->front();
    for (std::size_t r = 1; r < rows->size(); ++r) {
      const CsvRow& row = (*rows)[r];
      if (row.size() != header.size()) {
        problems_.push_back({fmt::format("{} record {}", file, r), "",
                             fmt::format("has {} fields where the header has {}", row.size(), header.size())});
        continue;
      }
      std::map<std::string, std::string, std::less<>> values;
      for (std::size_t c = 0; c < header.size(); ++c) values.emplace(header[c], row[c]);
      table.rows.emplace_back(r, std::move(values));
    }
    return table;
  }

  // The rows of an HSDS entity table as JSON objects with typed values, grouped by a column.
  std::unordered_map<std::string, std::vector<json::object>> objects_by(std::string_view entity,
                                                                        std::string_view column) {
    std::unordered_map<std::string, std::vector<json::object>> out;
    const HsdsTable* table = hsds_table(entity);
    for (auto& [line, values] : read(table->file).rows) {
      json::object o;
      for (const auto& [name, text] : values) {
        if (text.empty()) continue;
        o[name] = typed(*table, name, text);
      }
      auto it = values.find(column);
      out[it == values.end() ? std::string() : it->second].push_back(std::move(o));
    }
    return out;
  }

 private:
  static json::value typed(const HsdsTable& table, std::string_view column, const std::string& text) {
    for (const TableColumn& c : table.columns) {
      if (c.name != column) continue;
      if (c.type == ColumnType::number) {
        double d = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
        if (ec == std::errc() && ptr == text.data() + text.size()) return d;
      } else if (c.type == ColumnType::boolean && (text == "true" || text == "false")) {
        return text == "true";
      }
    }
    return json::string(text);  // a bad number stays text, and the importer names the field
  }

  std::string dir_;
  std::vector<core::Problem>& problems_;
};

json::array take(std::unordered_map<std::string, std::vector<json::object>>& groups, const std::string& key) {
  json::array out;
  if (key.empty()) return out;
  auto it = groups.find(key);
  if (it == groups.end()) return out;
  for (json::object& o : it->second) out.push_back(std::move(o));
  groups.erase(it);
  return out;
}

// The id of a record read from CSV, or "" (then nothing is attached to it).
std::string id_of(const json::object& o) {
  const json::value* id = o.if_contains("id");
  return id != nullptr && id->is_string() ? std::string(id->as_string()) : std::string();
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

}  // namespace

ImportResult read_hsds_csv(const std::string& dir, const ImportOptions& options) {
  ImportResult failed;
  if (!fs::is_directory(dir)) {
    failed.problems.push_back({dir, "", "is not a folder with an HSDS tabular package"});
    return failed;
  }
  std::vector<core::Problem> problems;
  PackageReader reader(dir, problems);
  auto phones_by_owner =
      std::array{reader.objects_by("phone", "organization_id"), reader.objects_by("phone", "service_id"),
                 reader.objects_by("phone", "location_id"), reader.objects_by("phone", "contact_id")};
  auto contact_phones = std::move(phones_by_owner[3]);
  auto attach_contacts = [&](std::vector<json::object>& contacts) {
    json::array out;
    for (json::object& c : contacts) {
      c["phones"] = take(contact_phones, id_of(c));
      out.push_back(std::move(c));
    }
    return out;
  };
  auto contacts_by_org = reader.objects_by("contact", "organization_id");
  auto contacts_by_service = reader.objects_by("contact", "service_id");
  auto attributes = reader.objects_by("attribute", "link_id");
  auto addresses = reader.objects_by("address", "location_id");
  auto accessibility = reader.objects_by("accessibility", "location_id");
  auto languages = reader.objects_by("language", "service_id");
  auto costs = reader.objects_by("cost_option", "service_id");
  auto sals = reader.objects_by("service_at_location", "service_id");
  auto schedules = reader.objects_by("schedule", "service_at_location_id");

  // Phones of an owner that are not a contact's phones (those carry contact_id too).
  auto own_phones = [](std::unordered_map<std::string, std::vector<json::object>>& groups, const std::string& key) {
    json::array out;
    for (json::value& p : take(groups, key)) {
      if (!p.as_object().contains("contact_id")) out.push_back(std::move(p));
    }
    return out;
  };

  json::object document;
  json::array organizations;
  for (auto& [key, list] : reader.objects_by("organization", "")) {
    for (json::object& o : list) {
      const std::string id = id_of(o);  // a copy: adding keys below may move o's storage
      o["phones"] = own_phones(phones_by_owner[0], id);
      json::array contacts;
      if (auto it = contacts_by_org.find(id); it != contacts_by_org.end()) contacts = attach_contacts(it->second);
      o["contacts"] = std::move(contacts);
      o["attributes"] = take(attributes, id);
      organizations.push_back(std::move(o));
    }
  }
  json::array locations;
  for (auto& [key, list] : reader.objects_by("location", "")) {
    for (json::object& l : list) {
      const std::string id = id_of(l);
      l["addresses"] = take(addresses, id);
      l["accessibility"] = take(accessibility, id);
      l["phones"] = own_phones(phones_by_owner[2], id);
      l["attributes"] = take(attributes, id);
      locations.push_back(std::move(l));
    }
  }
  json::array services;
  for (auto& [key, list] : reader.objects_by("service", "")) {
    for (json::object& s : list) {
      const std::string id = id_of(s);
      s["phones"] = own_phones(phones_by_owner[1], id);
      json::array contacts;
      if (auto it = contacts_by_service.find(id); it != contacts_by_service.end()) {
        contacts = attach_contacts(it->second);
      }
      s["contacts"] = std::move(contacts);
      s["attributes"] = take(attributes, id);
      s["languages"] = take(languages, id);
      s["cost_options"] = take(costs, id);
      json::array at = take(sals, id);
      for (json::value& sal : at) {
        sal.as_object()["schedules"] = take(schedules, id_of(sal.as_object()));
      }
      s["service_at_locations"] = std::move(at);
      services.push_back(std::move(s));
    }
  }
  json::array municipalities;
  for (auto& [line, values] : reader.read("hvhk_municipalities.csv").rows) {
    json::array postcodes;
    for (const std::string& pc : split_words(values["postcodes"])) postcodes.emplace_back(pc);
    municipalities.push_back(
        json::object{{"nis_code", values["nis_code"]}, {"name", values["name"]}, {"postcodes", std::move(postcodes)}});
  }
  json::array networks;
  for (auto& [line, values] : reader.read("hvhk_networks.csv").rows) {
    json::array nis;
    for (const std::string& code : split_words(values["municipalities"])) nis.emplace_back(code);
    networks.push_back(json::object{{"id", values["id"]},
                                    {"name", values["name"]},
                                    {"description", values["description"]},
                                    {"website", values["website"]},
                                    {"email", values["email"]},
                                    {"municipalities", std::move(nis)}});
  }
  if (!problems.empty()) {
    failed.problems = std::move(problems);
    return failed;
  }
  document["hvhk"] = json::object{{"municipalities", std::move(municipalities)}, {"networks", std::move(networks)}};
  document["organizations"] = std::move(organizations);
  document["locations"] = std::move(locations);
  document["services"] = std::move(services);
  return read_hsds_value(document, options);
}

}  // namespace hvhk::api

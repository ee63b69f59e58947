#include "store/catalogue_edits.h"

#include "store/catalogue_store.h"

namespace hvhk::store {
namespace {

// The table of each kind of record people edit (a fixed list: never text from a request).
const char* table_of(const std::string& resource_type) {
  if (resource_type == "service") return "services";
  if (resource_type == "organization") return "organizations";
  if (resource_type == "location") return "locations";
  if (resource_type == "network") return "networks";
  throw DbError("unknown resource type " + resource_type);
}

// A record's version: its row in record_versions, or 1 for a record that exists but was never
// edited in the portal (imported, demo), or 0 for a record that does not exist.
std::int64_t current_version(Connection& db, const std::string& type, const std::string& id) {
  const Rows row = db.query("SELECT version FROM record_versions WHERE resource_type = ? AND resource_id = ?",
                            {p(type), p(id)});
  if (!row.empty()) return row.integer(0, 0);
  const Rows exists = db.query(std::string("SELECT 1 FROM ") + table_of(type) + " WHERE id = ?", {p(id)});
  return exists.empty() ? 0 : 1;
}

void insert_history(Connection& db, const CatalogueEdit& edit, std::int64_t version) {
  static constexpr const char* kInsert =
      "INSERT INTO catalogue_changes (resource_type, resource_id, version, at, actor_user_id, action, field_name, "
      "previous_value, replacement_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  if (edit.changes.empty()) {
    db.execute(kInsert, {p(edit.resource_type), p(edit.resource_id), p(version), p(edit.at), p(edit.actor_user_id),
                         p(edit.action), p(""), p(""), p("")});
  }
  for (const core::FieldChange& change : edit.changes) {
    db.execute(kInsert, {p(edit.resource_type), p(edit.resource_id), p(version), p(edit.at), p(edit.actor_user_id),
                         p(edit.action), p(change.field), p(change.previous), p(change.replacement)});
  }
}

core::Result<std::int64_t> conflict() {
  return core::fail(core::Error::Kind::conflict, "Iemand anders heeft dit intussen bewaard.");
}

}  // namespace

core::Result<std::int64_t> CatalogueEdits::save(const core::Catalogue& records, const CatalogueEdit& edit) {
  try {
    Transaction transaction(connection_);
    const std::int64_t current = current_version(connection_, edit.resource_type, edit.resource_id);
    if (current != edit.expected_version) return conflict();
    const std::int64_t next = current + 1;
    // The conditional update is what holds under concurrency (PostgreSQL's read committed): of
    // two saves from the same version only one changes the row; the other inserts and collides.
    const std::int64_t updated = connection_.execute(
        "UPDATE record_versions SET version = ? WHERE resource_type = ? AND resource_id = ? AND version = ?",
        {p(next), p(edit.resource_type), p(edit.resource_id), p(current)});
    if (updated == 0) {
      connection_.execute("INSERT INTO record_versions (resource_type, resource_id, version) VALUES (?, ?, ?)",
                          {p(edit.resource_type), p(edit.resource_id), p(next)});
    }
    CatalogueStore(connection_).save_within_transaction(records);
    insert_history(connection_, edit, next);
    transaction.commit();
    return next;
  } catch (const DbError& e) {
    if (is_unique_violation(e)) return conflict();
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> CatalogueEdits::note(const CatalogueEdit& edit) {
  try {
    insert_history(connection_, edit, current_version(connection_, edit.resource_type, edit.resource_id));
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::int64_t> CatalogueEdits::version(const std::string& resource_type, const std::string& resource_id) {
  try {
    return current_version(connection_, resource_type, resource_id);
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<ChangeEntry>> CatalogueEdits::history(const std::string& resource_type,
                                                               const std::string& resource_id, std::size_t limit) {
  try {
    const Rows rows = connection_.query(
        "SELECT version, at, actor_user_id, action, field_name, previous_value, replacement_value "
        "FROM catalogue_changes WHERE resource_type = ? AND resource_id = ? ORDER BY id DESC LIMIT ?",
        {p(resource_type), p(resource_id), p(static_cast<std::int64_t>(limit))});
    std::vector<ChangeEntry> out;
    out.reserve(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out.push_back(ChangeEntry{rows.integer(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.text(r, 4),
                                rows.text(r, 5), rows.text(r, 6)});
    }
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

}  // namespace hvhk::store

#include "store/admission_store.h"

#include <fmt/format.h>

#include <sstream>

#include "core/ids.h"
#include "store/catalogue_store.h"

namespace hvhk::store {
namespace {

core::Error internal(const DbError& e) { return core::Error{core::Error::Kind::internal, e.what()}; }

std::string joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const std::string& code : codes) {
    if (!out.empty()) out += ' ';
    out += code;
  }
  return out;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream words(text);
  for (std::string word; words >> word;) out.push_back(word);
  return out;
}

constexpr const char* kApplicationColumns =
    "SELECT id, network_id, organization_name, partner_type, contact_name, email, phone, website, themes, "
    "age_bands, municipalities, motivation, status, submitted_at, submitted_on, organization_id FROM "
    "partner_applications ";

std::vector<PartnerApplication> applications_from(const Rows& rows) {
  std::vector<PartnerApplication> out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    PartnerApplication a;
    a.id = rows.text(r, 0);
    a.network_id = rows.text(r, 1);
    a.form = core::ApplicationForm{
        rows.text(r, 2), rows.text(r, 3),        rows.text(r, 4),        rows.text(r, 5),         rows.text(r, 6),
        rows.text(r, 7), split(rows.text(r, 8)), split(rows.text(r, 9)), split(rows.text(r, 10)), rows.text(r, 11)};
    a.status = core::parse_status(rows.text(r, 12)).value_or(core::ApplicationStatus::pending);
    a.submitted_at = rows.text(r, 13);
    a.submitted_on = rows.text(r, 14);
    a.organization_id = rows.text(r, 15);
    out.push_back(std::move(a));
  }
  return out;
}

constexpr const char* kMeetingColumns =
    "SELECT id, network_id, meeting_date, start_time, place, created_at, created_by FROM network_meetings ";

std::vector<NetworkMeeting> meetings_from(Connection& db, const Rows& rows) {
  std::vector<NetworkMeeting> out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    NetworkMeeting m{rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.text(r, 4), {},
                     rows.text(r, 5), rows.text(r, 6)};
    const Rows items =
        db.query("SELECT item_text FROM meeting_agenda_items WHERE meeting_id = ? ORDER BY item_order", {p(m.id)});
    for (std::size_t i = 0; i < items.size(); ++i) m.items.push_back(items.text(i, 0));
    out.push_back(std::move(m));
  }
  return out;
}

void insert_event(Connection& db, const ApplicationEvent& e) {
  db.execute(
      "INSERT INTO application_events (application_id, happened_at, actor_user_id, kind, meeting_id, detail) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {p(e.application_id), p(e.at), p(e.actor_user_id), p(e.kind), p(e.meeting_id), p(e.detail)});
}

}  // namespace

core::Result<void> AdmissionStore::submit(const PartnerApplication& a) {
  try {
    Transaction transaction(connection_);
    connection_.execute(
        "INSERT INTO partner_applications (id, network_id, organization_name, partner_type, contact_name, email, "
        "phone, website, themes, age_bands, municipalities, motivation, status, submitted_at, submitted_on, "
        "organization_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {p(a.id), p(a.network_id), p(a.form.organization_name), p(a.form.partner_type), p(a.form.contact_name),
         p(a.form.email), p(a.form.phone), p(a.form.website), p(joined(a.form.themes)), p(joined(a.form.age_bands)),
         p(joined(a.form.municipalities)), p(a.form.motivation), p(core::status_code(a.status)), p(a.submitted_at),
         p(a.submitted_on), p(a.organization_id)});
    insert_event(connection_, ApplicationEvent{0, a.id, a.submitted_at, "", "submitted", "", ""});
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal(e));
  }
}

core::Result<std::vector<PartnerApplication>> AdmissionStore::applications(const std::string& network_id) {
  try {
    return applications_from(connection_.query(
        std::string(kApplicationColumns) + "WHERE network_id = ? ORDER BY submitted_at DESC, id", {p(network_id)}));
  } catch (const DbError& e) {
    return tl::unexpected(internal(e));
  }
}

core::Result<std::optional<PartnerApplication>> AdmissionStore::application(const std::string& network_id,
                                                                            const std::string& id) {
  try {
    auto found = applications_from(connection_.query(
        std::string(kApplicationColumns) + "WHERE network_id = ? AND id = ?", {p(network_id), p(id)}));
    if (found.empty()) return std::optional<PartnerApplication>{};
    return std::optional<PartnerApplication>{std::move(found.front())};
  } catch (const DbError& e) {
    return tl::unexpected(internal(e));
  }
}

core::Result<void> AdmissionStore::plan_meeting(const NetworkMeeting& m) {
  try {
    Transaction transaction(connection_);
    connection_.execute(
        "INSERT INTO network_meetings (id, network_id, meeting_date, start_time, place, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        {p(m.id), p(m.network_id), p(m.date), p(m.time), p(m.place), p(m.created_at), p(m.created_by)});
    int order = 0;
    for (const std::string& item : m.items) {
      connection_.execute("INSERT INTO meeting_agenda_items (meeting_id, item_order, item_text) VALUES (?, ?, ?)",
                          {p(m.id), p(++order), p(item)});
    }
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal(e));
  }
}

core::Result<std::vector<NetworkMeeting>> AdmissionStore::meetings(const std::string& network_id) {
  try {
    return meetings_from(
        connection_,
        connection_.query(std::string(kMeetingColumns) + "WHERE network_id = ? ORDER BY meeting_date, start_time, id",
                          {p(network_id)}));
  } catch (const DbError& e) {
    return tl::unexpected(internal(e));
  }
}

core::Result<std::optional<NetworkMeeting>> AdmissionStore::meeting(const std::string& network_id,
                                                                    const std::string& id) {
  try {
    auto found = meetings_from(
        connection_,
        connection_.query(std::string(kMeetingColumns) + "WHERE network_id = ? AND id = ?", {p(network_id), p(id)}));
    if (found.empty()) return std::optional<NetworkMeeting>{};
    return std::optional<NetworkMeeting>{std::move(found.front())};
  } catch (const DbError& e) {
    return tl::unexpected(internal(e));
  }
}

core::Result<std::string> AdmissionStore::record_decision(const AdmissionDecision& d,
                                                          const core::Organization* new_partner) {
  try {
    Transaction transaction(connection_);
    // Only an open application changes: a decided one is never decided again, even by two
    // coordinators saving at the same moment.
    const std::int64_t changed = connection_.execute(
        "UPDATE partner_applications SET status = ? WHERE id = ? AND status IN ('pending', 'postponed')",
        {p(core::status_code(core::status_after(d.outcome))), p(d.application_id)});
    if (changed != 1) return core::fail(core::Error::Kind::conflict, "this application was decided already");
    if (!connection_
             .query("SELECT 1 FROM admission_decisions WHERE application_id = ? AND meeting_id = ?",
                    {p(d.application_id), p(d.meeting_id)})
             .empty()) {
      return core::fail(core::Error::Kind::conflict, "this meeting decided on this application already");
    }
    connection_.execute(
        "INSERT INTO admission_decisions (application_id, meeting_id, outcome, votes_for, votes_against, "
        "votes_abstained, reasons, rule, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {p(d.application_id), p(d.meeting_id), p(core::outcome_code(d.outcome)), p(d.votes_for), p(d.votes_against),
         p(d.votes_abstained), p(d.reasons), p(d.rule), p(d.decided_at), p(d.decided_by)});
    insert_event(connection_, ApplicationEvent{0, d.application_id, d.decided_at, d.decided_by,
                                               d.outcome == core::Outcome::postponed ? "postponed" : "decided",
                                               d.meeting_id, std::string(core::outcome_code(d.outcome))});
    std::string partner_id;
    if (new_partner != nullptr) {
      core::Catalogue added;
      added.organizations.push_back(*new_partner);
      core::Organization& org = added.organizations.front();
      // Never overwrite an existing organisation: another id from the name when this one is taken.
      for (int n = 2; !connection_.query("SELECT 1 FROM organizations WHERE id = ?", {p(org.id)}).empty(); ++n) {
        org.id = core::stable_uuid(fmt::format("organization:{}#{}", org.name, n));
      }
      partner_id = org.id;
      CatalogueStore(connection_).save_within_transaction(added);
      connection_.execute("UPDATE partner_applications SET organization_id = ? WHERE id = ?",
                          {p(partner_id), p(d.application_id)});
      insert_event(connection_, ApplicationEvent{0, d.application_id, d.decided_at, d.decided_by, "partner_added",
                                                 d.meeting_id, partner_id});
    }
    transaction.commit();
    return partner_id;
  } catch (const DbError& e) {
    return tl::unexpected(internal(e));
  }
}

core::Result<std::vector<AdmissionDecision>> AdmissionStore::decisions(const std::string& network_id) {
  try {
    const Rows rows = connection_.query(
        "SELECT d.id, d.application_id, d.meeting_id, d.outcome, d.votes_for, d.votes_against, d.votes_abstained, "
        "d.reasons, d.rule, d.decided_at, d.decided_by FROM admission_decisions d "
        "JOIN partner_applications a ON a.id = d.application_id WHERE a.network_id = ? ORDER BY d.id",
        {p(network_id)});
    std::vector<AdmissionDecision> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out.push_back(AdmissionDecision{rows.integer(r, 0), rows.text(r, 1), rows.text(r, 2),
                                      core::parse_outcome(rows.text(r, 3)).value_or(core::Outcome::postponed),
                                      rows.optional_int(r, 4), rows.optional_int(r, 5), rows.optional_int(r, 6),
                                      rows.text(r, 7), rows.text(r, 8), rows.text(r, 9), rows.text(r, 10)});
    }
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal(e));
  }
}

core::Result<void> AdmissionStore::add_event(const ApplicationEvent& event) {
  try {
    insert_event(connection_, event);
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal(e));
  }
}

core::Result<std::vector<ApplicationEvent>> AdmissionStore::events(const std::string& application_id) {
  try {
    const Rows rows = connection_.query(
        "SELECT id, application_id, happened_at, actor_user_id, kind, meeting_id, detail FROM application_events "
        "WHERE application_id = ? ORDER BY id",
        {p(application_id)});
    std::vector<ApplicationEvent> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out.push_back(ApplicationEvent{rows.integer(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3),
                                     rows.text(r, 4), rows.text(r, 5), rows.text(r, 6)});
    }
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal(e));
  }
}

}  // namespace hvhk::store

#include "store/offer_review_store.h"

namespace hvhk::store {
namespace {

constexpr const char* kColumns =
    "SELECT service_id, network_id, organization_id, name, form, base_version, state, submitted_at, submitted_by, "
    "note, reviewed_at, reviewed_by FROM offer_drafts ";

OfferDraft draft_of(const Rows& rows, std::size_t r) {
  return OfferDraft{rows.text(r, 0), rows.text(r, 1),    rows.text(r, 2),  rows.text(r, 3),
                    rows.text(r, 4), rows.integer(r, 5), rows.text(r, 6),  rows.text(r, 7),
                    rows.text(r, 8), rows.text(r, 9),    rows.text(r, 10), rows.text(r, 11)};
}

}  // namespace

core::Result<bool> OfferReviewStore::review_required(const std::string& network_id) {
  try {
    const Rows rows =
        connection_.query("SELECT offer_review FROM network_settings WHERE network_id = ?", {p(network_id)});
    return !rows.empty() && rows.boolean(0, 0);
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> OfferReviewStore::set_review_required(const std::string& network_id, bool required) {
  try {
    // An upsert, so the network's other settings (retention) stay as they are.
    connection_.execute(
        "INSERT INTO network_settings (network_id, offer_review) VALUES (?, ?) "
        "ON CONFLICT (network_id) DO UPDATE SET offer_review = excluded.offer_review",
        {p(network_id), p(required)});
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> OfferReviewStore::submit(const OfferDraft& d) {
  try {
    Transaction transaction(connection_);
    connection_.execute("DELETE FROM offer_drafts WHERE service_id = ?", {p(d.service_id)});
    connection_.execute(
        "INSERT INTO offer_drafts (service_id, network_id, organization_id, name, form, base_version, state, "
        "submitted_at, submitted_by, note, reviewed_at, reviewed_by) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, '', "
        "'', '')",
        {p(d.service_id), p(d.network_id), p(d.organization_id), p(d.name), p(d.form), p(d.base_version),
         p(d.submitted_at), p(d.submitted_by)});
    transaction.commit();
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::optional<OfferDraft>> OfferReviewStore::find(const std::string& service_id) {
  try {
    const Rows rows = connection_.query(std::string(kColumns) + "WHERE service_id = ?", {p(service_id)});
    if (rows.empty()) return std::optional<OfferDraft>();
    return std::optional<OfferDraft>(draft_of(rows, 0));
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<OfferDraft>> OfferReviewStore::of_network(const std::string& network_id,
                                                                   const std::string& state) {
  try {
    const Rows rows = connection_.query(
        std::string(kColumns) + "WHERE network_id = ? AND state = ? ORDER BY submitted_at, service_id",
        {p(network_id), p(state)});
    std::vector<OfferDraft> out;
    out.reserve(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(draft_of(rows, r));
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::vector<OfferDraft>> OfferReviewStore::of_organization(const std::string& organization_id) {
  try {
    const Rows rows = connection_.query(
        std::string(kColumns) + "WHERE organization_id = ? ORDER BY submitted_at, service_id", {p(organization_id)});
    std::vector<OfferDraft> out;
    out.reserve(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(draft_of(rows, r));
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<void> OfferReviewStore::return_draft(const std::string& service_id, const std::string& note,
                                                  const std::string& reviewer, const std::string& now) {
  try {
    const std::int64_t changed = connection_.execute(
        "UPDATE offer_drafts SET state = 'returned', note = ?, reviewed_at = ?, reviewed_by = ? "
        "WHERE service_id = ? AND state = 'pending'",
        {p(note), p(now), p(reviewer), p(service_id)});
    if (changed == 0) return core::fail(core::Error::Kind::conflict, "Dit aanbod wacht niet (meer) op nazicht.");
    return {};
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

core::Result<std::int64_t> OfferReviewStore::approve(const std::string& service_id, const core::Catalogue& records,
                                                     const CatalogueEdit& edit) {
  try {
    Transaction transaction(connection_);
    // Claiming the draft first: of two coordinators approving at once, one publishes.
    if (connection_.execute("DELETE FROM offer_drafts WHERE service_id = ? AND state = 'pending'", {p(service_id)}) ==
        0) {
      return core::fail(core::Error::Kind::conflict, "Dit aanbod wacht niet (meer) op nazicht.");
    }
    const std::int64_t version = CatalogueEdits(connection_).save_within_transaction(records, edit);
    transaction.commit();
    return version;
  } catch (const StaleVersion& e) {
    return core::fail(core::Error::Kind::conflict, e.what());
  } catch (const DbError& e) {
    if (is_unique_violation(e)) return core::fail(core::Error::Kind::conflict, e.what());
    return tl::unexpected(internal_error(e));
  }
}

}  // namespace hvhk::store

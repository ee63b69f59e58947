// Offers waiting for a coordinator's review, for networks that want to see new and changed
// offers before families do: the partner's form is kept as a draft (the published offer, if
// any, stays as it is), the coordinator approves it — published with its history in one
// transaction — or returns it with a note.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/result.h"
#include "store/catalogue_edits.h"
#include "store/connection.h"

namespace hvhk::store {

struct OfferDraft {
  std::string service_id;
  std::string network_id;
  std::string organization_id;
  std::string name;
  std::string form;  // the editor's posted body (application/x-www-form-urlencoded)
  std::int64_t base_version = 0;
  std::string state;  // "pending" or "returned"
  std::string submitted_at;
  std::string submitted_by;  // user id
  std::string note;          // the coordinator's note when returned
  std::string reviewed_at;
  std::string reviewed_by;
};

class OfferReviewStore {
 public:
  explicit OfferReviewStore(Connection& connection) : connection_(connection) {}

  core::Result<bool> review_required(const std::string& network_id);
  core::Result<void> set_review_required(const std::string& network_id, bool required);

  // Stores draft (state "pending"), replacing an earlier draft of the same offer.
  core::Result<void> submit(const OfferDraft& draft);
  core::Result<std::optional<OfferDraft>> find(const std::string& service_id);
  // The drafts of a network in one state, oldest first.
  core::Result<std::vector<OfferDraft>> of_network(const std::string& network_id, const std::string& state);
  // Every draft of an organisation (pending or returned), oldest first.
  core::Result<std::vector<OfferDraft>> of_organization(const std::string& organization_id);
  // Back to the partner with a note (the draft stays, state "returned").
  core::Result<void> return_draft(const std::string& service_id, const std::string& note, const std::string& reviewer,
                                  const std::string& now);
  // Publishes records with edit's history and removes the draft, in one transaction; returns the
  // offer's new version, or Error::Kind::conflict when the published offer changed meanwhile.
  core::Result<std::int64_t> approve(const std::string& service_id, const core::Catalogue& records,
                                     const CatalogueEdit& edit);

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

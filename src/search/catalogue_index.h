// The read model every app node keeps in memory: the whole catalogue, loaded from the
// store, with look-ups by id and the finder's text index. Immutable once built; a node
// swaps in a new one when the catalogue revision changes, so readers never lock.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/catalogue.h"
#include "search/synonyms.h"
#include "search/text_index.h"

namespace hvhk::search {

// Where a service-at-location sits in the catalogue.
struct SalRef {
  std::uint32_t service;   // index into catalogue().services
  std::uint32_t position;  // index into that service's locations
};

class CatalogueIndex {
 public:
  // synonyms: the built-in Dutch list, plus a network's own lines if it has them.
  explicit CatalogueIndex(core::Catalogue catalogue, std::int64_t revision = 0,
                          Synonyms synonyms = Synonyms::builtin());
  // Look-ups point into the owned catalogue: the index is neither copied nor moved.
  CatalogueIndex(const CatalogueIndex&) = delete;
  CatalogueIndex& operator=(const CatalogueIndex&) = delete;

  [[nodiscard]] const core::Catalogue& catalogue() const { return catalogue_; }
  [[nodiscard]] std::int64_t revision() const { return revision_; }

  [[nodiscard]] const core::Service* service(std::string_view id) const;
  [[nodiscard]] const core::Organization* organization(std::string_view id) const;
  [[nodiscard]] const core::Location* location(std::string_view id) const;
  [[nodiscard]] const core::Network* network(std::string_view id) const;
  [[nodiscard]] std::optional<SalRef> service_at_location(std::string_view id) const;
  [[nodiscard]] const std::vector<SalRef>& service_at_locations() const { return sals_; }

  // Offers of one organisation (indices into catalogue().services).
  [[nodiscard]] const std::vector<std::uint32_t>& services_of(std::string_view organization_id) const;
  // Every offer at one location: its service-at-locations there, in catalogue order.
  [[nodiscard]] const std::vector<SalRef>& services_at_location(std::string_view location_id) const;
  [[nodiscard]] const core::Municipality* municipality(std::string_view nis_code) const;
  // What belongs to one Huis van het Kind, in catalogue order, each index once. Offers: those
  // with its network_id (indices into catalogue().services). Partners: organisations with it
  // in their network_ids, or that have an offer of it (catalogue().organizations). Places:
  // locations with its network_id, locations its offers use, and locations without a network
  // of their own whose organisation is its partner (catalogue().locations).
  [[nodiscard]] const std::vector<std::uint32_t>& services_of_network(std::string_view network_id) const;
  [[nodiscard]] const std::vector<std::uint32_t>& organizations_of_network(std::string_view network_id) const;
  [[nodiscard]] const std::vector<std::uint32_t>& locations_of_network(std::string_view network_id) const;
  // HSDS taxonomy term ids and taxonomy ids that describe offer i.
  [[nodiscard]] const std::vector<std::string>& term_ids(std::uint32_t service) const { return term_ids_[service]; }
  [[nodiscard]] bool has_term(std::uint32_t service, std::string_view term_id) const;
  [[nodiscard]] bool has_taxonomy(std::uint32_t service, std::string_view taxonomy_id) const;
  // True if the offer's network covers the municipality of this postcode.
  [[nodiscard]] bool covers_postcode(std::uint32_t service, std::string_view postcode) const;

  // Offers matching every word of the query, best first (ties by catalogue order). Results are
  // kept per distinct query for the life of this index: families ask the same things.
  [[nodiscard]] std::shared_ptr<const std::vector<Hit>> search(std::string_view query) const;
  // The words of the query (as typed) that no offer has, even allowing for a typo or a
  // synonym: for a page that found nothing ("We vonden niets voor 'xyz'"). Empty if every word
  // is in some offer but no offer has them all.
  [[nodiscard]] std::vector<std::string> unmatched_words(std::string_view query) const {
    return text_.unmatched_words(query);
  }
  // The text index itself (uncached, unranked): for benchmarks and tests.
  [[nodiscard]] const TextIndex& text_index() const { return text_; }

 private:
  void index_places_and_networks();

  core::Catalogue catalogue_;
  std::int64_t revision_;
  std::unordered_map<std::string_view, std::uint32_t> services_;
  std::unordered_map<std::string_view, std::uint32_t> organizations_;
  std::unordered_map<std::string_view, std::uint32_t> locations_;
  std::unordered_map<std::string_view, std::uint32_t> networks_;
  std::unordered_map<std::string_view, SalRef> sal_by_id_;
  std::vector<SalRef> sals_;
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> services_by_organization_;
  std::unordered_map<std::string_view, std::vector<SalRef>> sals_by_location_;
  std::unordered_map<std::string_view, std::uint32_t> municipalities_;
  struct NetworkMembers {
    std::vector<std::uint32_t> services;
    std::vector<std::uint32_t> organizations;
    std::vector<std::uint32_t> locations;
  };
  std::unordered_map<std::string_view, NetworkMembers> network_members_;
  std::vector<std::vector<std::string>> term_ids_;
  std::vector<std::vector<std::string>> taxonomy_ids_;
  std::unordered_map<std::string_view, std::unordered_set<std::string>> network_postcodes_;
  TextIndex text_;

  static constexpr std::size_t kMaxCachedQueries = 4096;
  mutable std::shared_mutex cache_mutex_;
  mutable std::unordered_map<std::string, std::shared_ptr<const std::vector<Hit>>> cache_;
};

}  // namespace hvhk::search

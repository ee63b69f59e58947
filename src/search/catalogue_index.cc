#include "search/catalogue_index.h"

#include <algorithm>
#include <mutex>

#include "core/taxonomy.h"
#include "search/normalize.h"

namespace hvhk::search {
namespace {

// How much a word counts, by the field it was found in.
constexpr float kNameWeight = 4.0F;
constexpr float kAlternateNameWeight = 3.0F;
constexpr float kThemeWeight = 2.0F;
constexpr float kOrganizationWeight = 1.5F;
constexpr float kDescriptionWeight = 1.0F;

template <typename T>
const T* find_in(const std::unordered_map<std::string_view, std::uint32_t>& ids, const std::vector<T>& items,
                 std::string_view id) {
  auto it = ids.find(id);
  return it == ids.end() ? nullptr : &items[it->second];
}

}  // namespace

CatalogueIndex::CatalogueIndex(core::Catalogue catalogue, std::int64_t revision, Synonyms synonyms)
    : catalogue_(std::move(catalogue)), revision_(revision), text_(std::move(synonyms)) {
  const auto& c = catalogue_;
  for (std::uint32_t i = 0; i < c.organizations.size(); ++i) {
    organizations_.emplace(c.organizations[i].id, i);
  }
  for (std::uint32_t i = 0; i < c.locations.size(); ++i) {
    locations_.emplace(c.locations[i].id, i);
  }
  for (std::uint32_t i = 0; i < c.networks.size(); ++i) {
    networks_.emplace(c.networks[i].id, i);
  }
  std::unordered_map<std::string_view, const core::Municipality*> municipalities;
  for (const core::Municipality& m : c.municipalities) {
    municipalities.emplace(m.nis_code, &m);
  }
  for (const core::Network& n : c.networks) {
    auto& postcodes = network_postcodes_[n.id];
    for (const std::string& nis : n.municipality_nis_codes) {
      if (auto it = municipalities.find(nis); it != municipalities.end()) {
        postcodes.insert(it->second->postcodes.begin(), it->second->postcodes.end());
      }
    }
  }

  term_ids_.resize(c.services.size());
  taxonomy_ids_.resize(c.services.size());
  for (std::uint32_t i = 0; i < c.services.size(); ++i) {
    const core::Service& s = c.services[i];
    services_.emplace(s.id, i);
    services_by_organization_[s.organization_id].push_back(i);
    for (std::uint32_t k = 0; k < s.locations.size(); ++k) {
      sals_.push_back(SalRef{i, k});
      sal_by_id_.emplace(s.locations[k].id, SalRef{i, k});
    }
    for (const core::TermRef& ref : core::service_terms(s)) {
      term_ids_[i].push_back(core::term_id(*ref.vocabulary, ref.term->code));
      std::string taxonomy = core::taxonomy_id(*ref.vocabulary);
      if (std::find(taxonomy_ids_[i].begin(), taxonomy_ids_[i].end(), taxonomy) == taxonomy_ids_[i].end()) {
        taxonomy_ids_[i].push_back(std::move(taxonomy));
      }
      if (ref.vocabulary == &core::themes()) {
        text_.add(i, ref.term->label_nl, kThemeWeight);
      }
    }
    std::sort(term_ids_[i].begin(), term_ids_[i].end());
    text_.add(i, s.name, kNameWeight);
    text_.add(i, s.alternate_name, kAlternateNameWeight);
    text_.add(i, s.description, kDescriptionWeight);
    if (const core::Organization* org = organization(s.organization_id)) {
      text_.add(i, org->name, kOrganizationWeight);
    }
  }
  text_.finish();
  index_places_and_networks();
}

// The look-ups of the place and network pages: a Flanders-scale network has a few hundred
// offers among tens of thousands, so they are gathered once here, not per request.
void CatalogueIndex::index_places_and_networks() {
  const auto& c = catalogue_;
  for (std::uint32_t i = 0; i < c.municipalities.size(); ++i) {
    municipalities_.emplace(c.municipalities[i].nis_code, i);
  }
  for (std::uint32_t i = 0; i < c.services.size(); ++i) {
    const core::Service& s = c.services[i];
    NetworkMembers& members = network_members_[s.network_id];
    members.services.push_back(i);
    if (auto org = organizations_.find(s.organization_id); org != organizations_.end()) {
      members.organizations.push_back(org->second);
    }
    for (std::uint32_t k = 0; k < s.locations.size(); ++k) {
      const std::string& location_id = s.locations[k].location_id;
      sals_by_location_[location_id].push_back(SalRef{i, k});
      if (auto loc = locations_.find(location_id); loc != locations_.end()) {
        members.locations.push_back(loc->second);
      }
    }
  }
  for (std::uint32_t i = 0; i < c.organizations.size(); ++i) {
    for (const std::string& network_id : c.organizations[i].network_ids) {
      network_members_[network_id].organizations.push_back(i);
    }
  }
  for (std::uint32_t i = 0; i < c.locations.size(); ++i) {
    const core::Location& l = c.locations[i];
    if (!l.network_id.empty()) {
      network_members_[l.network_id].locations.push_back(i);
    } else if (const core::Organization* org = organization(l.organization_id)) {
      for (const std::string& network_id : org->network_ids) {
        network_members_[network_id].locations.push_back(i);
      }
    }
  }
  const auto sort_unique = [](std::vector<std::uint32_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  for (auto& [id, members] : network_members_) {
    sort_unique(members.organizations);
    sort_unique(members.locations);
  }
}

const core::Service* CatalogueIndex::service(std::string_view id) const {
  return find_in(services_, catalogue_.services, id);
}
const core::Organization* CatalogueIndex::organization(std::string_view id) const {
  return find_in(organizations_, catalogue_.organizations, id);
}
const core::Location* CatalogueIndex::location(std::string_view id) const {
  return find_in(locations_, catalogue_.locations, id);
}
const core::Network* CatalogueIndex::network(std::string_view id) const {
  return find_in(networks_, catalogue_.networks, id);
}

std::optional<SalRef> CatalogueIndex::service_at_location(std::string_view id) const {
  auto it = sal_by_id_.find(id);
  if (it == sal_by_id_.end()) {
    return std::nullopt;
  }
  return it->second;
}

std::shared_ptr<const std::vector<Hit>> CatalogueIndex::search(std::string_view query) const {
  {
    // Fast path: this exact text was asked before.
    const std::shared_lock lock(cache_mutex_);
    if (auto it = cache_.find(std::string(query)); it != cache_.end()) {
      return it->second;
    }
  }
  // The same words in any order, case or accents are the same query.
  const Query parsed = text_.parse(query);
  std::string key = parsed.key();
  {
    const std::shared_lock lock(cache_mutex_);
    if (auto it = cache_.find(key); it != cache_.end()) {
      return it->second;
    }
  }
  std::vector<Hit> hits = text_.search(parsed);
  TextIndex::rank(hits, hits.size());
  auto result = std::make_shared<const std::vector<Hit>>(std::move(hits));
  const std::unique_lock lock(cache_mutex_);
  if (cache_.size() >= kMaxCachedQueries) {
    cache_.clear();  // simple and bounded; the common queries come back at once
  }
  cache_.emplace(std::move(key), result);
  cache_.emplace(std::string(query), result);
  return result;
}

const std::vector<std::uint32_t>& CatalogueIndex::services_of(std::string_view organization_id) const {
  static const std::vector<std::uint32_t> kNone;
  auto it = services_by_organization_.find(organization_id);
  return it == services_by_organization_.end() ? kNone : it->second;
}

const std::vector<SalRef>& CatalogueIndex::services_at_location(std::string_view location_id) const {
  static const std::vector<SalRef> kNone;
  auto it = sals_by_location_.find(location_id);
  return it == sals_by_location_.end() ? kNone : it->second;
}

const core::Municipality* CatalogueIndex::municipality(std::string_view nis_code) const {
  return find_in(municipalities_, catalogue_.municipalities, nis_code);
}

const std::vector<std::uint32_t>& CatalogueIndex::services_of_network(std::string_view network_id) const {
  static const std::vector<std::uint32_t> kNone;
  auto it = network_members_.find(network_id);
  return it == network_members_.end() ? kNone : it->second.services;
}

const std::vector<std::uint32_t>& CatalogueIndex::organizations_of_network(std::string_view network_id) const {
  static const std::vector<std::uint32_t> kNone;
  auto it = network_members_.find(network_id);
  return it == network_members_.end() ? kNone : it->second.organizations;
}

const std::vector<std::uint32_t>& CatalogueIndex::locations_of_network(std::string_view network_id) const {
  static const std::vector<std::uint32_t> kNone;
  auto it = network_members_.find(network_id);
  return it == network_members_.end() ? kNone : it->second.locations;
}

bool CatalogueIndex::has_term(std::uint32_t service, std::string_view term_id) const {
  return std::binary_search(term_ids_[service].begin(), term_ids_[service].end(), term_id);
}

bool CatalogueIndex::has_taxonomy(std::uint32_t service, std::string_view taxonomy_id) const {
  const auto& ids = taxonomy_ids_[service];
  return std::find(ids.begin(), ids.end(), taxonomy_id) != ids.end();
}

bool CatalogueIndex::covers_postcode(std::uint32_t service, std::string_view postcode) const {
  auto it = network_postcodes_.find(catalogue_.services[service].network_id);
  return it != network_postcodes_.end() && it->second.contains(std::string(postcode));
}

}  // namespace hvhk::search

// The networks' own synonym lists for the finder's search, one text per Huis van het Kind.
// Saving one bumps the catalogue revision, so every node rebuilds its search index with it.
// Checking the lines is the search module's business (search::Synonyms::parse), not the store's.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "store/connection.h"

namespace hvhk::store {

struct SynonymList {
  std::string network_id;
  std::string lines;
  std::string updated_at;  // ISO 8601 UTC
};

class SynonymStore {
 public:
  explicit SynonymStore(Connection& connection) : connection_(connection) {}

  // Every network's list, by network id.
  core::Result<std::vector<SynonymList>> load_all();
  // One network's list; empty lines when it has none.
  core::Result<SynonymList> load(const std::string& network_id);
  // Replaces the network's list (empty text removes it); not_found when the network does not exist.
  core::Result<void> save(const SynonymList& list);

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

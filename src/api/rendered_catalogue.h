// HSDS JSON of the offers, rendered once per catalogue index and kept: a list page of the API
// then only joins ready strings. Rendering is lazy (on first use of an offer) and thread-safe;
// a new catalogue index gets a new RenderedCatalogue.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "api/hsds_api.h"
#include "search/catalogue_index.h"

namespace hvhk::api {

class RenderedCatalogue {
 public:
  explicit RenderedCatalogue(std::shared_ptr<const search::CatalogueIndex> index);

  [[nodiscard]] const search::CatalogueIndex& index() const { return *index_; }
  [[nodiscard]] const std::shared_ptr<const search::CatalogueIndex>& index_ptr() const { return index_; }

  // The HSDS list item (one-to-one fields and the organisation) of offer i, as JSON text.
  [[nodiscard]] const std::string& service_summary(std::uint32_t i) const;

 private:
  std::shared_ptr<const search::CatalogueIndex> index_;
  mutable std::vector<std::string> summaries_;
  mutable std::unique_ptr<std::once_flag[]> rendered_;
};

// Hands out the RenderedCatalogue of the current index, making a new one when the index changed.
class RenderedSource {
 public:
  explicit RenderedSource(IndexSource source) : source_(std::move(source)) {}
  [[nodiscard]] std::shared_ptr<const RenderedCatalogue> current();

 private:
  IndexSource source_;
  std::mutex mutex_;
  std::shared_ptr<const RenderedCatalogue> rendered_;
};

}  // namespace hvhk::api

#include "api/rendered_catalogue.h"

#include <boost/json.hpp>

#include "api/hsds_json.h"

namespace hvhk::api {

RenderedCatalogue::RenderedCatalogue(std::shared_ptr<const search::CatalogueIndex> index)
    : index_(std::move(index)),
      summaries_(index_->catalogue().services.size()),
      rendered_(std::make_unique<std::once_flag[]>(index_->catalogue().services.size())) {}

const std::string& RenderedCatalogue::service_summary(std::uint32_t i) const {
  std::call_once(rendered_[i], [&] {
    summaries_[i] = boost::json::serialize(api::service_summary(index_->catalogue().services[i], *index_));
  });
  return summaries_[i];
}

std::shared_ptr<const RenderedCatalogue> RenderedSource::current() {
  auto index = source_();
  auto rendered = std::atomic_load(&rendered_);
  if (rendered && rendered->index_ptr() == index) {
    return rendered;
  }
  const std::lock_guard lock(mutex_);
  rendered = std::atomic_load(&rendered_);
  if (!rendered || rendered->index_ptr() != index) {
    rendered = std::make_shared<const RenderedCatalogue>(std::move(index));
    std::atomic_store(&rendered_, rendered);
  }
  return rendered;
}

}  // namespace hvhk::api

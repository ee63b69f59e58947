#include "web/page_cache.h"

#include <mutex>

namespace hvhk::web {

std::shared_ptr<const http::Response> PageCache::find(const std::string& key) const {
  const std::shared_lock lock(mutex_);
  const auto found = pages_.find(key);
  return found == pages_.end() ? nullptr : found->second;
}

void PageCache::keep(const std::string& key, const http::Response& response) {
  const std::size_t size = key.size() + response.body.size();
  if (size > kMaxBytes / 64) return;  // an odd, huge page is not worth keeping
  auto page = std::make_shared<const http::Response>(response);
  const std::unique_lock lock(mutex_);
  if (pages_.size() >= kMaxPages || bytes_ + size > kMaxBytes) {
    pages_.clear();
    bytes_ = 0;
  }
  if (pages_.emplace(key, std::move(page)).second) bytes_ += size;
}

}  // namespace hvhk::web

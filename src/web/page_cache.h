// Finished pages kept for the next family who asks the same: the response to one request
// target in one language, for one catalogue and one day. Bounded: when full it starts over
// (the common pages are back at once), and a new catalogue or a new day starts a new cache.
#pragma once

#include <cstddef>
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "http/message.h"

namespace hvhk::web {

class PageCache {
 public:
  static constexpr std::size_t kMaxPages = 4096;
  static constexpr std::size_t kMaxBytes = std::size_t{64} * 1024 * 1024;

  [[nodiscard]] std::shared_ptr<const http::Response> find(const std::string& key) const;
  void keep(const std::string& key, const http::Response& response);

 private:
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const http::Response>> pages_;
  std::size_t bytes_ = 0;
};

}  // namespace hvhk::web

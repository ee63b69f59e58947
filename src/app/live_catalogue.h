// The catalogue index a running node answers from. Built from the store at start; a
// background thread polls the catalogue revision and swaps in a fresh index when another
// process (an import, another node) changed the catalogue. Readers take a shared_ptr and
// never wait for a reload.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/result.h"
#include "search/catalogue_index.h"

namespace hvhk::app {

class LiveCatalogue {
 public:
  // Loads the catalogue from the database at url (already migrated).
  static core::Result<std::unique_ptr<LiveCatalogue>> open(const std::string& url);
  ~LiveCatalogue();
  LiveCatalogue(const LiveCatalogue&) = delete;
  LiveCatalogue& operator=(const LiveCatalogue&) = delete;

  [[nodiscard]] std::shared_ptr<const search::CatalogueIndex> current() const { return std::atomic_load(&index_); }

  // Checks the revision every `interval` in a background thread until destroyed.
  void start_polling(std::chrono::milliseconds interval);
  // Reloads now if the revision changed; returns true if it did.
  core::Result<bool> refresh();

 private:
  explicit LiveCatalogue(std::string url) : url_(std::move(url)) {}

  std::string url_;
  std::shared_ptr<const search::CatalogueIndex> index_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread poller_;
};

}  // namespace hvhk::app

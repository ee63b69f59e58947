#include "app/live_catalogue.h"

#include <spdlog/spdlog.h>

#include "store/catalogue_store.h"
#include "store/connection.h"
#include "store/synonym_store.h"

namespace hvhk::app {

core::Result<std::unique_ptr<LiveCatalogue>> LiveCatalogue::open(const std::string& url) {
  std::unique_ptr<LiveCatalogue> live(new LiveCatalogue(url));
  auto changed = live->refresh();
  if (!changed) {
    return tl::unexpected(changed.error());
  }
  return live;
}

LiveCatalogue::~LiveCatalogue() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (poller_.joinable()) {
    poller_.join();
  }
}

core::Result<bool> LiveCatalogue::refresh() {
  try {
    auto connection = store::open_connection(url_);
    store::CatalogueStore store(*connection);
    auto revision = store.revision();
    if (!revision) {
      return tl::unexpected(revision.error());
    }
    const auto now = current();
    if (now && now->revision() == *revision) {
      return false;
    }
    const auto started = std::chrono::steady_clock::now();
    auto catalogue = store.load();
    if (!catalogue) {
      return tl::unexpected(catalogue.error());
    }
    auto lists = store::SynonymStore(*connection).load_all();
    if (!lists) {
      return tl::unexpected(lists.error());
    }
    search::Synonyms synonyms = search::Synonyms::builtin();
    for (const store::SynonymList& list : *lists) {
      // Lines were checked when saved; a line the rules no longer accept is left out.
      for (const search::SynonymProblem& problem : synonyms.add(list.lines)) {
        spdlog::warn("synonyms of {}, line {}: {}", list.network_id, problem.line, problem.message());
      }
    }
    auto fresh = std::make_shared<const search::CatalogueIndex>(std::move(*catalogue), *revision, std::move(synonyms));
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    spdlog::info("catalogue revision {} loaded: {} offers in {} ms", *revision, fresh->catalogue().services.size(),
                 took.count());
    std::atomic_store(&index_, std::shared_ptr<const search::CatalogueIndex>(std::move(fresh)));
    return true;
  } catch (const store::DbError& e) {
    return core::fail(core::Error::Kind::internal, e.what());
  }
}

void LiveCatalogue::start_polling(std::chrono::milliseconds interval) {
  poller_ = std::thread([this, interval] {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, interval, [this] { return stopping_; })) {
      lock.unlock();
      if (auto changed = refresh(); !changed) {
        spdlog::warn("catalogue reload failed: {}", changed.error().message);
      }
      lock.lock();
    }
  });
}

}  // namespace hvhk::app

#include "jobs/housekeeping.h"

#include <spdlog/spdlog.h>

#include <memory>

#include "store/connection.h"

namespace hvhk::jobs {

Housekeeping::Housekeeping(std::string db_url, store::RetentionPolicy policy)
    : db_url_(std::move(db_url)), policy_(policy) {}

Housekeeping::~Housekeeping() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

core::Result<store::Purged> Housekeeping::run_once(std::chrono::system_clock::time_point now) {
  std::unique_ptr<store::Connection> connection;
  try {
    connection = store::open_connection(db_url_);
  } catch (const store::DbError& e) {
    return core::fail(core::Error::Kind::internal, std::string("housekeeping database: ") + e.what());
  }
  auto purged = store::RetentionStore(*connection).purge(now, policy_);
  if (purged && purged->total() > 0) {
    spdlog::info(
        "housekeeping: deleted {} expired session(s), {} old link(s), {} old mail(s), {} audit entries; "
        "anonymised {} registration(s)",
        purged->sessions, purged->tokens, purged->mails, purged->audit_entries, purged->registrations);
  }
  return purged;
}

void Housekeeping::start(std::chrono::milliseconds interval) {
  if (thread_.joinable()) return;
  thread_ = std::thread([this, interval] {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      lock.unlock();
      const auto purged = run_once(std::chrono::system_clock::now());
      if (!purged) spdlog::warn("housekeeping: {}", purged.error().message);
      lock.lock();
      wake_.wait_for(lock, interval, [this] { return stopping_; });
    }
  });
}

}  // namespace hvhk::jobs

#include "store/connection_pool.h"

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace hvhk::store {
namespace {

class Pool {
 public:
  void enable(std::size_t max_idle) {
    const std::lock_guard lock(mutex_);
    max_idle_ = max_idle;
    enabled_ = true;
  }
  void disable() {
    decltype(idle_) closing;
    {
      const std::lock_guard lock(mutex_);
      enabled_ = false;
      closing.swap(idle_);
    }
  }
  [[nodiscard]] bool enabled() const { return enabled_; }

  std::unique_ptr<Connection> take(const std::string& url) {
    std::vector<std::unique_ptr<Connection>> stale;  // closed outside the lock
    {
      const std::lock_guard lock(mutex_);
      auto& idle = idle_[url];
      const auto now = std::chrono::steady_clock::now();
      while (!idle.empty()) {
        Idle last = std::move(idle.back());
        idle.pop_back();
        // A server may have closed a connection idle for long; a fresh one is cheaper than a failed request.
        if (now - last.since < kMaxIdle) return std::move(last.connection);
        stale.push_back(std::move(last.connection));
      }
    }
    return open_unpooled(url);
  }

  void give(const std::string& url, std::unique_ptr<Connection> connection) {
    const std::lock_guard lock(mutex_);
    auto& idle = idle_[url];
    if (idle.size() < max_idle_) idle.push_back(Idle{std::move(connection), std::chrono::steady_clock::now()});
    // else: closed here, as the pool holds enough
  }

 private:
  std::mutex mutex_;
  std::atomic<bool> enabled_{false};
  std::size_t max_idle_ = 0;
  struct Idle {
    std::unique_ptr<Connection> connection;
    std::chrono::steady_clock::time_point since;
  };
  static constexpr std::chrono::minutes kMaxIdle{5};
  std::map<std::string, std::vector<Idle>, std::less<>> idle_;
};

Pool& pool() {
  static Pool instance;
  return instance;
}

// A connection lent by the pool: every call goes to the real one; dropping it gives the real one
// back when it is clean (no transaction open, no statement failed).
class PooledConnection final : public Connection {
 public:
  PooledConnection(std::string url, std::unique_ptr<Connection> inner)
      : url_(std::move(url)), inner_(std::move(inner)) {}
  PooledConnection(const PooledConnection&) = delete;
  PooledConnection& operator=(const PooledConnection&) = delete;
  ~PooledConnection() override {
    if (!in_transaction_ && !failed_) pool().give(url_, std::move(inner_));
  }

  [[nodiscard]] Engine engine() const override { return inner_->engine(); }
  void exec_script(std::string_view sql) override {
    guarded([&] { inner_->exec_script(sql); });
    if (sql == "COMMIT" || sql == "ROLLBACK") in_transaction_ = false;
  }
  Rows query(std::string_view sql, const Params& params) override {
    Rows rows;
    guarded([&] { rows = inner_->query(sql, params); });
    return rows;
  }
  std::int64_t execute(std::string_view sql, const Params& params) override {
    std::int64_t changed = 0;
    guarded([&] { changed = inner_->execute(sql, params); });
    return changed;
  }
  void begin() override {
    in_transaction_ = true;
    guarded([&] { inner_->begin(); });
  }

 private:
  template <typename F>
  void guarded(F&& call) {
    try {
      call();
    } catch (...) {
      failed_ = true;  // a broken or aborted connection is never lent again
      throw;
    }
  }

  std::string url_;
  std::unique_ptr<Connection> inner_;
  bool in_transaction_ = false;
  bool failed_ = false;
};

}  // namespace

void enable_connection_pool(std::size_t max_idle) { pool().enable(max_idle); }

void disable_connection_pool() { pool().disable(); }

std::unique_ptr<Connection> take_pooled(std::string_view url) {
  if (!pool().enabled()) return nullptr;
  std::string key(url);
  auto inner = pool().take(key);
  return std::make_unique<PooledConnection>(std::move(key), std::move(inner));
}

}  // namespace hvhk::store

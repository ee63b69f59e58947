#include "jobs/periodic.h"

#include <spdlog/spdlog.h>

#include <exception>

namespace hvhk::jobs {

Periodic::Periodic(std::function<void()> round, std::chrono::milliseconds interval) : round_(std::move(round)) {
  thread_ = std::thread([this, interval] {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      lock.unlock();
      try {
        round_();
      } catch (const std::exception& e) {
        spdlog::error("periodic round: {}", e.what());
      }
      lock.lock();
      wake_.wait_for(lock, interval, [this] { return stopping_; });
    }
  });
}

Periodic::~Periodic() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace hvhk::jobs

// Work the server repeats while it runs, on a thread of its own: a function called at once and
// then every interval until the object is destroyed (a round being run is let finish). The
// registration rounds (places offered from the line that lapse, reminders the day before) use it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace hvhk::jobs {

class Periodic {
 public:
  Periodic(std::function<void()> round, std::chrono::milliseconds interval);
  Periodic(const Periodic&) = delete;
  Periodic& operator=(const Periodic&) = delete;
  ~Periodic();

 private:
  std::function<void()> round_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace hvhk::jobs

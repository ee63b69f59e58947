// Housekeeping while the server runs: once an hour, store::RetentionStore forgets what the
// platform no longer needs (expired sessions, old links, sent mail, old audit entries) and the
// counts go to the log. Like jobs::MailSender, it works on a thread of its own with its own
// database connection for each round; on two app nodes both may run, which does no harm (a
// DELETE of rows already gone deletes nothing).
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "core/result.h"
#include "store/retention_store.h"

namespace hvhk::jobs {

class Housekeeping {
 public:
  Housekeeping(std::string db_url, store::RetentionPolicy policy);
  Housekeeping(const Housekeeping&) = delete;
  Housekeeping& operator=(const Housekeeping&) = delete;
  ~Housekeeping();  // stops the background thread, letting a round being run finish

  // One round at now: what was deleted, logged when anything was.
  core::Result<store::Purged> run_once(std::chrono::system_clock::time_point now);
  // Runs run_once at once and then every `interval` on a thread of its own until destroyed
  // (once; later calls do nothing).
  void start(std::chrono::milliseconds interval);

  static constexpr std::chrono::hours kInterval{1};

 private:
  std::string db_url_;
  store::RetentionPolicy policy_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace hvhk::jobs

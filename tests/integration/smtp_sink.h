// The real SMTP server of the mail tests (tests/tools/smtp_sink.py, aiosmtpd) as a child
// process, and what it received, for the integration tests of the outbox.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json.hpp>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace hvhk::testing {

inline constexpr const char* kPython = "/usr/bin/python3";

inline std::string env(const char* name) {
  const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): read before any thread starts
  return value != nullptr ? value : "";
}

inline std::filesystem::path source_root() {
  const std::string source = env("HVHK_SOURCE_DIR");
  return source.empty() ? std::filesystem::path(__FILE__).parent_path().parent_path().parent_path()
                        : std::filesystem::path(source);
}

inline std::filesystem::path sink_script() { return source_root() / "tests" / "tools" / "smtp_sink.py"; }

// Exit status of a command run without a shell.
inline int run(const std::vector<std::string>& argv) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

inline bool aiosmtpd_installed() { return run({kPython, "-c", "import aiosmtpd"}) == 0; }

// The SMTP sink as a child process; stopped (killed) by stop() or the destructor.
class SmtpSink {
 public:
  explicit SmtpSink(std::filesystem::path out) : out_(std::move(out)) {}
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;
  SmtpSink(SmtpSink&&) = delete;
  SmtpSink& operator=(SmtpSink&&) = delete;
  ~SmtpSink() { stop(); }

  // Starts on `port` (0: a free one), waiting `delay_seconds` before accepting each message;
  // false when it did not report a port.
  bool start(int port = 0, double delay_seconds = 0.0) {
    std::array<int, 2> pipe_fds{};
    if (pipe(pipe_fds.data()) != 0) return false;
    const std::string script = sink_script().string();
    const std::string out = out_.string();
    const std::string port_text = std::to_string(port);
    const std::string delay_text = std::to_string(delay_seconds);
    pid_ = fork();
    if (pid_ == 0) {
      dup2(pipe_fds[1], STDOUT_FILENO);
      close(pipe_fds[0]);
      close(pipe_fds[1]);
      execl(kPython, kPython, script.c_str(), out.c_str(), "--port", port_text.c_str(), "--delay", delay_text.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(pipe_fds[1]);
    std::string line;
    char c = 0;
    while (read(pipe_fds[0], &c, 1) == 1 && c != '\n') line += c;
    close(pipe_fds[0]);
    port_ = std::atoi(line.c_str());
    return port_ > 0;
  }
  void stop() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

  // Every message received so far, as the sink recorded it.
  [[nodiscard]] std::vector<boost::json::object> received() const {
    std::vector<boost::json::object> out;
    std::ifstream in(out_);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) out.push_back(boost::json::parse(line).as_object());
    }
    return out;
  }

 private:
  std::filesystem::path out_;
  pid_t pid_ = -1;
  int port_ = 0;
};

inline std::string str(const boost::json::object& o, const char* key) { return std::string(o.at(key).as_string()); }

}  // namespace hvhk::testing

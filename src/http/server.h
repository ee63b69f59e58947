// The HTTP/1.x server: accepts connections, reads requests with Boost.Beast in one
// C++20 coroutine per connection, hands each to the Router and writes the answer
// with the security headers added. Limits and time-outs keep bad clients cheap.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "http/router.h"

namespace hvhk::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0: the system picks a free port
  int threads = 0;             // 0: std::thread::hardware_concurrency()
  std::size_t max_body_bytes = std::size_t{1} << 20U;
  std::size_t max_header_bytes = std::size_t{16} * 1024;
  std::chrono::seconds idle_timeout{30};  // to receive a whole request, and to send a response
  bool trust_proxy = false;               // believe X-Forwarded-Proto from a reverse proxy in front of us
};

class Server {
 public:
  // The router must outlive the server.
  Server(ServerOptions options, const Router& router);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens; returns the port actually bound (useful with port 0). Throws
  // boost::system::system_error when the address is invalid or the port is taken.
  unsigned short bind();

  // Serves on options.threads threads until stop() or SIGINT/SIGTERM; call bind()
  // first. Open connections are abandoned when it returns.
  void run();

  // Makes run() return. Thread-safe; may be called before run() starts.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hvhk::http

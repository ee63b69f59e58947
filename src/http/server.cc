#include "http/server.h"

#include <algorithm>
#include <array>
#include <csignal>
#include <ctime>
#include <exception>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <spdlog/spdlog.h>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>

#include "http/compression.h"
#include "http/security_headers.h"
#include "http/target.h"

namespace hvhk::http {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;
using namespace std::string_view_literals;

// Completion token that reports errors as values instead of throwing them.
constexpr auto kNoThrow = net::as_tuple(net::use_awaitable);

// How long, at most, to keep reading (and discarding) from a client we answered
// with an error, so that it gets to read the answer before the connection closes.
constexpr std::chrono::seconds kMaxLinger{2};

constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

bool iequals(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// A handler's header must not be able to split the response.
bool is_safe_header(std::string_view name, std::string_view value) {
  if (name.empty() || name.find_first_of(":\r\n\0 \t"sv) != std::string_view::npos) return false;
  return value.find_first_of("\r\n\0"sv) == std::string_view::npos;
}

// The IMF-fixdate for now, formatted once per second per thread.
std::string_view http_date() {
  static constexpr std::array<const char*, 7> kDays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  thread_local std::time_t cached_second = -1;
  thread_local std::array<char, 40> text{};
  thread_local std::size_t length = 0;
  std::time_t now = std::time(nullptr);
  if (now != cached_second) {
    std::tm tm{};
    gmtime_r(&now, &tm);
    int n = std::snprintf(text.data(), text.size(), "%s, %02d %s %04d %02d:%02d:%02d GMT",
                          kDays[static_cast<std::size_t>(tm.tm_wday) % 7], tm.tm_mday,
                          kMonths[static_cast<std::size_t>(tm.tm_mon) % 12], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                          tm.tm_sec);
    length = n > 0 ? std::min(static_cast<std::size_t>(n), text.size() - 1) : 0;
    cached_second = now;
  }
  return {text.data(), length};
}

// True for errors in what the client sent, which deserve an answer; false for the
// peer going away or timing out, where nothing can be answered.
bool is_protocol_error(const beast::error_code& ec) {
  static const auto& http_category = bhttp::make_error_code(bhttp::error::bad_method).category();
  return ec.category() == http_category && ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message;
}

void log_coroutine_failure(const std::exception_ptr& e) {
  if (!e) return;
  try {
    std::rethrow_exception(e);
  } catch (const std::exception& ex) {
    spdlog::error("http connection failed: {}", ex.what());
  } catch (...) {
    spdlog::error("http connection failed with a non-standard exception");
  }
}

}  // namespace

struct Server::Impl {
  Impl(ServerOptions opts, const Router& r)
      : options(std::move(opts)),
        router(r),
        thread_count(options.threads > 0 ? options.threads
                                         : std::max(1, static_cast<int>(std::thread::hardware_concurrency()))),
        loops(make_loops(thread_count)),
        acceptor(*loops.front()) {}

  // One event loop per thread: a connection lives on one loop, so it needs no strand and
  // never hops between threads.
  static std::vector<std::unique_ptr<net::io_context>> make_loops(int count) {
    std::vector<std::unique_ptr<net::io_context>> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) out.push_back(std::make_unique<net::io_context>(1));
    return out;
  }

  net::awaitable<void> accept_loop();
  net::awaitable<void> session(tcp::socket socket);
  net::awaitable<void> serve(beast::tcp_stream& stream, const std::string& client);
  net::awaitable<void> answer_error_and_close(beast::tcp_stream& stream, unsigned status, std::string_view target,
                                              unsigned version) const;
  Response handle(bhttp::request<bhttp::string_body>& msg, bool& secure, const std::string& client);
  bhttp::response<bhttp::string_body> to_beast(Response& res, unsigned version, bool keep_alive, bool head) const;

  ServerOptions options;
  const Router& router;
  int thread_count;
  std::vector<std::unique_ptr<net::io_context>> loops;
  std::size_t next_loop = 0;
  tcp::acceptor acceptor;
};

net::awaitable<void> Server::Impl::accept_loop() {
  for (;;) {
    // Connections are dealt round-robin over the event loops, one thread each.
    net::io_context& loop = *loops[next_loop++ % loops.size()];
    auto [ec, socket] = co_await acceptor.async_accept(loop, kNoThrow);
    if (ec) {
      if (ec == net::error::operation_aborted || !acceptor.is_open()) co_return;
      spdlog::warn("http accept failed: {}", ec.message());
      // Typically out of file descriptors: back off instead of spinning.
      net::steady_timer pause(co_await net::this_coro::executor, std::chrono::milliseconds(50));
      co_await pause.async_wait(kNoThrow);
      continue;
    }
    beast::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    auto executor = socket.get_executor();
    net::co_spawn(executor, session(tcp::socket(std::move(socket))), log_coroutine_failure);
  }
}

net::awaitable<void> Server::Impl::session(tcp::socket socket) {
  beast::error_code endpoint_error;
  const auto endpoint = socket.remote_endpoint(endpoint_error);
  const std::string client = endpoint_error ? std::string() : endpoint.address().to_string();
  beast::tcp_stream stream(std::move(socket));
  try {
    co_await serve(stream, client);
  } catch (const std::exception& e) {
    spdlog::warn("http connection dropped: {}", e.what());
  }
}

net::awaitable<void> Server::Impl::serve(beast::tcp_stream& stream, const std::string& client) {
  beast::flat_buffer buffer;
  for (;;) {
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(std::min<std::size_t>(options.max_header_bytes, UINT32_MAX)));
    parser.body_limit(options.max_body_bytes);

    // One deadline for the whole request, so a slow sender cannot hold a connection.
    stream.expires_after(options.idle_timeout);
    auto [ec, bytes] = co_await bhttp::async_read_header(stream, buffer, parser, kNoThrow);
    if (!ec && !parser.is_done()) {
      const auto& head = parser.get();
      if (head.version() >= 11 && iequals(head[bhttp::field::expect], "100-continue")) {
        auto [wec, wbytes] = co_await net::async_write(stream, net::buffer(kContinue), kNoThrow);
        ec = wec;
      }
      if (!ec) std::tie(ec, bytes) = co_await bhttp::async_read(stream, buffer, parser, kNoThrow);
    }

    if (ec) {
      if (ec == bhttp::error::end_of_stream) {
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        co_return;
      }
      if (!is_protocol_error(ec)) co_return;
      unsigned status = ec == bhttp::error::header_limit ? 431 : ec == bhttp::error::body_limit ? 413 : 400;
      std::string_view target = parser.is_header_done() ? std::string_view(parser.get().target()) : "";
      unsigned version = parser.is_header_done() ? parser.get().version() : 11;
      spdlog::debug("http request rejected: {} ({})", status, ec.message());
      co_await answer_error_and_close(stream, status, target, version);
      co_return;
    }

    auto& msg = parser.get();
    const bool keep_alive = msg.keep_alive();
    const unsigned version = msg.version();
    const bool head = msg.method() == bhttp::verb::head;
    bool secure = false;
    Response res = handle(msg, secure, client);
    add_security_headers(res, secure);
    compress_response(res, msg[bhttp::field::accept_encoding]);
    spdlog::debug("http {} {} -> {}", msg.method_string(), msg.target(), res.status);

    auto out = to_beast(res, version, keep_alive, head);
    stream.expires_after(options.idle_timeout);
    auto [wec, wbytes] = co_await bhttp::async_write(stream, out, kNoThrow);
    if (wec) co_return;
    if (!keep_alive) {
      beast::error_code ignored;
      stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
      co_return;
    }
  }
}

Response Server::Impl::handle(bhttp::request<bhttp::string_body>& msg, bool& secure, const std::string& client) {
  Request req;
  req.client_address = client;
  std::string error;
  if (!parse_target(msg.target(), req, error)) {
    spdlog::debug("http bad request target: {}", error);
    return error_response(400, msg.target());
  }
  req.method.assign(msg.method_string());
  for (const auto& field : msg) {
    auto [it, inserted] = req.headers.try_emplace(to_lower(field.name_string()), field.value());
    if (!inserted) {
      // A repeated field is the same as one with the values joined (RFC 9110 5.3);
      // Cookie is the exception with its own separator.
      it->second.append(it->first == "cookie" ? "; " : ", ");
      it->second.append(field.value());
    }
  }
  req.body = std::move(msg.body());
  if (options.trust_proxy) {
    auto proto = req.header("x-forwarded-proto");
    req.secure = proto && iequals(*proto, "https");
    // The proxy appends the address it saw last: that one it vouches for.
    if (auto forwarded = req.header("x-forwarded-for")) {
      std::string_view last = *forwarded;
      last = last.substr(last.rfind(',') == std::string_view::npos ? 0 : last.rfind(',') + 1);
      while (!last.empty() && last.front() == ' ') last.remove_prefix(1);
      if (!last.empty() && last.size() <= 64) req.client_address.assign(last);
    }
  }
  secure = req.secure;
  return router.dispatch(req);
}

bhttp::response<bhttp::string_body> Server::Impl::to_beast(Response& res, unsigned version, bool keep_alive,
                                                           bool head) const {
  if (res.status < 200 || res.status > 599) {
    spdlog::error("http handler returned invalid status {}", res.status);
    res = error_response(500, "");
  }
  bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(res.status), version};
  out.set(bhttp::field::server, "hvhk");
  out.set(bhttp::field::date, http_date());
  if (is_safe_header("Content-Type", res.content_type)) {
    out.set(bhttp::field::content_type, res.content_type);
  }
  for (const auto& [name, value] : res.headers) {
    if (!is_safe_header(name, value)) {
      spdlog::error("http handler header {:?} dropped: invalid characters", name);
      continue;
    }
    // The server alone frames the message.
    if (iequals(name, "content-length") || iequals(name, "transfer-encoding") || iequals(name, "connection")) {
      continue;
    }
    if (iequals(name, "server") || iequals(name, "date") || iequals(name, "content-type")) {
      out.set(name, value);
    } else {
      out.insert(name, value);  // may repeat, e.g. Set-Cookie
    }
  }
  out.keep_alive(keep_alive);
  if (res.status == 204 || res.status == 304) return out;  // no body, no Content-Length
  out.content_length(res.body.size());
  if (!head) out.body() = std::move(res.body);
  return out;
}

net::awaitable<void> Server::Impl::answer_error_and_close(beast::tcp_stream& stream, unsigned status,
                                                          std::string_view target, unsigned version) const {
  Response res = error_response(status, target);
  add_security_headers(res, false);
  auto out = to_beast(res, version == 10 ? 10 : 11, false, false);
  stream.expires_after(options.idle_timeout);
  auto [ec, bytes] = co_await bhttp::async_write(stream, out, kNoThrow);
  if (ec) co_return;

  // Closing with unread input makes the kernel send a reset, which can destroy the
  // answer before the client reads it. So stop sending and drain for a while first.
  beast::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  stream.expires_after(std::min<std::chrono::steady_clock::duration>(options.idle_timeout, kMaxLinger));
  std::array<char, 4096> sink;
  for (;;) {
    auto [rec, n] = co_await stream.async_read_some(net::buffer(sink), kNoThrow);
    if (rec) co_return;
  }
}

Server::Server(ServerOptions options, const Router& router)
    : impl_(std::make_unique<Impl>(std::move(options), router)) {}

Server::~Server() = default;

unsigned short Server::bind() {
  auto& acceptor = impl_->acceptor;
  tcp::endpoint endpoint{net::ip::make_address(impl_->options.address), impl_->options.port};
  acceptor.open(endpoint.protocol());
  acceptor.set_option(net::socket_base::reuse_address(true));
  acceptor.bind(endpoint);
  acceptor.listen(net::socket_base::max_listen_connections);
  net::co_spawn(*impl_->loops.front(), impl_->accept_loop(), log_coroutine_failure);
  unsigned short port = acceptor.local_endpoint().port();
  spdlog::info("http listening on {}:{}", impl_->options.address, port);
  return port;
}

void Server::run() {
  if (!impl_->acceptor.is_open()) throw std::logic_error("Server::run() called before bind()");
  net::signal_set signals(*impl_->loops.front(), SIGINT, SIGTERM);
  signals.async_wait([this](const beast::error_code& ec, int signal_number) {
    if (ec) return;
    spdlog::info("http server stopping on signal {}", signal_number);
    stop();
  });

  auto work = [](net::io_context& loop) {
    for (;;) {
      try {
        loop.run();
        return;
      } catch (const std::exception& e) {
        spdlog::error("http event loop: {}", e.what());
      }
    }
  };
  std::vector<std::jthread> extra;
  for (std::size_t i = 1; i < impl_->loops.size(); ++i) {
    net::io_context& loop = *impl_->loops[i];
    // Kept running while idle (no connection yet) until stop().
    extra.emplace_back([&work, &loop, guard = net::make_work_guard(loop)] { work(loop); });
  }
  work(*impl_->loops.front());
  stop();  // the first loop ended (signal or stop()): end the others too
}

void Server::stop() {
  for (const auto& loop : impl_->loops) loop->stop();
}

}  // namespace hvhk::http

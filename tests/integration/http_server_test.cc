// The HTTP server over real loopback sockets: normal traffic, keep-alive, and the
// malformed, oversized and stalled requests it must answer or drop without harm.
#include <gtest/gtest.h>
#include <poll.h>

#include <chrono>
#include <map>
#include <string>
#include <thread>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

#include "http/router.h"
#include "http/server.h"

namespace hvhk::http {
namespace {

namespace net = boost::asio;
using tcp = net::ip::tcp;
using namespace std::chrono_literals;

// Starts with a NUL byte, so it needs an explicit length.
constexpr char kGarbageText[] = "\x00\xff GARBAGE\r\n\r\n";
const std::string kGarbage(kGarbageText, sizeof kGarbageText - 1);

struct Reply {
  unsigned status = 0;
  std::string status_line;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;

  [[nodiscard]] bool has(const std::string& name) const { return headers.count(name) > 0; }
};

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// A blocking client with deadlines, so a misbehaving server fails a test instead
// of hanging it.
class Client {
 public:
  explicit Client(unsigned short port) : socket_(ioc_) {
    socket_.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
  }

  void send(std::string_view data) { net::write(socket_, net::buffer(data)); }

  // Sends data, ignoring a connection the server has already given up on.
  void send_ignoring_errors(std::string_view data) {
    boost::system::error_code ec;
    net::write(socket_, net::buffer(data), ec);
  }

  // Reads one response (framed by Content-Length); status 0 if none arrived in time.
  Reply read_reply(std::chrono::milliseconds limit = 5s, bool head = false) {
    auto deadline = std::chrono::steady_clock::now() + limit;
    std::size_t end;
    while ((end = buffer_.find("\r\n\r\n")) == std::string::npos) {
      if (!fill(deadline)) return {};
    }
    Reply reply;
    std::string head_text = buffer_.substr(0, end);
    buffer_.erase(0, end + 4);
    std::size_t line_end = head_text.find("\r\n");
    reply.status_line = head_text.substr(0, line_end);
    reply.status = static_cast<unsigned>(std::stoul(reply.status_line.substr(9, 3)));
    std::size_t pos = line_end;
    while (pos != std::string::npos && pos < head_text.size()) {
      std::size_t next = head_text.find("\r\n", pos + 2);
      std::string line = head_text.substr(pos + 2, next == std::string::npos ? std::string::npos : next - pos - 2);
      std::size_t colon = line.find(':');
      std::string name = lower(line.substr(0, colon));
      std::string value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(' '));
      if (reply.headers.count(name)) {
        reply.headers[name] += "\n" + value;
      } else {
        reply.headers[name] = value;
      }
      pos = next;
    }
    std::size_t length = 0;
    if (!head && reply.has("content-length")) length = std::stoul(reply.headers["content-length"]);
    while (buffer_.size() < length) {
      if (!fill(deadline)) return {};
    }
    reply.body = buffer_.substr(0, length);
    buffer_.erase(0, length);
    return reply;
  }

  // True when the server closes the connection within limit; any bytes that came
  // first are kept in leftover().
  bool closed_within(std::chrono::milliseconds limit) {
    auto deadline = std::chrono::steady_clock::now() + limit;
    while (fill(deadline)) {
    }
    return eof_;
  }

  [[nodiscard]] const std::string& leftover() const { return buffer_; }

 private:
  // Reads what is available before the deadline; false at EOF, error or deadline.
  bool fill(std::chrono::steady_clock::time_point deadline) {
    if (eof_) return false;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd pfd{socket_.native_handle(), POLLIN, 0};
    if (::poll(&pfd, 1, static_cast<int>(left.count())) <= 0) return false;
    char chunk[16384];
    boost::system::error_code ec;
    std::size_t n = socket_.read_some(net::buffer(chunk), ec);
    if (ec) {
      eof_ = true;  // EOF or reset: either way the server closed
      return false;
    }
    buffer_.append(chunk, n);
    return true;
  }

  net::io_context ioc_;
  tcp::socket socket_;
  std::string buffer_;
  bool eof_ = false;
};

Router make_router() {
  Router router;
  router.add("GET", "/hello", [](Request&) { return Response::text(200, "hallo"); });
  router.add("GET", "/api/items/{id}",
             [](Request& req) { return Response::json(200, "{\"id\":\"" + req.path_params.at("id") + "\"}"); });
  router.add("GET", "/query",
             [](Request& req) { return Response::text(200, std::string(req.query.get("q").value_or("-"))); });
  router.add("POST", "/echo", [](Request& req) { return Response::text(200, req.body); });
  router.add("GET", "/header",
             [](Request& req) { return Response::text(200, std::string(req.header("x-test").value_or("-"))); });
  router.add("GET", "/secure", [](Request& req) { return Response::text(200, req.secure ? "yes" : "no"); });
  router.add("GET", "/framed", [](Request&) {
    Response res = Response::text(200, "own headers");
    res.headers.emplace_back("X-Frame-Options", "SAMEORIGIN");
    res.headers.emplace_back("Set-Cookie", "a=1");
    res.headers.emplace_back("Set-Cookie", "b=2");
    res.headers.emplace_back("X-Evil", "x\r\nInjected: yes");
    res.headers.emplace_back("Content-Length", "999");
    return res;
  });
  router.add("GET", "/empty", [](Request&) { return Response::text(204, "dropped"); });
  router.add("GET", "/boom", [](Request&) -> Response { throw std::runtime_error("hidden"); });
  return router;
}

class HttpServerTest : public ::testing::Test {
 protected:
  void start(bool trust_proxy = false) {
    ServerOptions options;
    options.port = 0;
    options.threads = 2;
    options.idle_timeout = 1s;
    options.trust_proxy = trust_proxy;
    server_ = std::make_unique<Server>(options, router_);
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->run(); });
  }

  void SetUp() override { start(); }

  void TearDown() override {
    server_->stop();
    thread_.join();
  }

  void restart_trusting_proxy() {
    TearDown();
    start(true);
  }

  Reply request(const std::string& raw) const {
    Client client(port_);
    client.send(raw);
    return client.read_reply();
  }

  void expect_still_serving() {
    Reply reply = request("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n");
    EXPECT_EQ(reply.status, 200U);
    EXPECT_EQ(reply.body, "hallo");
  }

  Router router_ = make_router();
  std::unique_ptr<Server> server_;
  std::thread thread_;
  unsigned short port_ = 0;
};

TEST_F(HttpServerTest, BindReturnsTheEphemeralPort) { EXPECT_NE(port_, 0); }

TEST_F(HttpServerTest, NormalGet) {
  Reply reply = request("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(reply.status_line, "HTTP/1.1 200 OK");
  EXPECT_EQ(reply.body, "hallo");
  EXPECT_EQ(reply.headers["content-length"], "5");
  EXPECT_EQ(reply.headers["content-type"], "text/plain; charset=utf-8");
  EXPECT_EQ(reply.headers["server"], "hvhk");
  EXPECT_TRUE(reply.headers["date"].ends_with(" GMT")) << reply.headers["date"];
  EXPECT_EQ(reply.headers["x-content-type-options"], "nosniff");
  EXPECT_EQ(reply.headers["x-frame-options"], "DENY");
  EXPECT_EQ(reply.headers["referrer-policy"], "same-origin");
  EXPECT_TRUE(reply.headers["content-security-policy"].starts_with("default-src 'self';"));
  EXPECT_FALSE(reply.has("strict-transport-security"));
}

TEST_F(HttpServerTest, PathParametersAndQuery) {
  EXPECT_EQ(request("GET /api/items/a%20b HTTP/1.1\r\nHost: t\r\n\r\n").body, R"({"id":"a b"})");
  EXPECT_EQ(request("GET /query?q=kind+en%20gezin HTTP/1.1\r\nHost: t\r\n\r\n").body, "kind en gezin");
}

TEST_F(HttpServerTest, HeadersReachTheHandlerJoined) {
  Reply reply = request("GET /header HTTP/1.1\r\nHost: t\r\nX-Test: a\r\nx-test: b\r\n\r\n");
  EXPECT_EQ(reply.body, "a, b");
}

TEST_F(HttpServerTest, PostBody) {
  Reply reply = request("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\nhello world");
  EXPECT_EQ(reply.status, 200U);
  EXPECT_EQ(reply.body, "hello world");
}

TEST_F(HttpServerTest, ChunkedPostBody) {
  Reply reply = request(
      "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
  EXPECT_EQ(reply.body, "hello world");
}

TEST_F(HttpServerTest, ExpectContinue) {
  Client client(port_);
  client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n");
  Reply interim = client.read_reply();
  EXPECT_EQ(interim.status, 100U);
  client.send("abc");
  Reply reply = client.read_reply();
  EXPECT_EQ(reply.status, 200U);
  EXPECT_EQ(reply.body, "abc");
}

TEST_F(HttpServerTest, KeepAliveServesTwoRequestsOnOneConnection) {
  Client client(port_);
  client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n");
  Reply first = client.read_reply();
  EXPECT_EQ(first.status, 200U);
  EXPECT_FALSE(first.has("connection"));
  client.send("GET /api/items/7 HTTP/1.1\r\nHost: t\r\n\r\n");
  Reply second = client.read_reply();
  EXPECT_EQ(second.status, 200U);
  EXPECT_EQ(second.body, R"({"id":"7"})");
}

TEST_F(HttpServerTest, PipelinedRequests) {
  Client client(port_);
  client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\nGET /query?q=2 HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client.read_reply().body, "hallo");
  EXPECT_EQ(client.read_reply().body, "2");
}

TEST_F(HttpServerTest, ConnectionCloseIsHonoured) {
  Client client(port_);
  client.send("GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  Reply reply = client.read_reply();
  EXPECT_EQ(reply.status, 200U);
  EXPECT_EQ(reply.headers["connection"], "close");
  EXPECT_TRUE(client.closed_within(500ms));
}

TEST_F(HttpServerTest, Http10ClosesUnlessKeepAlive) {
  Client once(port_);
  once.send("GET /hello HTTP/1.0\r\n\r\n");
  Reply reply = once.read_reply();
  EXPECT_EQ(reply.status_line, "HTTP/1.0 200 OK");
  EXPECT_EQ(reply.body, "hallo");
  EXPECT_TRUE(once.closed_within(500ms));

  Client kept(port_);
  kept.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
  EXPECT_EQ(kept.read_reply().headers["connection"], "keep-alive");
  kept.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
  EXPECT_EQ(kept.read_reply().body, "hallo");
}

TEST_F(HttpServerTest, HeadHasLengthButNoBody) {
  Client client(port_);
  client.send("HEAD /hello HTTP/1.1\r\nHost: t\r\n\r\n");
  Reply reply = client.read_reply(5s, /*head=*/true);
  EXPECT_EQ(reply.status, 200U);
  EXPECT_EQ(reply.headers["content-length"], "5");
  // The next response must follow directly: no body bytes in between.
  client.send("GET /query?q=next HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client.read_reply().body, "next");
}

TEST_F(HttpServerTest, NotFoundUnderApiIsJson) {
  Reply reply = request("GET /api/nothing HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(reply.status, 404U);
  EXPECT_EQ(reply.headers["content-type"], "application/json");
  EXPECT_EQ(reply.body, R"({"error":{"status":404,"message":"Not Found"}})");
  EXPECT_EQ(reply.headers["x-content-type-options"], "nosniff");
}

TEST_F(HttpServerTest, WrongMethodIs405) {
  Reply reply = request("DELETE /hello HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(reply.status, 405U);
  EXPECT_EQ(reply.headers["allow"], "GET, HEAD");
}

TEST_F(HttpServerTest, HandlerExceptionIs500WithoutDetails) {
  Reply reply = request("GET /boom HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(reply.status, 500U);
  EXPECT_EQ(reply.body.find("hidden"), std::string::npos);
  expect_still_serving();
}

TEST_F(HttpServerTest, HandlerHeadersAreKeptButCannotBreakFraming) {
  Reply reply = request("GET /framed HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(reply.status, 200U);
  EXPECT_EQ(reply.body, "own headers");
  EXPECT_EQ(reply.headers["content-length"], "11");
  EXPECT_EQ(reply.headers["x-frame-options"], "SAMEORIGIN");
  EXPECT_EQ(reply.headers["set-cookie"], "a=1\nb=2");
  EXPECT_FALSE(reply.has("x-evil"));
  EXPECT_FALSE(reply.has("injected"));
}

TEST_F(HttpServerTest, NoContentHasNoBody) {
  Client client(port_);
  client.send("GET /empty HTTP/1.1\r\nHost: t\r\n\r\n");
  Reply reply = client.read_reply();
  EXPECT_EQ(reply.status, 204U);
  EXPECT_FALSE(reply.has("content-length"));
  client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client.read_reply().body, "hallo");
}

TEST_F(HttpServerTest, ForwardedProtoIsIgnoredUnlessTrusted) {
  const std::string raw = "GET /secure HTTP/1.1\r\nHost: t\r\nX-Forwarded-Proto: https\r\n\r\n";
  Reply untrusted = request(raw);
  EXPECT_EQ(untrusted.body, "no");
  EXPECT_FALSE(untrusted.has("strict-transport-security"));

  restart_trusting_proxy();
  Reply trusted = request(raw);
  EXPECT_EQ(trusted.body, "yes");
  EXPECT_EQ(trusted.headers["strict-transport-security"], "max-age=31536000; includeSubDomains");
  EXPECT_EQ(request("GET /secure HTTP/1.1\r\nHost: t\r\nX-Forwarded-Proto: http\r\n\r\n").body, "no");
}

TEST_F(HttpServerTest, GarbageIs400AndClose) {
  Client client(port_);
  client.send(kGarbage);
  Reply reply = client.read_reply();
  EXPECT_EQ(reply.status, 400U);
  EXPECT_EQ(reply.headers["connection"], "close");
  EXPECT_TRUE(client.closed_within(3s));
  expect_still_serving();
}

TEST_F(HttpServerTest, InvalidPercentEncodingIs400) {
  Reply reply = request("GET /api/items/%zz HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(reply.status, 400U);
  EXPECT_EQ(reply.body, R"({"error":{"status":400,"message":"Bad Request"}})");
  EXPECT_EQ(request("GET /a/%2e%2e/b HTTP/1.1\r\nHost: t\r\n\r\n").status, 400U);
  EXPECT_EQ(request("GET http://example.org/hello HTTP/1.1\r\nHost: t\r\n\r\n").status, 400U);
  expect_still_serving();
}

TEST_F(HttpServerTest, HugeHeaderIs431) {
  Client client(port_);
  client.send("GET /hello HTTP/1.1\r\nHost: t\r\nX-Big: " + std::string(std::size_t{20} * 1024, 'a') + "\r\n\r\n");
  Reply reply = client.read_reply();
  EXPECT_EQ(reply.status, 431U);
  EXPECT_TRUE(client.closed_within(3s));
  expect_still_serving();
}

TEST_F(HttpServerTest, HugeBodyIs413) {
  const std::size_t size = std::size_t{2} * 1024 * 1024;
  Client client(port_);
  client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: " + std::to_string(size) + "\r\n\r\n");
  client.send_ignoring_errors(std::string(size, 'x'));
  Reply reply = client.read_reply();
  EXPECT_EQ(reply.status, 413U);
  EXPECT_TRUE(client.closed_within(3s));
  expect_still_serving();
}

TEST_F(HttpServerTest, HugeChunkedBodyIs413) {
  Client client(port_);
  std::string chunk(std::size_t{64} * 1024, 'x');
  std::string raw = "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 20; ++i) raw += "10000\r\n" + chunk + "\r\n";
  raw += "0\r\n\r\n";
  client.send_ignoring_errors(raw);
  EXPECT_EQ(client.read_reply().status, 413U);
  expect_still_serving();
}

TEST_F(HttpServerTest, UnfinishedRequestIsClosedAfterTimeout) {
  Client client(port_);
  auto start = std::chrono::steady_clock::now();
  client.send("GET /hello HTTP/1.1\r\nHost: t\r\n");  // no blank line: never ends
  EXPECT_TRUE(client.closed_within(5s));
  auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_GE(waited, 900ms);
  EXPECT_LT(waited, 4s);
  expect_still_serving();
}

TEST_F(HttpServerTest, IdleKeepAliveConnectionIsClosedAfterTimeout) {
  Client client(port_);
  client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client.read_reply().status, 200U);
  EXPECT_TRUE(client.closed_within(5s));
}

TEST_F(HttpServerTest, SurvivesAllAbuseInARow) {
  {
    Client c(port_);
    c.send(kGarbage);
    EXPECT_EQ(c.read_reply().status, 400U);
  }
  EXPECT_EQ(request("GET /%zz HTTP/1.1\r\nHost: t\r\n\r\n").status, 400U);
  {
    Client c(port_);
    c.send("GET / HTTP/1.1\r\nX: " + std::string(std::size_t{20} * 1024, 'h') + "\r\n\r\n");
    EXPECT_EQ(c.read_reply().status, 431U);
  }
  {
    Client c(port_);
    c.send("POST /echo HTTP/1.1\r\nContent-Length: 2097152\r\n\r\n");
    c.send_ignoring_errors(std::string(std::size_t{2} * 1024 * 1024, 'b'));
    EXPECT_EQ(c.read_reply().status, 413U);
  }
  {
    Client stalled(port_);
    stalled.send("GET /hel");
    Client half_closed(port_);
    half_closed.send("POST /echo HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
    EXPECT_TRUE(stalled.closed_within(5s));
    EXPECT_TRUE(half_closed.closed_within(5s));
  }
  for (int i = 0; i < 20; ++i) {
    Client abrupt(port_);
    abrupt.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n");
  }  // closed without reading the answer
  expect_still_serving();
  EXPECT_EQ(request("GET /api/nothing HTTP/1.1\r\nHost: t\r\n\r\n").status, 404U);
}

TEST(HttpServer, StopBeforeRunReturnsPromptly) {
  Router router = make_router();
  ServerOptions options;
  options.port = 0;
  options.threads = 1;
  Server server(options, router);
  server.bind();
  server.stop();
  server.run();  // returns at once
  SUCCEED();
}

TEST(HttpServer, RunWithoutBindThrows) {
  Router router;
  Server server(ServerOptions{}, router);
  EXPECT_THROW(server.run(), std::logic_error);
}

TEST(HttpServer, BindToTakenPortThrows) {
  Router router;
  ServerOptions options;
  options.port = 0;
  Server first(options, router);
  options.port = first.bind();
  Server second(options, router);
  EXPECT_THROW(second.bind(), boost::system::system_error);
}

}  // namespace
}  // namespace hvhk::http

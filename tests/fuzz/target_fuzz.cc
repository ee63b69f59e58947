// libFuzzer target for what untrusted clients control before any handler runs: the
// request-target parser and the router it feeds. Built by hand with clang, not by
// CMake; see README.md in this directory.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>

#include <spdlog/spdlog.h>

#include "http/message.h"
#include "http/router.h"
#include "http/target.h"

namespace {

using hvhk::http::Request;
using hvhk::http::Response;
using hvhk::http::Router;

Router make_router() {
  Router router;
  router.add("GET", "/", [](Request&) { return Response::text(200, "root"); });
  router.add("GET", "/api/hsds/services",
             [](Request& req) { return Response::json(200, std::string(req.query.get("q").value_or(""))); });
  router.add("GET", "/api/hsds/services/{id}",
             [](Request& req) { return Response::json(200, req.path_params.at("id")); });
  router.add("GET", "/api/hsds/services/search", [](Request&) { return Response::json(200, "[]"); });
  router.add("POST", "/api/hsds/services/{id}/locations/{location}", [](Request& req) {
    return Response::text(201, req.path_params.at("id") + req.path_params.at("location"));
  });
  router.add("GET", "/throws/{x}", [](Request&) -> Response { throw std::runtime_error("boom"); });
  return router;
}

// Everything parse_target promised about what it let through.
void check_invariants(const Request& req) {
  if (req.path.empty() || req.path.front() != '/') std::abort();
  if (req.path.find('\0') != std::string::npos) std::abort();
  std::string_view path = req.path;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (path.substr(start, end - start) == "..") std::abort();
    start = end + 1;
  }
  if (req.target.size() > hvhk::http::kMaxTargetBytes) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Router router = [] {
    spdlog::set_level(spdlog::level::off);  // the throwing route would log every time
    return make_router();
  }();
  static constexpr const char* kMethods[] = {"GET", "HEAD", "POST", "DELETE"};

  std::string_view input(reinterpret_cast<const char*>(data), size);
  Request req;
  std::string error;
  if (!hvhk::http::parse_target(input, req, error)) {
    if (error.empty()) std::abort();
    return 0;
  }
  check_invariants(req);
  req.method = kMethods[size % 4];
  Response res = router.dispatch(req);
  if (res.status < 200 || res.status > 599) std::abort();
  return 0;
}

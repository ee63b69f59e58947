#include "http/router.h"

#include <algorithm>
#include <exception>
#include <stdexcept>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace hvhk::http {
namespace {

std::string_view reason_phrase(unsigned status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 408:
      return "Request Timeout";
    case 413:
      return "Content Too Large";
    case 414:
      return "URI Too Long";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 429:
      return "Too Many Requests";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 503:
      return "Service Unavailable";
    default:
      return status < 500 ? "Client Error" : "Server Error";
  }
}

bool is_api_path(std::string_view path) { return path == "/api" || path.starts_with("/api/"); }

// The path without its leading '/' and without one trailing '/': "/a/b/" -> "a/b",
// "/" -> "", but "//" -> "/" (no segment is left to carry the slash).
std::string_view path_body(std::string_view path) {
  path.remove_prefix(1);
  if (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  return path;
}

// Calls f(segment) for each '/'-separated segment of rest ("" has none).
template <typename F>
void for_each_segment(std::string_view rest, F&& f) {
  if (rest.empty()) return;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = rest.find('/', start);
    if (end == std::string_view::npos) {
      f(rest.substr(start));
      return;
    }
    f(rest.substr(start, end - start));
    start = end + 1;
  }
}

// True when a must be tried before b: at the first position where one has a
// literal and the other a parameter, a has the literal.
template <typename Route>
bool more_specific(const Route& a, const Route& b) {
  std::size_t n = std::min(a.segments.size(), b.segments.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (a.segments[i].is_param != b.segments[i].is_param) return !a.segments[i].is_param;
  }
  return false;
}

}  // namespace

void Router::add(std::string method, std::string pattern, Handler h) {
  if (method.empty()) throw std::invalid_argument("route method is empty");
  if (!h) throw std::invalid_argument("route handler is empty for " + pattern);
  if (pattern.empty() || pattern.front() != '/') {
    throw std::invalid_argument("route pattern must start with '/': " + pattern);
  }

  Route route;
  bool valid = pattern.find("//") == std::string::npos;
  for_each_segment(path_body(pattern), [&](std::string_view seg) {
    bool param = !seg.empty() && seg.front() == '{';
    if (param) seg = seg.substr(1);
    if (param && !seg.empty() && seg.back() == '}') {
      seg.remove_suffix(1);
    } else if (param) {
      valid = false;
    }
    if (seg.empty() || seg.find_first_of("{}") != std::string_view::npos) valid = false;
    route.segments.push_back({std::string(seg), param});
  });
  if (!valid) throw std::invalid_argument("malformed route pattern: " + pattern);

  // Two patterns that differ only in parameter names match the same paths, so one
  // method may be registered on only one of them.
  auto same_paths = [&](const Route& other) {
    if (other.segments.size() != route.segments.size()) return false;
    for (std::size_t i = 0; i < route.segments.size(); ++i) {
      const Segment& x = other.segments[i];
      const Segment& y = route.segments[i];
      if (x.is_param != y.is_param || (!x.is_param && x.text != y.text)) return false;
    }
    return true;
  };
  for (const Route& other : routes_) {
    if (same_paths(other) && find_handler(other, method) != nullptr) {
      throw std::invalid_argument(fmt::format("route registered twice: {} {}", method, pattern));
    }
  }

  // The same pattern (up to a trailing slash) shares one route.
  auto same_pattern = [&](const Route& other) {
    if (!same_paths(other)) return false;
    for (std::size_t i = 0; i < route.segments.size(); ++i) {
      if (other.segments[i].text != route.segments[i].text) return false;
    }
    return true;
  };
  auto existing = std::find_if(routes_.begin(), routes_.end(), same_pattern);
  if (existing != routes_.end()) {
    existing->handlers.emplace_back(std::move(method), std::move(h));
    return;
  }

  route.pattern = std::move(pattern);
  route.handlers.emplace_back(std::move(method), std::move(h));
  auto pos =
      std::find_if(routes_.begin(), routes_.end(), [&](const Route& other) { return more_specific(route, other); });
  routes_.insert(pos, std::move(route));
}

bool Router::matches(const Route& route, std::string_view rest) {
  std::size_t i = 0;
  bool ok = true;
  for_each_segment(rest, [&](std::string_view seg) {
    if (!ok) return;
    if (i >= route.segments.size()) {
      ok = false;
      return;
    }
    const Segment& want = route.segments[i++];
    ok = want.is_param ? !seg.empty() : seg == want.text;
  });
  return ok && i == route.segments.size();
}

const Router::Handler* Router::find_handler(const Route& route, std::string_view method) {
  for (const auto& [m, h] : route.handlers) {
    if (m == method) return &h;
  }
  return nullptr;
}

Response Router::dispatch(Request& req) const {
  if (req.path.empty() || req.path.front() != '/') return error_response(404, req.path);
  std::string_view rest = path_body(req.path);

  const Route* route = nullptr;
  const Handler* handler = nullptr;
  bool path_known = false;
  for (const Route& candidate : routes_) {
    if (!matches(candidate, rest)) continue;
    path_known = true;
    handler = find_handler(candidate, req.method);
    if (handler == nullptr && req.method == "HEAD") handler = find_handler(candidate, "GET");
    if (handler != nullptr) {
      route = &candidate;
      break;
    }
  }

  if (route == nullptr) {
    if (!path_known) return error_response(404, req.path);
    std::vector<std::string_view> allowed;
    for (const Route& candidate : routes_) {
      if (!matches(candidate, rest)) continue;
      for (const auto& [m, h] : candidate.handlers) {
        allowed.push_back(m);
        if (m == "GET") allowed.push_back("HEAD");
      }
    }
    std::sort(allowed.begin(), allowed.end());
    allowed.erase(std::unique(allowed.begin(), allowed.end()), allowed.end());
    Response res = error_response(405, req.path);
    res.headers.emplace_back("Allow", fmt::format("{}", fmt::join(allowed, ", ")));
    return res;
  }

  req.path_params.clear();
  std::size_t i = 0;
  for_each_segment(rest, [&](std::string_view seg) {
    const Segment& s = route->segments[i++];
    if (s.is_param) req.path_params.insert_or_assign(s.text, std::string(seg));
  });

  try {
    return (*handler)(req);
  } catch (const std::exception& e) {
    spdlog::error("handler for {} {} failed: {}", req.method, route->pattern, e.what());
  } catch (...) {
    spdlog::error("handler for {} {} failed with a non-standard exception", req.method, route->pattern);
  }
  return error_response(500, req.path);
}

Response error_response(unsigned status, std::string_view path) {
  std::string_view reason = reason_phrase(status);
  if (is_api_path(path)) {
    return Response::json(status, fmt::format(R"({{"error":{{"status":{},"message":"{}"}}}})", status, reason));
  }
  return Response::text(status, fmt::format("{} {}\n", status, reason));
}

std::vector<std::string> Router::patterns() const {
  std::vector<std::string> out;
  out.reserve(routes_.size());
  for (const Route& route : routes_) out.push_back(route.pattern);
  return out;
}

}  // namespace hvhk::http

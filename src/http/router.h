// Maps a request's method and decoded path to the handler registered for it.
// Patterns are literal paths with whole-segment parameters ("/api/hsds/services/{id}");
// the router also owns the error responses (404, 405, 500) every handler shares.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/message.h"

namespace hvhk::http {

class Router {
 public:
  using Handler = std::function<Response(Request&)>;

  // Registers h for method (case-sensitive, e.g. "GET") on pattern. A trailing slash
  // in the pattern is insignificant. Throws std::invalid_argument for a pattern that
  // does not start with '/', has an empty segment or a malformed "{name}", or a
  // method+pattern already registered: routes are set up once, at start-up.
  void add(std::string method, std::string pattern, Handler h);

  // Runs the handler for req and returns its response, filling req.path_params.
  // Unknown path: 404; known path, other method: 405 with Allow. HEAD falls back to
  // the GET handler (the server drops the body). A literal segment wins over a
  // "{name}" one. A throwing handler gives a 500 whose body says nothing of the
  // exception, which is logged instead. Safe to call from many threads at once.
  [[nodiscard]] Response dispatch(Request& req) const;

  // Every registered pattern (tests check that each portal route is in a permission table).
  [[nodiscard]] std::vector<std::string> patterns() const;

 private:
  struct Segment {
    std::string text;  // the literal, or the parameter name without braces
    bool is_param = false;
  };
  struct Route {
    std::string pattern;
    std::vector<Segment> segments;
    std::vector<std::pair<std::string, Handler>> handlers;  // by method
  };

  [[nodiscard]] static bool matches(const Route& route, std::string_view rest);
  [[nodiscard]] static const Handler* find_handler(const Route& route, std::string_view method);

  std::vector<Route> routes_;  // more specific patterns first
};

// The error response for status: JSON {"error": {"status": N, "message": "..."}} when
// path is under /api/, plain text otherwise. The message is the standard reason
// phrase, never anything taken from the request.
[[nodiscard]] Response error_response(unsigned status, std::string_view path);

}  // namespace hvhk::http

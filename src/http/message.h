// What a handler sees of an HTTP exchange: a parsed request (path, decoded query
// parameters, headers, body) and the response it returns. Independent of Beast, so
// handlers and their tests need no sockets.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hvhk::http {

// Query parameters after percent-decoding; a name may occur more than once.
class QueryParams {
 public:
  void add(std::string name, std::string value) { items_.emplace_back(std::move(name), std::move(value)); }
  // The first value given for name, if any.
  [[nodiscard]] std::optional<std::string_view> get(std::string_view name) const;
  // Every value given for name, in order.
  [[nodiscard]] std::vector<std::string_view> all(std::string_view name) const;
  [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& items() const { return items_; }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // percent-decoded path without the query, e.g. "/api/hsds/services"
  std::string target;  // the raw request target as received
  QueryParams query;
  std::map<std::string, std::string, std::less<>> headers;  // names in lower case
  std::string body;
  std::map<std::string, std::string, std::less<>> path_params;  // filled by the router: {id} -> value
  bool secure = false;         // the client reached us over TLS (directly or via a trusted proxy)
  std::string client_address;  // the client's IP address (from a trusted proxy's X-Forwarded-For)

  [[nodiscard]] std::optional<std::string_view> header(std::string_view lower_name) const;
};

struct Response {
  unsigned status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers

  static Response json(unsigned status, std::string body);
  static Response text(unsigned status, std::string body);
};

}  // namespace hvhk::http

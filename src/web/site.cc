#include "web/site.h"

#include <fmt/format.h>
#include <boost/json.hpp>

#include "web/finder.h"
#include "web/places.h"

namespace hvhk::web {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

void add_site_routes(http::Router& router, const api::IndexSource& index, const SessionsOf& sessions) {
  add_finder_routes(router, index, sessions);
  add_place_routes(router, index);
  router.add("GET", "/healthz", [index](http::Request&) {
    const auto current = index();
    boost::json::object o{{"status", "ok"}, {"catalogue_revision", current->revision()}};
    return http::Response::json(200, boost::json::serialize(o));
  });
}

}  // namespace hvhk::web

#include "web/site.h"

#include <fmt/format.h>
#include <boost/json.hpp>

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

namespace {

http::Response start_page(const search::CatalogueIndex& index) {
  std::string networks;
  for (const core::Network& n : index.catalogue().networks) {
    if (networks.size() > 20000) {
      networks += "<li>…</li>";
      break;
    }
    networks += fmt::format("<li>{}</li>", escape_html(n.name));
  }
  std::string body = fmt::format(
      R"(<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>HvhK — Huis van het Kind</title>
</head>
<body>
<header><p>HvhK</p></header>
<main>
<h1>Aanbod van het Huis van het Kind</h1>
<p>Hier vind je wat er is voor gezinnen met kinderen en jongeren: {} activiteiten en diensten.</p>
<h2>Huizen van het Kind</h2>
<ul>{}</ul>
<h2>Voor partners en ontwikkelaars</h2>
<p>Het aanbod is open data volgens Open Referral HSDS 3.0: <a href="/api/hsds/">/api/hsds/</a>.</p>
</main>
</body>
</html>
)",
      index.catalogue().services.size(), networks);
  http::Response r = http::Response::text(200, std::move(body));
  r.content_type = "text/html; charset=utf-8";
  return r;
}

}  // namespace

void add_site_routes(http::Router& router, const api::IndexSource& index) {
  router.add("GET", "/", [index](http::Request&) { return start_page(*index()); });
  router.add("GET", "/healthz", [index](http::Request&) {
    const auto current = index();
    boost::json::object o{{"status", "ok"}, {"catalogue_revision", current->revision()}};
    return http::Response::json(200, boost::json::serialize(o));
  });
}

}  // namespace hvhk::web

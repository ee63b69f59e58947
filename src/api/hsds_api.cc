#include "api/hsds_api.h"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <algorithm>

#include "api/hsds_json.h"
#include "api/list_query.h"
#include "api/rendered_catalogue.h"
#include "core/postcodes.h"
#include "core/taxonomy.h"
#include "search/geo.h"
#include "search/normalize.h"

namespace hvhk::api {
namespace json = boost::json;
namespace {

constexpr std::string_view kPrefix = "/api/hsds";

http::Response error(unsigned status, std::string_view message) {
  json::object body{{"error", json::object{{"status", status}, {"message", message}}}};
  return http::Response::json(status, json::serialize(body));
}

http::Response bad_query(const core::Error& e) { return error(400, e.message); }

http::Response not_found(std::string_view what) { return error(404, fmt::format("no {} with this id", what)); }

// The items of the requested page: [begin, end) of total.
std::pair<std::size_t, std::size_t> page_range(const ListQuery& q, std::size_t total) {
  const std::size_t per_page = static_cast<std::size_t>(q.per_page);
  const std::size_t begin = std::min(total, (static_cast<std::size_t>(q.page) - 1) * per_page);
  return {begin, std::min(total, begin + per_page)};
}

// Renders items [begin, end) of a result list as an HSDS page, or every item as ndjson.
// render(i, out) appends item i as JSON text to out.
template <typename Render>
http::Response page(const ListQuery& q, std::size_t total, Render render) {
  if (q.ndjson) {
    std::string body;
    for (std::size_t i = 0; i < total; ++i) {
      render(i, body);
      body += '\n';
    }
    http::Response r = http::Response::text(200, std::move(body));
    r.content_type = "application/x-ndjson";
    return r;
  }
  const auto [begin, end] = page_range(q, total);
  const std::size_t per_page = static_cast<std::size_t>(q.per_page);
  const std::size_t total_pages = std::max<std::size_t>(1, (total + per_page - 1) / per_page);
  std::string body = fmt::format(
      R"({{"total_items":{},"total_pages":{},"page_number":{},"size":{},"first_page":{},"last_page":{},"empty":{},"contents":[)",
      total, total_pages, q.page, end - begin, q.page == 1, static_cast<std::size_t>(q.page) >= total_pages,
      total == 0);
  body.reserve(body.size() + (end - begin) * 1024);
  for (std::size_t i = begin; i < end; ++i) {
    if (i != begin) body += ',';
    render(i, body);
  }
  body += "]}";
  return http::Response::json(200, std::move(body));
}

// Adapts a function giving a JSON value for item i to page()'s render(i, out).
template <typename Make>
auto as_text(Make make) {
  return [make](std::size_t i, std::string& out) { out += json::serialize(make(i)); };
}

bool has_service_filter(const ListQuery& q) {
  return !q.organization_id.empty() || !q.taxonomy_term_id.empty() || !q.taxonomy_id.empty() ||
         !q.modified_after.empty();
}

// Offers matching the query's search and filters: best first when searching, else in
// catalogue order.
std::vector<std::uint32_t> matching_services(const ListQuery& q, const search::CatalogueIndex& index) {
  const auto& services = index.catalogue().services;
  const auto rejected = [&](std::uint32_t i) {
    const core::Service& s = services[i];
    return (!q.organization_id.empty() && s.organization_id != q.organization_id) ||
           (!q.taxonomy_term_id.empty() && !index.has_term(i, q.taxonomy_term_id)) ||
           (!q.taxonomy_id.empty() && !index.has_taxonomy(i, q.taxonomy_id)) ||
           (!q.modified_after.empty() && s.last_modified < q.modified_after);
  };
  std::vector<std::uint32_t> out;
  if (!q.search.empty()) {
    const auto hits = index.search(q.search);  // ranked already
    const bool filtered = has_service_filter(q);
    out.reserve(hits->size());
    for (const search::Hit& hit : *hits) {
      if (!filtered || !rejected(hit.doc)) out.push_back(hit.doc);
    }
    return out;
  }
  const std::vector<std::uint32_t>* scope = q.organization_id.empty() ? nullptr : &index.services_of(q.organization_id);
  const std::size_t n = scope ? scope->size() : services.size();
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t i = scope ? (*scope)[k] : static_cast<std::uint32_t>(k);
    if (!rejected(i)) out.push_back(i);
  }
  return out;
}

core::Result<ListQuery> query_of(const http::Request& req) { return parse_list_query(req.query); }

http::Response services_list(const http::Request& req, const RenderedCatalogue& rendered) {
  auto q = query_of(req);
  if (!q) return bad_query(q.error());
  const search::CatalogueIndex& index = rendered.index();
  const auto& services = index.catalogue().services;
  const auto item = [&](std::uint32_t i, std::string& out) {
    const core::Service& s = services[i];
    if (q->minimal) {
      out += json::serialize(json::object{{"id", s.id}, {"last_modified", s.last_modified}});
    } else if (q->full) {
      out += json::serialize(service_full(s, index));
    } else {
      out += rendered.service_summary(i);
    }
  };
  if (q->search.empty() && !has_service_filter(*q)) {
    // The whole catalogue in its own order: no list to build.
    return page(*q, services.size(),
                [&](std::size_t i, std::string& out) { item(static_cast<std::uint32_t>(i), out); });
  }
  if (!has_service_filter(*q)) {
    const auto hits = index.search(q->search);  // ranked and kept by the index
    return page(*q, hits->size(), [&](std::size_t i, std::string& out) { item((*hits)[i].doc, out); });
  }
  const auto matches = matching_services(*q, index);
  return page(*q, matches.size(), [&](std::size_t i, std::string& out) { item(matches[i], out); });
}

http::Response organizations_list(const http::Request& req, const search::CatalogueIndex& index) {
  auto q = query_of(req);
  if (!q) return bad_query(q.error());
  std::vector<const core::Organization*> matches;
  for (const core::Organization& org : index.catalogue().organizations) {
    if (q->search.empty() || search::matches_all_words(q->search, {org.name, org.alternate_name, org.description})) {
      matches.push_back(&org);
    }
  }
  return page(*q, matches.size(), as_text([&](std::size_t i) {
    return q->full || q->full_service ? organization_full(*matches[i], index, q->full_service)
                                      : organization_summary(*matches[i]);
  }));
}

http::Response service_at_locations_list(const http::Request& req, const search::CatalogueIndex& index) {
  auto q = query_of(req);
  if (!q) return bad_query(q.error());
  std::optional<core::PostcodePlace> centre;
  if (!q->postcode.empty()) {
    centre = core::PostcodeDirectory::embedded().centroid(q->postcode);
    if (!centre) return error(400, fmt::format("postcode {} is not a known Belgian postcode", q->postcode));
  }
  const auto services = matching_services(*q, index);
  std::vector<bool> wanted(index.catalogue().services.size(), false);
  for (const std::uint32_t i : services) {
    wanted[i] = true;
  }
  struct Match {
    search::SalRef ref;
    double distance;
  };
  std::vector<Match> matches;
  for (const search::SalRef& ref : index.service_at_locations()) {
    if (!wanted[ref.service]) {
      continue;
    }
    double distance = 0;
    if (centre) {
      if (!q->proximity_m) {
        if (!index.covers_postcode(ref.service, q->postcode)) continue;
      } else {
        const auto& sal = index.catalogue().services[ref.service].locations[ref.position];
        const core::Location* l = index.location(sal.location_id);
        if (l == nullptr || !l->latitude || !l->longitude) continue;
        distance = search::distance_m({centre->latitude, centre->longitude}, {*l->latitude, *l->longitude});
        if (distance > *q->proximity_m) continue;
      }
    }
    matches.push_back(Match{ref, distance});
  }
  if (q->proximity_m) {
    std::stable_sort(matches.begin(), matches.end(),
                     [](const Match& a, const Match& b) { return a.distance < b.distance; });
  }
  return page(*q, matches.size(), as_text([&](std::size_t i) {
    return q->full ? service_at_location_full(matches[i].ref, index)
                   : service_at_location_summary(matches[i].ref, index);
  }));
}

http::Response taxonomies_list(const http::Request& req) {
  auto q = query_of(req);
  if (!q) return bad_query(q.error());
  std::vector<const core::Vocabulary*> matches;
  for (const core::Vocabulary* v : core::vocabularies()) {
    if (q->search.empty() || core::taxonomy_name(*v).find(q->search) != std::string::npos) {
      matches.push_back(v);
    }
  }
  return page(*q, matches.size(), as_text([&](std::size_t i) { return taxonomy(*matches[i]); }));
}

http::Response taxonomy_terms_list(const http::Request& req) {
  auto q = query_of(req);
  if (!q) return bad_query(q.error());
  std::vector<std::pair<const core::Vocabulary*, const core::Term*>> matches;
  for (const core::Vocabulary* v : core::vocabularies()) {
    if (!q->taxonomy_id.empty() && core::taxonomy_id(*v) != q->taxonomy_id) {
      continue;
    }
    if (!q->parent_id.empty()) {
      continue;  // the HvhK taxonomies are flat: no term has a parent
    }
    for (const core::Term& term : v->terms) {
      if (q->search.empty() || search::matches_all_words(q->search, {term.label_nl, term.code})) {
        matches.emplace_back(v, &term);
      }
    }
  }
  return page(*q, matches.size(),
              as_text([&](std::size_t i) { return taxonomy_term(*matches[i].first, *matches[i].second); }));
}

http::Response api_root() {
  json::object o;
  o["version"] = kHsdsVersion;
  o["profile"] = "https://github.com/openreferral/specification/tree/3.0";
  o["openapi_url"] = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";
  o["name"] = "HvhK — aanbod van de Huizen van het Kind";
  return http::Response::json(200, json::serialize(o));
}

http::Response respond(const json::object& o) { return http::Response::json(200, json::serialize(o)); }

}  // namespace

void add_hsds_routes(http::Router& router, const IndexSource& source) {
  auto rendered = std::make_shared<RenderedSource>(source);
  auto route = [&](std::string_view path, auto handler) {
    router.add("GET", fmt::format("{}{}", kPrefix, path), [rendered, handler](http::Request& req) {
      const auto current = rendered->current();
      return handler(req, current->index());
    });
  };
  route("/", [](http::Request&, const search::CatalogueIndex&) { return api_root(); });
  router.add("GET", fmt::format("{}/services", kPrefix),
             [rendered](http::Request& req) { return services_list(req, *rendered->current()); });
  route("/services/{id}", [](http::Request& req, const search::CatalogueIndex& index) {
    const core::Service* s = index.service(req.path_params["id"]);
    return s ? respond(service_full(*s, index)) : not_found("service");
  });
  route("/organizations", organizations_list);
  route("/organizations/{id}", [](http::Request& req, const search::CatalogueIndex& index) {
    const core::Organization* org = index.organization(req.path_params["id"]);
    if (org == nullptr) return not_found("organization");
    auto q = query_of(req);
    if (!q) return bad_query(q.error());
    return respond(organization_full(*org, index, q->full_service));
  });
  route("/service_at_locations", service_at_locations_list);
  route("/service_at_locations/{id}", [](http::Request& req, const search::CatalogueIndex& index) {
    auto ref = index.service_at_location(req.path_params["id"]);
    return ref ? respond(service_at_location_full(*ref, index)) : not_found("service_at_location");
  });
  route("/taxonomies", [](http::Request& req, const search::CatalogueIndex&) { return taxonomies_list(req); });
  route("/taxonomies/{id}", [](http::Request& req, const search::CatalogueIndex&) {
    for (const core::Vocabulary* v : core::vocabularies()) {
      if (core::taxonomy_id(*v) == req.path_params["id"]) return respond(taxonomy(*v));
    }
    return not_found("taxonomy");
  });
  route("/taxonomy_terms", [](http::Request& req, const search::CatalogueIndex&) { return taxonomy_terms_list(req); });
  route("/taxonomy_terms/{id}", [](http::Request& req, const search::CatalogueIndex&) {
    for (const core::Vocabulary* v : core::vocabularies()) {
      for (const core::Term& term : v->terms) {
        if (core::term_id(*v, term.code) == req.path_params["id"]) return respond(taxonomy_term(*v, term));
      }
    }
    return not_found("taxonomy_term");
  });
}

}  // namespace hvhk::api

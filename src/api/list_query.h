// The query parameters of the HSDS list endpoints, checked once: paging, search,
// filters and flags. Anything out of range becomes a message for a 400 response.
#pragma once

#include <optional>
#include <string>

#include "core/result.h"
#include "http/message.h"

namespace hvhk::api {

struct ListQuery {
  int page = 1;
  int per_page = 50;
  std::string search;
  std::string taxonomy_term_id;
  std::string taxonomy_id;
  std::string organization_id;
  std::string modified_after;  // normalised to YYYY-MM-DDTHH:MM:SSZ, empty if not given
  std::string postcode;
  std::optional<double> proximity_m;
  std::string parent_id;
  bool top_only = false;
  bool full = false;
  bool full_service = false;
  bool minimal = false;
  bool ndjson = false;  // format=ndjson: every result, one JSON object per line, no paging
};

constexpr int kMaxPerPage = 1000;
constexpr std::size_t kMaxSearchBytes = 200;

core::Result<ListQuery> parse_list_query(const http::QueryParams& params);

}  // namespace hvhk::api

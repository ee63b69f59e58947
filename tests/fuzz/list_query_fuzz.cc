// libFuzzer target for the query parameters of the HSDS list endpoints, which any client
// controls: the input is split into name=value pairs on '&' and '=' (as after decoding), and
// parse_list_query must either refuse with a message or return values inside the ranges
// list_query.h promises. Built by hand with clang, not by CMake; see run_fuzzers.sh.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "api/list_query.h"
#include "core/ids.h"
#include "http/message.h"

namespace {

bool all_digits(std::string_view text) {
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// YYYY-MM-DDTHH:MM:SSZ, as parse_list_query promises for modified_after.
bool is_normalised_datetime(std::string_view t) {
  return t.size() == 20 && all_digits(t.substr(0, 4)) && t[4] == '-' && all_digits(t.substr(5, 2)) && t[7] == '-' &&
         all_digits(t.substr(8, 2)) && t[10] == 'T' && all_digits(t.substr(11, 2)) && t[13] == ':' &&
         all_digits(t.substr(14, 2)) && t[16] == ':' && all_digits(t.substr(17, 2)) && t[19] == 'Z';
}

void check_invariants(const hvhk::api::ListQuery& q) {
  if (q.page < 1 || q.page > 1'000'000) __builtin_trap();
  if (q.per_page < 1 || q.per_page > hvhk::api::kMaxPerPage) __builtin_trap();
  if (q.search.size() > hvhk::api::kMaxSearchBytes) __builtin_trap();
  for (const std::string* id : {&q.taxonomy_term_id, &q.taxonomy_id, &q.organization_id, &q.parent_id}) {
    if (!id->empty() && !hvhk::core::is_uuid(*id)) __builtin_trap();
  }
  if (!q.modified_after.empty() && !is_normalised_datetime(q.modified_after)) __builtin_trap();
  if (!q.postcode.empty() && (q.postcode.size() != 4 || !all_digits(q.postcode))) __builtin_trap();
  if (q.proximity_m) {
    if (!std::isfinite(*q.proximity_m) || *q.proximity_m <= 0 || *q.proximity_m > 500'000) __builtin_trap();
    if (q.postcode.empty()) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  hvhk::http::QueryParams params;
  std::size_t start = 0;
  while (start <= input.size()) {
    std::size_t end = input.find('&', start);
    if (end == std::string_view::npos) end = input.size();
    const std::string_view pair = input.substr(start, end - start);
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) {
      params.add(std::string(pair), "");
    } else {
      params.add(std::string(pair.substr(0, eq)), std::string(pair.substr(eq + 1)));
    }
    start = end + 1;
  }
  const auto query = hvhk::api::parse_list_query(params);
  if (!query) {
    if (query.error().message.empty()) __builtin_trap();  // a 400 must say what is wrong
    return 0;
  }
  check_invariants(*query);
  return 0;
}

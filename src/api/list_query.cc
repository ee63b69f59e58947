#include "api/list_query.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "core/ids.h"
#include "core/validation.h"

namespace hvhk::api {
namespace {

using core::Error;

core::Result<int> parse_int(std::string_view name, std::string_view text, int min, int max) {
  int value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value < min || value > max) {
    return core::fail(Error::Kind::invalid, fmt::format("{} must be a whole number from {} to {}", name, min, max));
  }
  return value;
}

core::Result<bool> parse_bool(std::string_view name, std::string_view text) {
  if (text == "true" || text == "1" || text.empty()) {
    return true;
  }
  if (text == "false" || text == "0") {
    return false;
  }
  return core::fail(Error::Kind::invalid, fmt::format("{} must be true or false", name));
}

bool digits(std::string_view text, std::size_t from, std::size_t count) {
  if (text.size() < from + count) {
    return false;
  }
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') {
      return false;
    }
  }
  return true;
}

// Accepts YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+00:00] in UTC.
core::Result<std::string> parse_datetime(std::string_view text) {
  const auto bad = [] {
    return core::fail(Error::Kind::invalid, "modified_after must be a date-time in UTC, e.g. 2026-11-01T09:00:00Z");
  };
  if (!digits(text, 0, 4) || text.size() < 10 || text[4] != '-' || !digits(text, 5, 2) || text[7] != '-' ||
      !digits(text, 8, 2)) {
    return bad();
  }
  std::string out(text.substr(0, 10));
  std::string_view rest = text.substr(10);
  std::string time = "00:00:00";
  if (!rest.empty()) {
    if ((rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ') || !digits(rest, 1, 2) || rest.size() < 6 ||
        rest[3] != ':' || !digits(rest, 4, 2)) {
      return bad();
    }
    time = std::string(rest.substr(1, 5)) + ":00";
    rest.remove_prefix(6);
    if (!rest.empty() && rest[0] == ':') {
      if (!digits(rest, 1, 2)) {
        return bad();
      }
      time.replace(6, 2, rest.substr(1, 2));
      rest.remove_prefix(3);
      if (!rest.empty() && rest[0] == '.') {
        rest.remove_prefix(1);
        while (!rest.empty() && rest[0] >= '0' && rest[0] <= '9') {
          rest.remove_prefix(1);
        }
      }
    }
    if (!(rest.empty() || rest == "Z" || rest == "z" || rest == "+00:00")) {
      return bad();
    }
  }
  const auto field = [&](std::size_t at) { return (time[at] - '0') * 10 + (time[at + 1] - '0'); };
  if (!core::is_date(out) || field(0) > 23 || field(3) > 59 || field(6) > 59) {
    return bad();
  }
  return out + "T" + time + "Z";
}

}  // namespace

core::Result<ListQuery> parse_list_query(const http::QueryParams& params) {
  ListQuery q;
  for (const auto& [name, value] : params.items()) {
    if (name == "page") {
      auto v = parse_int("page", value, 1, 1'000'000);
      if (!v) return tl::unexpected(v.error());
      q.page = *v;
    } else if (name == "per_page") {
      auto v = parse_int("per_page", value, 1, kMaxPerPage);
      if (!v) return tl::unexpected(v.error());
      q.per_page = *v;
    } else if (name == "search") {
      if (value.size() > kMaxSearchBytes) {
        return core::fail(Error::Kind::invalid, fmt::format("search is longer than {} bytes", kMaxSearchBytes));
      }
      q.search = value;
    } else if (name == "taxonomy_term_id" || name == "taxonomy_id" || name == "organization_id" ||
               name == "parent_id") {
      if (!core::is_uuid(value)) {
        return core::fail(Error::Kind::invalid, fmt::format("{} must be a UUID", name));
      }
      std::string& field = name == "taxonomy_term_id" ? q.taxonomy_term_id
                           : name == "taxonomy_id"    ? q.taxonomy_id
                           : name == "parent_id"      ? q.parent_id
                                                      : q.organization_id;
      field = value;
    } else if (name == "modified_after") {
      auto v = parse_datetime(value);
      if (!v) return tl::unexpected(v.error());
      q.modified_after = *v;
    } else if (name == "postcode") {
      if (value.size() != 4 || !digits(value, 0, 4)) {
        return core::fail(Error::Kind::invalid, "postcode must be a Belgian postcode of 4 digits");
      }
      q.postcode = value;
    } else if (name == "proximity") {
      double metres = 0;
      const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), metres);
      if (ec != std::errc() || ptr != value.data() + value.size() || !std::isfinite(metres) || metres < 1 ||
          metres > 500'000) {
        return core::fail(Error::Kind::invalid, "proximity must be a distance in metres from 1 to 500000");
      }
      q.proximity_m = metres;
    } else if (name == "format") {
      if (value != "json" && value != "ndjson") {
        return core::fail(Error::Kind::invalid, "format must be json or ndjson");
      }
      q.ndjson = value == "ndjson";
    } else if (name == "full" || name == "full_service" || name == "minimal" || name == "top_only") {
      auto v = parse_bool(name, value);
      if (!v) return tl::unexpected(v.error());
      (name == "full"           ? q.full
       : name == "full_service" ? q.full_service
       : name == "minimal"      ? q.minimal
                                : q.top_only) = *v;
    }
    // Other parameters are ignored, as HSDS clients may send their own.
  }
  if (q.proximity_m && q.postcode.empty()) {
    return core::fail(Error::Kind::invalid, "proximity needs a postcode");
  }
  return q;
}

}  // namespace hvhk::api

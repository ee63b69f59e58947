#include "http/security_headers.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace hvhk::http {
namespace {

using Header = std::pair<std::string_view, std::string_view>;

constexpr std::array<Header, 5> kAlways{{
    {"Content-Security-Policy",
     "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
     "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"},
    {"X-Content-Type-Options", "nosniff"},
    {"Referrer-Policy", "same-origin"},
    {"X-Frame-Options", "DENY"},
    {"Permissions-Policy", "geolocation=(self), camera=(), microphone=()"},
}};

constexpr Header kHsts{"Strict-Transport-Security", "max-age=31536000; includeSubDomains"};

bool iequals(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

void add_unless_set(Response& res, const Header& header) {
  for (const auto& [name, value] : res.headers) {
    if (iequals(name, header.first)) return;
  }
  res.headers.emplace_back(header.first, header.second);
}

}  // namespace

void add_security_headers(Response& res, bool secure) {
  for (const Header& header : kAlways) add_unless_set(res, header);
  if (secure) add_unless_set(res, kHsts);
}

}  // namespace hvhk::http

// What a browser sends: the fields of a <form method="post"> (an
// application/x-www-form-urlencoded body) and the cookies of a request. Both come from the
// client, so both are read defensively: size limits, strict percent-decoding, no exceptions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.h"

namespace hvhk::http {

// Largest form body read, in bytes; the portal's forms are far smaller.
inline constexpr std::size_t kMaxFormBytes = std::size_t{64} * 1024;

// Fills out with the decoded fields of body ('+' is a space). False with a short English
// message in error when the body is too large or its percent-encoding is malformed.
[[nodiscard]] bool parse_form(std::string_view body, QueryParams& out, std::string& error);

// value percent-encoded for a form body or a query (RFC 3986 unreserved characters stay as they are).
std::string encode_form_value(std::string_view value);

// The value of the first cookie called name in the request's Cookie header, if any.
std::optional<std::string_view> cookie(const Request& request, std::string_view name);

}  // namespace hvhk::http

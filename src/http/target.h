// Turns the raw HTTP request-target ("/api/hsds/services?q=kind%20en+gezin") into
// the decoded path and query parameters of a Request. Everything that reaches a
// handler has passed through here, so it rejects what no handler should see.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "http/message.h"

namespace hvhk::http {

// Longest request-target accepted, in bytes.
inline constexpr std::size_t kMaxTargetBytes = 8192;

// Fills out.target, out.path and out.query from an origin-form target. Returns
// false with a short English message in error when the target is not origin-form,
// is longer than kMaxTargetBytes, has invalid percent-encoding, or its decoded path
// holds a NUL byte or a ".." segment. In the query '+' means a space; decoded
// values are not checked for UTF-8 (handlers validate what they use).
[[nodiscard]] bool parse_target(std::string_view target, Request& out, std::string& error);

}  // namespace hvhk::http

// Smaller answers for slow phone connections: text responses (HTML, CSS, JSON) are sent with
// Brotli or gzip when the client says it accepts them (Accept-Encoding), never otherwise.
#pragma once

#include <string>
#include <string_view>

#include "http/message.h"

namespace hvhk::http {

enum class Coding { identity, gzip, brotli };

// The best coding the client accepts: br over gzip; "q=0" refuses a coding.
Coding preferred_coding(std::string_view accept_encoding);

// Compresses res.body in place when it is text of at least kMinCompressBytes and the client
// accepts a coding; sets Content-Encoding and Vary. Leaves other responses as they are.
void compress_response(Response& res, std::string_view accept_encoding);

constexpr std::size_t kMinCompressBytes = 1024;

// The codings themselves (exposed for tests): empty optional-like result on failure.
bool gzip(std::string_view in, std::string& out);
bool brotli(std::string_view in, std::string& out);

}  // namespace hvhk::http

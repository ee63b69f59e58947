// The headers every response carries so browsers lock pages down: a strict
// Content-Security-Policy, no sniffing, no framing, a same-origin referrer, and
// HSTS when the client reached us over TLS.
#pragma once

#include "http/message.h"

namespace hvhk::http {

// Adds the security headers to res; a header the handler already set (name compared
// without regard to case) is left as the handler set it. Strict-Transport-Security
// is added only when secure is true.
void add_security_headers(Response& res, bool secure);

}  // namespace hvhk::http

#include "web/portal_session.h"

namespace hvhk::web::portal {

void add_two_factor_routes(http::Router& /*router*/, const PortalOptions& /*options*/) {}

}  // namespace hvhk::web::portal

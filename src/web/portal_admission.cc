#include "web/portal_session.h"

namespace hvhk::web::portal {

void add_admission_routes(http::Router& /*router*/, const PortalOptions& /*options*/) {}

}  // namespace hvhk::web::portal

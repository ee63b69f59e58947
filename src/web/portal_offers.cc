#include "web/portal_session.h"

namespace hvhk::web::portal {

void add_offer_routes(http::Router& /*router*/, const PortalOptions& /*options*/) {}

}  // namespace hvhk::web::portal

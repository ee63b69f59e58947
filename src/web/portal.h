// The partner portal's front door: signing in (Argon2id passwords, lock-out after repeated
// failures, a limit per client address), the session cookie, CSRF tokens on every form,
// signing out (here or everywhere), and the portal's start page with the roles a person holds.
// Pages for organisations, offers and networks build on the session this file provides.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "api/hsds_api.h"
#include "core/data_key.h"
#include "http/router.h"

namespace hvhk::web {

struct PortalOptions {
  std::string db_url;      // where accounts and sessions are stored
  api::IndexSource index;  // for the names of networks and organisations
  // Coordinators and administrators must use the second step (TOTP).
  bool two_factor_required = true;
  // Called after the portal changed the catalogue, so the next page shows the change (the node
  // reloads its read model now instead of at its next poll); may be empty.
  std::function<void()> catalogue_changed = {};
  // The key that seals families' data (registrations); pages that show it need it.
  std::shared_ptr<const core::DataKey> data_key = {};
};

void add_portal_routes(http::Router& router, const PortalOptions& options);

}  // namespace hvhk::web

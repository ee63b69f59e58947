// The family's side of taking part, without an account: the sessions of an offer with the places
// left, the registration form (errors next to the fields, what was typed kept), and the family's
// own page behind its link — what it registered for, its place in line, confirming a place
// offered from the line, cancelling, and a slip to print.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "api/hsds_api.h"
#include "core/data_key.h"
#include "http/router.h"
#include "store/registration_store.h"
#include "web/page.h"

namespace hvhk::web {

struct RegistrationOptions {
  std::string db_url;
  api::IndexSource index;
  std::shared_ptr<const core::DataKey> key;
};

void add_registration_routes(http::Router& router, const RegistrationOptions& options);

// The sessions of an offer that have not begun, soonest first (for the offer page); empty when
// the database cannot be read (the offer page then simply shows none).
std::vector<store::ActivitySession> upcoming_sessions(const std::string& db_url, const std::string& service_id);

// The offer page's part about registering: the next sessions with the places left and the way
// to the registration form (nothing when there are no sessions).
void fill_offer_sessions(PageRender& page, ctemplate::TemplateDictionary& content, const core::Service& service,
                         const std::vector<store::ActivitySession>& sessions);

}  // namespace hvhk::web

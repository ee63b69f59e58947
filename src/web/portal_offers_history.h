// The change history of an offer as people read it, in the page's language: who did what when,
// and each changed field before and after — places and times written out ("Elke week:
// maandag, donderdag, 08:15–08:45, vanaf 4 september 2026 — Bibliotheek Berlare"), not as
// stored. Used by the offer editor (portal_offers.cc) and the coordinator's review.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/changes.h"
#include "search/catalogue_index.h"
#include "web/page.h"
#include "web/portal_session.h"

namespace hvhk::web::portal {

// Adds the HISTORY section of offer_edit.tpl (nothing for a new offer or without history).
void fill_offer_history(PageRender& page, Guarded& g, const std::string& offer_id, bool is_new);

std::string offer_action_label(const PageRender& page, std::string_view action);
std::string offer_field_label(const PageRender& page, std::string_view field);

// A field's stored value as lines people read (places and times one per line).
std::vector<std::string> offer_change_lines(const PageRender& page, const search::CatalogueIndex& index,
                                            std::string_view field, std::string_view value);

}  // namespace hvhk::web::portal

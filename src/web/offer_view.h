// An offer as families see it — what, for whom, cost, languages, every place with its next
// times, contact — filled into a template dictionary. The finder's offer page, its poster and
// the portal's preview of an offer being edited all show it the same way (offer_facts.tpl).
#pragma once

#include "core/catalogue.h"
#include "core/sessions.h"
#include "search/catalogue_index.h"
#include "web/page.h"

namespace hvhk::web {

// Places and organisations are looked up in index; next times start at today.
void fill_offer_facts(PageRender& page, ctemplate::TemplateDictionary& dictionary, const core::Service& offer,
                      const search::CatalogueIndex& index, core::Date today);

}  // namespace hvhk::web

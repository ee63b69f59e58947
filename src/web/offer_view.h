// An offer as families see it — what, for whom, cost, languages, every place with its next
// times, contact — filled into a template dictionary. The finder's offer page, its poster and
// the portal's preview of an offer being edited all show it the same way (offer_facts.tpl).
#pragma once

#include <string>

#include "core/catalogue.h"
#include "core/sessions.h"
#include "search/catalogue_index.h"
#include "web/page.h"

namespace hvhk::web {

// Places and organisations are looked up in index; next times start at today.
void fill_offer_facts(PageRender& page, ctemplate::TemplateDictionary& dictionary, const core::Service& offer,
                      const search::CatalogueIndex& index, core::Date today);

// A rule without a partner's description, in words: "woensdag, 14:00–15:00", "eerste zaterdag
// van de maand, 10:00–12:00", or the date of a one-off.
std::string schedule_words(const PageRender& page, const core::Schedule& rule);

}  // namespace hvhk::web

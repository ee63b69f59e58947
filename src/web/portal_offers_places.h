// The places an offer may use (docs/adr/023-offers-at-partners-places.md): an organisation's
// own and its networks' own places, the places of the other partners of its networks, and —
// kept, not chosen — the places an offer has already. Also how the editor shows the place of one
// time: a choice in two groups, or a stored time's place at another organisation, read-only.
#pragma once

#include <string>
#include <vector>

#include "search/catalogue_index.h"
#include "web/offer_form.h"
#include "web/page.h"

namespace hvhk::web::portal {

// The places an organisation may choose for its offers: its own and its networks' own places
// (own), and the places of the other partners of its networks (partners).
struct Places {
  std::vector<const core::Location*> own, partners;
  [[nodiscard]] std::vector<std::string> ids() const;
};

Places places_of(const search::CatalogueIndex& index, const core::Organization& org);

// "Bibliotheek De Leeshoek, filiaal Berlare (Bibliotheek De Leeshoek)": a place with its owner.
std::string place_with_owner(const search::CatalogueIndex& index, const core::Location& place);

// Adds PLACE_SELECT or PLACE_FIXED of offer_edit.tpl to the row of time (field id "<id>_place");
// error: the message next to the field, if any.
void fill_time_place(PageRender& page, ctemplate::TemplateDictionary& row, const search::CatalogueIndex& index,
                     const Places& choosable, const OfferTime& time, const std::string& id, const std::string& error);

}  // namespace hvhk::web::portal

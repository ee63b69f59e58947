// The places an offer may use, and the place field of a time (portal_offers_places.h).
#include "web/portal_offers_places.h"

#include <fmt/format.h>

#include <algorithm>

#include "web/offer_text.h"

namespace hvhk::web::portal {

std::vector<std::string> Places::ids() const {
  std::vector<std::string> out;
  for (const auto* list : {&own, &partners}) {
    for (const core::Location* l : *list) out.push_back(l->id);
  }
  return out;
}

Places places_of(const search::CatalogueIndex& index, const core::Organization& org) {
  Places out;
  const auto in_networks = [&](const std::string& network) {
    return std::find(org.network_ids.begin(), org.network_ids.end(), network) != org.network_ids.end();
  };
  for (const core::Location& l : index.catalogue().locations) {
    if (l.organization_id == org.id || (l.organization_id.empty() && in_networks(l.network_id))) {
      out.own.push_back(&l);
      continue;
    }
    const core::Organization* owner = index.organization(l.organization_id);
    if (owner != nullptr && std::any_of(owner->network_ids.begin(), owner->network_ids.end(), in_networks)) {
      out.partners.push_back(&l);
    }
  }
  return out;
}

std::string place_with_owner(const search::CatalogueIndex& index, const core::Location& l) {
  const core::Organization* owner = index.organization(l.organization_id);
  return owner == nullptr ? l.name : fmt::format("{} ({})", l.name, owner->name);
}

// The place of a time: a choice of the organisation's places and, in a group of its own, those
// of the other partners of its Huis van het Kind; a stored time at a place the organisation
// does not own keeps it, shown with its owner (the times can change, the place not).
void fill_time_place(PageRender& page, ctemplate::TemplateDictionary& row, const search::CatalogueIndex& index,
                     const Places& choosable, const OfferTime& time, const std::string& id, const std::string& error) {
  const core::Location* at = index.location(time.place);
  const bool own = at != nullptr && std::find(choosable.own.begin(), choosable.own.end(), at) != choosable.own.end();
  if (at != nullptr && !own && !time.id.empty()) {
    auto* fixed = row.AddSectionDictionary("PLACE_FIXED");
    fixed->SetValue("ID", id + "_place");
    fixed->SetValue("LABEL", page.t("Place"));
    fixed->SetValue("VALUE", time.place);
    fixed->SetValue("NAME", at->name);
    const core::Organization* owner = index.organization(at->organization_id);
    fixed->SetValue("HINT", tf(page, "A place of {0}: you can change the times or remove them, not the place.",
                               owner != nullptr ? owner->name : at->organization_id));
    return;
  }
  auto* select = row.AddSectionDictionary("PLACE_SELECT");
  select->SetValue("ID", id + "_place");
  select->SetValue("LABEL", page.t("Place"));
  if (!error.empty()) {
    select->ShowSection("INVALID");
    select->AddSectionDictionary("ERROR")->SetValue("TEXT", error);
  }
  const auto option = [&](ctemplate::TemplateDictionary& list, const std::string& code, const std::string& label) {
    auto* o = list.AddSectionDictionary("OPTION");
    o->SetValue("CODE", code);
    o->SetValue("LABEL", label);
    if (code == time.place) o->ShowSection("SELECTED");
  };
  option(*select, "", page.t("(choose a place)"));
  for (const core::Location* l : choosable.own) option(*select, l->id, l->name);
  // A place typed or kept that is neither (refused on saving): shown, so the message makes sense.
  const auto listed = choosable.ids();
  if (!time.place.empty() && std::find(listed.begin(), listed.end(), time.place) == listed.end()) {
    option(*select, time.place, at != nullptr ? place_with_owner(index, *at) : time.place);
  }
  if (!choosable.partners.empty()) {
    auto* group = select->AddSectionDictionary("GROUP");
    group->SetValue("LABEL", page.t("Places of other partners"));
    for (const core::Location* l : choosable.partners) option(*group, l->id, place_with_owner(index, *l));
  }
}

}  // namespace hvhk::web::portal

// The demo network that `hvhk demo` loads: a fictional but realistic intergemeentelijk
// Huis van het Kind for Zele, Berlare and Waasmunster, with its partners, locations and
// about seventy offers. Municipalities, NIS codes and postcodes are real; everything
// else (organisations, people, addresses, phone numbers, websites) is made up and marked
// "(fictief)". The data is deterministic: every id comes from core::stable_uuid and no
// clock or randomness is used, so two calls return identical catalogues and tests can
// rely on names and ids.
#pragma once

#include <string>
#include <string_view>

#include "core/catalogue.h"

namespace hvhk::app {

// The fictional Huis van het Kind Scheldeboog as one self-contained catalogue.
core::Catalogue demo_network();

// The id of a demo record from its path ("service/super-start", "location/huis-zele").
std::string demo_id(std::string_view path);

}  // namespace hvhk::app

// The tiers of partnership in a Huis van het Kind: core partners carry the network (they sit in
// its steering group and decide with it), network partners work in it and share their offer,
// associated partners are kept informed and join in where it fits. A network's own choice,
// kept per network and partner; not published in the open data.
#pragma once

#include "core/vocabulary.h"

namespace hvhk::core {

const Vocabulary& partner_tiers();
// The tier of a partner that has none recorded.
inline constexpr std::string_view kDefaultPartnerTier = "partner";

}  // namespace hvhk::core

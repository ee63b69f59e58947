#include "core/partner_tiers.h"

#include <array>

namespace hvhk::core {
namespace {

constexpr std::array kTiers{
    Term{"core", "Kernpartner", "Draagt het netwerk mee: zit in de stuurgroep en beslist mee."},
    Term{"partner", "Netwerkpartner", "Werkt mee in het netwerk en deelt zijn aanbod."},
    Term{"associate", "Betrokken partner", "Wordt op de hoogte gehouden en werkt mee waar het past."},
};
const Vocabulary kTierVocabulary{"partner-tier", "Soort partnerschap", "Hoe een partner in het netwerk staat.", kTiers};

}  // namespace

const Vocabulary& partner_tiers() { return kTierVocabulary; }

}  // namespace hvhk::core

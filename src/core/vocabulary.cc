#include "core/vocabulary.h"

#include <array>

namespace hvhk::core {
namespace {

constexpr std::array kThemes{
    Term{"preventive-health", "Preventieve gezondheidszorg",
         "Pijler: gezondheid van het kind, vaccinaties, groei en ontwikkeling (consultatiebureau)."},
    Term{"parenting-support", "Opvoedingsondersteuning",
         "Pijler: vragen over opvoeden, advies, ouderavonden, opvoedingswinkel."},
    Term{"meeting-cohesion", "Ontmoeting en sociale cohesie",
         "Pijler: ouders en kinderen ontmoeten elkaar, spelen, praten, buurt."},
    Term{"education", "Onderwijs", "Levensdomein: school, kleuterparticipatie, huiswerk, taal."},
    Term{"childcare", "Kinderopvang", "Levensdomein: opvang van baby's, peuters en schoolkinderen."},
    Term{"leisure", "Vrije tijd", "Levensdomein: spelen, sport, cultuur, jeugdwerk, bibliotheek."},
    Term{"work", "Werk", "Levensdomein: werk zoeken, opleiding, combinatie werk en gezin."},
    Term{"housing", "Wonen", "Levensdomein: een woning vinden, huur, energie."},
    Term{"finances", "Financiën", "Levensdomein: geld, premies, schulden, kansentarief."},
    Term{"wellbeing", "Welzijn en gezondheid", "Levensdomein: psychisch welzijn, zorg, hulp bij moeilijke momenten."},
};

constexpr std::array kPartnerTypes{
    Term{"consultatiebureau", "Consultatiebureau", "Preventieve gezondheidszorg voor kinderen van 0 tot 3 jaar."},
    Term{"opgroeien", "Opgroeien (regioteam)", "Het agentschap Opgroeien en zijn regioteam."},
    Term{"ckg", "Centrum voor Kinderzorg en Gezinsondersteuning (CKG)", "Ondersteuning en opvang voor gezinnen."},
    Term{"caw", "Centrum Algemeen Welzijnswerk (CAW)", "Hulp bij vragen over welzijn, relaties, geld en wonen."},
    Term{"cgg", "Centrum Geestelijke Gezondheidszorg (CGG)", "Hulp bij psychische problemen."},
    Term{"clb", "Centrum voor Leerlingenbegeleiding (CLB)", "Begeleiding van leerlingen en ouders."},
    Term{"school", "School", "Kleuter-, lagere of secundaire school."},
    Term{"ocmw", "OCMW / lokaal bestuur", "Sociaal huis, OCMW en diensten van de gemeente."},
    Term{"childcare", "Kinderopvang", "Opvang voor baby's, peuters en schoolkinderen."},
    Term{"inloopteam", "Inloopteam", "Laagdrempelige ontmoeting en ondersteuning voor gezinnen met jonge kinderen."},
    Term{"opvoedingswinkel", "Opvoedingswinkel", "Vragen over opvoeden, informatie en advies."},
    Term{"gp-circle", "Huisartsenkring", "Samenwerking van huisartsen."},
    Term{"midwife", "Vroedvrouw", "Zorg voor, tijdens en na de zwangerschap."},
    Term{"library", "Bibliotheek", "Boeken, voorlezen, taal en ontmoeting."},
    Term{"youth-work", "Jeugdwerk", "Jeugdbeweging, speelpleinwerking, jeugdhuis."},
    Term{"association", "Vereniging", "Vrijwilligersvereniging, zoals de Gezinsbond."},
    Term{"overkop", "OverKop-huis", "Laagdrempelig huis voor jongeren van 12 tot 25 jaar."},
    Term{"other", "Andere partner", "Een andere partner van het netwerk."},
};

constexpr std::array kLocationKinds{
    Term{"main-house", "Fysiek huis", "Het hoofdgebouw van het Huis van het Kind."},
    Term{"antenna", "Antennepunt", "Een kleinere plek in een wijk of deelgemeente."},
    Term{"popup", "Pop-up", "Een tijdelijke plek, bijvoorbeeld op een markt of aan de schoolpoort."},
    Term{"partner-site", "Locatie van een partner", "Een plek van een partnerorganisatie."},
    Term{"online", "Online", "Het aanbod gebeurt online of aan de telefoon."},
};

constexpr std::array kIntensities{
    Term{"universal", "Voor alle gezinnen", "Basisaanbod voor elk gezin."},
    Term{"extra", "Extra ondersteuning", "Meer ondersteuning voor gezinnen die dat nodig hebben."},
    Term{"intensive", "Intensieve ondersteuning", "Intensieve begeleiding, vaak na doorverwijzing."},
};

constexpr std::array kAccessKinds{
    Term{"open", "Open voor iedereen", "Elk gezin kan deelnemen."},
    Term{"eligibility", "Onder voorwaarden", "Bijvoorbeeld met kansentarief of als klant van het OCMW."},
    Term{"referral", "Na doorverwijzing", "Alleen als een hulpverlener je doorverwijst."},
};

constexpr std::array kTargetGroups{
    Term{"expectant-parents", "Aanstaande ouders", "Ouders die een kind verwachten."},
    Term{"children", "Kinderen en jongeren", "De kinderen en jongeren zelf."},
    Term{"parents", "Ouders", "Ouders en opvoeders."},
    Term{"grandparents", "Grootouders", "Grootouders en andere familie."},
    Term{"professionals", "Professionals", "Mensen die met gezinnen werken."},
};

constexpr std::array kAgeBands{
    Term{"prenatal", "Zwanger", "Voor de geboorte."},
    Term{"0-1", "Baby (0-1 jaar)", "Van de geboorte tot 1 jaar."},
    Term{"1-3", "Peuter (1-3 jaar)", "Van 1 tot 3 jaar."},
    Term{"3-6", "Kleuter (3-6 jaar)", "Van 3 tot 6 jaar."},
    Term{"6-12", "Kind (6-12 jaar)", "Van 6 tot 12 jaar."},
    Term{"12-18", "Tiener (12-18 jaar)", "Van 12 tot 18 jaar."},
    Term{"18-24", "Jongvolwassene (18-24 jaar)", "Van 18 tot 24 jaar."},
};

// Offer fields that are not taxonomy terms but values, published as HSDS attributes.
constexpr std::array kFields{
    Term{"min-age-months", "Vanaf leeftijd (maanden)", "Jongste leeftijd in maanden; negatief is voor de geboorte."},
    Term{"max-age-months", "Tot leeftijd (maanden)", "Oudste leeftijd in maanden."},
    Term{"interpreter-available", "Tolk mogelijk", "Er kan een tolk zijn (true/false)."},
    Term{"registration-required", "Inschrijven nodig", "Je moet je vooraf inschrijven (true/false)."},
    Term{"recognised-by-opgroeien", "Erkend door Opgroeien", "Erkend of gesubsidieerd door Opgroeien (true/false)."},
    Term{"network-id", "Huis van het Kind", "Het Huis van het Kind waartoe het aanbod behoort."},
};

constexpr std::array kAgeBandRanges{
    AgeBand{"prenatal", -9, -1}, AgeBand{"0-1", 0, 11},      AgeBand{"1-3", 12, 35},     AgeBand{"3-6", 36, 71},
    AgeBand{"6-12", 72, 143},    AgeBand{"12-18", 144, 215}, AgeBand{"18-24", 216, 288},
};

const Vocabulary kThemeVocabulary{"theme", "Thema", "Pijlers en levensdomeinen van het Huis van het Kind.", kThemes};
const Vocabulary kPartnerTypeVocabulary{"partner-type", "Soort partner", "Soorten partnerorganisaties.", kPartnerTypes};
const Vocabulary kLocationKindVocabulary{"location-kind", "Soort locatie", "Soorten plekken.", kLocationKinds};
const Vocabulary kIntensityVocabulary{"intensity", "Intensiteit", "Proportioneel universalisme.", kIntensities};
const Vocabulary kAccessVocabulary{"access", "Toegang", "Wie kan deelnemen.", kAccessKinds};
const Vocabulary kTargetGroupVocabulary{"target-group", "Doelgroep", "Voor wie het aanbod is.", kTargetGroups};
const Vocabulary kAgeBandVocabulary{"age-band", "Leeftijd", "Leeftijdsgroepen van zwanger tot 24 jaar.", kAgeBands};

const Vocabulary kFieldVocabulary{"field", "Kenmerk", "Kenmerken van het aanbod met een waarde.", kFields};

constexpr std::array<const Vocabulary*, 8> kAll{
    &kThemeVocabulary,  &kAgeBandVocabulary,     &kTargetGroupVocabulary,  &kIntensityVocabulary,
    &kAccessVocabulary, &kPartnerTypeVocabulary, &kLocationKindVocabulary, &kFieldVocabulary,
};

}  // namespace

const Term* Vocabulary::find(std::string_view term_code) const {
  for (const Term& term : terms) {
    if (term.code == term_code) {
      return &term;
    }
  }
  return nullptr;
}

const Vocabulary& themes() { return kThemeVocabulary; }
const Vocabulary& partner_types() { return kPartnerTypeVocabulary; }
const Vocabulary& location_kinds() { return kLocationKindVocabulary; }
const Vocabulary& intensities() { return kIntensityVocabulary; }
const Vocabulary& access_kinds() { return kAccessVocabulary; }
const Vocabulary& target_groups() { return kTargetGroupVocabulary; }
const Vocabulary& age_bands() { return kAgeBandVocabulary; }
const Vocabulary& fields() { return kFieldVocabulary; }
std::span<const Vocabulary* const> vocabularies() { return kAll; }

bool is_pillar(std::string_view theme_code) {
  return theme_code == "preventive-health" || theme_code == "parenting-support" || theme_code == "meeting-cohesion";
}

std::span<const AgeBand> age_band_ranges() { return kAgeBandRanges; }

}  // namespace hvhk::core

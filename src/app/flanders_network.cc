#include "app/flanders_network.h"

#include <fmt/format.h>

#include <array>
#include <random>

#include "core/ids.h"
#include "core/postcodes.h"
#include "core/vocabulary.h"

namespace hvhk::app {
namespace {

// A kind of offer the generator varies: name, themes, age range in months, partner type.
struct OfferTemplate {
  std::string_view name;
  std::string_view description;
  std::array<std::string_view, 2> themes;
  int min_months;
  int max_months;
  std::string_view partner_type;
};

constexpr std::array kTemplates{
    OfferTemplate{"Consultatiebureau",
                  "Gratis opvolging van de groei en gezondheid van je kind, met vaccinaties.",
                  {"preventive-health", ""},
                  0,
                  36,
                  "consultatiebureau"},
    OfferTemplate{"Babymassage",
                  "Leer je baby masseren. Rustig samen zijn en andere ouders ontmoeten.",
                  {"parenting-support", "meeting-cohesion"},
                  1,
                  9,
                  "consultatiebureau"},
    OfferTemplate{"Zwangerschapsinfo",
                  "Alles over zwanger zijn, de bevalling en de eerste weken thuis.",
                  {"preventive-health", "parenting-support"},
                  -9,
                  -1,
                  "midwife"},
    OfferTemplate{"Peuterzwemmen",
                  "Samen met je peuter spelen in het water, zonder les.",
                  {"leisure", "meeting-cohesion"},
                  12,
                  48,
                  "youth-work"},
    OfferTemplate{"Voorleesuurtje",
                  "We lezen verhalen voor. Voor kinderen en hun ouders of grootouders.",
                  {"leisure", "education"},
                  18,
                  96,
                  "library"},
    OfferTemplate{"Opvoedingsspreekuur",
                  "Een vraag over opvoeden? Praat erover met een opvoedingsondersteuner.",
                  {"parenting-support", ""},
                  0,
                  216,
                  "opvoedingswinkel"},
    OfferTemplate{"Spel- en ontmoetingsmoment",
                  "Kom spelen met je kind en leer andere ouders kennen.",
                  {"meeting-cohesion", "parenting-support"},
                  0,
                  72,
                  "inloopteam"},
    OfferTemplate{"Huiswerkbegeleiding",
                  "Hulp bij huiswerk en plannen, in een rustige ruimte.",
                  {"education", ""},
                  72,
                  180,
                  "school"},
    OfferTemplate{"Kleuterklasje",
                  "Je kind went spelenderwijs aan de kleuterschool, samen met jou.",
                  {"education", "parenting-support"},
                  24,
                  42,
                  "school"},
    OfferTemplate{"Jongerencafé",
                  "Een plek om af te spreken, te praten en vragen te stellen.",
                  {"meeting-cohesion", "wellbeing"},
                  144,
                  288,
                  "overkop"},
    OfferTemplate{"Budgetcoaching",
                  "Samen je budget bekijken en zoeken naar premies en tegemoetkomingen.",
                  {"finances", ""},
                  -9,
                  288,
                  "ocmw"},
    OfferTemplate{
        "Woonloket", "Hulp bij het zoeken naar een woning en vragen over huur.", {"housing", ""}, -9, 288, "ocmw"},
    OfferTemplate{"Jobinfo voor jonge ouders",
                  "Werk zoeken en werk combineren met een gezin.",
                  {"work", "childcare"},
                  -9,
                  288,
                  "ocmw"},
    OfferTemplate{
        "Kinderopvang", "Opvang voor baby's en peuters, met inkomenstarief.", {"childcare", ""}, 0, 36, "childcare"},
    OfferTemplate{"Buitenschoolse opvang",
                  "Opvang voor en na school en op woensdagnamiddag.",
                  {"childcare", "leisure"},
                  30,
                  144,
                  "childcare"},
    OfferTemplate{"Gezinsondersteuning aan huis",
                  "Een begeleider komt bij je thuis en zoekt met jou naar oplossingen.",
                  {"parenting-support", "wellbeing"},
                  -9,
                  216,
                  "ckg"},
    OfferTemplate{"Praatgroep voor ouders",
                  "Ervaringen delen met andere ouders, onder begeleiding.",
                  {"parenting-support", "wellbeing"},
                  0,
                  216,
                  "caw"},
    OfferTemplate{"Speelpleinwerking", "Spelen in de vakantie met monitoren.", {"leisure", ""}, 48, 180, "youth-work"},
};

constexpr std::array<std::string_view, 8> kPlaces{"De Speelboom", "Het Klavertje", "De Regenboog", "Het Nest",
                                                  "De Vlinder",   "Zonnehoek",     "De Boomgaard", "Het Anker"};
constexpr std::array<std::string_view, 7> kDays{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
constexpr std::array<std::string_view, 6> kExtraLanguages{"fr", "en", "tr", "ar", "uk", "pl"};

class Generator {
 public:
  explicit Generator(unsigned seed) : random_(seed) {}

  core::Catalogue run(const FlandersScale& scale) {
    const auto places = flemish_places();
    make_municipalities(places, scale.municipalities);
    const int per_network_offers = scale.offers / scale.networks;
    int remaining = scale.offers;
    std::size_t next_municipality = 0;
    for (int n = 0; n < scale.networks; ++n) {
      // The first networks span two municipalities (intergemeentelijk), the rest one.
      const std::size_t span = (scale.municipalities - scale.networks > n) ? 2 : 1;
      std::vector<const core::Municipality*> covered;
      for (std::size_t k = 0; k < span && next_municipality < catalogue_.municipalities.size(); ++k) {
        covered.push_back(&catalogue_.municipalities[next_municipality++]);
      }
      const int offers = n == scale.networks - 1 ? remaining : per_network_offers;
      remaining -= offers;
      make_network(n, covered, offers);
    }
    return std::move(catalogue_);
  }

 private:
  std::uint32_t pick(std::uint32_t n) { return static_cast<std::uint32_t>(random_() % n); }
  double jitter() { return (static_cast<double>(random_() % 2001) - 1000.0) / 100000.0; }  // up to ~1 km

  static std::vector<core::PostcodePlace> flemish_places() {
    std::vector<core::PostcodePlace> out;
    for (const core::PostcodePlace& p : core::PostcodeDirectory::embedded().all()) {
      const int code = std::stoi(p.postcode);
      if ((code >= 1000 && code < 1300) || (code >= 1500 && code < 4000) || code >= 8000) {
        out.push_back(p);
      }
    }
    return out;
  }

  void make_municipalities(const std::vector<core::PostcodePlace>& places, int count) {
    for (int m = 0; m < count; ++m) {
      const std::size_t begin = places.size() * static_cast<std::size_t>(m) / static_cast<std::size_t>(count);
      const std::size_t end = places.size() * static_cast<std::size_t>(m + 1) / static_cast<std::size_t>(count);
      core::Municipality municipality{fmt::format("{}", 90001 + m), places[begin].name, {}};
      for (std::size_t i = begin; i < end; ++i) {
        if (municipality.postcodes.empty() || municipality.postcodes.back() != places[i].postcode) {
          municipality.postcodes.push_back(places[i].postcode);
        }
      }
      catalogue_.municipalities.push_back(std::move(municipality));
      centres_.push_back(places[begin]);
    }
  }

  void make_network(int n, const std::vector<const core::Municipality*>& covered, int offers) {
    core::Network network;
    network.id = core::stable_uuid(fmt::format("flanders/{}/network", n));
    network.name = fmt::format("Huis van het Kind {} (gegenereerd)", covered.front()->name);
    network.description = "Gegenereerde testgegevens voor benchmarks; geen echt aanbod.";
    network.email = fmt::format("info@hvhk{}.example.org", n);
    for (const auto* m : covered) network.municipality_nis_codes.push_back(m->nis_code);
    catalogue_.networks.push_back(network);

    const std::string_view stamp = "2026-10-01T08:00:00Z";
    std::vector<std::string> organizations;
    for (std::size_t t = 0; t < core::partner_types().terms.size(); ++t) {
      core::Organization org;
      org.id = core::stable_uuid(fmt::format("flanders/{}/org/{}", n, t));
      org.name = fmt::format("{} {}", core::partner_types().terms[t].label_nl, covered.front()->name);
      org.description = std::string(core::partner_types().terms[t].description_nl);
      org.partner_type = std::string(core::partner_types().terms[t].code);
      org.network_ids = {network.id};
      org.last_modified = std::string(stamp);
      organizations.push_back(org.id);
      catalogue_.organizations.push_back(std::move(org));
    }
    std::vector<std::string> locations;
    for (int l = 0; l < 6; ++l) {
      const auto& municipality = *covered[static_cast<std::size_t>(l) % covered.size()];
      const std::size_t centre_index = static_cast<std::size_t>(&municipality - catalogue_.municipalities.data());
      const core::PostcodePlace& centre = centres_[centre_index];
      core::Location loc;
      loc.id = core::stable_uuid(fmt::format("flanders/{}/location/{}", n, l));
      loc.network_id = network.id;
      loc.kind = l == 0 ? "main-house" : (l < 3 ? "antenna" : "partner-site");
      loc.name = fmt::format("{} {}", kPlaces[pick(kPlaces.size())], municipality.name);
      loc.address = core::Address{fmt::format("Dorpsstraat {}", 1 + pick(120)), centre.postcode, centre.name, "BE"};
      loc.latitude = centre.latitude + jitter();
      loc.longitude = centre.longitude + jitter();
      loc.accessibility = pick(2) == 0 ? "Rolstoeltoegankelijk" : "";
      loc.last_modified = std::string(stamp);
      locations.push_back(loc.id);
      catalogue_.locations.push_back(std::move(loc));
    }
    for (int i = 0; i < offers; ++i) {
      const OfferTemplate& t = kTemplates[pick(kTemplates.size())];
      core::Service s;
      s.id = core::stable_uuid(fmt::format("flanders/{}/service/{}", n, i));
      s.network_id = network.id;
      s.organization_id = organizations[pick(static_cast<std::uint32_t>(organizations.size()))];
      s.name = fmt::format("{} {}", t.name, kPlaces[pick(kPlaces.size())]);
      s.description = fmt::format("{} In {}.", t.description, covered.front()->name);
      for (const std::string_view theme : t.themes) {
        if (!theme.empty()) s.themes.emplace_back(theme);
      }
      s.target_groups = {t.min_months < 0 ? "expectant-parents" : "parents", "children"};
      s.min_age_months = t.min_months;
      s.max_age_months = t.max_months;
      s.intensity = pick(10) == 0 ? "extra" : "universal";
      s.cost.free = pick(3) != 0;
      if (!s.cost.free) {
        s.cost.amount = 2.0 * (1 + pick(10));
        s.cost.reduced_amount = 1.0;
        s.cost.reduced_description = "Met UiTPAS kansentarief";
      }
      s.languages = {"nl"};
      if (pick(3) == 0) s.languages.emplace_back(kExtraLanguages[pick(kExtraLanguages.size())]);
      s.interpreter_available = pick(5) == 0;
      s.registration_required = pick(2) == 0;
      s.last_modified = fmt::format("2026-{:02d}-{:02d}T09:00:00Z", 1 + pick(10), 1 + pick(28));
      core::ServiceAtLocation sal;
      sal.id = core::stable_uuid(fmt::format("flanders/{}/service/{}/at", n, i));
      sal.service_id = s.id;
      sal.location_id = locations[pick(static_cast<std::uint32_t>(locations.size()))];
      core::Schedule h;
      h.id = core::stable_uuid(fmt::format("flanders/{}/service/{}/schedule", n, i));
      h.freq = pick(4) == 0 ? "MONTHLY" : "WEEKLY";
      h.byday = h.freq == "MONTHLY" ? fmt::format("1{}", kDays[pick(7)]) : std::string(kDays[pick(7)]);
      h.dtstart = "2026-09-01";
      h.until = "2027-06-30";
      const int hour = pick(4) == 0 ? 18 + static_cast<int>(pick(2)) : 9 + static_cast<int>(pick(7));
      h.opens_at = fmt::format("{:02d}:00", hour);
      h.closes_at = fmt::format("{:02d}:30", hour + 1);
      h.attending_type = "in person";
      sal.schedules.push_back(std::move(h));
      s.locations.push_back(std::move(sal));
      catalogue_.services.push_back(std::move(s));
    }
  }

  std::mt19937 random_;
  core::Catalogue catalogue_;
  std::vector<core::PostcodePlace> centres_;
};

}  // namespace

core::Catalogue flanders_network(unsigned seed, FlandersScale scale) { return Generator(seed).run(scale); }

}  // namespace hvhk::app

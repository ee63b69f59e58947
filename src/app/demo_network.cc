#include "app/demo_network.h"

#include <array>
#include <charconv>
#include <chrono>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/ids.h"

namespace hvhk::app {
namespace {

namespace chr = std::chrono;

// ---------------------------------------------------------------------------------------
// Ids and timestamps: every id is stable_uuid("demo/<kind>/<readable name>").

std::string demo_path_id(std::string_view path) { return core::stable_uuid("demo/" + std::string(path)); }

std::string join(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) {
    out += part;
  }
  return out;
}

std::string two_digits(unsigned value) {
  return {static_cast<char>('0' + value / 10 % 10), static_cast<char>('0' + value % 10)};
}

// A fixed "last modified" moment in early November 2026, varied a little per record.
std::string stamp(unsigned n) {
  return "2026-11-" + two_digits(1 + n % 10) + "T" + two_digits(8 + n % 9) + ":" + two_digits(n * 7 % 60) + ":00Z";
}

constexpr std::string_view kNetworkKey = "network/scheldeboog";

// ---------------------------------------------------------------------------------------
// Dates, for computing the first occurrence of a rule and describing it in Dutch.

constexpr std::array<std::string_view, 7> kDayCodes{"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
constexpr std::array<std::string_view, 7> kDayNames{"zondag",    "maandag", "dinsdag", "woensdag",
                                                    "donderdag", "vrijdag", "zaterdag"};
constexpr std::array<std::string_view, 12> kMonthNames{"januari",   "februari", "maart",    "april",
                                                       "mei",       "juni",     "juli",     "augustus",
                                                       "september", "oktober",  "november", "december"};
constexpr std::array<std::string_view, 5> kOrdinals{"", "eerste", "tweede", "derde", "vierde"};

int number(std::string_view text) {
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

chr::sys_days parse_date(std::string_view text) {
  return chr::sys_days{chr::year{number(text.substr(0, 4))} /
                       chr::month{static_cast<unsigned>(number(text.substr(5, 2)))} /
                       chr::day{static_cast<unsigned>(number(text.substr(8, 2)))}};
}

std::string format_date(chr::sys_days date) {
  const chr::year_month_day ymd{date};
  return std::to_string(static_cast<int>(ymd.year())) + "-" + two_digits(static_cast<unsigned>(ymd.month())) + "-" +
         two_digits(static_cast<unsigned>(ymd.day()));
}

std::string long_date(chr::sys_days date) {
  const chr::year_month_day ymd{date};
  return std::string(kDayNames[chr::weekday{date}.c_encoding()]) + " " +
         std::to_string(static_cast<unsigned>(ymd.day())) + " " +
         std::string(kMonthNames[static_cast<unsigned>(ymd.month()) - 1]) + " " +
         std::to_string(static_cast<int>(ymd.year()));
}

std::string short_date(chr::sys_days date) {
  const chr::year_month_day ymd{date};
  return std::to_string(static_cast<unsigned>(ymd.day())) + " " +
         std::string(kMonthNames[static_cast<unsigned>(ymd.month()) - 1]) + " " +
         std::to_string(static_cast<int>(ymd.year()));
}

std::vector<std::string_view> split(std::string_view text) {
  std::vector<std::string_view> parts;
  while (!text.empty()) {
    const std::size_t comma = text.find(',');
    parts.push_back(text.substr(0, comma));
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
  }
  return parts;
}

unsigned day_index(std::string_view code) {
  for (unsigned i = 0; i < kDayCodes.size(); ++i) {
    if (kDayCodes[i] == code) {
      return i;
    }
  }
  return 0;
}

// The first date on or after `from` that the rule hits.
chr::sys_days first_occurrence(const core::Schedule& s, chr::sys_days from) {
  if (s.freq == "WEEKLY" && !s.byday.empty()) {
    const std::vector<std::string_view> days = split(s.byday);
    for (int i = 0; i < 7; ++i) {
      const chr::sys_days candidate = from + chr::days{i};
      for (std::string_view day : days) {
        if (kDayCodes[chr::weekday{candidate}.c_encoding()] == day) {
          return candidate;
        }
      }
    }
  }
  if (s.freq == "MONTHLY") {
    const chr::year_month_day start{from};
    for (int i = 0; i < 13; ++i) {
      const chr::year_month month = chr::year_month{start.year(), start.month()} + chr::months{i};
      chr::sys_days candidate;
      if (!s.byday.empty()) {
        const auto nth = static_cast<unsigned>(number(s.byday.substr(0, 1)));
        const chr::weekday day{day_index(s.byday.substr(1))};
        candidate = chr::sys_days{month.year() / month.month() / day[nth]};
      } else {
        candidate = chr::sys_days{month / chr::day{static_cast<unsigned>(number(s.bymonthday))}};
      }
      if (candidate >= from) {
        return candidate;
      }
    }
  }
  return from;
}

std::string day_list(std::string_view byday) {
  if (byday == "MO,TU,WE,TH,FR") {
    return "elke weekdag";
  }
  if (byday == "MO,TU,WE,TH,FR,SA") {
    return "elke dag behalve zondag";
  }
  if (byday == "MO,TU,WE,TH,FR,SA,SU") {
    return "elke dag";
  }
  const std::vector<std::string_view> days = split(byday);
  std::string out = "elke ";
  for (std::size_t i = 0; i < days.size(); ++i) {
    if (i > 0) {
      out += i + 1 == days.size() ? " en " : ", ";
    }
    out += kDayNames[day_index(days[i])];
  }
  return out;
}

std::string rhythm(const core::Schedule& s) {
  if (s.freq == "WEEKLY") {
    if (s.interval == 2) {
      return "om de twee weken op " + day_list(s.byday).substr(5);
    }
    return day_list(s.byday);
  }
  if (!s.byday.empty()) {
    return join({"elke ", kOrdinals[static_cast<unsigned>(number(s.byday.substr(0, 1)))], " ",
                 kDayNames[day_index(s.byday.substr(1))], " van de maand"});
  }
  return "elke maand op de " + s.bymonthday + "de";
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  }
  return text;
}

// A plain Dutch sentence for families, e.g. "Elke dinsdag van 13:30 tot 16:30 (...)".
std::string describe(const core::Schedule& s) {
  const std::string hours = s.opens_at == "00:00" && s.closes_at == "23:59"
                                ? std::string("de klok rond")
                                : "van " + s.opens_at + " tot " + s.closes_at;
  const chr::sys_days start = parse_date(s.dtstart);
  if (s.freq.empty()) {
    return "Op " + long_date(start) + " " + hours + ".";
  }
  if (s.count) {
    return capitalised(std::to_string(*s.count) + " keer, " + rhythm(s) + " " + hours + ", vanaf " + long_date(start) +
                       ".");
  }
  return capitalised(rhythm(s) + " " + hours + " (" + short_date(start) + " tot " + short_date(parse_date(s.until)) +
                     ").");
}

// ---------------------------------------------------------------------------------------
// Schedule helpers. The first occurrence (dtstart) is computed from the season start.

struct Season {
  std::string_view from;
  std::string_view until;
};
constexpr Season kSchoolYear{"2026-09-01", "2027-06-30"};
constexpr Season kWholeYear{"2026-09-01", "2027-08-31"};
constexpr Season kSummer{"2027-07-01", "2027-08-27"};
constexpr Season kWinterExams{"2026-12-01", "2027-01-29"};
constexpr Season kSummerExams{"2027-05-17", "2027-06-30"};

core::Schedule rule(std::string_view freq, int interval, std::string_view byday, std::string_view bymonthday,
                    std::string_view from, std::string_view until, std::optional<int> count, std::string_view opens,
                    std::string_view closes, std::string_view note) {
  core::Schedule s;
  s.freq = freq;
  s.interval = interval;
  s.byday = byday;
  s.bymonthday = bymonthday;
  s.until = until;
  s.count = count;
  s.opens_at = opens;
  s.closes_at = closes;
  s.notes = note;
  s.dtstart = format_date(first_occurrence(s, parse_date(from)));
  s.valid_from = s.dtstart;
  s.valid_to = until;
  s.description = describe(s);
  return s;
}

core::Schedule weekly(std::string_view byday, std::string_view opens, std::string_view closes,
                      std::string_view note = {}, Season season = kSchoolYear) {
  return rule("WEEKLY", 1, byday, {}, season.from, season.until, std::nullopt, opens, closes, note);
}

core::Schedule every_two_weeks(std::string_view byday, std::string_view opens, std::string_view closes,
                               std::string_view note = {}, Season season = kSchoolYear) {
  return rule("WEEKLY", 2, byday, {}, season.from, season.until, std::nullopt, opens, closes, note);
}

// nth_day like "1SA": the first Saturday of every month.
core::Schedule monthly(std::string_view nth_day, std::string_view opens, std::string_view closes,
                       std::string_view note = {}, Season season = kSchoolYear) {
  return rule("MONTHLY", 1, nth_day, {}, season.from, season.until, std::nullopt, opens, closes, note);
}

core::Schedule monthly_on_day(std::string_view monthday, std::string_view opens, std::string_view closes,
                              std::string_view note = {}, Season season = kSchoolYear) {
  return rule("MONTHLY", 1, {}, monthday, season.from, season.until, std::nullopt, opens, closes, note);
}

// A series of `count` sessions, booked as one.
core::Schedule series(std::string_view byday, std::string_view from, int count, std::string_view opens,
                      std::string_view closes, std::string_view note = {}, int interval = 1) {
  return rule("WEEKLY", interval, byday, {}, from, {}, count, opens, closes, note);
}

core::Schedule once(std::string_view date, std::string_view opens, std::string_view closes,
                    std::string_view note = {}) {
  return rule({}, 1, {}, {}, date, {}, std::nullopt, opens, closes, note);
}

// ---------------------------------------------------------------------------------------
// Costs.

constexpr std::string_view kKansentarief =
    "Met UiTPAS kansentarief betaal je maar 20% van de prijs. Je UiTPAS met kansentarief vraag je aan in "
    "het Sociaal Huis of aan het onthaal van het Huis van het Kind.";

core::Cost free_of_charge(std::string_view description = "Gratis.") {
  core::Cost cost;
  cost.free = true;
  cost.description = description;
  return cost;
}

core::Cost priced(double amount, double reduced, std::string_view description,
                  std::string_view reduced_description = kKansentarief) {
  core::Cost cost;
  cost.free = false;
  cost.amount = amount;
  cost.reduced_amount = reduced;
  cost.description = description;
  cost.reduced_description = reduced_description;
  return cost;
}

core::Cost income_related(std::string_view description, std::string_view reduced_description) {
  core::Cost cost;
  cost.free = false;
  cost.description = description;
  cost.reduced_description = reduced_description;
  return cost;
}

// ---------------------------------------------------------------------------------------
// Municipalities and places. NIS codes, postcodes and centre coordinates are real.

struct Place {
  double latitude;
  double longitude;
};
constexpr Place kZele{51.0683621, 4.0385864};
constexpr Place kWaasmunster{51.1097147, 4.0842158};
constexpr Place kBerlare{51.0301606, 4.0113470};
constexpr Place kOvermere{51.05073005, 3.9569121644559};
constexpr Place kUitbergen{51.0278435, 3.9639785004366};

// ---------------------------------------------------------------------------------------
// Partners. E-mail is info@<domain>, the website https://<domain>.

struct OrganizationRow {
  std::string_view key;
  std::string_view type;
  std::string_view name;
  std::string_view alternate_name;
  std::string_view domain;
  std::string_view phone;
  std::string_view contact_name;
  std::string_view contact_title;
  std::string_view description;
};

constexpr std::array kOrganizations{
    OrganizationRow{
        "huis-van-het-kind", "ocmw", "Huis van het Kind Scheldeboog – coördinatie (fictief)",
        "Lokaal bestuur Zele (fictief)", "scheldeboog.example.org", "+32 52 90 10 00", "Sofie Van Damme",
        "Coördinator Huis van het Kind",
        "De coördinatie van het Huis van het Kind zit bij het lokaal bestuur van Zele. Zij organiseert het huis "
        "samen met Berlare en Waasmunster. Je kan bij ons terecht met elke vraag over je kind of je gezin: we "
        "luisteren en zoeken samen met jou de juiste partner. Ook het onthaal, de geboortedoos, de pop-ups en de "
        "hulp bij het zoeken naar kinderopvang of een school horen bij ons."},
    OrganizationRow{
        "sociaal-huis", "ocmw", "Sociaal Huis Scheldeboog (fictief)", "OCMW", "sociaalhuis.example.org",
        "+32 52 90 10 10", "Karim El Idrissi", "Maatschappelijk werker",
        "Het Sociaal Huis is het loket van het OCMW voor inwoners van Zele, Berlare en Waasmunster. Je kan er "
        "terecht voor financiële hulp, budgetbegeleiding, het kansentarief van de UiTPAS, hulp bij premies en "
        "toelagen, en vragen over werk en wonen. Een maatschappelijk werker kijkt samen met jou wat je nodig "
        "hebt."},
    OrganizationRow{
        "cb-de-kiem", "consultatiebureau", "Consultatiebureau De Kiem (fictief)", "Consultatiebureau Zele",
        "dekiem.example.org", "+32 52 90 11 00", "Hilde Verstraeten", "Verpleegkundige, verantwoordelijke",
        "Het consultatiebureau volgt de gezondheid, groei en ontwikkeling van kinderen van 0 tot 3 jaar. Een arts "
        "en een verpleegkundige geven gratis vaccins en advies over voeding, slapen en opvoeden. Het bureau is "
        "erkend door Opgroeien en werkt met vrijwilligers uit de buurt."},
    OrganizationRow{
        "cb-het-zaadje", "consultatiebureau", "Consultatiebureau Het Zaadje (fictief)",
        "Consultatiebureau Berlare en Waasmunster", "hetzaadje.example.org", "+32 52 90 11 20", "Griet De Bock",
        "Verpleegkundige",
        "Consultatiebureau voor gezinnen in Berlare, Overmere, Uitbergen en Waasmunster. Je komt op afspraak in "
        "de antennepunten van het Huis van het Kind. Alles is gratis. Erkend door Opgroeien."},
    OrganizationRow{
        "opgroeien", "opgroeien", "Opgroeien – regioteam Durme-Schelde (fictief)", "Opgroeien regioteam",
        "opgroeien-regio.example.org", "+32 52 90 12 00", "Tom Claeys", "Regioverantwoordelijke",
        "Het regioteam van Opgroeien ondersteunt het Huis van het Kind en de partners. Het team denkt mee over "
        "het aanbod in de regio en helpt professionals die zich zorgen maken over een kind."},
    OrganizationRow{
        "ckg", "ckg", "CKG De Wiegwijzer (fictief)", "Centrum voor Kinderzorg en Gezinsondersteuning",
        "wiegwijzer.example.org", "+32 52 90 13 00", "Nathalie Moens", "Teamverantwoordelijke",
        "Het Centrum voor Kinderzorg en Gezinsondersteuning helpt gezinnen met kinderen tot 12 jaar als het thuis "
        "even moeilijk loopt. We komen bij je thuis, organiseren ouder-kindgroepen en kunnen je kind tijdelijk "
        "opvangen bij een crisis."},
    OrganizationRow{"caw", "caw", "CAW Durmeland (fictief)", "Centrum Algemeen Welzijnswerk",
                    "cawdurmeland.example.org", "+32 52 90 14 00", "Pieter Van Hecke", "Onthaalmedewerker",
                    "Het CAW helpt mensen met vragen over relaties, scheiding, geld, wonen en geweld. Het JAC is de "
                    "jongerenwerking van het CAW voor jongeren van 12 tot 25 jaar. Gratis en in vertrouwen."},
    OrganizationRow{
        "cgg", "cgg", "CGG De Waaier (fictief)", "Centrum Geestelijke Gezondheidszorg", "dewaaier.example.org",
        "+32 52 90 15 00", "Dr. Lien Peeters", "Kinderpsychiater",
        "Het Centrum Geestelijke Gezondheidszorg biedt hulp bij psychische problemen, voor kinderen, jongeren en "
        "ouders. Er is een team voor kinderen en jongeren en een team voor ouders rond de zwangerschap en de "
        "eerste maanden na de geboorte."},
    OrganizationRow{
        "clb", "clb", "Vrij CLB Durme-Schelde (fictief)", "CLB", "clb-durmeschelde.example.org", "+32 52 90 16 00",
        "Inge Martens", "CLB-medewerker",
        "Het Centrum voor Leerlingenbegeleiding helpt leerlingen, ouders en scholen bij vragen over leren, "
        "studiekeuze, gezondheid en welbevinden. Het CLB doet ook de medische onderzoeken en vaccinaties op "
        "school. Gratis en onafhankelijk van de school."},
    OrganizationRow{
        "school-regenboog", "school", "Basisschool De Regenboog (fictief)", "De Regenboog", "regenboog.example.org",
        "+32 52 90 17 00", "Marc De Wilde", "Directeur",
        "Basisschool met kleuter- en lagere school in Zele. De school werkt met een brugfiguur die ouders aan de "
        "schoolpoort opvangt en hun vragen beantwoordt, ook in het Turks en het Frans."},
    OrganizationRow{
        "school-durmedal", "school", "Secundaire school Durmedal (fictief)", "Durmedal", "durmedal.example.org",
        "+32 52 90 17 50", "Ann Verhoeven", "Leerlingenbegeleider",
        "Secundaire school in Waasmunster met A- en B-stroom. De school organiseert studiebegeleiding na de les "
        "en avonden voor ouders, samen met het CLB en de opvoedingswinkel."},
    OrganizationRow{
        "kdv-speelvogel", "childcare", "Kinderdagverblijf De Speelvogel (fictief)", "De Speelvogel",
        "speelvogel.example.org", "+32 52 90 18 00", "Evelien Bogaert", "Verantwoordelijke kinderopvang",
        "Kinderdagverblijf in Uitbergen voor baby's en peuters tot 3 jaar, met inkomenstarief. Vergund door "
        "Opgroeien. Er zijn ook plaatsen voor occasionele opvang."},
    OrganizationRow{"ibo-toverdoos", "childcare", "Buitenschoolse opvang De Toverdoos (fictief)", "De Toverdoos",
                    "toverdoos.example.org", "+32 52 90 18 50", "Jonas Wouters", "Coördinator buitenschoolse opvang",
                    "Opvang voor kleuters en lagereschoolkinderen voor en na school, op woensdagnamiddag en in de "
                    "schoolvakanties, in Waasmunster."},
    OrganizationRow{
        "inloopteam", "inloopteam", "Inloopteam De Boomhut (fictief)", "De Boomhut", "boomhut.example.org",
        "+32 52 90 19 00", "Fatma Yilmaz", "Gezinsondersteuner",
        "Het inloopteam is een warme plek voor gezinnen met kinderen tot 3 jaar en aanstaande ouders. Je kan "
        "binnenlopen voor een koffie, andere ouders ontmoeten en je vragen stellen. We komen ook bij je thuis. "
        "Erkend door Opgroeien."},
    OrganizationRow{
        "opvoedingswinkel", "opvoedingswinkel", "Opvoedingswinkel Durme-Schelde (fictief)", "Opvoedingswinkel",
        "opvoedingswinkel-ds.example.org", "+32 52 90 20 00", "Bart Coppens", "Opvoedingsondersteuner",
        "In de opvoedingswinkel kan je met al je vragen over opvoeden terecht, van baby tot tiener. Je krijgt "
        "tips en advies in een gesprek, aan de telefoon of via de chat. We geven ook workshops en ouderavonden."},
    OrganizationRow{
        "huisartsenkring", "gp-circle", "Huisartsenkring Scheldeboog (fictief)", "Huisartsenkring",
        "hak-scheldeboog.example.org", "+32 52 90 21 00", "Dr. Koen Wuyts", "Voorzitter",
        "De huisartsenkring brengt de huisartsen van Zele, Berlare en Waasmunster samen. De kring regelt de "
        "wachtdienst, helpt gezinnen een huisarts te vinden en geeft infoavonden over gezondheid."},
    OrganizationRow{
        "vroedvrouwen", "midwife", "Vroedvrouwenpraktijk Moederhart (fictief)", "Moederhart", "moederhart.example.org",
        "+32 52 90 22 00", "Leen Van Acker", "Vroedvrouw",
        "Vier zelfstandige vroedvrouwen begeleiden je tijdens de zwangerschap, de bevalling en de eerste weken "
        "thuis. Ze geven ook zwangerschapsyoga, infoavonden en een borstvoedingscafé."},
    OrganizationRow{
        "bibliotheek", "library", "Bibliotheek De Leeshoek (fictief)", "De Leeshoek", "leeshoek.example.org",
        "+32 52 90 23 00", "Joke Maes", "Bibliothecaris jeugd",
        "De bibliotheek in Zele met een filiaal in Berlare. Gratis lid tot 18 jaar. Voorleesmomenten, boeken in "
        "veel talen, een taalcafé, blokplekken en een speelotheek."},
    OrganizationRow{
        "jeugdwerk", "youth-work", "Jeugdhuis en speelpleinwerking De Knikker (fictief)", "De Knikker",
        "deknikker.example.org", "+32 52 90 24 00", "Robbe Van Hoecke", "Jeugdwerker",
        "Jeugdwerk in Overmere: een jeugdhuis voor tieners en jongvolwassenen, een speelplein in de zomer en "
        "cursussen voor wie animator wil worden. Gerund door vrijwilligers met een jeugdwerker."},
    OrganizationRow{"gezinsvereniging", "association", "Gezinsvereniging Samen Sterk (fictief)", "Samen Sterk",
                    "samensterk.example.org", "+32 52 90 25 00", "Marleen De Smet", "Voorzitter (vrijwilliger)",
                    "Vrijwilligersvereniging voor gezinnen in Zele, Berlare en Waasmunster. Vrijwilligers organiseren "
                    "peuterzwemmen, een papagroep, een grootoudersochtend, een ruilbeurs en een gezinsfeest."},
    OrganizationRow{
        "overkop", "overkop", "OverKop-huis De Ruimte (fictief)", "OverKop", "overkop-deruimte.example.org",
        "+32 52 90 26 00", "Yasmina Amrani", "Jongerenbegeleider",
        "Een huis voor jongeren van 12 tot 25 jaar. Je kan er zomaar binnenlopen om te chillen, iets te doen of "
        "te praten met iemand die luistert. Er is altijd een jongerenbegeleider, en op vaste momenten ook "
        "hulpverleners van het CAW en het CGG."},
    OrganizationRow{
        "sociale-kruidenier", "other", "Sociale kruidenier De Mand (fictief)", "De Mand", "demand.example.org",
        "+32 52 90 27 00", "Luc Baert", "Coördinator (vrijwilliger)",
        "Een winkel waar gezinnen met een krap budget goedkoper boodschappen kunnen doen. Vrijwilligers houden "
        "de winkel open en er is altijd koffie."},
};

// ---------------------------------------------------------------------------------------
// Locations: coordinates are a few hundred metres from the municipality's centre point.

struct LocationRow {
  std::string_view key = {};
  std::string_view kind = {};
  std::string_view organization = {};
  std::string_view name = {};
  std::string_view description = {};
  std::string_view street = {};  // empty for online locations: no address, no coordinates
  std::string_view postcode = {};
  std::string_view city = {};
  Place near = {};
  double north = 0;  // degrees latitude from `near`
  double east = 0;   // degrees longitude from `near`
  std::string_view transportation = {};
  std::string_view accessibility = {};
  std::string_view phone = {};
  std::string_view url = {};
};

constexpr std::array kLocations{
    LocationRow{.key = "huis-zele",
                .kind = "main-house",
                .organization = "huis-van-het-kind",
                .name = "Huis van het Kind Zele (fictief)",
                .description = "Het hoofdhuis met onthaal, consultatiebureau, opvoedingswinkel en een grote "
                               "speelruimte. Je kan er zonder afspraak binnenlopen.",
                .street = "Speelhofstraat 12",
                .postcode = "9240",
                .city = "Zele",
                .near = kZele,
                .north = 0.0018,
                .east = -0.0021,
                .transportation = "De Lijn: bus 24 en 77, halte Zele Speelhof (100 meter). Station Zele op 10 "
                                  "minuten wandelen. Overdekte fietsenstalling aan de ingang.",
                .accessibility = "Rolstoeltoegankelijk, lift naar de eerste verdieping, aangepast toilet, "
                                 "verzorgingstafel, plaats voor kinderwagens, rustige voedingsruimte.",
                .phone = "+32 52 90 10 01"},
    LocationRow{.key = "antenne-berlare",
                .kind = "antenna",
                .organization = "huis-van-het-kind",
                .name = "Antennepunt Berlare (fictief)",
                .description = "Antennepunt in het centrum van Berlare, naast het gemeentehuis. Hier zijn "
                               "raadplegingen van het consultatiebureau, het onthaal en workshops.",
                .street = "Gemeenteplein 5",
                .postcode = "9290",
                .city = "Berlare",
                .near = kBerlare,
                .north = -0.0012,
                .east = 0.0016,
                .transportation = "De Lijn: bus 34 en 35, halte Berlare Gemeenteplein. Gratis parking achter "
                                  "het gebouw.",
                .accessibility = "Gelijkvloers en rolstoeltoegankelijk, verzorgingstafel, speelhoek.",
                .phone = "+32 52 90 10 02"},
    LocationRow{.key = "antenne-overmere",
                .kind = "antenna",
                .organization = "huis-van-het-kind",
                .name = "Antennepunt Overmere (fictief)",
                .description = "Klein antennepunt in Overmere met een speelzaal en een tuin. Hier zijn de "
                               "groepsmomenten voor peuters en de papagroep.",
                .street = "Kouterdreef 21",
                .postcode = "9290",
                .city = "Overmere",
                .near = kOvermere,
                .north = 0.0009,
                .east = 0.0024,
                .transportation = "De Lijn: bus 34, halte Overmere Kerk (200 meter).",
                .accessibility = "Gelijkvloers. Aan de hoofdingang is een drempel; de zij-ingang is vlak. "
                                 "Verzorgingstafel.",
                .phone = "+32 52 90 10 03"},
    LocationRow{.key = "antenne-waasmunster",
                .kind = "antenna",
                .organization = "huis-van-het-kind",
                .name = "Antennepunt Waasmunster (fictief)",
                .description = "Antennepunt in het centrum van Waasmunster, in het "
                               "dienstencentrum. Raadplegingen, spreekuren en groepsmomenten.",
                .street = "Molenkouter 4",
                .postcode = "9250",
                .city = "Waasmunster",
                .near = kWaasmunster,
                .north = -0.0016,
                .east = -0.0011,
                .transportation = "De Lijn: bus 77 en 96, halte Waasmunster Centrum. Station Waasmunster op "
                                  "15 minuten wandelen.",
                .accessibility = "Rolstoeltoegankelijk, lift, aangepast toilet, verzorgingstafel.",
                .phone = "+32 52 90 10 04"},
    LocationRow{.key = "popup-markt-zele",
                .kind = "popup",
                .organization = "huis-van-het-kind",
                .name = "Pop-up op de zaterdagmarkt in Zele (fictief)",
                .description = "Onze bakfiets en tent staan elke eerste zaterdag van de maand op de markt. "
                               "Kom een babbel doen, met of zonder vraag.",
                .street = "Markt (aan de muziekkiosk)",
                .postcode = "9240",
                .city = "Zele",
                .near = kZele,
                .north = 0.0003,
                .east = 0.0007,
                .transportation = "De Lijn: bus 24, 34 en 77 stoppen aan de Markt.",
                .accessibility = "Buiten op een vlak plein. Bij regen in de tent."},
    LocationRow{.key = "popup-schoolpoort",
                .kind = "popup",
                .organization = "school-regenboog",
                .name = "Pop-up aan de schoolpoort van De Regenboog (fictief)",
                .description = "De brugfiguur en een medewerker van het Huis van het Kind staan aan de "
                               "schoolpoort als ouders hun kinderen brengen of halen.",
                .street = "Regenbooglaan 3",
                .postcode = "9240",
                .city = "Zele",
                .near = kZele,
                .north = -0.0027,
                .east = 0.0034,
                .transportation = "De Lijn: bus 24, halte Zele Regenbooglaan. Fietsenstalling aan de poort.",
                .accessibility = "Buiten aan de schoolpoort, vlak voetpad."},
    LocationRow{.key = "school-regenboog",
                .kind = "partner-site",
                .organization = "school-regenboog",
                .name = "Basisschool De Regenboog (fictief)",
                .description = "Kleuter- en lagere school. De zomerklas en de huiswerkklas zijn in de "
                               "klassen op het gelijkvloers.",
                .street = "Regenbooglaan 3",
                .postcode = "9240",
                .city = "Zele",
                .near = kZele,
                .north = -0.0028,
                .east = 0.0036,
                .transportation = "De Lijn: bus 24, halte Zele Regenbooglaan.",
                .accessibility = "Gelijkvloers rolstoeltoegankelijk, aangepast toilet.",
                .phone = "+32 52 90 17 01"},
    LocationRow{.key = "school-durmedal",
                .kind = "partner-site",
                .organization = "school-durmedal",
                .name = "Secundaire school Durmedal (fictief)",
                .description = "Secundaire school. Avonden voor ouders zijn in de refter.",
                .street = "Durmelaan 30",
                .postcode = "9250",
                .city = "Waasmunster",
                .near = kWaasmunster,
                .north = 0.0031,
                .east = -0.0024,
                .transportation = "De Lijn: bus 96, halte Waasmunster Durmelaan.",
                .accessibility = "Rolstoeltoegankelijk, lift, aangepast toilet.",
                .phone = "+32 52 90 17 51"},
    LocationRow{.key = "ckg-zele",
                .kind = "partner-site",
                .organization = "ckg",
                .name = "CKG De Wiegwijzer (fictief)",
                .description = "Het CKG met speelruimtes, een gesprekslokaal en een leefgroep voor "
                               "kinderen die er tijdelijk verblijven.",
                .street = "Hoogkouter 8",
                .postcode = "9240",
                .city = "Zele",
                .near = kZele,
                .north = -0.0035,
                .east = -0.0018,
                .transportation = "De Lijn: bus 77, halte Zele Hoogkouter.",
                .accessibility = "Rolstoeltoegankelijk, verzorgingstafel, aangepast toilet.",
                .phone = "+32 52 90 13 01"},
    LocationRow{.key = "caw-zele",
                .kind = "partner-site",
                .organization = "caw",
                .name = "Onthaal CAW Durmeland Zele (fictief)",
                .description = "Onthaal van het CAW. Je kan binnenlopen tijdens de vrije spreekuren.",
                .street = "Stationsplein 9",
                .postcode = "9240",
                .city = "Zele",
                .near = kZele,
                .north = 0.0041,
                .east = 0.0012,
                .transportation = "Naast station Zele. De Lijn: bus 24 en 34, halte Zele Station.",
                .accessibility = "Gelijkvloers, rolstoeltoegankelijk.",
                .phone = "+32 52 90 14 01"},
    LocationRow{.key = "cgg-waasmunster",
                .kind = "partner-site",
                .organization = "cgg",
                .name = "CGG De Waaier, afdeling Waasmunster (fictief)",
                .description = "Gesprekken op afspraak met psychologen en artsen van het CGG.",
                .street = "Grote Baan 120",
                .postcode = "9250",
                .city = "Waasmunster",
                .near = kWaasmunster,
                .north = 0.0022,
                .east = 0.0030,
                .transportation = "De Lijn: bus 77, halte Waasmunster Grote Baan.",
                .accessibility = "Rolstoeltoegankelijk, lift, aparte wachtruimte voor kinderen.",
                .phone = "+32 52 90 15 01"},
    LocationRow{.key = "clb-zele",
                .kind = "partner-site",
                .organization = "clb",
                .name = "CLB-kantoor Zele (fictief)",
                .description = "Kantoor en dokterskabinet van het CLB.",
                .street = "Schoolstraat 15",
                .postcode = "9240",
                .city = "Zele",
                .near = kZele,
                .north = -0.0008,
                .east = 0.0029,
                .transportation = "De Lijn: bus 24, halte Zele Schoolstraat.",
                .accessibility = "Rolstoeltoegankelijk, lift.",
                .phone = "+32 52 90 16 01"},
    LocationRow{.key = "sociaal-huis-zele",
                .kind = "partner-site",
                .organization = "sociaal-huis",
                .name = "Sociaal Huis Zele (fictief)",
                .description = "Loket van het Sociaal Huis. Je kan binnenlopen of een afspraak maken.",
                .street = "Dijkstraat 40",
                .postcode = "9240",
                .city = "Zele",
                .near = kZele,
                .north = 0.0025,
                .east = -0.0032,
                .transportation = "De Lijn: bus 34 en 77, halte Zele Dijkstraat.",
                .accessibility = "Rolstoeltoegankelijk, lift, aangepast toilet, verzorgingstafel, "
                                 "ringleiding aan het loket.",
                .phone = "+32 52 90 10 11"},
    LocationRow{.key = "kdv-uitbergen",
                .kind = "partner-site",
                .organization = "kdv-speelvogel",
                .name = "Kinderdagverblijf De Speelvogel (fictief)",
                .description = "Kinderdagverblijf met drie leefgroepen en een grote tuin.",
                .street = "Kapelstraat 11",
                .postcode = "9290",
                .city = "Uitbergen",
                .near = kUitbergen,
                .north = 0.0011,
                .east = -0.0014,
                .transportation = "De Lijn: bus 34, halte Uitbergen Kapelstraat. Kiss-and-ride aan de ingang.",
                .accessibility = "Gelijkvloers, rolstoeltoegankelijk, plaats voor kinderwagens.",
                .phone = "+32 52 90 18 01"},
    LocationRow{.key = "ibo-waasmunster",
                .kind = "partner-site",
                .organization = "ibo-toverdoos",
                .name = "Buitenschoolse opvang De Toverdoos (fictief)",
                .description = "Opvang in een eigen gebouw naast de gemeentelijke basisschool, met speelplaats.",
                .street = "Schoolstraat 2",
                .postcode = "9250",
                .city = "Waasmunster",
                .near = kWaasmunster,
                .north = 0.0007,
                .east = 0.0019,
                .transportation = "De Lijn: bus 77, halte Waasmunster Schoolstraat.",
                .accessibility = "Gelijkvloers, rolstoeltoegankelijk, aangepast toilet.",
                .phone = "+32 52 90 18 51"},
    LocationRow{.key = "inloop-zele",
                .kind = "partner-site",
                .organization = "inloopteam",
                .name = "Inloophuis De Boomhut (fictief)",
                .description = "Een huis met een living, een keuken en een speelkamer. De koffie staat klaar.",
                .street = "Boomgaardstraat 6",
                .postcode = "9240",
                .city = "Zele",
                .near = kZele,
                .north = -0.0019,
                .east = 0.0008,
                .transportation = "De Lijn: bus 24 en 77, halte Zele Boomgaard.",
                .accessibility = "Gelijkvloers, verzorgingstafel, plaats voor kinderwagens. Het toilet is "
                                 "niet aangepast.",
                .phone = "+32 52 90 19 01"},
    LocationRow{.key = "vroedvrouwen-berlare",
                .kind = "partner-site",
                .organization = "vroedvrouwen",
                .name = "Vroedvrouwenpraktijk Moederhart (fictief)",
                .description = "Praktijk van de vroedvrouwen, met een consultatieruimte en een groepsruimte.",
                .street = "Lindelaan 17",
                .postcode = "9290",
                .city = "Berlare",
                .near = kBerlare,
                .north = 0.0017,
                .east = -0.0009,
                .transportation = "De Lijn: bus 35, halte Berlare Lindelaan.",
                .accessibility = "Gelijkvloers, rolstoeltoegankelijk, verzorgingstafel.",
                .phone = "+32 52 90 22 01"},
    LocationRow{.key = "bib-zele",
                .kind = "partner-site",
                .organization = "bibliotheek",
                .name = "Bibliotheek De Leeshoek Zele (fictief)",
                .description = "Hoofdbibliotheek met een kinderhoek, studieplekken en een zaal voor "
                               "infoavonden.",
                .street = "Bibliotheekplein 1",
                .postcode = "9240",
                .city = "Zele",
                .near = kZele,
                .north = 0.0009,
                .east = -0.0006,
                .transportation = "De Lijn: bus 24, 34 en 77, halte Zele Markt (150 meter).",
                .accessibility = "Rolstoeltoegankelijk, lift, aangepast toilet, verzorgingstafel in de "
                                 "kinderafdeling.",
                .phone = "+32 52 90 23 01"},
    LocationRow{.key = "bib-berlare",
                .kind = "partner-site",
                .organization = "bibliotheek",
                .name = "Bibliotheek De Leeshoek, filiaal Berlare (fictief)",
                .description = "Klein filiaal met een voorleeshoek en de speelotheek.",
                .street = "Dorp 18",
                .postcode = "9290",
                .city = "Berlare",
                .near = kBerlare,
                .north = -0.0006,
                .east = -0.0019,
                .transportation = "De Lijn: bus 34 en 35, halte Berlare Dorp.",
                .accessibility = "Gelijkvloers, rolstoeltoegankelijk.",
                .phone = "+32 52 90 23 02"},
    LocationRow{.key = "jeugdhuis-overmere",
                .kind = "partner-site",
                .organization = "jeugdwerk",
                .name = "Jeugdhuis De Knikker (fictief)",
                .description = "Jeugdhuis met een café, een zaal en een speelterrein voor het speelplein.",
                .street = "Jeugdlaan 1",
                .postcode = "9290",
                .city = "Overmere",
                .near = kOvermere,
                .north = -0.0014,
                .east = -0.0017,
                .transportation = "De Lijn: bus 34, halte Overmere Sportcentrum. 's Avonds fiets je best: "
                                  "de laatste bus rijdt om 21 uur.",
                .accessibility = "Café gelijkvloers en rolstoeltoegankelijk, de zaal boven heeft geen lift.",
                .phone = "+32 52 90 24 01"},
    LocationRow{.key = "overkop-zele",
                .kind = "partner-site",
                .organization = "overkop",
                .name = "OverKop-huis De Ruimte (fictief)",
                .description = "Een huis voor jongeren met een zithoek, een keuken, een studieruimte en een "
                               "rustige gespreksruimte.",
                .street = "Stationsstraat 55",
                .postcode = "9240",
                .city = "Zele",
                .near = kZele,
                .north = 0.0036,
                .east = 0.0005,
                .transportation = "Op 3 minuten van station Zele. De Lijn: bus 24 en 34, halte Zele Station.",
                .accessibility = "Gelijkvloers rolstoeltoegankelijk, aangepast toilet.",
                .phone = "+32 52 90 26 01"},
    LocationRow{.key = "zwembad-zele",
                .kind = "partner-site",
                .organization = "huis-van-het-kind",
                .name = "Sportcentrum en zwembad Zele (fictief)",
                .description = "Gemeentelijk sportcentrum met een instructiebad van 30 graden en een sporthal.",
                .street = "Sportlaan 2",
                .postcode = "9240",
                .city = "Zele",
                .near = kZele,
                .north = -0.0041,
                .east = -0.0038,
                .transportation = "De Lijn: bus 77, halte Zele Sportcentrum. Grote parking.",
                .accessibility = "Rolstoeltoegankelijk, aangepaste kleedkamer, tillift aan het bad, "
                                 "gezinskleedkamers met verzorgingstafel.",
                .phone = "+32 52 90 10 05"},
    LocationRow{.key = "oc-uitbergen",
                .kind = "partner-site",
                .organization = "huis-van-het-kind",
                .name = "Ontmoetingscentrum Uitbergen (fictief)",
                .description = "Gemeentelijke zaal in het dorp, die verenigingen gratis kunnen gebruiken.",
                .street = "Dorpsstraat 30",
                .postcode = "9290",
                .city = "Uitbergen",
                .near = kUitbergen,
                .north = -0.0007,
                .east = 0.0013,
                .transportation = "De Lijn: bus 34, halte Uitbergen Dorp.",
                .accessibility = "Gelijkvloers, rolstoeltoegankelijk, aangepast toilet."},
    LocationRow{.key = "kruidenier-waasmunster",
                .kind = "partner-site",
                .organization = "sociale-kruidenier",
                .name = "Sociale kruidenier De Mand (fictief)",
                .description = "Kleine winkel met een koffiehoek.",
                .street = "Marktstraat 3",
                .postcode = "9250",
                .city = "Waasmunster",
                .near = kWaasmunster,
                .north = 0.0004,
                .east = -0.0027,
                .transportation = "De Lijn: bus 77 en 96, halte Waasmunster Centrum.",
                .accessibility = "Eén trede aan de ingang, een oprijplaat is er op vraag.",
                .phone = "+32 52 90 27 01"},
    LocationRow{.key = "online",
                .kind = "online",
                .organization = "huis-van-het-kind",
                .name = "Online: chat en videogesprek (fictief)",
                .description = "Chat en videogesprek met medewerkers van het Huis van het Kind en de partners. "
                               "Werkt op elke smartphone, zonder app.",
                .accessibility = "Werkt met een schermlezer. Je kan ook bellen als chatten moeilijk is.",
                .url = "https://scheldeboog.example.org/chat"},
};

// ---------------------------------------------------------------------------------------
// Offers.

constexpr int kYear = 12;  // months

struct At {
  std::string_view location;
  std::vector<core::Schedule> schedules = {};
  std::string_view note = {};
};

struct Offer {
  std::string_view key = {};
  std::string_view organization = {};
  std::string_view name = {};
  std::string_view alternate_name = {};
  std::string_view description = {};
  std::vector<std::string> themes = {};
  std::vector<std::string> target_groups = {};
  int min_age = -9;
  int max_age = 24 * kYear;
  std::string_view intensity = "universal";
  std::string_view access = "open";
  std::string_view eligibility = {};
  core::Cost cost = free_of_charge();
  std::vector<std::string> languages = {"nl"};
  bool interpreter = false;
  bool registration = false;
  bool recognised = false;
  std::string_view application = {};
  std::vector<At> at = {};
};

std::vector<Offer> offers() {
  return {
      // ----- Preventive health care --------------------------------------------------------
      Offer{
          .key = "consultatiebureau-zele",
          .organization = "cb-de-kiem",
          .name = "Consultatiebureau Zele: raadpleging voor baby's en peuters",
          .alternate_name = "Consultatiebureau",
          .description =
              "Een arts en een verpleegkundige volgen de groei en ontwikkeling van je kind. Je kind krijgt hier "
              "ook de gratis vaccins. Je kan al je vragen stellen over voeding, slapen, huilen en spelen. Op "
              "donderdag is er een avondraadpleging en één zaterdag per maand een zaterdagraadpleging, voor "
              "ouders die overdag werken.",
          .themes = {"preventive-health", "parenting-support"},
          .target_groups = {"children", "parents"},
          .min_age = 0,
          .max_age = 3 * kYear - 1,
          .cost = free_of_charge("Gratis, ook de vaccins."),
          .languages = {"nl", "fr", "en", "tr"},
          .interpreter = true,
          .registration = true,
          .recognised = true,
          .application = "Na de geboorte krijg je een uitnodiging voor een eerste afspraak. Een nieuwe afspraak "
                         "maak je aan het einde van de raadpleging, via de website of aan de telefoon.",
          .at = {{"huis-zele",
                  {weekly("TU", "13:30", "16:30", {}, kWholeYear),
                   weekly("TH", "17:00", "20:00", "Avondraadpleging.", kWholeYear),
                   monthly("2SA", "09:00", "12:00", "Zaterdagraadpleging.", kWholeYear)}}},
      },
      Offer{
          .key = "consultatiebureau-berlare-waasmunster",
          .organization = "cb-het-zaadje",
          .name = "Consultatiebureau Berlare en Waasmunster",
          .alternate_name = "Consultatiebureau",
          .description =
              "Raadpleging voor baby's en peuters tot 3 jaar in de antennepunten van Berlare en Waasmunster. De "
              "arts en de verpleegkundige wegen en meten je kind, geven de vaccins en luisteren naar je vragen. "
              "Eén keer per maand is er een avondraadpleging in Waasmunster.",
          .themes = {"preventive-health", "parenting-support"},
          .target_groups = {"children", "parents"},
          .min_age = 0,
          .max_age = 3 * kYear - 1,
          .cost = free_of_charge("Gratis, ook de vaccins."),
          .languages = {"nl", "fr", "ar", "uk"},
          .interpreter = true,
          .registration = true,
          .recognised = true,
          .application = "Maak een afspraak via de website of bel het consultatiebureau. Heb je hulp nodig "
                         "van een tolk? Zeg het bij het maken van de afspraak.",
          .at = {{"antenne-berlare", {weekly("MO", "09:00", "12:00", {}, kWholeYear)}},
                 {"antenne-waasmunster",
                  {every_two_weeks("WE", "13:30", "16:30", {}, kWholeYear),
                   monthly("1TH", "18:00", "20:30", "Avondraadpleging.", kWholeYear)}}},
      },
      Offer{
          .key = "huisbezoek-na-geboorte",
          .organization = "cb-de-kiem",
          .name = "Huisbezoek van de verpleegkundige na de geboorte",
          .description =
              "Kort na de geboorte komt een verpleegkundige van het consultatiebureau bij je thuis. Ze weegt je "
              "baby, luistert naar hoe het met jou gaat en vertelt wat het consultatiebureau en het Huis van het "
              "Kind voor jullie kunnen doen. Het bezoek is gratis en duurt ongeveer een uur.",
          .themes = {"preventive-health", "parenting-support"},
          .target_groups = {"parents", "children"},
          .min_age = 0,
          .max_age = 2,
          .languages = {"nl", "fr", "en", "tr", "ar"},
          .interpreter = true,
          .recognised = true,
          .application = "Je hoeft niets te doen: na de aangifte van de geboorte belt de verpleegkundige om een "
                         "afspraak te maken.",
          .at = {{"huis-zele",
                  {weekly("MO,TU,WE,TH,FR", "09:00", "17:00", "Bij jou thuis, op afspraak.", kWholeYear)},
                  "De verpleegkundigen vertrekken vanuit het Huis van het Kind en komen bij jou thuis."}},
      },
      Offer{
          .key = "infoavond-zwanger",
          .organization = "vroedvrouwen",
          .name = "Infoavond 'Klaar voor je baby'",
          .description =
              "Ben je zwanger? Op deze avond vertelt een vroedvrouw over de bevalling, borstvoeding en "
              "flesvoeding en de eerste weken thuis. Je hoort ook wat het consultatiebureau en het Huis van het "
              "Kind voor jou kunnen doen. Je partner, een vriendin of je mama is ook welkom.",
          .themes = {"preventive-health", "parenting-support"},
          .target_groups = {"expectant-parents"},
          .min_age = -9,
          .max_age = -1,
          .languages = {"nl", "en", "fr"},
          .registration = true,
          .application = "Schrijf je in via de website van Moederhart of bel de praktijk.",
          .at = {{"huis-zele", {monthly("2TU", "19:00", "21:00", "Niet in juli en augustus.")}}},
      },
      Offer{
          .key = "zwangerschapsyoga",
          .organization = "vroedvrouwen",
          .name = "Zwangerschapsyoga",
          .description =
              "Rustige oefeningen voor je lichaam en je ademhaling tijdens de zwangerschap. Je leert ontspannen "
              "en je voorbereiden op de bevalling. Je ontmoet er ook andere zwangere vrouwen. Je kan starten "
              "vanaf 16 weken zwangerschap. Breng een matje en een kussen mee.",
          .themes = {"preventive-health", "meeting-cohesion"},
          .target_groups = {"expectant-parents"},
          .min_age = -5,
          .max_age = -1,
          .cost = priced(8.0, 1.6, "€8 per les."),
          .languages = {"nl", "en"},
          .registration = true,
          .application = "Schrijf je in via de website van Moederhart. Je kan op elk moment instappen.",
          .at = {{"antenne-overmere", {weekly("WE", "19:30", "20:45")}},
                 {"huis-zele", {weekly("SA", "09:30", "10:45")}}},
      },
      Offer{
          .key = "vroedvrouwenspreekuur",
          .organization = "vroedvrouwen",
          .name = "Vroedvrouwenspreekuur: vragen over zwanger zijn en de eerste weken",
          .description =
              "Heb je een vraag over je zwangerschap, je lichaam na de bevalling, borstvoeding of de eerste weken "
              "met je baby? Kom langs bij de vroedvrouw. Je hoeft geen afspraak te maken en je hoeft geen "
              "ziekteverzekering te hebben.",
          .themes = {"preventive-health", "wellbeing"},
          .target_groups = {"expectant-parents", "parents"},
          .min_age = -9,
          .max_age = 5,
          .languages = {"nl", "en", "fr", "ar"},
          .interpreter = true,
          .application = "Kom gewoon langs.",
          .at = {{"huis-zele", {every_two_weeks("FR", "09:30", "11:30", {}, kWholeYear)}},
                 {"vroedvrouwen-berlare", {weekly("MO", "18:00", "19:30", {}, kWholeYear)}}},
      },
      Offer{
          .key = "vroedvrouw-aan-huis",
          .organization = "vroedvrouwen",
          .name = "Vroedvrouw aan huis na de bevalling",
          .description =
              "Na de bevalling komt een vroedvrouw bij je thuis, ook in het weekend. Ze volgt jou en je baby op, "
              "helpt bij borstvoeding of flesvoeding en kijkt hoe je herstelt. Het ziekenfonds betaalt de "
              "bezoeken terug.",
          .themes = {"preventive-health"},
          .target_groups = {"parents", "children"},
          .min_age = -1,
          .max_age = 2,
          .cost = free_of_charge("Je betaalt niets als de vroedvrouw geconventioneerd is; het ziekenfonds betaalt "
                                 "de bezoeken terug."),
          .languages = {"nl", "en", "fr"},
          .registration = true,
          .application = "Neem tijdens je zwangerschap contact op met de praktijk. Dan spreken we de bezoeken "
                         "samen af.",
          .at = {{"vroedvrouwen-berlare",
                  {weekly("MO,TU,WE,TH,FR,SA,SU", "08:00", "20:00", "Bij jou thuis, op afspraak.", kWholeYear)},
                  "De vroedvrouw komt bij jou thuis."}},
      },
      Offer{
          .key = "borstvoedingscafe",
          .organization = "vroedvrouwen",
          .name = "Borstvoedingscafé",
          .description =
              "Een gezellig moment voor mama's die borstvoeding geven of willen geven. Je deelt ervaringen met "
              "andere mama's en een vroedvrouw beantwoordt je vragen. Je baby en je partner zijn welkom.",
          .themes = {"preventive-health", "meeting-cohesion"},
          .target_groups = {"expectant-parents", "parents"},
          .min_age = -3,
          .max_age = 11,
          .languages = {"nl", "en", "pl"},
          .application = "Kom gewoon langs.",
          .at = {{"antenne-waasmunster", {monthly("3TH", "10:00", "11:30")}}},
      },
      Offer{
          .key = "babymassage",
          .organization = "inloopteam",
          .name = "Babymassage",
          .description =
              "In vier samenkomsten leer je je baby masseren. Massage helpt je baby ontspannen en het is een "
              "mooi moment samen. Voor baby's van 1 tot 6 maanden. Breng een handdoek mee; de olie krijg je van "
              "ons. Er is ook een reeks op zaterdag.",
          .themes = {"parenting-support", "preventive-health", "meeting-cohesion"},
          .target_groups = {"parents", "children"},
          .min_age = 1,
          .max_age = 6,
          .cost = priced(20.0, 4.0, "€20 voor de reeks van 4 samenkomsten."),
          .languages = {"nl", "en", "ar"},
          .registration = true,
          .application = "Schrijf je in aan het onthaal van het Huis van het Kind of bij De Boomhut.",
          .at = {{"huis-zele", {series("MO", "2026-10-05", 4, "10:00", "11:30")}},
                 {"antenne-waasmunster", {series("SA", "2027-02-06", 4, "10:00", "11:30")}}},
      },
      Offer{
          .key = "peuterzwemmen",
          .organization = "gezinsvereniging",
          .name = "Peuterzwemmen",
          .description =
              "Samen met je kind spelen in het warme instructiebad. Je kind went spelenderwijs aan het water. Er "
              "zijn ballen, matten en glijbanen. Een vrijwilliger met een redderdiploma is altijd aanwezig. Voor "
              "kinderen van 1 tot 4 jaar, met een ouder of grootouder.",
          .themes = {"leisure", "meeting-cohesion", "preventive-health"},
          .target_groups = {"children", "parents", "grandparents"},
          .min_age = 1 * kYear,
          .max_age = 4 * kYear - 1,
          .cost = priced(4.0, 0.8, "€4 per beurt voor één ouder en één kind."),
          .application = "Kom gewoon langs. Zeg aan de kassa dat je voor het peuterzwemmen komt.",
          .at = {{"zwembad-zele", {weekly("SA", "09:00", "10:00", "Niet tijdens de kerstvakantie.")}}},
      },
      Offer{
          .key = "gezond-eten-peuters",
          .organization = "cb-de-kiem",
          .name = "Workshop: gezond eten met peuters",
          .description =
              "Je peuter wil alleen pasta, of lust geen groenten? In deze workshop krijg je tips van een "
              "diëtiste voor gezonde en goedkope maaltijden. We koken samen een eenvoudig gerecht en proeven. "
              "Kinderen mogen mee; er is een speelhoek.",
          .themes = {"preventive-health", "parenting-support"},
          .target_groups = {"parents"},
          .min_age = 1 * kYear,
          .max_age = 4 * kYear - 1,
          .languages = {"nl", "fr"},
          .registration = true,
          .application = "Schrijf je in via de website van het consultatiebureau of aan het onthaal.",
          .at = {{"antenne-berlare", {once("2027-03-17", "14:00", "16:00")}},
                 {"huis-zele", {once("2027-03-20", "10:00", "12:00")}}},
      },
      Offer{
          .key = "infoavond-ziek-kind",
          .organization = "huisartsenkring",
          .name = "Infoavond: mijn kind is ziek, wat nu?",
          .description =
              "Een huisarts vertelt wat je doet bij koorts, diarree of een val. Wanneer ga je naar de huisarts, "
              "wanneer bel je 1733 en wanneer ga je naar de spoed? Je krijgt een handige kaart mee voor thuis.",
          .themes = {"preventive-health", "parenting-support"},
          .target_groups = {"parents", "grandparents"},
          .min_age = 0,
          .max_age = 12 * kYear - 1,
          .languages = {"nl", "fr", "tr"},
          .interpreter = true,
          .registration = true,
          .application = "Schrijf je in via de website van het Huis van het Kind of bel het onthaal.",
          .at = {{"bib-zele", {once("2026-11-19", "19:30", "21:00")}},
                 {"antenne-waasmunster", {once("2027-01-28", "19:30", "21:00")}}},
      },
      Offer{
          .key = "huisarts-vinden",
          .organization = "huisartsenkring",
          .name = "Hulp bij het vinden van een huisarts",
          .description =
              "Ben je nieuw in de buurt of vind je geen huisarts die nog nieuwe patiënten aanneemt? De "
              "huisartsenkring zoekt samen met jou een huisarts voor je hele gezin. Je krijgt ook uitleg over "
              "de wachtdienst in het weekend.",
          .themes = {"preventive-health", "wellbeing"},
          .target_groups = {"parents", "children"},
          .languages = {"nl", "fr", "en", "ar", "uk", "ro"},
          .interpreter = true,
          .application = "Kom naar het spreekuur, of bel of mail de huisartsenkring. Het onthaal van het Huis "
                         "van het Kind kan dit ook samen met jou doen.",
          .at = {{"huis-zele", {monthly("1WE", "14:00", "16:00", "De rest van de maand via telefoon of mail.")}}},
      },
      Offer{
          .key = "clb-medisch-onderzoek",
          .organization = "clb",
          .name = "Medisch onderzoek en vaccinaties op school",
          .description =
              "Het CLB onderzoekt je kind op vaste momenten tijdens de schooltijd: ogen, oren, groei en "
              "gezondheid. Je kind kan er ook gratis vaccins krijgen, als jij dat wil. Je krijgt vooraf een brief "
              "via de school en achteraf de resultaten.",
          .themes = {"preventive-health", "education"},
          .target_groups = {"children", "parents"},
          .min_age = 3 * kYear,
          .max_age = 18 * kYear - 1,
          .languages = {"nl", "fr", "en"},
          .application = "Het CLB nodigt je kind uit via de school. Je hoeft zelf niets te doen.",
          .at = {{"clb-zele", {weekly("MO,TU,WE,TH,FR", "08:30", "16:00", "Op uitnodiging via de school.")}}},
      },

      // ----- Parenting support -------------------------------------------------------------
      Offer{
          .key = "opvoedingsspreekuur",
          .organization = "opvoedingswinkel",
          .name = "Opvoedingsspreekuur",
          .description =
              "Je kind slaapt slecht, heeft driftbuien, wil niet naar school of zit altijd op de gsm? Een "
              "opvoedingsondersteuner luistert naar je vraag en zoekt samen met jou wat werkt in jullie gezin. "
              "Eén gesprek is vaak genoeg; soms spreken we een tweede keer af.",
          .themes = {"parenting-support"},
          .target_groups = {"parents", "grandparents"},
          .min_age = -9,
          .max_age = 18 * kYear - 1,
          .languages = {"nl", "fr", "en", "tr"},
          .interpreter = true,
          .application = "Kom gewoon langs. Wil je zeker zijn dat er tijd is voor jou, maak dan een afspraak.",
          .at = {{"huis-zele", {weekly("TU", "16:00", "19:00")}},
                 {"antenne-waasmunster", {every_two_weeks("TH", "18:00", "20:00")}},
                 {"antenne-berlare", {monthly("1SA", "10:00", "12:00")}}},
      },
      Offer{
          .key = "opvoedingschat",
          .organization = "opvoedingswinkel",
          .name = "Chat over opvoeden",
          .description = "Stel je vraag over opvoeden in een chat, van thuis uit. Een opvoedingsondersteuner antwoordt "
                         "meteen. Je hoeft je naam niet te geven. Liever praten? Vraag in de chat een videogesprek.",
          .themes = {"parenting-support", "wellbeing"},
          .target_groups = {"parents", "grandparents"},
          .languages = {"nl", "en", "fr"},
          .application = "Open de chat op de website van het Huis van het Kind. Je hebt geen account nodig.",
          .at = {{"online",
                  {weekly("MO,WE", "19:00", "21:00", {}, kWholeYear), weekly("SA", "10:00", "12:00", {}, kWholeYear)}}},
      },
      Offer{
          .key = "workshop-slapen",
          .organization = "opvoedingswinkel",
          .name = "Workshop: slapen en huilen bij baby's en peuters",
          .description =
              "Hoeveel slaap heeft je kind nodig? Wat doe je als je baby veel huilt of je peuter niet wil gaan "
              "slapen? Je krijgt uitleg en praktische tips, en je hoort hoe andere ouders het aanpakken.",
          .themes = {"parenting-support", "preventive-health"},
          .target_groups = {"parents"},
          .min_age = 0,
          .max_age = 4 * kYear - 1,
          .cost = priced(5.0, 1.0, "€5 per persoon. Kom je met twee, dan betaal je één keer."),
          .languages = {"nl", "en"},
          .registration = true,
          .application = "Schrijf je in via de website van de opvoedingswinkel of aan het onthaal.",
          .at = {{"antenne-berlare", {once("2026-10-13", "19:30", "21:30")}},
                 {"huis-zele", {once("2027-01-23", "10:00", "12:00", "Met kinderopvang in de speelruimte.")}}},
      },
      Offer{
          .key = "oudercafe-tieners",
          .organization = "opvoedingswinkel",
          .name = "Oudercafé: mijn kind wordt een tiener",
          .description =
              "Je kind gaat naar het secundair en verandert. Hoe blijf je in gesprek? Hoe maak je afspraken over "
              "uitgaan, school en geld? Een opvoedingsondersteuner en een medewerker van het CLB praten met "
              "ouders, bij een drankje.",
          .themes = {"parenting-support", "education", "meeting-cohesion"},
          .target_groups = {"parents"},
          .min_age = 10 * kYear,
          .max_age = 18 * kYear - 1,
          .registration = true,
          .application = "Schrijf je in via de school of de website van de opvoedingswinkel.",
          .at = {{"school-durmedal", {once("2027-02-09", "19:30", "21:30")}}},
      },
      Offer{
          .key = "workshop-schermtijd",
          .organization = "bibliotheek",
          .name = "Workshop: schermtijd, gamen en sociale media",
          .description =
              "Hoeveel schermtijd is oké? Welke games en apps gebruikt je kind? Je leert hoe je samen afspraken "
              "maakt en hoe je de instellingen op een gsm of tablet aanpast. Neem gerust je eigen toestel mee.",
          .themes = {"parenting-support", "leisure"},
          .target_groups = {"parents", "grandparents"},
          .min_age = 6 * kYear,
          .max_age = 18 * kYear - 1,
          .languages = {"nl", "en"},
          .registration = true,
          .application = "Schrijf je in aan de balie van de bibliotheek of via de website.",
          .at = {{"bib-berlare", {once("2026-11-26", "19:30", "21:00")}}},
      },
      Offer{
          .key = "positief-opvoeden",
          .organization = "opvoedingswinkel",
          .name = "Oudergroep 'Positief opvoeden': 5 avonden",
          .description =
              "In vijf avonden leer je met een kleine groep ouders hoe je goed gedrag aanmoedigt, duidelijke "
              "regels maakt en rustig blijft als het moeilijk wordt. Je oefent thuis en bespreekt het de week "
              "erna. Voor ouders van kinderen van 2 tot 12 jaar.",
          .themes = {"parenting-support", "meeting-cohesion"},
          .target_groups = {"parents"},
          .min_age = 2 * kYear,
          .max_age = 12 * kYear - 1,
          .intensity = "extra",
          .cost = priced(15.0, 3.0, "€15 voor de hele reeks, koffie en thee inbegrepen."),
          .registration = true,
          .application = "Schrijf je in via de website van de opvoedingswinkel. Je kan ook eerst bellen om te "
                         "horen of de groep bij jou past.",
          .at = {{"huis-zele", {series("TH", "2027-01-14", 5, "19:30", "21:30")}}},
      },
      Offer{
          .key = "mobiele-gezinsondersteuning",
          .organization = "ckg",
          .name = "Gezinsondersteuning aan huis",
          .description =
              "Loopt het thuis even vast? Een gezinsondersteuner komt een paar maanden lang bij je thuis. Samen "
              "werken jullie aan wat jij belangrijk vindt: rust in huis, een vaste dagstructuur, grenzen stellen, "
              "de administratie. Je beslist mee over elke stap.",
          .themes = {"parenting-support", "wellbeing"},
          .target_groups = {"parents", "children"},
          .min_age = -3,
          .max_age = 12 * kYear - 1,
          .intensity = "intensive",
          .access = "referral",
          .eligibility = "Voor gezinnen met kinderen tot 12 jaar, na een doorverwijzing door een hulpverlener. "
                         "De hulpverlener bespreekt de aanmelding eerst met jou.",
          .languages = {"nl", "fr", "en", "ar", "tr"},
          .interpreter = true,
          .registration = true,
          .recognised = true,
          .application = "Je huisarts, het consultatiebureau, het CLB of het CAW verwijst je door. Samen met "
                         "jou doen ze de aanmelding.",
          .at = {{"ckg-zele",
                  {weekly("MO,TU,WE,TH,FR", "08:30", "17:00", "Meestal bij jou thuis, op afspraak.", kWholeYear)}}},
      },
      Offer{
          .key = "crisisopvang-ckg",
          .organization = "ckg",
          .name = "Opvang van je kind bij een crisis",
          .description =
              "Soms lukt het thuis even niet: een opname in het ziekenhuis, een scheiding, geen woning. Dan kan "
              "je kind een korte tijd dag en nacht in het CKG verblijven. Je blijft de ouder: je komt op bezoek "
              "en we werken samen aan een oplossing, zodat je kind snel terug naar huis kan.",
          .themes = {"childcare", "wellbeing"},
          .target_groups = {"children", "parents"},
          .min_age = 0,
          .max_age = 12 * kYear - 1,
          .intensity = "intensive",
          .access = "referral",
          .eligibility = "Na een doorverwijzing door een hulpverlener, bijvoorbeeld het CAW, het OCMW, het "
                         "ziekenhuis of de huisarts.",
          .cost = income_related("De prijs hangt af van je inkomen.",
                                 "Kan je niet betalen, dan zoeken we samen met het Sociaal Huis een oplossing. "
                                 "Niemand wordt geweigerd omdat hij niet kan betalen."),
          .languages = {"nl", "fr", "en"},
          .interpreter = true,
          .registration = true,
          .recognised = true,
          .application = "Een hulpverlener neemt contact op met het CKG. Het CKG is dag en nacht bereikbaar.",
          .at = {{"ckg-zele", {weekly("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", {}, kWholeYear)}}},
      },
      Offer{
          .key = "ouder-kindgroep-ckg",
          .organization = "ckg",
          .name = "Ouder-kindgroep 'Samen spelen, samen groeien'",
          .description =
              "Een kleine groep ouders met hun baby of peuter. Elke week spelen we samen, zingen we liedjes en "
              "praten we over een thema: eten, slapen, spelen, nee zeggen. Er is altijd tijd voor jouw vragen.",
          .themes = {"parenting-support", "meeting-cohesion"},
          .target_groups = {"parents", "children"},
          .min_age = 0,
          .max_age = 3 * kYear - 1,
          .intensity = "extra",
          .languages = {"nl", "ar", "tr"},
          .interpreter = true,
          .registration = true,
          .recognised = true,
          .application = "Schrijf je in bij het CKG of vraag het aan de verpleegkundige van het "
                         "consultatiebureau.",
          .at = {{"ckg-zele", {weekly("WE", "09:30", "11:30", "Niet in de schoolvakanties.")}}},
      },
      Offer{
          .key = "stapje-voor-stapje-huisbezoek",
          .organization = "inloopteam",
          .name = "Stapje voor stapje: spelen en leren aan huis",
          .alternate_name = "Stapje voor stapje",
          .description =
              "Elke week komt een medewerker bij je thuis met speelgoed en boekjes. Jij en je peuter spelen "
              "samen, en je krijgt ideeën om thuis verder te doen, met dingen die je al in huis hebt. Eén keer per "
              "maand is er ook een groepsmoment met andere gezinnen.",
          .themes = {"parenting-support", "education"},
          .target_groups = {"parents", "children"},
          .min_age = 1 * kYear,
          .max_age = 30,
          .intensity = "extra",
          .access = "eligibility",
          .eligibility = "Voor gezinnen met een kind van 1 tot 2,5 jaar die wonen in de wijken Zele-Noord, "
                         "Berlare-Station en Overmere-Donk. Woon je ergens anders en wil je meedoen? Vraag het "
                         "ons: als er plaats is, kan het.",
          .languages = {"nl", "tr", "ar", "ro"},
          .interpreter = true,
          .registration = true,
          .recognised = true,
          .application = "Je krijgt een uitnodiging als je kind 1 jaar wordt. Je kan je ook zelf aanmelden bij "
                         "De Boomhut of bij de verpleegkundige van het consultatiebureau.",
          .at = {{"inloop-zele",
                  {weekly("MO,TU,WE,TH,FR", "09:00", "16:00",
                          "Eén bezoek per week bij jou thuis, op een moment "
                          "dat jou past.")},
                  "De medewerkers vertrekken vanuit De Boomhut en komen bij jou thuis."}},
      },
      Offer{
          .key = "stapje-groepsmoment",
          .organization = "inloopteam",
          .name = "Stapje-groepsmoment voor peuters van 1 tot 2,5 jaar",
          .description =
              "Eén keer per maand spelen, zingen en voorlezen met andere ouders en peuters. Je kind leert spelen "
              "in een groep, en jij ontmoet andere ouders. Vanaf 2 jaar oefenen we al een beetje voor de "
              "kleuterklas.",
          .themes = {"meeting-cohesion", "education", "parenting-support"},
          .target_groups = {"parents", "children"},
          .min_age = 1 * kYear,
          .max_age = 30,
          .languages = {"nl", "tr", "ar"},
          .interpreter = true,
          .recognised = true,
          .application = "Kom gewoon langs. Je hoeft niet mee te doen aan de huisbezoeken om te komen.",
          .at = {{"antenne-overmere", {monthly("1WE", "09:30", "11:30")}},
                 {"inloop-zele", {monthly("3WE", "09:30", "11:30")}}},
      },
      Offer{
          .key = "super-start",
          .organization = "huis-van-het-kind",
          .name = "Super Start: samen klaar voor de kleuterklas",
          .alternate_name = "Super Start",
          .description =
              "Wordt je kind 2 jaar? Dan ben je welkom in Super Start: 7 samenkomsten voor jou en je kind. Je "
              "kind leert spelen in een groep, luisteren naar een verhaal en even zonder mama of papa zijn. Jij "
              "hoort hoe de kleuterklas werkt, hoe je je kind inschrijft en hoe je kan helpen. Er is een tolk "
              "Turks aanwezig.",
          .themes = {"education", "parenting-support", "meeting-cohesion"},
          .target_groups = {"parents", "children"},
          .min_age = 22,
          .max_age = 3 * kYear,
          .languages = {"nl", "tr"},
          .interpreter = true,
          .registration = true,
          .application = "Elk kind dat 2 jaar wordt, krijgt een persoonlijke uitnodiging via het "
                         "consultatiebureau of tijdens een huisbezoek. Je kan je ook zelf inschrijven aan het "
                         "onthaal van het Huis van het Kind.",
          .at = {{"huis-zele", {series("FR", "2026-09-04", 7, "09:00", "11:00")}},
                 {"antenne-waasmunster", {series("FR", "2027-01-15", 7, "09:00", "11:00")}}},
      },
      Offer{
          .key = "papagroep",
          .organization = "gezinsvereniging",
          .name = "Papagroep: praten en doen met andere papa's",
          .description =
              "Een zaterdagvoormiddag voor papa's en hun kinderen. We doen iets samen, zoals een kampvuur, een "
              "fietstocht of een bouwproject, en bij de koffie praten we over vader zijn. Nieuwe papa's zijn "
              "altijd welkom.",
          .themes = {"parenting-support", "meeting-cohesion"},
          .target_groups = {"parents", "children"},
          .min_age = 0,
          .max_age = 12 * kYear - 1,
          .languages = {"nl", "en"},
          .application = "Kom gewoon langs of stuur een berichtje naar Samen Sterk.",
          .at = {{"antenne-overmere", {monthly("2SA", "10:00", "12:00")}}},
      },
      Offer{
          .key = "grootoudersochtend",
          .organization = "gezinsvereniging",
          .name = "Grootoudersochtend: opvoeden toen en nu",
          .description =
              "Pas je vaak op je kleinkinderen? Kom een koffie drinken met andere grootouders. Elke maand is er "
              "een thema, zoals veilig slapen, gezond eten, schermen of een autostoeltje correct vastmaken. Je "
              "hoort wat vandaag aangeraden wordt en deelt je eigen ervaring.",
          .themes = {"parenting-support", "meeting-cohesion"},
          .target_groups = {"grandparents"},
          .min_age = 0,
          .max_age = 12 * kYear - 1,
          .cost = priced(2.0, 0.4, "€2, koffie en een koekje inbegrepen."),
          .application = "Kom gewoon langs.",
          .at = {{"huis-zele", {monthly("3TU", "09:30", "11:30")}}},
      },
      Offer{
          .key = "oudergroep-scheiding",
          .organization = "caw",
          .name = "Oudergroep: samen ouder blijven na een scheiding",
          .description =
              "Je bent uit elkaar, maar je blijft samen ouder. In zes bijeenkomsten praat je met andere ouders "
              "over hoe je je kinderen steunt, hoe je afspraken maakt met je ex-partner en hoe je zelf overeind "
              "blijft. Een begeleider van het CAW leidt de groep.",
          .themes = {"parenting-support", "wellbeing"},
          .target_groups = {"parents"},
          .min_age = 0,
          .max_age = 18 * kYear - 1,
          .registration = true,
          .application = "Schrijf je in via het onthaal van het CAW. Je ex-partner hoeft niet mee te komen.",
          .at = {{"caw-zele", {series("MO", "2027-02-01", 6, "19:30", "21:30", {}, 2)}}},
      },
      Offer{
          .key = "perinatale-begeleiding",
          .organization = "cgg",
          .name = "Hulp bij somberheid of angst rond zwangerschap en bevalling",
          .description =
              "Voel je je somber, angstig of overweldigd tijdens je zwangerschap of na de geboorte? Dat overkomt "
              "veel ouders. Een psycholoog van het CGG praat met jou en je partner, ook samen met je baby. Zo "
              "vind je je weg als ouder.",
          .themes = {"wellbeing", "preventive-health"},
          .target_groups = {"expectant-parents", "parents"},
          .min_age = -9,
          .max_age = 11,
          .intensity = "intensive",
          .access = "referral",
          .eligibility = "Na een doorverwijzing door je huisarts, vroedvrouw, gynaecoloog of de verpleegkundige "
                         "van het consultatiebureau.",
          .cost = priced(11.0, 4.0, "€11 per gesprek.",
                         "Met een verhoogde tegemoetkoming van het ziekenfonds betaal je €4 per gesprek."),
          .languages = {"nl", "en", "fr"},
          .interpreter = true,
          .registration = true,
          .application = "Je huisarts, vroedvrouw of de verpleegkundige van het consultatiebureau verwijst je "
                         "door. Het CGG belt je dan voor een eerste gesprek.",
          .at = {{"cgg-waasmunster", {weekly("TU,TH", "09:00", "17:00", "Op afspraak.", kWholeYear)}}},
      },
      Offer{
          .key = "cgg-kinderen-jongeren",
          .organization = "cgg",
          .name = "Hulp bij angst, somberheid of gedragsproblemen voor kinderen en jongeren",
          .description =
              "Voor kinderen en jongeren die lang angstig of somber zijn, zichzelf pijn doen of thuis en op "
              "school vastlopen. Een team van psychologen en een kinderpsychiater werkt met je kind en met jou "
              "als ouder. Er is een wachttijd; tijdens het wachten kan je terecht in het OverKop-huis.",
          .themes = {"wellbeing"},
          .target_groups = {"children", "parents"},
          .min_age = 6 * kYear,
          .max_age = 18 * kYear - 1,
          .intensity = "intensive",
          .access = "referral",
          .eligibility = "Na een doorverwijzing door de huisarts, het CLB of een andere hulpverlener.",
          .cost = priced(11.0, 4.0, "€11 per gesprek.",
                         "Met een verhoogde tegemoetkoming van het ziekenfonds betaal je €4 per gesprek."),
          .languages = {"nl", "en", "fr"},
          .interpreter = true,
          .registration = true,
          .application = "Je huisarts of het CLB verwijst je door. Je krijgt een brief met de datum van het "
                         "eerste gesprek.",
          .at = {{"cgg-waasmunster",
                  {weekly("MO,WE", "09:00", "17:00", "Op afspraak.", kWholeYear),
                   weekly("TH", "16:00", "20:00", "Op afspraak, na de schooluren.", kWholeYear)}}},
      },
      Offer{
          .key = "consult-professionals",
          .organization = "opgroeien",
          .name = "Consult voor professionals: zorgen over een kind bespreken",
          .description =
              "Maak je je als leerkracht, kinderbegeleider of jeugdwerker zorgen over een kind? Bespreek je vraag "
              "eerst zonder namen met een consulent van Opgroeien. Samen bekijk je wat je kan doen en welke "
              "partner kan helpen, met respect voor het beroepsgeheim.",
          .themes = {"wellbeing", "parenting-support"},
          .target_groups = {"professionals"},
          .min_age = -9,
          .max_age = 18 * kYear - 1,
          .intensity = "extra",
          .access = "eligibility",
          .eligibility = "Voor professionals en vrijwilligers die met gezinnen werken, zoals scholen, "
                         "kinderopvang en jeugdwerk.",
          .recognised = true,
          .application = "Mail het regioteam met een korte vraag, zonder namen. We plannen samen een gesprek.",
          .at = {{"huis-zele", {monthly("4TH", "13:00", "15:00")}}},
      },

      // ----- Meeting and social cohesion ---------------------------------------------------
      Offer{
          .key = "onthaal",
          .organization = "huis-van-het-kind",
          .name = "Onthaal en infopunt van het Huis van het Kind",
          .description =
              "Heb je een vraag over je kind of je gezin en weet je niet waar je moet zijn? Kom naar het onthaal. "
              "We luisteren, geven informatie en zoeken samen met jou de juiste partner. Als je wil, gaan we mee "
              "of bellen we samen. Je kan hier ook een computer gebruiken, met hulp.",
          .themes = {"parenting-support", "meeting-cohesion"},
          .target_groups = {"parents", "expectant-parents", "children", "grandparents"},
          .languages = {"nl", "fr", "en", "tr", "ar", "uk"},
          .interpreter = true,
          .application = "Kom gewoon langs, bel ons of stuur een mail.",
          .at = {{"huis-zele",
                  {weekly("MO,TU,WE,TH,FR", "09:00", "12:00", {}, kWholeYear),
                   weekly("WE", "13:00", "17:00", {}, kWholeYear), weekly("TH", "16:00", "19:00", {}, kWholeYear)}},
                 {"antenne-berlare", {weekly("TU", "13:30", "16:30", {}, kWholeYear)}},
                 {"antenne-waasmunster", {weekly("TH", "09:00", "12:00", {}, kWholeYear)}},
                 {"antenne-overmere", {weekly("FR", "09:00", "12:00", {}, kWholeYear)}}},
      },
      Offer{
          .key = "geboortedoos",
          .organization = "huis-van-het-kind",
          .name = "Je geboortedoos afhalen",
          .description =
              "Na de geboorte van je kind krijg je een uitnodiging om een geboortedoos af te halen. In de doos "
              "zitten een slaapzak, een badcape, een eerste boekje en informatie over alles wat er voor gezinnen "
              "in je gemeente te doen is. Je krijgt er een koffie bij en tijd voor een babbel.",
          .themes = {"meeting-cohesion", "preventive-health", "parenting-support"},
          .target_groups = {"parents"},
          .min_age = 0,
          .max_age = 5,
          .languages = {"nl", "fr", "en", "tr", "ar", "uk", "ro", "pl"},
          .application = "Breng de uitnodiging mee die je na de aangifte van de geboorte kreeg. Kwijt? Geen "
                         "probleem, zeg gewoon je naam.",
          .at = {{"huis-zele",
                  {weekly("MO,TU,TH", "09:00", "12:00", {}, kWholeYear),
                   weekly("WE", "15:00", "19:00", {}, kWholeYear)}},
                 {"antenne-berlare", {weekly("TU", "13:30", "16:30", {}, kWholeYear)}},
                 {"antenne-waasmunster", {weekly("TH", "09:00", "12:00", {}, kWholeYear)}}},
      },
      Offer{
          .key = "speelkriebels",
          .organization = "inloopteam",
          .name = "Spel- en ontmoetingsmoment 'Speelkriebels'",
          .alternate_name = "Speelkriebels",
          .description =
              "Kom met je kind spelen in een grote speelruimte met speelgoed voor elke leeftijd tot 6 jaar. Jij "
              "drinkt een koffie en praat met andere ouders. Een medewerker is er voor je vragen. Op zaterdag "
              "is het ook voor ouders die in de week werken.",
          .themes = {"meeting-cohesion", "parenting-support"},
          .target_groups = {"parents", "children", "grandparents"},
          .min_age = 0,
          .max_age = 6 * kYear - 1,
          .languages = {"nl", "fr", "ar", "tr"},
          .application = "Kom gewoon langs.",
          .at = {{"huis-zele", {weekly("WE", "14:00", "16:30")}},
                 {"antenne-overmere", {weekly("MO", "09:30", "11:30")}},
                 {"antenne-waasmunster", {every_two_weeks("SA", "10:00", "12:00")}}},
      },
      Offer{
          .key = "inloop-koffie",
          .organization = "inloopteam",
          .name = "Inloop met koffie voor ouders met baby's en peuters",
          .description =
              "De deur staat open en de koffie is klaar. Ouders met een baby of peuter en zwangere vrouwen "
              "kunnen binnenlopen, iets drinken, de kinderen laten spelen en praten. Je kan ook kinderkleding "
              "en luiers ruilen.",
          .themes = {"meeting-cohesion", "parenting-support"},
          .target_groups = {"parents", "expectant-parents", "children"},
          .min_age = -9,
          .max_age = 4 * kYear - 1,
          .languages = {"nl", "ar", "ro", "pl"},
          .interpreter = true,
          .recognised = true,
          .application = "Kom gewoon langs.",
          .at = {{"inloop-zele", {weekly("TU,TH", "09:00", "11:30")}}},
      },
      Offer{
          .key = "ruilbeurs",
          .organization = "gezinsvereniging",
          .name = "Ruilbeurs kinderkleding en speelgoed",
          .description =
              "Breng kleding, speelgoed en babyspullen die je niet meer nodig hebt, en neem gratis mee wat je "
              "kan gebruiken. Ook wie niets kan brengen, is welkom. Er is koffie en een hoekje om te spelen.",
          .themes = {"meeting-cohesion", "finances"},
          .target_groups = {"parents", "expectant-parents"},
          .min_age = -9,
          .max_age = 12 * kYear - 1,
          .languages = {"nl", "fr", "uk"},
          .application = "Kom gewoon langs.",
          .at = {{"oc-uitbergen",
                  {once("2026-10-17", "09:00", "12:00", "Herfstbeurs."),
                   once("2027-03-27", "09:00", "12:00", "Lentebeurs.")}}},
      },
      Offer{
          .key = "pop-up-markt",
          .organization = "huis-van-het-kind",
          .name = "Huis van het Kind op de zaterdagmarkt",
          .description =
              "Elke eerste zaterdag van de maand staan we met de bakfiets op de markt in Zele. Je kan een "
              "babbel doen, een vraag stellen, een boekje meenemen of een afspraak maken. De kinderen kunnen "
              "tekenen of bellen blazen.",
          .themes = {"meeting-cohesion", "parenting-support"},
          .target_groups = {"parents", "children", "grandparents"},
          .languages = {"nl", "fr", "en", "tr", "ar", "uk"},
          .application = "Kom gewoon langs.",
          .at = {{"popup-markt-zele", {monthly("1SA", "09:00", "12:00", "Niet bij zware regen of storm.")}}},
      },
      Offer{
          .key = "welkom-nieuwe-gezinnen",
          .organization = "huis-van-het-kind",
          .name = "Welkomstmoment voor nieuwe gezinnen",
          .description =
              "Ben je net verhuisd naar Zele, Berlare of Waasmunster? Maak kennis met het Huis van het Kind en "
              "de partners: scholen, kinderopvang, het consultatiebureau, de bibliotheek en het jeugdwerk. Met "
              "ontbijt en een speelhoek voor de kinderen.",
          .themes = {"meeting-cohesion", "leisure"},
          .target_groups = {"parents", "children"},
          .languages = {"nl", "fr", "en", "ar", "uk", "ro", "pl"},
          .interpreter = true,
          .application = "Kom gewoon langs. Laat ons weten als je een tolk nodig hebt.",
          .at = {{"huis-zele", {once("2026-10-10", "10:00", "12:00")}},
                 {"antenne-waasmunster", {once("2027-04-24", "10:00", "12:00")}}},
      },
      Offer{
          .key = "gezinsfeest",
          .organization = "gezinsvereniging",
          .name = "Gezinsfeest in het park",
          .description =
              "Een zondagnamiddag vol spel voor het hele gezin: springkastelen, schminken, een voorleestent en "
              "een picknick. De partners van het Huis van het Kind hebben een standje. Gratis.",
          .themes = {"meeting-cohesion", "leisure"},
          .target_groups = {"parents", "children", "grandparents"},
          .min_age = -9,
          .max_age = 18 * kYear - 1,
          .languages = {"nl", "fr", "en"},
          .application = "Kom gewoon langs.",
          .at = {{"antenne-waasmunster",
                  {once("2027-05-16", "14:00", "18:00",
                        "In het park achter het "
                        "antennepunt.")}}},
      },
      Offer{
          .key = "jonge-ouders-groep",
          .organization = "inloopteam",
          .name = "Ontmoetingsgroep voor jonge ouders (tot 25 jaar)",
          .description =
              "Ben je jong en zwanger of al mama of papa? Om de twee weken kom je samen met andere jonge ouders. "
              "We koken, praten over wat jullie bezighoudt en nodigen soms iemand uit, bijvoorbeeld over werk, "
              "school of wonen. Je kinderen worden ondertussen opgevangen.",
          .themes = {"meeting-cohesion", "parenting-support"},
          .target_groups = {"parents", "expectant-parents"},
          .min_age = 16 * kYear,
          .max_age = 24 * kYear,
          .languages = {"nl", "en", "ar"},
          .application = "Kom gewoon langs of stuur een berichtje naar De Boomhut.",
          .at = {{"overkop-zele", {every_two_weeks("TH", "18:30", "20:30")}}},
      },

      // ----- Education -----------------------------------------------------------------------
      Offer{
          .key = "zomerklas",
          .organization = "school-regenboog",
          .name = "Zomerklas: klaar voor het eerste leerjaar",
          .alternate_name = "Zomerklas",
          .description =
              "Tien ochtenden in juli voor kinderen die van de derde kleuterklas naar het eerste leerjaar gaan. "
              "Je kind speelt taalspelletjes, leert zijn boekentas maken en zit al eens in een schoolbank. Op de "
              "laatste "
              "dag zijn de ouders welkom voor een kijkmoment. Er is een tussendoortje en een drankje.",
          .themes = {"education", "parenting-support"},
          .target_groups = {"children", "parents"},
          .min_age = 5 * kYear,
          .max_age = 78,
          .languages = {"nl", "tr", "ar"},
          .registration = true,
          .application = "Je krijgt in mei een uitnodiging via de school. Je kan je kind ook zelf inschrijven "
                         "aan het onthaal van het Huis van het Kind. Ook kinderen van een andere school zijn welkom.",
          .at = {{"school-regenboog", {series("MO,TU,WE,TH,FR", "2027-07-05", 10, "09:00", "12:00")}}},
      },
      Offer{
          .key = "huiswerkklas",
          .organization = "school-regenboog",
          .name = "Huiswerkklas op woensdagnamiddag",
          .description =
              "Elke woensdagnamiddag maakt je kind zijn huiswerk samen met vrijwilligers. Ze helpen met lezen, "
              "rekenen en Nederlands, en er is tijd om te spelen. Ouders zijn welkom om te kijken of mee te "
              "helpen.",
          .themes = {"education"},
          .target_groups = {"children"},
          .min_age = 6 * kYear,
          .max_age = 12 * kYear - 1,
          .registration = true,
          .application = "Schrijf je kind in bij de juf of meester, aan het onthaal van de bibliotheek of aan "
                         "het onthaal van het Huis van het Kind.",
          .at = {{"school-regenboog", {weekly("WE", "13:30", "15:30", "Niet in de schoolvakanties.")}},
                 {"bib-berlare", {weekly("WE", "14:00", "16:00", "Niet in de schoolvakanties.")}}},
      },
      Offer{
          .key = "schoolpoortmoment",
          .organization = "school-regenboog",
          .name = "Schoolpoortmoment: even babbelen over de kleuterklas",
          .description =
              "De brugfiguur van de school staat aan de poort als je je kleuter brengt of haalt. Heb je een vraag "
              "over de klas, de boterhammendoos, een brief of een uitstap? Of is je kind vaak afwezig en weet je "
              "niet goed hoe het komt? Stel gerust je vraag, ook in je eigen taal.",
          .themes = {"education", "meeting-cohesion"},
          .target_groups = {"parents"},
          .min_age = 30,
          .max_age = 6 * kYear - 1,
          .languages = {"nl", "fr", "tr", "ar", "ro", "pl"},
          .interpreter = true,
          .application = "Kom gewoon langs aan de schoolpoort.",
          .at = {{"popup-schoolpoort",
                  {weekly("MO,TH", "08:15", "08:45", "Niet in de schoolvakanties."),
                   weekly("FR", "15:15", "15:45", "Niet in de schoolvakanties.")}}},
      },
      Offer{
          .key = "wendag-kleuterklas",
          .organization = "school-regenboog",
          .name = "Wendag: kennismaken met de kleuterklas",
          .description =
              "Je kind mag een ochtend meedoen in de instapklas, samen met jou. Je ziet hoe een dag in de klas "
              "verloopt, maakt kennis met de juf en stelt je vragen. Zo is de eerste schooldag minder spannend.",
          .themes = {"education"},
          .target_groups = {"children", "parents"},
          .min_age = 2 * kYear,
          .max_age = 3 * kYear - 1,
          .languages = {"nl", "tr"},
          .registration = true,
          .application = "Schrijf je in bij het secretariaat van de school of aan het onthaal van het Huis van "
                         "het Kind.",
          .at = {{"school-regenboog", {once("2027-01-27", "09:00", "11:00"), once("2027-05-26", "09:00", "11:00")}}},
      },
      Offer{
          .key = "hulp-schoolinschrijving",
          .organization = "huis-van-het-kind",
          .name = "Hulp bij het online inschrijven in een school",
          .description =
              "Je kind inschrijven in een kleuterschool, lagere school of secundaire school gebeurt online. Wij "
              "helpen je: we zoeken samen scholen in de buurt en vullen het formulier samen met jou in. Breng de "
              "identiteitskaart of het rijksregisternummer van je kind mee.",
          .themes = {"education"},
          .target_groups = {"parents"},
          .min_age = 2 * kYear,
          .max_age = 13 * kYear - 1,
          .languages = {"nl", "fr", "en", "ar", "tr", "uk", "ro", "pl"},
          .interpreter = true,
          .application = "Kom gewoon langs tijdens een van de avonden of op zaterdag.",
          .at = {{"huis-zele", {series("TU", "2027-03-02", 4, "17:00", "20:00")}},
                 {"antenne-berlare", {once("2027-03-06", "09:00", "12:00")}}},
      },
      Offer{
          .key = "clb-spreekuur",
          .organization = "clb",
          .name = "CLB-spreekuur voor ouders",
          .description =
              "Heb je een vraag over hoe het op school gaat: leren, gedrag, pesten, afwezigheden of een andere "
              "school kiezen? Een CLB-medewerker luistert en denkt mee. Het CLB werkt los van de school en wat je "
              "vertelt, blijft vertrouwelijk.",
          .themes = {"education", "wellbeing"},
          .target_groups = {"parents", "children"},
          .min_age = 30,
          .max_age = 18 * kYear - 1,
          .languages = {"nl", "fr", "en"},
          .application = "Kom gewoon langs, of maak een afspraak via de school of het CLB.",
          .at = {{"huis-zele", {every_two_weeks("TU", "16:00", "18:30")}},
                 {"antenne-waasmunster", {monthly("2WE", "13:30", "15:30")}}},
      },
      Offer{
          .key = "infoavond-secundair",
          .organization = "clb",
          .name = "Infoavond: naar het secundair onderwijs",
          .description =
              "Je kind zit in het vijfde of zesde leerjaar. Welke richting past? Hoe werkt de inschrijving? Wat "
              "kost een schooljaar? Het CLB legt het eenvoudig uit en scholen uit de buurt stellen zich voor.",
          .themes = {"education"},
          .target_groups = {"parents", "children"},
          .min_age = 10 * kYear,
          .max_age = 13 * kYear - 1,
          .languages = {"nl", "fr", "ar"},
          .interpreter = true,
          .registration = true,
          .application = "Schrijf je in via de school van je kind of de website van het CLB.",
          .at = {{"school-durmedal", {once("2027-02-25", "19:00", "21:00")}}},
      },
      Offer{
          .key = "studieklas-tieners",
          .organization = "school-durmedal",
          .name = "Studieklas voor tieners: samen plannen en leren",
          .description =
              "Na de les kan je in de studieklas je huiswerk maken en leren voor toetsen. Een leerkracht helpt je "
              "plannen en legt uit wat je niet snapt. Er is een rustige plek, wifi en een computer.",
          .themes = {"education"},
          .target_groups = {"children"},
          .min_age = 12 * kYear,
          .max_age = 18 * kYear - 1,
          .registration = true,
          .application = "Schrijf je in bij je klastitularis of de leerlingenbegeleider.",
          .at = {{"school-durmedal", {weekly("MO,TH", "16:00", "17:30", "Niet in de schoolvakanties.")}}},
      },
      Offer{
          .key = "blokplekken",
          .organization = "bibliotheek",
          .name = "Blokplekken: rustig studeren in de bib",
          .description =
              "Thuis te druk om te studeren? Tijdens de examens kan je in de bibliotheek blokken aan een rustige "
              "tafel, met wifi, stopcontacten en gratis water. Voor scholieren en studenten.",
          .themes = {"education", "leisure"},
          .target_groups = {"children"},
          .min_age = 12 * kYear,
          .max_age = 24 * kYear,
          .registration = true,
          .application = "Reserveer je plek op de website van de bibliotheek of aan de balie.",
          .at = {{"bib-zele",
                  {weekly("MO,TU,WE,TH,FR,SA", "09:00", "18:00", "Examenperiode december en januari.", kWinterExams),
                   weekly("MO,TU,WE,TH,FR,SA", "09:00", "18:00", "Examenperiode mei en juni.", kSummerExams)}}},
      },
      Offer{
          .key = "taalcafe-ouders",
          .organization = "bibliotheek",
          .name = "Taalcafé: Nederlands oefenen met andere ouders",
          .description =
              "Wil je beter Nederlands spreken? In het taalcafé praat je met vrijwilligers en andere ouders over "
              "gewone dingen: school, de dokter, boodschappen. Iedereen is welkom, ook als je nog maar een paar "
              "woorden kent.",
          .themes = {"education", "meeting-cohesion"},
          .target_groups = {"parents", "grandparents"},
          .languages = {"nl", "en", "fr", "ar", "uk"},
          .application = "Kom gewoon langs.",
          .at = {{"bib-zele", {weekly("TH", "19:00", "20:30")}},
                 {"antenne-waasmunster", {weekly("TU", "09:30", "11:00", "Met kinderopvang voor peuters.")}}},
      },
      Offer{
          .key = "voorleesuurtje",
          .organization = "bibliotheek",
          .name = "Voorleesuurtje voor peuters en kleuters",
          .description =
              "Een voorlezer leest prentenboeken voor, met liedjes en versjes. Daarna kan je samen met je kind "
              "boeken kiezen om mee naar huis te nemen. Lid worden is gratis voor kinderen.",
          .themes = {"education", "leisure"},
          .target_groups = {"children", "parents", "grandparents"},
          .min_age = 18,
          .max_age = 7 * kYear - 1,
          .application = "Kom gewoon langs.",
          .at = {{"bib-zele", {weekly("WE", "14:30", "15:15")}}, {"bib-berlare", {monthly("2SA", "10:30", "11:15")}}},
      },
      Offer{
          .key = "meertalig-voorlezen",
          .organization = "bibliotheek",
          .name = "Meertalig voorleesmoment: verhalen in je eigen taal",
          .description =
              "Ouders en vrijwilligers lezen een verhaal voor in het Nederlands en in een andere taal: Turks, "
              "Arabisch, Oekraïens, Roemeens, Pools of Frans. Je kind hoort dat zijn thuistaal welkom is. Wil je "
              "zelf eens voorlezen? Graag!",
          .themes = {"education", "leisure", "meeting-cohesion"},
          .target_groups = {"children", "parents"},
          .min_age = 2 * kYear,
          .max_age = 8 * kYear - 1,
          .languages = {"nl", "tr", "ar", "uk", "ro", "pl", "fr"},
          .application = "Kom gewoon langs.",
          .at = {{"bib-zele", {monthly("4SA", "10:30", "11:30")}}},
      },
      Offer{
          .key = "boekenbaby",
          .organization = "bibliotheek",
          .name = "Boekenbaby's: gratis boekenpakket en voorleestips",
          .description =
              "Voorlezen kan al met een baby. In de bibliotheek krijg je een gratis boekenpakket voor je baby "
              "en tips om voor te lezen, ook in je thuistaal. Je kind krijgt meteen een gratis lidkaart.",
          .themes = {"education", "parenting-support"},
          .target_groups = {"parents", "children"},
          .min_age = 0,
          .max_age = 3 * kYear - 1,
          .languages = {"nl", "fr", "en", "ar"},
          .application = "Kom langs aan de balie met de bon uit je geboortedoos, of zonder bon.",
          .at = {{"bib-zele",
                  {weekly("TU,WE,FR", "14:00", "18:00", {}, kWholeYear),
                   weekly("SA", "10:00", "13:00", {}, kWholeYear)}}},
      },
      Offer{
          .key = "speelotheek",
          .organization = "bibliotheek",
          .name = "Speelotheek: speelgoed lenen",
          .description = "Leen speelgoed en gezelschapsspelen voor drie weken, zoals je een boek leent. Zo kan je kind "
                         "altijd iets nieuws proberen. Vrijwilligers geven tips over spelen per leeftijd.",
          .themes = {"leisure", "parenting-support"},
          .target_groups = {"parents", "children"},
          .min_age = 0,
          .max_age = 12 * kYear - 1,
          .cost = priced(5.0, 1.0, "€5 per jaar voor het hele gezin."),
          .languages = {"nl", "fr"},
          .application = "Kom gewoon langs met je lidkaart van de bibliotheek.",
          .at = {{"bib-berlare", {every_two_weeks("SA", "10:00", "12:00", {}, kWholeYear)}}},
      },

      // ----- Childcare -----------------------------------------------------------------------
      Offer{
          .key = "kinderdagverblijf",
          .organization = "kdv-speelvogel",
          .name = "Kinderopvang voor baby's en peuters",
          .description = "Kinderopvang voor kinderen van 0 tot 3 jaar, van maandag tot vrijdag. Je betaalt volgens je "
                         "inkomen. Er zijn vaste plaatsen en een paar plaatsen voor gezinnen die dringend opvang nodig "
                         "hebben, bijvoorbeeld omdat je werk of een opleiding vindt.",
          .themes = {"childcare"},
          .target_groups = {"children", "parents"},
          .min_age = 0,
          .max_age = 3 * kYear - 1,
          .cost = income_related("Je betaalt een prijs per dag volgens je inkomen (inkomenstarief).",
                                 "Met een laag inkomen kan je een verminderd tarief krijgen. Vraag het aan de "
                                 "verantwoordelijke of aan het Sociaal Huis."),
          .languages = {"nl", "fr", "en"},
          .registration = true,
          .recognised = true,
          .application = "Schrijf je in via het lokaal loket kinderopvang of rechtstreeks bij De Speelvogel. "
                         "Doe dit best al tijdens je zwangerschap.",
          .at = {{"kdv-uitbergen",
                  {weekly("MO,TU,WE,TH,FR", "07:00", "18:30", "Gesloten op feestdagen en twee weken in augustus.",
                          kWholeYear)}}},
      },
      Offer{
          .key = "occasionele-opvang",
          .organization = "kdv-speelvogel",
          .name = "Occasionele opvang: even een paar uur of dagen opvang",
          .description =
              "Heb je plots opvang nodig voor een sollicitatie, een opleiding, een doktersbezoek of gewoon even "
              "ademruimte? Dan kan je kind een paar uur of dagen in De Speelvogel terecht, ook als je geen vaste "
              "plaats hebt.",
          .themes = {"childcare", "work"},
          .target_groups = {"children", "parents"},
          .min_age = 0,
          .max_age = 3 * kYear - 1,
          .intensity = "extra",
          .access = "eligibility",
          .eligibility = "Voor ouders die kortdurend opvang nodig hebben. Voorrang voor ouders die werk zoeken, "
                         "een opleiding volgen of een doorverwijzing hebben van het Sociaal Huis of het CKG.",
          .cost = income_related("Je betaalt volgens je inkomen, per uur of per dag.",
                                 "Met een laag inkomen kan je een verminderd tarief krijgen."),
          .languages = {"nl", "fr"},
          .registration = true,
          .recognised = true,
          .application = "Bel De Speelvogel, het liefst een paar dagen op voorhand.",
          .at = {{"kdv-uitbergen", {weekly("MO,TU,WE,TH,FR", "07:30", "18:00", {}, kWholeYear)}}},
      },
      Offer{
          .key = "buitenschoolse-opvang",
          .organization = "ibo-toverdoos",
          .name = "Opvang voor en na school en op woensdagnamiddag",
          .description =
              "Voor kleuters en kinderen van de lagere school. Je kind speelt, rust of maakt huiswerk, onder "
              "begeleiding. Op woensdag brengen we de kinderen van de scholen in Waasmunster naar de opvang.",
          .themes = {"childcare", "leisure"},
          .target_groups = {"children"},
          .min_age = 30,
          .max_age = 12 * kYear - 1,
          .cost = priced(1.1, 0.55, "€1,10 per begonnen half uur.", "Met UiTPAS kansentarief betaal je de helft."),
          .languages = {"nl", "fr"},
          .registration = true,
          .application = "Schrijf je kind in via de website van De Toverdoos. Je kan kiezen welke dagen.",
          .at = {{"ibo-waasmunster",
                  {weekly("MO,TU,TH,FR", "07:00", "08:30"), weekly("MO,TU,TH,FR", "15:30", "18:30"),
                   weekly("WE", "12:00", "18:30")}}},
      },
      Offer{
          .key = "vakantieopvang",
          .organization = "ibo-toverdoos",
          .name = "Vakantieopvang in de zomer",
          .description =
              "In de zomervakantie is De Toverdoos open van maandag tot vrijdag. Elke week heeft een thema, met "
              "knutselen, buiten spelen en een uitstap. Je kind brengt een lunchpakket mee.",
          .themes = {"childcare", "leisure"},
          .target_groups = {"children"},
          .min_age = 30,
          .max_age = 12 * kYear - 1,
          .cost = priced(12.0, 2.4, "€12 per dag."),
          .languages = {"nl", "fr"},
          .registration = true,
          .application = "Schrijf je kind in via de website van De Toverdoos, vanaf 1 mei.",
          .at = {{"ibo-waasmunster", {weekly("MO,TU,WE,TH,FR", "07:00", "18:30", {}, kSummer)}}},
      },
      Offer{
          .key = "loket-kinderopvang",
          .organization = "huis-van-het-kind",
          .name = "Lokaal loket kinderopvang: hulp bij het zoeken naar opvang",
          .description =
              "Zoek je kinderopvang voor je baby, peuter of schoolkind? We zoeken samen welke opvang in de buurt "
              "plaats heeft, wat het kost en hoe je je inschrijft. Ook als je dringend opvang nodig hebt, "
              "bijvoorbeeld voor werk.",
          .themes = {"childcare", "work"},
          .target_groups = {"parents", "expectant-parents"},
          .min_age = -9,
          .max_age = 12 * kYear - 1,
          .languages = {"nl", "fr", "en", "ar", "uk"},
          .interpreter = true,
          .application = "Kom langs tijdens het spreekuur of vul het formulier in op de website.",
          .at = {{"huis-zele",
                  {weekly("TU", "13:00", "16:00", {}, kWholeYear), weekly("TH", "18:00", "19:30", {}, kWholeYear)}}},
      },

      // ----- Leisure and youth ---------------------------------------------------------------
      Offer{
          .key = "speelplein",
          .organization = "jeugdwerk",
          .name = "Speelpleinwerking De Knikker in de zomer",
          .description =
              "De hele zomer elke weekdag spelen op het speelplein: bos- en waterspelen, knutselen, sport en "
              "een grote verkleedkoffer. Jonge animatoren spelen mee. Je kind mag komen wanneer het wil.",
          .themes = {"leisure", "meeting-cohesion", "childcare"},
          .target_groups = {"children"},
          .min_age = 4 * kYear,
          .max_age = 13 * kYear - 1,
          .cost = priced(3.0, 0.6, "€3 per dag. Je kind brengt een lunchpakket mee."),
          .languages = {"nl", "fr"},
          .application = "Kom gewoon langs: je kind inschrijven kan 's ochtends aan de poort.",
          .at = {{"jeugdhuis-overmere", {weekly("MO,TU,WE,TH,FR", "09:00", "17:00", {}, kSummer)}}},
      },
      Offer{
          .key = "jongerencafe",
          .organization = "jeugdwerk",
          .name = "Jongerencafé: chillen, spelen en praten",
          .description =
              "Op vrijdagavond en zondagnamiddag is het jeugdhuis open voor jongeren. Je kan er kickeren, "
              "gamen, muziek maken of gewoon iets drinken met vrienden. Er is geen alcohol voor wie jonger is "
              "dan 16. Een jeugdwerker is er altijd.",
          .themes = {"leisure", "meeting-cohesion"},
          .target_groups = {"children"},
          .min_age = 13 * kYear,
          .max_age = 22 * kYear - 1,
          .languages = {"nl", "en"},
          .application = "Kom gewoon langs.",
          .at = {{"jeugdhuis-overmere",
                  {weekly("FR", "19:00", "23:00", {}, kWholeYear), weekly("SU", "14:00", "18:00", {}, kWholeYear)}}},
      },
      Offer{
          .key = "animatorcursus",
          .organization = "jeugdwerk",
          .name = "Cursus animator in het jeugdwerk",
          .description =
              "Word animator op het speelplein of in het jeugdwerk. In vijf zaterdagen leer je spelletjes "
              "begeleiden, omgaan met een groep en eerste hulp. Daarna loop je stage op het speelplein. Vanaf "
              "16 jaar.",
          .themes = {"leisure", "work"},
          .target_groups = {"children"},
          .min_age = 16 * kYear,
          .max_age = 24 * kYear,
          .cost = priced(60.0, 12.0, "€60 voor de hele cursus, met middageten."),
          .registration = true,
          .application = "Schrijf je in via de website van De Knikker.",
          .at = {{"jeugdhuis-overmere", {series("SA", "2027-02-06", 5, "09:30", "16:30")}}},
      },
      Offer{
          .key = "overkop-inloop",
          .organization = "overkop",
          .name = "OverKop: vrije inloop voor jongeren",
          .description =
              "Een plek om te chillen, te koken, te studeren of gewoon even weg van thuis. Zit je ergens mee, "
              "dan luistert een jongerenbegeleider. Je hoeft je naam niet te geven en alles is gratis.",
          .themes = {"wellbeing", "leisure", "meeting-cohesion"},
          .target_groups = {"children"},
          .min_age = 12 * kYear,
          .max_age = 24 * kYear,
          .languages = {"nl", "en", "fr", "ar", "uk"},
          .application = "Kom gewoon langs.",
          .at = {{"overkop-zele",
                  {weekly("WE,FR", "14:00", "19:00", {}, kWholeYear), weekly("SA", "13:00", "17:00", {}, kWholeYear)}}},
      },
      Offer{
          .key = "babbelbank",
          .organization = "overkop",
          .name = "Babbelbank: praten met een hulpverlener, zonder afspraak",
          .description =
              "Zit je niet goed in je vel, is het moeilijk thuis of op school, of wil je gewoon iets kwijt? Op de "
              "Babbelbank praat je met een hulpverlener van het CGG of het CAW. Zonder afspraak en zonder dat je "
              "ouders het moeten weten. Op dinsdagavond kan het ook via chat.",
          .themes = {"wellbeing"},
          .target_groups = {"children"},
          .min_age = 12 * kYear,
          .max_age = 24 * kYear,
          .languages = {"nl", "en", "fr"},
          .application = "Kom gewoon langs of open de chat op dinsdagavond.",
          .at = {{"overkop-zele", {weekly("TH", "16:00", "19:00", {}, kWholeYear)}},
                 {"online", {weekly("TU", "19:00", "21:00", {}, kWholeYear)}}},
      },
      Offer{
          .key = "jac-spreekuur",
          .organization = "caw",
          .name = "JAC-spreekuur voor jongeren van 12 tot 25",
          .description =
              "Vragen over geld, wonen, school, relaties, seks, drugs of je rechten? Op het JAC-spreekuur praat "
              "je in vertrouwen met een hulpverlener. Ben je 18 en wil je alleen gaan wonen? We helpen je op "
              "weg.",
          .themes = {"wellbeing", "housing", "finances"},
          .target_groups = {"children"},
          .min_age = 12 * kYear,
          .max_age = 24 * kYear,
          .languages = {"nl", "en", "fr"},
          .application = "Kom gewoon langs. Je kan ook eerst chatten via de website van het CAW.",
          .at = {{"overkop-zele", {weekly("WE", "14:00", "18:00", {}, kWholeYear)}},
                 {"caw-zele", {weekly("MO", "16:00", "18:00", {}, kWholeYear)}}},
      },
      Offer{
          .key = "sportsnack",
          .organization = "huis-van-het-kind",
          .name = "Sportsnack op woensdag: sporten en spelen",
          .description =
              "Elke woensdagnamiddag een andere sport proberen: basketbal, badminton, turnen, dans, zwemmen. "
              "Een sportmonitor begeleidt. Je hoeft niet in te schrijven en je hoeft geen sportkleding te kopen: "
              "gemakkelijke kleding is genoeg.",
          .themes = {"leisure", "preventive-health"},
          .target_groups = {"children"},
          .min_age = 6 * kYear,
          .max_age = 12 * kYear - 1,
          .cost = priced(3.0, 0.6, "€3 per keer."),
          .languages = {"nl", "fr"},
          .application = "Kom gewoon langs in de sporthal.",
          .at = {{"zwembad-zele", {weekly("WE", "14:00", "15:30", "Niet in de schoolvakanties.")}}},
      },
      Offer{
          .key = "kinderraad",
          .organization = "huis-van-het-kind",
          .name = "Kinderraad: zeg wat jij wil veranderen",
          .description =
              "Wat vind jij van je speelplein, je school of je straat? In de kinderraad praten kinderen van 8 "
              "tot 12 jaar mee met de gemeente en het Huis van het Kind. We doen dat met spelletjes, foto's en "
              "wandelingen. Jullie ideeën gaan echt naar de burgemeester.",
          .themes = {"meeting-cohesion", "leisure"},
          .target_groups = {"children"},
          .min_age = 8 * kYear,
          .max_age = 12 * kYear - 1,
          .registration = true,
          .application = "Schrijf je in via de school of aan het onthaal van het Huis van het Kind.",
          .at = {{"huis-zele", {monthly("2WE", "14:00", "15:30")}}},
      },

      // ----- Work, housing and finances ------------------------------------------------------
      Offer{
          .key = "infosessie-werk-jonge-ouders",
          .organization = "sociaal-huis",
          .name = "Infosessie: werk of opleiding zoeken als jonge ouder",
          .description =
              "Ben je tussen 18 en 25 jaar en ouder? Je hoort hoe je een job of opleiding vindt die past bij je "
              "gezin, welke kinderopvang er is en welke premies je kan krijgen. Een jobcoach helpt je met je cv. "
              "Je kinderen worden opgevangen tijdens de sessie.",
          .themes = {"work", "childcare", "finances"},
          .target_groups = {"parents"},
          .min_age = 18 * kYear,
          .max_age = 24 * kYear,
          .languages = {"nl", "en", "fr", "ar"},
          .interpreter = true,
          .registration = true,
          .application = "Schrijf je in bij het Sociaal Huis of het OverKop-huis. Je kan ook gewoon "
                         "binnenlopen.",
          .at = {{"overkop-zele", {monthly("2MO", "13:30", "15:30")}},
                 {"antenne-waasmunster", {monthly("4TU", "18:30", "20:30")}}},
      },
      Offer{
          .key = "infosessie-wonen",
          .organization = "caw",
          .name = "Infosessie: een betaalbare woning vinden",
          .description =
              "Hoe zoek je een huurwoning? Hoe schrijf je je in voor een sociale woning? Wat staat er in een "
              "huurcontract en hoeveel huurwaarborg moet je betalen? Voor jongeren die alleen gaan wonen en jonge "
              "gezinnen.",
          .themes = {"housing", "finances"},
          .target_groups = {"parents", "children"},
          .min_age = 18 * kYear,
          .max_age = 24 * kYear,
          .languages = {"nl", "fr", "en", "ar", "ro"},
          .interpreter = true,
          .registration = true,
          .application = "Schrijf je in via het onthaal van het CAW of aan het onthaal van het Huis van het Kind.",
          .at = {{"caw-zele", {monthly("4TH", "18:30", "20:30")}}},
      },
      Offer{
          .key = "hulp-toelagen",
          .organization = "sociaal-huis",
          .name = "Hulp bij het Groeipakket, de schooltoeslag en de studietoelage",
          .description = "Krijg je alle toeslagen waar je recht op hebt? We kijken samen naar je Groeipakket, de "
                         "schooltoeslag, de studietoelage en andere premies, en we vullen de aanvragen samen in.",
          .themes = {"finances", "education"},
          .target_groups = {"parents", "children"},
          .languages = {"nl", "fr", "ar", "uk", "ro"},
          .interpreter = true,
          .application = "Kom gewoon langs. Breng je identiteitskaart mee en, als je die hebt, de brieven die je "
                         "kreeg.",
          .at = {{"sociaal-huis-zele", {weekly("TU", "09:00", "12:00", {}, kWholeYear)}},
                 {"antenne-waasmunster",
                  {monthly_on_day("15", "13:30", "16:00", "Valt de 15de in het weekend, dan de maandag erna.",
                                  kWholeYear)}}},
      },
      Offer{
          .key = "budgetbegeleiding",
          .organization = "sociaal-huis",
          .name = "Financiële hulp en budgetbegeleiding",
          .description =
              "Kom je moeilijk rond of heb je schulden? Een maatschappelijk werker kijkt samen met jou naar je "
              "inkomsten en uitgaven en zoekt wat kan helpen: een tussenkomst in kosten, een afbetalingsplan of "
              "begeleiding bij je budget. Op donderdagavond is er een spreekuur voor wie overdag werkt.",
          .themes = {"finances", "wellbeing"},
          .target_groups = {"parents"},
          .intensity = "extra",
          .access = "eligibility",
          .eligibility = "Voor inwoners van Zele, Berlare en Waasmunster die moeilijk rondkomen. Het Sociaal Huis "
                         "bekijkt samen met jou welke hulp past.",
          .languages = {"nl", "fr", "ar", "uk", "ro", "pl"},
          .interpreter = true,
          .application = "Maak een afspraak bij het Sociaal Huis, of loop binnen tijdens de openingsuren.",
          .at = {{"sociaal-huis-zele",
                  {weekly("MO,TU,TH", "09:00", "12:00", {}, kWholeYear),
                   weekly("TH", "18:00", "19:30", {}, kWholeYear)}}},
      },
      Offer{
          .key = "tussenkomst-schoolkosten",
          .organization = "sociaal-huis",
          .name = "Tussenkomst in schoolkosten",
          .description =
              "Zijn de schooluitstappen, de sportdag, de boeken of de zwemlessen te duur? Het Sociaal Huis kan "
              "een deel betalen. Met je toestemming regelen we het rechtstreeks met de school, zodat je kind "
              "gewoon kan meedoen.",
          .themes = {"finances", "education"},
          .target_groups = {"parents"},
          .min_age = 30,
          .max_age = 18 * kYear - 1,
          .intensity = "extra",
          .access = "eligibility",
          .eligibility = "Voor gezinnen met een laag inkomen die in Zele, Berlare of Waasmunster wonen. Het "
                         "Sociaal Huis bekijkt samen met jou of je recht hebt.",
          .languages = {"nl", "fr", "ar", "ro"},
          .interpreter = true,
          .application = "Vraag het aan het Sociaal Huis, of vraag de brugfiguur of het CLB om je door te "
                         "verwijzen.",
          .at = {{"sociaal-huis-zele", {weekly("TU", "09:00", "12:00", {}, kWholeYear)}}},
      },
      Offer{
          .key = "uitpas-kansentarief",
          .organization = "sociaal-huis",
          .name = "UiTPAS met kansentarief aanvragen",
          .description =
              "Met een UiTPAS met kansentarief betaal je veel minder voor sport, cultuur, jeugdwerk, "
              "kinderopvang op vakantie en activiteiten van het Huis van het Kind. Je vraagt hem één keer aan, "
              "voor het hele gezin.",
          .themes = {"finances", "leisure"},
          .target_groups = {"parents", "children"},
          .min_age = 0,
          .intensity = "extra",
          .access = "eligibility",
          .eligibility = "Het kansentarief is er voor gezinnen met een laag inkomen, bijvoorbeeld met een "
                         "verhoogde tegemoetkoming van het ziekenfonds, een leefloon of in schuldbemiddeling.",
          .cost = priced(5.0, 0.0, "Een UiTPAS kost €5.", "Met recht op kansentarief krijg je de UiTPAS gratis."),
          .languages = {"nl", "fr", "en", "ar", "uk"},
          .interpreter = true,
          .application = "Kom langs in het Sociaal Huis met je identiteitskaart, of vraag het aan de pop-up op "
                         "de markt.",
          .at = {{"sociaal-huis-zele", {weekly("MO,WE,FR", "09:00", "12:00", {}, kWholeYear)}},
                 {"popup-markt-zele", {monthly("1SA", "09:00", "12:00", {}, kWholeYear)}}},
      },
      Offer{
          .key = "sociale-kruidenier",
          .organization = "sociale-kruidenier",
          .name = "Sociale kruidenier: goedkoper boodschappen doen",
          .description =
              "In de sociale kruidenier koop je voeding, luiers en verzorgingsproducten tegen een lage prijs. "
              "Het ziet eruit als een gewone winkel. Vrijwilligers helpen je, en in de koffiehoek kan je even "
              "bijpraten.",
          .themes = {"finances", "meeting-cohesion"},
          .target_groups = {"parents"},
          .intensity = "extra",
          .access = "referral",
          .eligibility = "Je krijgt een klantenkaart na een gesprek met een maatschappelijk werker van het "
                         "Sociaal Huis of het CAW.",
          .cost = income_related("Je betaalt voor je boodschappen, maar veel minder dan in een gewone winkel.",
                                 "Met een klantenkaart betaal je tot 30% minder dan in de supermarkt."),
          .languages = {"nl", "fr", "ar", "ro", "pl"},
          .application = "Het Sociaal Huis of het CAW verwijst je door en geeft je een klantenkaart.",
          .at = {{"kruidenier-waasmunster",
                  {weekly("TU,FR", "13:00", "17:00", {}, kWholeYear), weekly("SA", "09:00", "12:00", {}, kWholeYear)}}},
      },
  };
}

// ---------------------------------------------------------------------------------------
// Turning the tables into catalogue records.

const OrganizationRow* find_organization(std::string_view key) {
  for (const OrganizationRow& row : kOrganizations) {
    if (row.key == key) {
      return &row;
    }
  }
  return nullptr;
}

std::string_view location_kind(std::string_view key) {
  for (const LocationRow& row : kLocations) {
    if (row.key == key) {
      return row.kind;
    }
  }
  return {};
}

core::Phone phone(std::string_view id_path, std::string_view number, std::string_view description) {
  core::Phone p;
  p.id = demo_path_id(id_path);
  p.number = number;
  p.type = "voice";
  p.description = description;
  return p;
}

// "Sofie Van Damme" -> "sofie.vandamme"
std::string mailbox(std::string_view person) {
  if (person.starts_with("Dr. ")) {
    person.remove_prefix(4);
  }
  std::string out;
  bool first_name = true;
  for (char c : person) {
    if (c == ' ') {
      if (first_name) {
        out += '.';
        first_name = false;
      }
      continue;
    }
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

core::Organization organization(const OrganizationRow& row, unsigned index, const std::string& network_id) {
  const std::string path = join({"organization/", row.key});
  core::Organization org;
  org.id = demo_path_id(path);
  org.name = row.name;
  org.alternate_name = row.alternate_name;
  org.description = row.description;
  org.email = join({"info@", row.domain});
  org.website = join({"https://", row.domain});
  org.partner_type = row.type;
  org.network_ids = {network_id};
  org.phones = {phone(path + "/phone", row.phone, "Algemeen nummer")};
  core::Contact contact;
  contact.id = demo_path_id(path + "/contact");
  contact.name = row.contact_name;
  contact.title = row.contact_title;
  contact.email = mailbox(row.contact_name) + "@" + std::string(row.domain);
  org.contacts = {contact};
  org.last_modified = stamp(index);
  return org;
}

core::Location location(const LocationRow& row, unsigned index, const std::string& network_id) {
  const std::string path = join({"location/", row.key});
  core::Location loc;
  loc.id = demo_path_id(path);
  loc.network_id = network_id;
  loc.organization_id =
      row.organization.empty() ? std::string() : demo_path_id(join({"organization/", row.organization}));
  loc.kind = row.kind;
  loc.name = row.name;
  loc.description = row.description;
  loc.url = row.url;
  if (!row.street.empty()) {
    loc.address = core::Address{std::string(row.street), std::string(row.postcode), std::string(row.city)};
    loc.latitude = row.near.latitude + row.north;
    loc.longitude = row.near.longitude + row.east;
  }
  loc.transportation = row.transportation;
  loc.accessibility = row.accessibility;
  if (!row.phone.empty()) {
    loc.phones = {phone(path + "/phone", row.phone, "Onthaal")};
  }
  loc.last_modified = stamp(100 + index);
  return loc;
}

core::Service service(Offer offer, unsigned index, const std::string& network_id) {
  const std::string path = join({"service/", offer.key});
  core::Service s;
  s.id = demo_path_id(path);
  s.organization_id = demo_path_id(join({"organization/", offer.organization}));
  s.network_id = network_id;
  s.name = offer.name;
  s.alternate_name = offer.alternate_name;
  s.description = offer.description;
  if (const OrganizationRow* org = find_organization(offer.organization)) {
    s.url = join({"https://", org->domain, "/aanbod/", offer.key});
    s.email = join({"info@", org->domain});
  }
  s.themes = std::move(offer.themes);
  s.target_groups = std::move(offer.target_groups);
  s.min_age_months = offer.min_age;
  s.max_age_months = offer.max_age;
  s.intensity = offer.intensity;
  s.cost = std::move(offer.cost);
  s.languages = std::move(offer.languages);
  s.interpreter_available = offer.interpreter;
  s.registration_required = offer.registration;
  s.access = offer.access;
  s.eligibility_description = offer.eligibility;
  s.application_process = offer.application;
  s.recognised_by_opgroeien = offer.recognised;
  for (At& at : offer.at) {
    core::ServiceAtLocation sal;
    const std::string sal_path = join({path, "/at/", at.location});
    sal.id = demo_path_id(sal_path);
    sal.service_id = s.id;
    sal.location_id = demo_path_id(join({"location/", at.location}));
    sal.description = at.note;
    const std::string attending = location_kind(at.location) == "online" ? "online" : "in person";
    for (std::size_t i = 0; i < at.schedules.size(); ++i) {
      core::Schedule schedule = std::move(at.schedules[i]);
      schedule.id = demo_path_id(join({"schedule/", offer.key, "/at/", at.location, "/", std::to_string(i + 1)}));
      schedule.attending_type = attending;
      sal.schedules.push_back(std::move(schedule));
    }
    s.locations.push_back(std::move(sal));
  }
  s.last_modified = stamp(200 + index);
  return s;
}

}  // namespace

std::string demo_id(std::string_view path) { return demo_path_id(path); }

core::Catalogue demo_network() {
  core::Catalogue catalogue;
  catalogue.municipalities = {
      core::Municipality{"42028", "Zele", {"9240"}},
      core::Municipality{"42003", "Berlare", {"9290"}},
      core::Municipality{"42025", "Waasmunster", {"9250"}},
  };

  core::Network network;
  network.id = demo_path_id(kNetworkKey);
  network.name = "Huis van het Kind Scheldeboog (fictief)";
  network.description =
      "Fictieve demogegevens. Het Huis van het Kind Scheldeboog bestaat niet: het is een voorbeeld om het platform "
      "te leren kennen en om te testen. De gemeenten Zele, Berlare (met Overmere en Uitbergen) en Waasmunster, hun "
      "NIS-codes en postcodes zijn echt; de organisaties, adressen, personen, telefoonnummers en websites zijn "
      "verzonnen. In dit voorbeeld werken de drie gemeenten samen in één intergemeentelijk Huis van het Kind, met "
      "een hoofdhuis in Zele, antennepunten in Berlare, Overmere en Waasmunster, pop-ups op de markt en aan de "
      "schoolpoort, en een online chat.";
  network.website = "https://scheldeboog.example.org";
  network.email = "info@scheldeboog.example.org";
  for (const core::Municipality& municipality : catalogue.municipalities) {
    network.municipality_nis_codes.push_back(municipality.nis_code);
  }
  catalogue.networks = {network};

  unsigned index = 0;
  for (const OrganizationRow& row : kOrganizations) {
    catalogue.organizations.push_back(organization(row, index++, network.id));
  }
  index = 0;
  for (const LocationRow& row : kLocations) {
    catalogue.locations.push_back(location(row, index++, network.id));
  }
  index = 0;
  for (Offer& offer : offers()) {
    catalogue.services.push_back(service(std::move(offer), index++, network.id));
  }
  return catalogue;
}

}  // namespace hvhk::app

// The finder's search parameters as they travel in a URL (/zoeken?q=zwemmen&leeftijd=1-3&…):
// read and checked (anything wrong becomes a notice for the family, never an error page) and
// written back, whole or without one filter, for "remove this choice" links and paging.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/sessions.h"
#include "http/message.h"
#include "web/page.h"

namespace hvhk::web {

inline constexpr int kDefaultDistanceKm = 10;
inline constexpr int kMaxDistanceKm = 100;

struct FinderQuery {
  std::string q;                  // search words
  std::string age_band;           // leeftijd: an age band code
  std::string birth_date;         // geboortedatum: YYYY-MM-DD, also a due date
  std::optional<int> age_months;  // from birth_date: months old today (negative: not born yet)
  std::string theme;              // thema
  std::string postcode;           // postcode
  int distance_km = kDefaultDistanceKm;
  bool distance_given = false;   // afstand
  std::string day;               // dag: ma, di, wo, do, vr, za, zo
  std::string part_of_day;       // moment: voormiddag, namiddag, avond, weekend
  std::string cost;              // kost: gratis, kansentarief
  std::string language;          // taal: ISO 639 code of a language spoken
  bool interpreter = false;      // tolk=1
  std::string attendance;        // vorm: ter-plaatse, online
  bool no_registration = false;  // vrij=1: no registration needed
  bool this_week = false;        // wanneer=week: a session in the next 7 days
  std::size_t page = 1;          // pagina
  std::vector<std::string> notices;
};

// The URL values of the choice lists, in the order they are offered.
const std::vector<std::string_view>& day_codes();          // ma … zo (Monday first)
const std::vector<std::string_view>& part_of_day_codes();  // voormiddag, namiddag, avond, weekend

FinderQuery read_finder_query(const http::Request& request, const PageRender& page, core::Date today);

// f without one choice, named by its URL parameter ("q", "dag", "postcode" (with its distance), …).
FinderQuery without(const FinderQuery& f, std::string_view parameter);

// The query string of f (without paging), leaving out one parameter if asked ("q", "dag", …).
// Leaving out "postcode" also leaves out "afstand".
std::string encode_finder_query(const FinderQuery& f, std::string_view without = "");

}  // namespace hvhk::web

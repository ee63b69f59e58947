// The rules a catalogue must keep before it is stored, whatever the way in (HSDS import,
// partner portal, demo): required fields, known codes, sane ages and times, references that
// exist. Each problem names the record and the field, so a person can fix it.
#pragma once

#include <string>
#include <vector>

#include "core/catalogue.h"

namespace hvhk::core {

struct Problem {
  std::string record;  // e.g. `service 3f2a… ("Babymassage")`
  std::string field;   // e.g. "min_age_months"
  std::string message;
};

// Checks every record of `incoming`. References (organisation of an offer, location of a
// service-at-location, networks, municipalities) may point into `incoming` or `existing`.
std::vector<Problem> validate(const Catalogue& incoming, const Catalogue& existing);

// "service 3f2a… ("Babymassage"), field name: must not be empty"
std::string describe(const Problem& problem);

bool is_date(std::string_view text);         // YYYY-MM-DD, a real calendar day
bool is_time_of_day(std::string_view text);  // HH:MM, 00:00-23:59
bool is_email(std::string_view text);
bool is_http_url(std::string_view text);

}  // namespace hvhk::core

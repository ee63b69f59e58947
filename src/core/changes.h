// What changed in a catalogue record, field by field, as people read it in the change history
// ("Leeftijd: 0–3 jaar → 0–6 jaar"). Values are plain text renderings of the fields; the
// history stores them as HSDS metadata rows (store/catalogue_edits.h).
#pragma once

#include <string>
#include <vector>

#include "core/catalogue.h"

namespace hvhk::core {

struct FieldChange {
  std::string field;  // the catalogue field: name, description, min_age_months, schedules, ...
  std::string previous;
  std::string replacement;
  bool operator==(const FieldChange&) const = default;
};

// The fields of an offer that differ between before and after (empty when nothing changed).
// last_modified is not a change of its own.
std::vector<FieldChange> changes(const Service& before, const Service& after);
std::vector<FieldChange> changes(const Organization& before, const Organization& after);
std::vector<FieldChange> changes(const Location& before, const Location& after);

// A schedule as one line of text: "WEEKLY MO,WE 09:00-11:30 from 2026-09-01 until 2027-06-30".
std::string schedule_text(const Schedule& schedule);

}  // namespace hvhk::core

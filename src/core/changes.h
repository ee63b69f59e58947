// What changed in a catalogue record, field by field, as people read it in the change history
// ("Leeftijd: 0–3 jaar → 0–6 jaar"). Values are plain text renderings of the fields; the
// history stores them as HSDS metadata rows (store/catalogue_edits.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
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

// The change of "locations" keeps one line per time, a record the history page reads back to
// write it in the reader's language: "loc|WEEKLY|1|MO,TH||08:15|08:45|2026-09-04|||note"
// (a line with only the id: a place without a time).
std::string schedule_record(std::string_view location_id, const Schedule& schedule);
struct ScheduleRecord {
  std::string location_id;
  std::optional<Schedule> schedule;  // none: the place without a time
};
// nullopt for a line that is not a record (history written before records).
std::optional<ScheduleRecord> read_schedule_record(std::string_view line);

}  // namespace hvhk::core

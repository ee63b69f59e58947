// Reach figures of an offer from its registrations and attendance, for partners' reports:
// unique families and children by age band per year, and how many of the marked places were
// present. Only counts leave this file — never who. Families whose data was anonymised (no
// family key left) and walk-ins without contact count as one family each.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/connection.h"

namespace hvhk::store {

struct ReachYear {
  std::string year;                             // of the session's first date, "2026"
  int families = 0;                             // distinct family keys; one per registration without a key
  int anonymous_families = 0;                   // of families: registrations without a key (walk-ins, anonymised)
  int children = 0;                             // in confirmed registrations, each family once
  std::map<std::string, int> children_by_band;  // age band code → children
  int marked = 0;                               // attendance marks (registration × date)
  int present = 0;                              // of which present
};

class RegistrationFigures {
 public:
  explicit RegistrationFigures(Connection& connection) : connection_(connection) {}

  // The offer's reach per year, oldest year first; registrations cancelled or lapsed do not count.
  core::Result<std::vector<ReachYear>> reach(const std::string& service_id);

 private:
  Connection& connection_;
};

}  // namespace hvhk::store

#include "store/registration_figures.h"

#include <algorithm>
#include <set>
#include <sstream>

namespace hvhk::store {

core::Result<std::vector<ReachYear>> RegistrationFigures::reach(const std::string& service_id) {
  try {
    std::map<std::string, ReachYear> years;
    std::map<std::string, std::set<std::string>> seen;  // year → family keys counted
    const Rows rows = connection_.query(
        "SELECT substr(s.starts_at, 1, 4), r.family_key, r.state, r.age_bands, r.children "
        "FROM registrations r JOIN activity_sessions s ON s.id = r.session_id "
        "WHERE s.service_id = ? AND r.state NOT IN ('cancelled', 'lapsed') ORDER BY r.id",
        {p(service_id)});
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const std::string year = rows.text(i, 0);
      ReachYear& y = years[year];
      y.year = year;
      const std::string key = rows.text(i, 1);
      bool first = true;
      if (key.empty()) {
        ++y.anonymous_families;
      } else {
        first = seen[year].insert(key).second;
      }
      if (first) ++y.families;
      if (!first || rows.text(i, 2) != "confirmed") continue;
      std::istringstream bands(rows.text(i, 3));
      std::string band;
      int counted = 0;
      while (bands >> band) {
        ++y.children_by_band[band];
        ++counted;
      }
      y.children += std::max(counted, static_cast<int>(rows.integer(i, 4)));
    }
    const Rows marks = connection_.query(
        "SELECT substr(s.starts_at, 1, 4), a.present, COUNT(*) FROM attendance a "
        "JOIN registrations r ON r.id = a.registration_id JOIN activity_sessions s ON s.id = r.session_id "
        "WHERE s.service_id = ? GROUP BY substr(s.starts_at, 1, 4), a.present",
        {p(service_id)});
    for (std::size_t i = 0; i < marks.size(); ++i) {
      ReachYear& y = years[marks.text(i, 0)];
      y.year = marks.text(i, 0);
      const auto count = static_cast<int>(marks.integer(i, 2));
      y.marked += count;
      if (marks.integer(i, 1) != 0) y.present += count;
    }
    std::vector<ReachYear> out;
    out.reserve(years.size());
    for (auto& [year, y] : years) out.push_back(std::move(y));
    return out;
  } catch (const DbError& e) {
    return tl::unexpected(internal_error(e));
  }
}

}  // namespace hvhk::store

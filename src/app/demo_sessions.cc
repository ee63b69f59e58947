#include "app/demo_sessions.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "app/demo_network.h"
#include "core/sessions.h"

namespace hvhk::app {
namespace {

constexpr int kYear = 12;

// count dates from first, days_between apart, skipping the given dates (holidays).
std::vector<store::SessionDate> dates(const std::string& first, int count, int days_between, const std::string& from,
                                      const std::string& to, const std::vector<std::string>& skip = {}) {
  std::vector<store::SessionDate> out;
  auto day = std::chrono::sys_days(*core::parse_date(first));
  while (static_cast<int>(out.size()) < count) {
    const std::string text = core::format_date(core::Date{day});
    const auto weekday = std::chrono::weekday(day).c_encoding();
    const bool weekend = days_between == 1 && (weekday == 0 || weekday == 6);
    if (!weekend && std::find(skip.begin(), skip.end(), text) == skip.end()) {
      out.push_back({fmt::format("{}T{}", text, from), fmt::format("{}T{}", text, to)});
    }
    day += std::chrono::days(days_between);
  }
  return out;
}

store::ActivitySession session(const std::string& id, const std::string& offer, const std::string& place) {
  store::ActivitySession s;
  s.id = id;
  s.service_id = demo_id("service/" + offer);
  s.location_id = demo_id("location/" + place);
  return s;
}

}  // namespace

std::vector<store::ActivitySession> demo_sessions() {
  std::vector<store::ActivitySession> out;

  store::ActivitySession super_start = session("super-start-waasmunster-2027", "super-start", "antenne-waasmunster");
  super_start.kind = "series";
  super_start.dates = dates("2027-01-15", 7, 7, "09:00", "11:00");
  super_start.capacity = 10;
  super_start.min_age_months = 22;
  super_start.max_age_months = 3 * kYear;
  out.push_back(std::move(super_start));

  store::ActivitySession summer = session("zomerklas-2027", "zomerklas", "school-regenboog");
  summer.kind = "series";
  summer.dates = dates("2027-07-05", 10, 1, "09:00", "12:00");
  summer.capacity = 16;
  summer.min_age_months = 5 * kYear;
  summer.max_age_months = 78;
  summer.residents_until = "2027-05-31";
  summer.resident_postcodes = "9240 9290 9250";  // Zele, Berlare, Waasmunster
  summer.price_standard_cents = 2000;
  summer.price_reduced_cents = 500;
  summer.price_nonresident_cents = 3500;
  out.push_back(std::move(summer));

  // Each Wednesday on its own, not in the Christmas holidays.
  for (const store::SessionDate& d : dates("2026-11-25", 8, 7, "13:30", "15:30", {"2026-12-23", "2026-12-30"})) {
    store::ActivitySession homework =
        session(fmt::format("huiswerkklas-{}", d.starts_at.substr(0, 10)), "huiswerkklas", "school-regenboog");
    homework.dates = {d};
    homework.capacity = 12;
    homework.min_age_months = 6 * kYear;
    homework.max_age_months = 12 * kYear - 1;
    homework.confirm_hours = 24;
    out.push_back(std::move(homework));
  }
  return out;
}

}  // namespace hvhk::app

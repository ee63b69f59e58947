#include "search/session_calendar.h"

namespace hvhk::search {

SessionCalendar::SessionCalendar(const core::Catalogue& catalogue, core::Date today)
    : today_(today), entries_(catalogue.services.size()) {
  const auto from = std::chrono::sys_days{today};
  for (std::size_t i = 0; i < catalogue.services.size(); ++i) {
    Entry& entry = entries_[i];
    for (const core::ServiceAtLocation& sal : catalogue.services[i].locations) {
      for (const core::Schedule& schedule : sal.schedules) {
        entry.scheduled = true;
        const auto next = core::next_session(schedule, today);
        if (!next) continue;
        const auto days = static_cast<std::int32_t>((std::chrono::sys_days{*next} - from).count());
        if (entry.days_to_next < 0 || days < entry.days_to_next) entry.days_to_next = days;
        const unsigned weekdays = core::weekdays(schedule);
        const unsigned parts = core::day_parts(schedule);
        for (unsigned day = 0; day < 7; ++day) {
          if ((weekdays & (1U << day)) != 0) entry.slots |= parts << (3 * day);
        }
      }
    }
  }
}

bool SessionCalendar::happens(std::uint32_t service, unsigned day_mask, unsigned part_mask) const {
  std::uint32_t wanted = 0;
  for (unsigned day = 0; day < 7; ++day) {
    if ((day_mask & (1U << day)) != 0) wanted |= (part_mask & 7U) << (3 * day);
  }
  return (entries_[service].slots & wanted) != 0;
}

std::optional<int> SessionCalendar::days_to_next(std::uint32_t service) const {
  const std::int32_t days = entries_[service].days_to_next;
  if (days < 0) return std::nullopt;
  return days;
}

}  // namespace hvhk::search

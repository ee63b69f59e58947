// Every offer of a catalogue as seen on one day: how many days until its next session, and
// on which weekdays and parts of the day its sessions fall. What the finder filters on
// ("evenings", "Saturday") and ranks by ("soonest first"); built once a day per catalogue.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/catalogue.h"
#include "core/sessions.h"

namespace hvhk::search {

class SessionCalendar {
 public:
  SessionCalendar(const core::Catalogue& catalogue, core::Date today);

  [[nodiscard]] core::Date today() const { return today_; }
  // Days from today to the next session of services[service]; nullopt when it has none ahead.
  [[nodiscard]] std::optional<int> days_to_next(std::uint32_t service) const;
  // Whether the offer has dated sessions at all (offers by appointment have none).
  [[nodiscard]] bool has_schedule(std::uint32_t service) const { return entries_[service].scheduled; }
  // Whether one of the offer's schedules with sessions ahead falls on one of the weekdays in
  // day_mask (core::weekdays bits) at one of the parts of the day in part_mask (core::DayPart).
  [[nodiscard]] bool happens(std::uint32_t service, unsigned day_mask, unsigned part_mask) const;

 private:
  struct Entry {
    std::int32_t days_to_next = -1;  // -1: none ahead
    std::uint32_t slots = 0;         // bit 3 * weekday + part, for weekday 0 (Monday) … 6, part 0 … 2
    bool scheduled = false;
  };
  core::Date today_;
  std::vector<Entry> entries_;
};

}  // namespace hvhk::search

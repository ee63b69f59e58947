// What both calendar files share (an offer's, web/calendar_file; a registration's,
// web/registration_notice): an owning handle for libical components, the plain TZID the events
// name, and Europe/Brussels as a VTIMEZONE cut to the rules in force from a moment on.
#pragma once

#include <libical/ical.h>

#include <memory>

namespace hvhk::web::ical {

// libical's own TZID for a built-in zone carries a vendor prefix
// ("/freeassociation.sourceforge.net/Europe/Brussels"); calendar programs know the plain name.
inline constexpr const char* kZoneName = "Europe/Brussels";

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// Europe/Brussels from the system's zoneinfo (zone), cut to the rules in force from `from` (UTC)
// on so the file stays small, under its plain TZID; nullptr without tzdata.
Component brussels_timezone(icaltimezone* zone, icaltimetype from);

// A timed DTSTART or DTEND: wall-clock time with the zone's TZID when zoned, else floating.
icalproperty* with_zone(icalproperty* property, bool zoned);

}  // namespace hvhk::web::ical

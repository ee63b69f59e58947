#include "web/ical_parts.h"

namespace hvhk::web::ical {

Component brussels_timezone(icaltimezone* zone, icaltimetype from) {
  if (zone == nullptr) return nullptr;
  icalcomponent* builtin = icaltimezone_get_component(zone);  // owned by libical
  if (builtin == nullptr) return nullptr;
  Component copy(icalcomponent_new_clone(builtin));
  icaltimezone_truncate_vtimezone(copy.get(), from, icaltime_null_time(), 1);
  icalproperty* tzid = icalcomponent_get_first_property(copy.get(), ICAL_TZID_PROPERTY);
  if (tzid == nullptr) return nullptr;
  icalproperty_set_tzid(tzid, kZoneName);
  return copy;
}

icalproperty* with_zone(icalproperty* property, bool zoned) {
  if (zoned) icalproperty_add_parameter(property, icalparameter_new_tzid(kZoneName));
  return property;
}

}  // namespace hvhk::web::ical

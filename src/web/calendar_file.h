// "Add to my calendar" for an offer: an RFC 5545 iCalendar file with one event (recurring where the
// schedule repeats) per schedule of the offer at one place, in Brussels time, built with libical.
#pragma once

#include <string>
#include <string_view>

#include "core/catalogue.h"

namespace hvhk::web {

// The VCALENDAR (METHOD:PUBLISH, CRLF line ends, lines folded at 75 octets) for service at place,
// which happens at location (nullptr when unknown). offer_url is the offer's page on the site;
// now_utc is the file's DTSTAMP as an iCalendar UTC date-time ("20261123T120000Z").
// Schedules without a valid dtstart or with a rule libical cannot read are left out; a schedule
// without opens_at becomes an all-day event. Returns "" when no event is left or now_utc is not
// a UTC date-time, so the caller can leave the link out.
std::string calendar_file(const core::Service& service, const core::Location* location,
                          const core::ServiceAtLocation& place, std::string_view offer_url, std::string_view now_utc);

}  // namespace hvhk::web

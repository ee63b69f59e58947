// What the family is told about its registration, in its own language: subject and plain-text body
// for an e-mail, a short SMS text, and an iCalendar file for the session's dates. The texts come
// from the gettext catalogues (src/web/locales/<lang>.notices.po), dates are written out with ICU
// in the family's language, the calendar is RFC 5545 built with libical in Brussels time.
#pragma once

#include <string>
#include <vector>

#include "store/connection.h"
#include "store/registration_store.h"

namespace hvhk::web {

struct NoticeFacts {
  std::string event;     // "confirmed", "waitlisted", "offered", "cancelled", "lapsed", "reminder"
  std::string language;  // nl fr en tr ar uk (anything else: nl)
  std::string first_name;
  std::string offer_name;  // as the partner wrote it (Dutch)
  std::string organization_name;
  std::string place;                      // "Naam, Straat 1, 9240 Zele" (one line; may be "")
  std::vector<store::SessionDate> dates;  // local ISO "2027-01-10T09:30"; a reminder gets the one date
  int children = 1;
  int place_in_line = 0;       // waitlisted
  std::string confirm_before;  // offered: local ISO date-time "2026-11-25T10:00"
  std::string price;           // "€ 5,00" or "" (free)
  std::string link;            // absolute URL of the family's own page (see, confirm, cancel)
  std::string uid;             // stable base for iCalendar UIDs, e.g. "registration-42@hvhk.example"
  std::string now_utc;         // "2026-11-23T10:00:00Z" (DTSTAMP)
};

struct Notice {
  std::string subject;   // one line
  std::string body;      // plain text, "\n" line ends, ends with the link
  std::string calendar;  // VCALENDAR or "" (waitlisted, lapsed: none)
  std::string sms;       // at most 160 GSM-ish characters where possible; includes the link
};

Notice compose_notice(const NoticeFacts& facts);

// Queues the notice through the outbox on the given connection (inside the caller's transaction):
// channel "email" → an e-mail to `address` with the calendar attached; "sms" → an SMS to
// `address`; "print" → nothing (and false). dedupe_key names the person and the event
// ("registration:42:confirmed", "reminder:42:2027-01-10T09:30"). Throws store::DbError when the
// database fails (so the caller's transaction rolls back). Returns false when the key was queued before.
bool enqueue_notice(store::Connection& connection, const Notice& notice, const std::string& channel,
                    const std::string& address, const std::string& dedupe_key, const std::string& now_utc);

}  // namespace hvhk::web

// The offer editor's form as typed: every catalogue field of an offer, its places and times,
// kept as text so a wrong value comes back exactly as it was typed. Turns an offer into a form
// (to edit it), a posted form into a form, and a form into an offer — with a message per field
// that is wrong, in the page's language. A form waiting for review is stored as its posted body
// and read back with the same parser.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "http/message.h"

namespace hvhk::web {

// One time an offer happens at a place: once, every week or every month.
struct OfferTime {
  std::string id;                 // the stored time it was opened from (empty: a new time)
  std::string place;              // location id
  std::string repeat;             // "once", "weekly", "monthly"
  std::vector<std::string> days;  // MO..SU
  std::string week;               // for monthly: 1..4 or -1 (last)
  std::string start;              // YYYY-MM-DD (the date itself when once)
  std::string until;              // YYYY-MM-DD, may be empty
  std::string count;              // how many times in all (a series), may be empty
  std::string interval = "1";     // every n weeks or months
  std::string opens;              // HH:MM
  std::string closes;             // HH:MM
  std::string note;               // shown to families instead of the times in words
  bool remove = false;            // "remove this time" ticked
  [[nodiscard]] bool blank() const;
  bool operator==(const OfferTime&) const = default;
};

struct OfferForm {
  std::string name, alternate_name, description, url, email, phone;
  std::vector<std::string> themes, target_groups, languages;
  bool prenatal = false;  // also for expectant parents (from pregnancy)
  std::string min_age = "0", min_unit = "years", max_age = "3", max_unit = "years";
  std::string intensity = "universal", access = "open";
  bool free = true;
  std::string amount, reduced_amount, reduced_description, cost_description;
  bool interpreter = false, registration = false;
  std::string eligibility, application_process;
  std::vector<std::string> places;  // location ids where it happens
  std::vector<OfferTime> times;
  std::int64_t version = 0;  // the version the editor was opened with (0: new)
  bool operator==(const OfferForm&) const = default;
};

OfferForm form_from_offer(const core::Service& offer, std::int64_t version);
OfferForm form_from_fields(const http::QueryParams& fields);
// The form as the browser sends it (application/x-www-form-urlencoded, without CSRF token and
// button): what a draft waiting for review keeps. form_from_fields reads it back unchanged.
std::string form_body(const OfferForm& form);

// field name → message, in the order the fields appear on the form.
using FieldErrors = std::vector<std::pair<std::string, std::string>>;
using Translate = std::function<std::string(std::string_view)>;

// The offer the form describes, on top of base (id, organisation, network, status, contacts and
// what the form does not show stay as they are). places_allowed: the location ids the
// organisation may choose; the places the offer has already (base) stay allowed, also when they
// belong to another organisation. A time keeps its stored id and notes; when its times change,
// a note that was left as it was (it restated the old times) is dropped, so that families read
// the new times in words. Errors are added to errors; the result is only meaningful without them.
core::Service offer_from_form(const OfferForm& form, const core::Service& base,
                              const std::vector<std::string>& places_allowed, const Translate& t, FieldErrors& errors);

}  // namespace hvhk::web

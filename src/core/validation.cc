#include "core/validation.h"

#include <fmt/format.h>

#include <chrono>
#include <set>
#include <unordered_set>

#include "core/ids.h"
#include "core/languages.h"
#include "core/vocabulary.h"

namespace hvhk::core {
namespace {

constexpr int kMinAgeMonths = -9;
constexpr int kMaxAgeMonths = 25 * 12;
constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMaxTextBytes = 10000;

bool two_digits(std::string_view t, std::size_t at, int max) {
  if (t.size() < at + 2 || t[at] < '0' || t[at] > '9' || t[at + 1] < '0' || t[at + 1] > '9') {
    return false;
  }
  return (t[at] - '0') * 10 + (t[at + 1] - '0') <= max;
}

bool is_weekday_list(std::string_view byday, bool allow_ordinal) {
  static const std::set<std::string_view> kDays{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  if (byday.empty()) {
    return true;
  }
  std::size_t start = 0;
  while (start <= byday.size()) {
    const std::size_t comma = byday.find(',', start);
    std::string_view part =
        byday.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    // An ordinal for monthly rules: 1SA (first Saturday) .. 5SA, -1SA (last Saturday).
    const std::size_t ordinal = !allow_ordinal || part.empty()       ? 0
                                : part[0] == '-'                     ? 2
                                : (part[0] >= '1' && part[0] <= '5') ? 1
                                                                     : 0;
    if (ordinal > 0) {
      if (part.size() < ordinal + 2 || (ordinal == 2 && (part[1] < '1' || part[1] > '5'))) return false;
      part.remove_prefix(ordinal);
    }
    if (!kDays.contains(part)) {
      return false;
    }
    if (comma == std::string_view::npos) {
      break;
    }
    start = comma + 1;
  }
  return true;
}

class Checker {
 public:
  Checker(const Catalogue& incoming, const Catalogue& existing) {
    for (const Catalogue* c : {&existing, &incoming}) {
      for (const auto& m : c->municipalities) municipalities_.insert(m.nis_code);
      for (const auto& n : c->networks) networks_.insert(n.id);
      for (const auto& o : c->organizations) organizations_.insert(o.id);
      for (const auto& l : c->locations) locations_.insert(l.id);
    }
  }

  std::vector<Problem> run(const Catalogue& c) {
    for (const auto& m : c.municipalities) check_municipality(m);
    for (const auto& n : c.networks) check_network(n);
    for (const auto& o : c.organizations) check_organization(o);
    for (const auto& l : c.locations) check_location(l);
    for (const auto& s : c.services) check_service(s);
    return std::move(problems_);
  }

 private:
  void add(const std::string& record, std::string_view field, std::string message) {
    problems_.push_back(Problem{record, std::string(field), std::move(message)});
  }

  // Ids must be UUIDs and unique across the incoming records.
  void check_id(const std::string& record, std::string_view id) {
    if (!is_uuid(id)) {
      add(record, "id", "must be a UUID");
    } else if (!seen_ids_.insert(std::string(id)).second) {
      add(record, "id", "is used by another record in the same import");
    }
  }

  void required(const std::string& record, std::string_view field, std::string_view value, std::size_t max) {
    if (value.empty()) {
      add(record, field, "must not be empty");
    } else if (value.size() > max) {
      add(record, field, fmt::format("is longer than {} bytes", max));
    }
  }

  void optional_text(const std::string& record, std::string_view field, std::string_view value) {
    if (value.size() > kMaxTextBytes) {
      add(record, field, fmt::format("is longer than {} bytes", kMaxTextBytes));
    }
  }

  void check_email(const std::string& record, std::string_view field, std::string_view value) {
    if (!value.empty() && !is_email(value)) add(record, field, "is not an e-mail address");
  }

  void check_url(const std::string& record, std::string_view field, std::string_view value) {
    if (!value.empty() && !is_http_url(value))
      add(record, field, "must be a web address starting with https:// or http://");
  }

  void check_code(const std::string& record, std::string_view field, const Vocabulary& vocabulary,
                  std::string_view code) {
    if (!vocabulary.contains(code)) {
      add(record, field, fmt::format("'{}' is not a known {} code", code, vocabulary.code));
    }
  }

  void check_phones(const std::string& record, const std::vector<Phone>& phones) {
    for (const Phone& phone : phones) {
      check_id(record + " phone", phone.id);
      if (phone.number.empty() || phone.number.size() > 40) add(record, "phones.number", "must be 1 to 40 characters");
    }
  }

  void check_contacts(const std::string& record, const std::vector<Contact>& contacts) {
    for (const Contact& contact : contacts) {
      check_id(record + " contact", contact.id);
      check_email(record, "contacts.email", contact.email);
      check_phones(record + " contact", contact.phones);
    }
  }

  void check_municipality(const Municipality& m) {
    const std::string record = fmt::format("municipality {}", m.nis_code);
    if (m.nis_code.size() != 5 || m.nis_code.find_first_not_of("0123456789") != std::string::npos) {
      add(record, "nis_code", "must be a NIS code of 5 digits");
    }
    required(record, "name", m.name, kMaxNameBytes);
  }

  void check_network(const Network& n) {
    const std::string record = fmt::format("network {} (\"{}\")", n.id, n.name);
    check_id(record, n.id);
    required(record, "name", n.name, kMaxNameBytes);
    check_url(record, "website", n.website);
    check_email(record, "email", n.email);
    for (const std::string& nis : n.municipality_nis_codes) {
      if (!municipalities_.contains(nis)) add(record, "municipalities", fmt::format("unknown municipality {}", nis));
    }
  }

  void check_organization(const Organization& o) {
    const std::string record = fmt::format("organization {} (\"{}\")", o.id, o.name);
    check_id(record, o.id);
    required(record, "name", o.name, kMaxNameBytes);
    optional_text(record, "description", o.description);
    check_email(record, "email", o.email);
    check_url(record, "website", o.website);
    check_code(record, "partner_type", partner_types(), o.partner_type);
    for (const std::string& id : o.network_ids) {
      if (!networks_.contains(id)) add(record, "network_ids", fmt::format("unknown network {}", id));
    }
    check_phones(record, o.phones);
    check_contacts(record, o.contacts);
  }

  void check_location(const Location& l) {
    const std::string record = fmt::format("location {} (\"{}\")", l.id, l.name);
    check_id(record, l.id);
    required(record, "name", l.name, kMaxNameBytes);
    check_code(record, "kind", location_kinds(), l.kind);
    if (!networks_.contains(l.network_id)) add(record, "network_id", fmt::format("unknown network {}", l.network_id));
    if (!l.organization_id.empty() && !organizations_.contains(l.organization_id)) {
      add(record, "organization_id", fmt::format("unknown organization {}", l.organization_id));
    }
    if (l.kind == "online") {
      check_url(record, "url", l.url);
    } else if (!l.address) {
      add(record, "address", "a place families go to needs an address");
    }
    if (l.address) {
      required(record, "address.street", l.address->street, kMaxNameBytes);
      required(record, "address.city", l.address->city, kMaxNameBytes);
      if (l.address->postcode.size() != 4 || l.address->postcode.find_first_not_of("0123456789") != std::string::npos) {
        add(record, "address.postcode", "must be a Belgian postcode of 4 digits");
      }
    }
    if (l.latitude.has_value() != l.longitude.has_value()) {
      add(record, "latitude", "latitude and longitude come together");
    }
    if (l.latitude && (*l.latitude < -90 || *l.latitude > 90)) add(record, "latitude", "must be between -90 and 90");
    if (l.longitude && (*l.longitude < -180 || *l.longitude > 180)) {
      add(record, "longitude", "must be between -180 and 180");
    }
    check_phones(record, l.phones);
  }

  void check_schedule(const std::string& record, const Schedule& h) {
    check_id(record + " schedule", h.id);
    if (!h.freq.empty() && h.freq != "WEEKLY" && h.freq != "MONTHLY") {
      add(record, "schedules.freq", "must be WEEKLY, MONTHLY or empty for a single date");
    }
    if (h.interval < 1 || h.interval > 52) add(record, "schedules.interval", "must be from 1 to 52");
    if (!is_weekday_list(h.byday, h.freq == "MONTHLY")) {
      add(record, "schedules.byday", "must be days like MO,WE (or 1SA for the first Saturday of the month)");
    }
    if (h.dtstart.empty() || !is_date(h.dtstart)) add(record, "schedules.dtstart", "must be a date YYYY-MM-DD");
    if (!h.until.empty() && !is_date(h.until)) add(record, "schedules.until", "must be a date YYYY-MM-DD");
    if (!h.until.empty() && is_date(h.dtstart) && h.until < h.dtstart) {
      add(record, "schedules.until", "is before the start date");
    }
    if (h.count && (*h.count < 1 || *h.count > 1000)) add(record, "schedules.count", "must be from 1 to 1000");
    if (!h.opens_at.empty() && !is_time_of_day(h.opens_at)) add(record, "schedules.opens_at", "must be a time HH:MM");
    if (!h.closes_at.empty() && !is_time_of_day(h.closes_at))
      add(record, "schedules.closes_at", "must be a time HH:MM");
    if (is_time_of_day(h.opens_at) && is_time_of_day(h.closes_at) && h.closes_at <= h.opens_at) {
      add(record, "schedules.closes_at", "must be after the start time");
    }
  }

  void check_service(const Service& s) {
    const std::string record = fmt::format("service {} (\"{}\")", s.id, s.name);
    check_id(record, s.id);
    required(record, "name", s.name, kMaxNameBytes);
    required(record, "description", s.description, kMaxTextBytes);
    optional_text(record, "application_process", s.application_process);
    optional_text(record, "eligibility_description", s.eligibility_description);
    check_url(record, "url", s.url);
    check_email(record, "email", s.email);
    if (s.status != "active" && s.status != "inactive" && s.status != "defunct" && s.status != "temporarily closed") {
      add(record, "status", "must be active, inactive, defunct or temporarily closed");
    }
    if (!organizations_.contains(s.organization_id)) {
      add(record, "organization_id", fmt::format("unknown organization {}", s.organization_id));
    }
    if (!networks_.contains(s.network_id)) add(record, "network_id", fmt::format("unknown network {}", s.network_id));
    if (s.themes.empty()) add(record, "themes", "needs at least one pillar or life domain");
    for (const auto& code : s.themes) check_code(record, "themes", themes(), code);
    for (const auto& code : s.target_groups) check_code(record, "target_groups", target_groups(), code);
    check_code(record, "intensity", intensities(), s.intensity);
    check_code(record, "access", access_kinds(), s.access);
    if (s.min_age_months < kMinAgeMonths || s.min_age_months > kMaxAgeMonths) {
      add(record, "min_age_months", fmt::format("must be from {} to {}", kMinAgeMonths, kMaxAgeMonths));
    }
    if (s.max_age_months < kMinAgeMonths || s.max_age_months > kMaxAgeMonths) {
      add(record, "max_age_months", fmt::format("must be from {} to {}", kMinAgeMonths, kMaxAgeMonths));
    }
    if (s.min_age_months > s.max_age_months) add(record, "max_age_months", "is lower than min_age_months");
    if (s.cost.free && s.cost.amount && *s.cost.amount > 0) add(record, "cost.amount", "a free offer has no price");
    if (s.cost.amount && *s.cost.amount < 0) add(record, "cost.amount", "must not be negative");
    if (s.cost.reduced_amount && *s.cost.reduced_amount < 0) add(record, "cost.reduced_amount", "must not be negative");
    if (s.cost.reduced_amount && s.cost.amount && *s.cost.reduced_amount > *s.cost.amount) {
      add(record, "cost.reduced_amount", "is higher than the standard price");
    }
    for (const auto& code : s.languages) {
      if (!is_known_language(code)) add(record, "languages", fmt::format("'{}' is not a known language code", code));
    }
    if (s.access != "open" && s.eligibility_description.empty()) {
      add(record, "eligibility_description", "say who can take part when access is not open to all");
    }
    if (!s.last_modified.empty() && !is_date(std::string_view(s.last_modified).substr(0, 10))) {
      add(record, "last_modified", "must be a date-time like 2026-11-01T09:00:00Z");
    }
    check_phones(record, s.phones);
    check_contacts(record, s.contacts);
    for (const ServiceAtLocation& sal : s.locations) {
      check_id(record + " service_at_location", sal.id);
      if (!locations_.contains(sal.location_id)) {
        add(record, "service_at_locations.location_id", fmt::format("unknown location {}", sal.location_id));
      }
      for (const Schedule& h : sal.schedules) check_schedule(record, h);
    }
  }

  std::unordered_set<std::string> municipalities_, networks_, organizations_, locations_, seen_ids_;
  std::vector<Problem> problems_;
};

}  // namespace

std::vector<Problem> validate(const Catalogue& incoming, const Catalogue& existing) {
  return Checker(incoming, existing).run(incoming);
}

std::string describe(const Problem& problem) {
  return fmt::format("{}, field {}: {}", problem.record, problem.field, problem.message);
}

bool is_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
    if (t[i] < '0' || t[i] > '9') return false;
  }
  const int y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
  const unsigned m = static_cast<unsigned>((t[5] - '0') * 10 + (t[6] - '0'));
  const unsigned d = static_cast<unsigned>((t[8] - '0') * 10 + (t[9] - '0'));
  return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}.ok();
}

bool is_time_of_day(std::string_view t) {
  return t.size() == 5 && t[2] == ':' && two_digits(t, 0, 23) && two_digits(t, 3, 59);
}

bool is_email(std::string_view t) {
  const std::size_t at = t.find('@');
  return t.size() <= 254 && at != std::string_view::npos && at > 0 && t.find('@', at + 1) == std::string_view::npos &&
         t.find('.', at) != std::string_view::npos && t.back() != '.' &&
         t.find_first_of(" \t\r\n<>\"") == std::string_view::npos;
}

bool is_http_url(std::string_view t) {
  return (t.starts_with("https://") || t.starts_with("http://")) && t.size() <= 2000 &&
         t.find_first_of(" \t\r\n<>\"") == std::string_view::npos && t.find('.') != std::string_view::npos;
}

}  // namespace hvhk::core

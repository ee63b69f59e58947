#include "core/changes.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <functional>

namespace hvhk::core {
namespace {

std::string joined(const std::vector<std::string>& values) { return fmt::format("{}", fmt::join(values, ", ")); }

std::vector<std::string> sorted(std::vector<std::string> values) {
  std::sort(values.begin(), values.end());
  return values;
}

std::optional<int> number(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::string yes_no(bool value) { return value ? "yes" : "no"; }

std::string amount(const std::optional<double>& value) { return value ? fmt::format("{:.2f}", *value) : ""; }

std::string optional_number(const std::optional<double>& value) { return value ? fmt::format("{:.6f}", *value) : ""; }

std::string phones_text(const std::vector<Phone>& phones) {
  std::vector<std::string> parts;
  parts.reserve(phones.size());
  for (const Phone& phone : phones) parts.push_back(phone.number);
  return joined(parts);
}

std::string contacts_text(const std::vector<Contact>& contacts) {
  std::vector<std::string> parts;
  parts.reserve(contacts.size());
  for (const Contact& contact : contacts) parts.push_back(fmt::format("{} <{}>", contact.name, contact.email));
  return joined(parts);
}

// Places and times of an offer, one line per time (schedule_record) or per place without a
// time (its id), sorted: the order of places and times is not a change.
std::string places_text(const std::vector<ServiceAtLocation>& places) {
  std::vector<std::string> lines;
  for (const ServiceAtLocation& place : places) {
    if (place.schedules.empty()) lines.push_back(place.location_id);
    for (const Schedule& schedule : place.schedules) lines.push_back(schedule_record(place.location_id, schedule));
  }
  std::sort(lines.begin(), lines.end());
  return fmt::format("{}", fmt::join(lines, "\n"));
}

// Adds a change for each field whose text differs.
class Differ {
 public:
  void field(std::string name, std::string before, std::string after) {
    if (before != after) out_.push_back(FieldChange{std::move(name), std::move(before), std::move(after)});
  }
  // A list whose items only changed order is not a change.
  void list(std::string name, const std::vector<std::string>& before, const std::vector<std::string>& after) {
    if (sorted(before) != sorted(after)) field(std::move(name), joined(before), joined(after));
  }
  std::vector<FieldChange> take() { return std::move(out_); }

 private:
  std::vector<FieldChange> out_;
};

std::string address_text(const std::optional<Address>& address) {
  if (!address) return "";
  return fmt::format("{}, {} {}", address->street, address->postcode, address->city);
}

}  // namespace

std::string schedule_text(const Schedule& s) {
  std::string text = s.freq.empty() ? std::string("ONCE") : s.freq;
  if (s.interval > 1) text += fmt::format(" every {}", s.interval);
  if (!s.byday.empty()) text += " " + s.byday;
  if (!s.bymonthday.empty()) text += " day " + s.bymonthday;
  if (!s.opens_at.empty() || !s.closes_at.empty()) text += fmt::format(" {}-{}", s.opens_at, s.closes_at);
  if (!s.dtstart.empty()) text += " from " + s.dtstart;
  if (!s.until.empty()) text += " until " + s.until;
  if (s.count) text += fmt::format(" ({} times)", *s.count);
  if (!s.description.empty()) text += " — " + s.description;
  return text;
}

std::string schedule_record(std::string_view location_id, const Schedule& s) {
  std::string note = s.description;
  std::replace(note.begin(), note.end(), '|', '/');
  std::replace(note.begin(), note.end(), '\n', ' ');
  return fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}", location_id, s.freq, s.interval, s.byday, s.bymonthday,
                     s.opens_at, s.closes_at, s.dtstart, s.until, s.count ? std::to_string(*s.count) : "", note);
}

std::optional<ScheduleRecord> read_schedule_record(std::string_view line) {
  std::vector<std::string> parts;
  while (true) {
    const auto bar = line.find('|');
    parts.emplace_back(line.substr(0, bar));
    if (bar == std::string_view::npos) break;
    line.remove_prefix(bar + 1);
  }
  ScheduleRecord r;
  r.location_id = parts[0];
  if (parts.size() == 1) {  // a place without a time: its id (older history: "id: WEEKLY ...")
    return r.location_id.find(' ') == std::string::npos ? std::optional<ScheduleRecord>(r) : std::nullopt;
  }
  if (parts.size() != 11) return std::nullopt;
  Schedule s;
  s.freq = parts[1];
  s.interval = number(parts[2]).value_or(1);
  s.byday = parts[3];
  s.bymonthday = parts[4];
  s.opens_at = parts[5];
  s.closes_at = parts[6];
  s.dtstart = parts[7];
  s.until = parts[8];
  s.count = number(parts[9]);
  s.description = parts[10];
  r.schedule = std::move(s);
  return r;
}

std::vector<FieldChange> changes(const Service& a, const Service& b) {
  Differ d;
  d.field("name", a.name, b.name);
  d.field("alternate_name", a.alternate_name, b.alternate_name);
  d.field("description", a.description, b.description);
  d.field("url", a.url, b.url);
  d.field("email", a.email, b.email);
  d.field("status", a.status, b.status);
  d.list("themes", a.themes, b.themes);
  d.list("target_groups", a.target_groups, b.target_groups);
  d.field("min_age_months", std::to_string(a.min_age_months), std::to_string(b.min_age_months));
  d.field("max_age_months", std::to_string(a.max_age_months), std::to_string(b.max_age_months));
  d.field("intensity", a.intensity, b.intensity);
  d.field("cost.free", yes_no(a.cost.free), yes_no(b.cost.free));
  d.field("cost.amount", amount(a.cost.amount), amount(b.cost.amount));
  d.field("cost.reduced_amount", amount(a.cost.reduced_amount), amount(b.cost.reduced_amount));
  d.field("cost.reduced_description", a.cost.reduced_description, b.cost.reduced_description);
  d.field("cost.description", a.cost.description, b.cost.description);
  d.list("languages", a.languages, b.languages);
  d.field("interpreter_available", yes_no(a.interpreter_available), yes_no(b.interpreter_available));
  d.field("registration_required", yes_no(a.registration_required), yes_no(b.registration_required));
  d.field("access", a.access, b.access);
  d.field("eligibility_description", a.eligibility_description, b.eligibility_description);
  d.field("application_process", a.application_process, b.application_process);
  d.field("recognised_by_opgroeien", yes_no(a.recognised_by_opgroeien), yes_no(b.recognised_by_opgroeien));
  d.field("phones", phones_text(a.phones), phones_text(b.phones));
  d.field("contacts", contacts_text(a.contacts), contacts_text(b.contacts));
  d.field("locations", places_text(a.locations), places_text(b.locations));
  return d.take();
}

std::vector<FieldChange> changes(const Organization& a, const Organization& b) {
  Differ d;
  d.field("name", a.name, b.name);
  d.field("alternate_name", a.alternate_name, b.alternate_name);
  d.field("description", a.description, b.description);
  d.field("email", a.email, b.email);
  d.field("website", a.website, b.website);
  d.field("partner_type", a.partner_type, b.partner_type);
  d.list("networks", a.network_ids, b.network_ids);
  d.field("phones", phones_text(a.phones), phones_text(b.phones));
  d.field("contacts", contacts_text(a.contacts), contacts_text(b.contacts));
  return d.take();
}

std::vector<FieldChange> changes(const Location& a, const Location& b) {
  Differ d;
  d.field("name", a.name, b.name);
  d.field("kind", a.kind, b.kind);
  d.field("network", a.network_id, b.network_id);
  d.field("description", a.description, b.description);
  d.field("url", a.url, b.url);
  d.field("address", address_text(a.address), address_text(b.address));
  d.field("latitude", optional_number(a.latitude), optional_number(b.latitude));
  d.field("longitude", optional_number(a.longitude), optional_number(b.longitude));
  d.field("transportation", a.transportation, b.transportation);
  d.field("accessibility", a.accessibility, b.accessibility);
  d.field("phones", phones_text(a.phones), phones_text(b.phones));
  return d.take();
}

}  // namespace hvhk::core

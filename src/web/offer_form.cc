#include "web/offer_form.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "core/languages.h"
#include "core/validation.h"
#include "core/vocabulary.h"
#include "http/form.h"

namespace hvhk::web {
namespace {

constexpr std::size_t kMaxTimes = 30;
constexpr std::size_t kMaxText = 5000;
constexpr std::array<std::string_view, 7> kDays{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

std::string field(const http::QueryParams& fields, std::string_view name) {
  return std::string(fields.get(name).value_or(""));
}

std::vector<std::string> all(const http::QueryParams& fields, std::string_view name) {
  std::vector<std::string> out;
  for (const std::string_view v : fields.all(name)) out.emplace_back(v);
  return out;
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::optional<int> whole_number(std::string_view text) {
  const std::string t = trimmed(text);
  int value = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
  return value;
}

// "12", "12,50" or "12.50" euro; nullopt when it is not an amount.
std::optional<double> euro(std::string_view text) {
  std::string t = trimmed(text);
  if (t.starts_with("€")) t = trimmed(std::string_view(t).substr(std::string_view("€").size()));
  std::replace(t.begin(), t.end(), ',', '.');
  double value = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size() || value < 0 || value > 100000) {
    return std::nullopt;
  }
  return std::round(value * 100) / 100;
}

std::string amount_text(const std::optional<double>& amount) {
  if (!amount) return "";
  return std::floor(*amount) == *amount ? fmt::format("{:.0f}", *amount) : fmt::format("{:.2f}", *amount);
}

// Months as the form shows them: whole years where it can.
std::pair<std::string, std::string> age_fields(int months) {
  if (months % 12 == 0) return {std::to_string(months / 12), "years"};
  return {std::to_string(months), "months"};
}

bool known(const core::Vocabulary& vocabulary, const std::vector<std::string>& codes) {
  return std::all_of(codes.begin(), codes.end(), [&](const std::string& c) { return vocabulary.contains(c); });
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

bool OfferTime::blank() const {
  return days.empty() && trimmed(start).empty() && trimmed(until).empty() && trimmed(count).empty() &&
         trimmed(opens).empty() && trimmed(closes).empty() && trimmed(note).empty();
}

OfferForm form_from_offer(const core::Service& s, std::int64_t version) {
  OfferForm f;
  f.name = s.name;
  f.alternate_name = s.alternate_name;
  f.description = s.description;
  f.url = s.url;
  f.email = s.email;
  f.phone = s.phones.empty() ? "" : s.phones.front().number;
  f.themes = s.themes;
  f.target_groups = s.target_groups;
  f.languages = s.languages;
  f.prenatal = s.min_age_months < 0;
  std::tie(f.min_age, f.min_unit) = age_fields(std::max(0, s.min_age_months));
  std::tie(f.max_age, f.max_unit) = age_fields(std::max(0, s.max_age_months + 1));
  f.intensity = s.intensity;
  f.access = s.access;
  f.free = s.cost.free;
  f.amount = amount_text(s.cost.amount);
  f.reduced_amount = amount_text(s.cost.reduced_amount);
  f.reduced_description = s.cost.reduced_description;
  f.cost_description = s.cost.description;
  f.interpreter = s.interpreter_available;
  f.registration = s.registration_required;
  f.eligibility = s.eligibility_description;
  f.application_process = s.application_process;
  for (const core::ServiceAtLocation& sal : s.locations) {
    f.places.push_back(sal.location_id);
    for (const core::Schedule& h : sal.schedules) {
      OfferTime t;
      t.id = h.id;
      t.place = sal.location_id;
      t.repeat = h.freq == "WEEKLY" ? "weekly" : h.freq == "MONTHLY" ? "monthly" : "once";
      std::string_view byday = h.byday;
      while (!byday.empty()) {
        const auto comma = byday.find(',');
        std::string_view day = byday.substr(0, comma);
        byday.remove_prefix(comma == std::string_view::npos ? byday.size() : comma + 1);
        if (day.size() > 2) {  // "1SA", "-1FR"
          t.week = std::string(day.substr(0, day.size() - 2));
          day.remove_prefix(day.size() - 2);
        }
        t.days.emplace_back(day);
      }
      t.start = h.dtstart;
      t.until = h.until;
      t.count = h.count ? std::to_string(*h.count) : "";
      t.interval = std::to_string(h.interval);
      t.opens = h.opens_at;
      t.closes = h.closes_at;
      t.note = h.description;
      f.times.push_back(std::move(t));
    }
  }
  f.version = version;
  return f;
}

OfferForm form_from_fields(const http::QueryParams& fields) {
  OfferForm f;
  f.name = field(fields, "name");
  f.alternate_name = field(fields, "alternate_name");
  f.description = field(fields, "description");
  f.url = field(fields, "url");
  f.email = field(fields, "email");
  f.phone = field(fields, "phone");
  f.themes = all(fields, "themes");
  f.target_groups = all(fields, "target_groups");
  f.languages = all(fields, "languages");
  f.prenatal = fields.get("prenatal").has_value();
  f.min_age = field(fields, "min_age");
  f.min_unit = field(fields, "min_unit");
  f.max_age = field(fields, "max_age");
  f.max_unit = field(fields, "max_unit");
  f.intensity = field(fields, "intensity");
  f.access = field(fields, "access");
  f.free = field(fields, "free") != "no";
  f.amount = field(fields, "amount");
  f.reduced_amount = field(fields, "reduced_amount");
  f.reduced_description = field(fields, "reduced_description");
  f.cost_description = field(fields, "cost_description");
  f.interpreter = fields.get("interpreter").has_value();
  f.registration = fields.get("registration").has_value();
  f.eligibility = field(fields, "eligibility");
  f.application_process = field(fields, "application_process");
  f.places = all(fields, "places");
  for (std::size_t i = 0; i < kMaxTimes; ++i) {
    const std::string prefix = fmt::format("t{}_", i);
    if (!fields.get(prefix + "repeat")) break;
    OfferTime t;
    t.id = field(fields, prefix + "id");
    t.remove = fields.get(prefix + "remove").has_value();
    t.place = field(fields, prefix + "place");
    t.repeat = field(fields, prefix + "repeat");
    t.days = all(fields, prefix + "day");
    t.week = field(fields, prefix + "week");
    t.start = field(fields, prefix + "start");
    t.until = field(fields, prefix + "until");
    t.count = field(fields, prefix + "count");
    t.interval = field(fields, prefix + "interval");
    t.opens = field(fields, prefix + "opens");
    t.closes = field(fields, prefix + "closes");
    t.note = field(fields, prefix + "note");
    f.times.push_back(std::move(t));
  }
  f.version = whole_number(field(fields, "version")).value_or(0);
  return f;
}

std::string form_body(const OfferForm& f) {
  std::string body;
  const auto add = [&body](std::string_view name, std::string_view value) {
    body += (body.empty() ? "" : "&") + http::encode_form_value(name) + "=" + http::encode_form_value(value);
  };
  const auto add_all = [&add](std::string_view name, const std::vector<std::string>& values) {
    for (const std::string& v : values) add(name, v);
  };
  add("version", std::to_string(f.version));
  add("name", f.name);
  add("alternate_name", f.alternate_name);
  add("description", f.description);
  add("url", f.url);
  add("email", f.email);
  add("phone", f.phone);
  add_all("themes", f.themes);
  add_all("target_groups", f.target_groups);
  add_all("languages", f.languages);
  if (f.prenatal) add("prenatal", "yes");
  add("min_age", f.min_age);
  add("min_unit", f.min_unit);
  add("max_age", f.max_age);
  add("max_unit", f.max_unit);
  add("intensity", f.intensity);
  add("access", f.access);
  add("free", f.free ? "yes" : "no");
  add("amount", f.amount);
  add("reduced_amount", f.reduced_amount);
  add("reduced_description", f.reduced_description);
  add("cost_description", f.cost_description);
  if (f.interpreter) add("interpreter", "yes");
  if (f.registration) add("registration", "yes");
  add("eligibility", f.eligibility);
  add("application_process", f.application_process);
  add_all("places", f.places);
  for (std::size_t i = 0; i < f.times.size(); ++i) {
    const OfferTime& t = f.times[i];
    const std::string prefix = fmt::format("t{}_", i);
    if (!t.id.empty()) add(prefix + "id", t.id);
    if (t.remove) add(prefix + "remove", "yes");
    add(prefix + "place", t.place);
    add(prefix + "repeat", t.repeat);
    add_all(prefix + "day", t.days);
    add(prefix + "week", t.week);
    add(prefix + "start", t.start);
    add(prefix + "until", t.until);
    add(prefix + "count", t.count);
    add(prefix + "interval", t.interval);
    add(prefix + "opens", t.opens);
    add(prefix + "closes", t.closes);
    add(prefix + "note", t.note);
  }
  return body;
}

core::Service offer_from_form(const OfferForm& f, const core::Service& base,
                              const std::vector<std::string>& places_allowed, const Translate& t, FieldErrors& errors) {
  const auto error = [&errors](std::string name, std::string message) {
    errors.emplace_back(std::move(name), std::move(message));
  };
  const auto too_long = [&](const std::string& name, const std::string& value) {
    if (value.size() > kMaxText) error(name, t("This text is too long: at most 5000 characters."));
  };
  core::Service s = base;
  s.name = trimmed(f.name);
  if (s.name.empty()) error("name", t("Give the offer a name."));
  if (s.name.size() > 200) error("name", t("The name is too long: at most 200 characters."));
  s.alternate_name = trimmed(f.alternate_name);
  s.description = trimmed(f.description);
  if (s.description.empty()) error("description", t("Say in a few sentences what families can expect."));
  too_long("description", s.description);
  s.url = trimmed(f.url);
  if (!s.url.empty() && !core::is_http_url(s.url)) error("url", t("Give a web address starting with https://."));
  s.email = trimmed(f.email);
  if (!s.email.empty() && !core::is_email(s.email)) error("email", t("This is not an e-mail address."));
  const std::string phone = trimmed(f.phone);
  if (phone.empty()) {
    s.phones.clear();
  } else {
    const bool digits_only = std::all_of(phone.begin(), phone.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == '+' || c == ' ' || c == '/' || c == '.' || c == '-' || c == '(' || c == ')';
    });
    if (!digits_only || phone.size() > 30)
      error("phone", t("Give a phone number with digits only, e.g. 052 12 34 56."));
    if (s.phones.empty()) s.phones.push_back(core::Phone{base.id + "-phone", "", "voice", ""});
    s.phones.front().number = phone;
    s.phones.resize(1);
  }

  if (f.themes.empty()) error("themes", t("Choose at least one theme."));
  if (!known(core::themes(), f.themes)) error("themes", t("Choose themes from the list."));
  s.themes = f.themes;
  if (!known(core::target_groups(), f.target_groups)) error("target_groups", t("Choose from the list."));
  s.target_groups = f.target_groups;

  // Ages in months; a number beyond 25 years is refused before it is multiplied (no overflow).
  const auto months = [](const std::optional<int>& n, const std::string& unit) -> std::optional<int> {
    if (!n || *n < 0 || *n > 25 * 12) return std::nullopt;
    const int value = unit == "months" ? *n : *n * 12;
    return value <= 25 * 12 ? std::optional<int>(value) : std::nullopt;
  };
  const auto min = months(whole_number(f.min_age), f.min_unit);
  const auto max = months(whole_number(f.max_age), f.max_unit);
  if (!min) error("min_age", t("Give an age from 0 to 25."));
  if (!max || (*max == 0 && !f.prenatal)) error("max_age", t("Give an age from 1 to 25."));
  if (min && max && *max <= *min && !(f.prenatal && *max == 0)) {
    error("max_age", t("The age up to must be higher than the age from."));
  }
  if (min && max) {
    s.min_age_months = f.prenatal ? -9 : *min;
    s.max_age_months = *max - 1;
  }

  if (!core::intensities().contains(f.intensity)) error("intensity", t("Choose from the list."));
  s.intensity = f.intensity;
  if (!core::access_kinds().contains(f.access)) error("access", t("Choose from the list."));
  s.access = f.access;
  s.eligibility_description = trimmed(f.eligibility);
  too_long("eligibility", s.eligibility_description);
  if (s.access != "open" && s.eligibility_description.empty()) {
    error("eligibility", t("Say who can take part, or choose \"open to everyone\"."));
  }
  s.application_process = trimmed(f.application_process);
  too_long("application_process", s.application_process);

  s.cost = core::Cost{};
  s.cost.free = f.free;
  s.cost.description = trimmed(f.cost_description);
  if (!f.free) {
    s.cost.amount = euro(f.amount);
    if (!s.cost.amount) error("amount", t("Give the price in euro, e.g. 5 or 2,50."));
    if (!trimmed(f.reduced_amount).empty()) {
      s.cost.reduced_amount = euro(f.reduced_amount);
      if (!s.cost.reduced_amount) error("reduced_amount", t("Give the price in euro, e.g. 5 or 2,50."));
    }
    s.cost.reduced_description = trimmed(f.reduced_description);
  }

  for (const std::string& code : f.languages) {
    if (!core::is_known_language(code)) error("languages", t("Choose languages from the list."));
  }
  s.languages = f.languages;
  s.interpreter_available = f.interpreter;
  s.registration_required = f.registration;

  // Places: the ones ticked and the ones with a time. A place the offer has already stays
  // allowed, also another organisation's (the owner's place is shown, not chosen).
  const auto allowed = [&](const std::string& place) {
    return contains(places_allowed, place) ||
           std::any_of(base.locations.begin(), base.locations.end(),
                       [&](const core::ServiceAtLocation& old) { return old.location_id == place; });
  };
  const auto used = [](const OfferTime& time) { return !time.blank() && !time.remove; };
  std::vector<std::string> places;
  for (const std::string& place : f.places) {
    if (!allowed(place)) {
      error("places", t("Choose places from the list."));
    } else if (!contains(places, place)) {
      places.push_back(place);
    }
  }
  for (std::size_t i = 0; i < f.times.size(); ++i) {
    const OfferTime& time = f.times[i];
    if (!used(time) || contains(places, time.place)) continue;
    if (time.place.empty()) {
      error(fmt::format("t{}_place", i), t("Choose a place for this time."));
    } else if (!allowed(time.place)) {
      error(fmt::format("t{}_place", i),
            t("This place is not one of a partner of your Huis van het Kind. Choose a place from the list."));
    } else {
      places.push_back(time.place);
    }
  }
  // The stored times a form time came from, by id; their ids stay, new times get a free one.
  std::map<std::string, const core::Schedule*> stored;
  for (const core::ServiceAtLocation& old : base.locations) {
    for (const core::Schedule& h : old.schedules) stored.emplace(h.id, &h);
  }
  std::vector<core::ServiceAtLocation> at;
  for (const std::string& place : places) {
    core::ServiceAtLocation sal;
    for (const core::ServiceAtLocation& old : base.locations) {
      if (old.location_id == place) sal = old;
    }
    if (sal.id.empty()) sal.id = s.id + "@" + place;
    sal.service_id = s.id;
    sal.location_id = place;
    sal.schedules.clear();
    at.push_back(std::move(sal));
  }
  if (at.empty() && errors.end() == std::find_if(errors.begin(), errors.end(), [](const auto& e) {
                      return e.first == "places" || e.first.ends_with("_place");
                    })) {
    error("places", t("Choose at least one place (or the online place)."));
  }
  std::set<std::string> taken;
  for (const OfferTime& time : f.times) {
    if (used(time) && stored.contains(time.id)) taken.insert(time.id);
  }
  std::set<std::string> kept;
  for (std::size_t i = 0; i < f.times.size(); ++i) {
    const OfferTime& time = f.times[i];
    if (!used(time)) continue;
    const std::string name = fmt::format("t{}", i);
    core::Schedule h;
    const auto was = stored.find(time.id);
    const core::Schedule* old = was != stored.end() && kept.insert(time.id).second ? was->second : nullptr;
    if (old != nullptr) {
      h.id = old->id;
      h.notes = old->notes;
    } else {
      for (std::size_t n = i + 1; h.id.empty() || taken.contains(h.id); ++n) h.id = fmt::format("{}-time-{}", s.id, n);
      taken.insert(h.id);
    }
    if (time.repeat == "weekly") {
      h.freq = "WEEKLY";
    } else if (time.repeat == "monthly") {
      h.freq = "MONTHLY";
    } else if (time.repeat != "once") {
      error(name, t("Choose once, every week or every month."));
    }
    for (const std::string& day : time.days) {
      if (std::find(kDays.begin(), kDays.end(), day) == kDays.end()) error(name, t("Choose days from the list."));
    }
    if (h.freq == "WEEKLY") {
      if (time.days.empty()) error(name, t("Choose the day or days of the week."));
      h.byday = fmt::format("{}", fmt::join(time.days, ","));
    } else if (h.freq == "MONTHLY") {
      const auto week = whole_number(time.week);
      if (time.days.size() != 1 || !week || *week < -1 || *week > 4 || *week == 0) {
        error(name, t("Choose which week of the month and one day, e.g. the first Saturday."));
      } else {
        h.byday = fmt::format("{}{}", *week, time.days.front());
      }
    }
    h.dtstart = trimmed(time.start);
    if (!core::is_date(h.dtstart)) error(name, t("Give the (first) date as day/month/year."));
    h.until = trimmed(time.until);
    if (!h.until.empty() && !core::is_date(h.until)) error(name, t("Give the last date as day/month/year."));
    if (!h.until.empty() && core::is_date(h.dtstart) && h.until < h.dtstart) {
      error(name, t("The last date must come after the first."));
    }
    if (!trimmed(time.count).empty()) {
      h.count = whole_number(time.count);
      if (!h.count || *h.count < 1 || *h.count > 400) error(name, t("Give the number of times as a number, e.g. 7."));
    }
    const auto interval = whole_number(time.interval.empty() ? std::string("1") : time.interval);
    if (!interval || *interval < 1 || *interval > 12) {
      error(name, t("Give every how many weeks or months, e.g. 2 for every other week."));
    } else {
      h.interval = *interval;
    }
    h.opens_at = trimmed(time.opens);
    h.closes_at = trimmed(time.closes);
    if (!core::is_time_of_day(h.opens_at) || !core::is_time_of_day(h.closes_at)) {
      error(name, t("Give the start and end time, e.g. 09:30 and 11:00."));
    } else if (h.closes_at <= h.opens_at) {
      error(name, t("The end time must come after the start time."));
    }
    h.description = trimmed(time.note);
    if (old != nullptr) {
      const bool times_changed = h.freq != old->freq || h.interval != old->interval || h.byday != old->byday ||
                                 h.dtstart != old->dtstart || h.until != old->until || h.count != old->count ||
                                 h.opens_at != old->opens_at || h.closes_at != old->closes_at;
      if (times_changed && h.description == trimmed(old->description)) h.description.clear();
      h.valid_from = old->valid_from == old->dtstart ? h.dtstart : old->valid_from;
      h.valid_to = old->valid_to == old->until ? h.until : old->valid_to;
    }
    h.attending_type = "in person";
    for (core::ServiceAtLocation& sal : at) {
      if (sal.location_id == time.place) sal.schedules.push_back(h);
    }
  }
  s.locations = std::move(at);
  return s;
}

}  // namespace hvhk::web

#include "web/finder_query.h"

#include <fmt/format.h>

#include <charconv>

#include "core/languages.h"
#include "core/postcodes.h"
#include "core/vocabulary.h"
#include "web/offer_text.h"

namespace hvhk::web {
namespace {

constexpr std::size_t kMaxQueryBytes = 200;
constexpr std::size_t kMaxPlaceBytes = 60;

bool one_of(std::string_view value, const std::vector<std::string_view>& allowed) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

// Reads an optional parameter that must be one of a list; a wrong value becomes a notice.
void read_choice(const http::Request& request, std::string_view name, const std::vector<std::string_view>& allowed,
                 std::string& out, std::vector<std::string>& notices, const std::string& notice) {
  const auto value = request.query.get(name);
  if (!value || value->empty()) return;
  if (one_of(*value, allowed)) {
    out = *value;
  } else {
    notices.push_back(notice);
  }
}

bool flag(const http::Request& request, std::string_view name) {
  const auto value = request.query.get(name);
  return value && (*value == "1" || *value == "on" || *value == "ja");
}

// Whole months from birth to today; negative before birth (a due date).
int months_between(core::Date birth, core::Date today) {
  int months = (static_cast<int>(today.year()) - static_cast<int>(birth.year())) * 12 +
               static_cast<int>(static_cast<unsigned>(today.month())) -
               static_cast<int>(static_cast<unsigned>(birth.month()));
  if (months > 0 && today.day() < birth.day()) --months;
  if (months < 0 && today.day() > birth.day()) ++months;
  return months;
}

// A birth date as browsers send it (2024-03-15) or as people write it (15/03/2024, 15-3-2024,
// 15.03.2024): a date input without JavaScript support is a plain text field.
std::optional<core::Date> read_birth_date(std::string_view text) {
  if (auto iso = core::parse_date(text)) return iso;
  int parts[3] = {0, 0, 0};
  std::size_t n = 0;
  const char* p = text.data();
  const char* end = text.data() + text.size();
  while (n < 3 && p < end) {
    const auto [next, ec] = std::from_chars(p, end, parts[n]);
    if (ec != std::errc()) return std::nullopt;
    ++n;
    p = next;
    if (p < end && n < 3 && (*p == '/' || *p == '-' || *p == '.')) ++p;
  }
  if (n != 3 || p != end || parts[2] < 1000 || parts[0] < 1 || parts[1] < 1) return std::nullopt;
  const core::Date date{std::chrono::year{parts[2]}, std::chrono::month{static_cast<unsigned>(parts[1])},
                        std::chrono::day{static_cast<unsigned>(parts[0])}};
  if (!date.ok()) return std::nullopt;
  return date;
}

}  // namespace

const std::vector<std::string_view>& day_codes() {
  static const std::vector<std::string_view> codes{"ma", "di", "wo", "do", "vr", "za", "zo"};
  return codes;
}

const std::vector<std::string_view>& part_of_day_codes() {
  static const std::vector<std::string_view> codes{"voormiddag", "namiddag", "avond", "weekend"};
  return codes;
}

FinderQuery read_finder_query(const http::Request& request, const PageRender& page, core::Date today) {
  FinderQuery f;
  if (auto q = request.query.get("q")) {
    std::string text(*q);
    if (text.size() > kMaxQueryBytes) {
      // Cut at a character boundary: never in the middle of a UTF-8 sequence.
      std::size_t cut = kMaxQueryBytes;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;
      text.resize(cut);
      f.notices.push_back(page.t("Your search was very long; we used the first part."));
    }
    f.q = std::move(text);
  }
  if (auto age = request.query.get("leeftijd"); age && !age->empty()) {
    if (core::age_bands().contains(*age)) {
      f.age_band = *age;
    } else {
      f.notices.push_back(page.t("We do not know that age; we show all ages."));
    }
  }
  if (auto born = request.query.get("geboortedatum"); born && !born->empty()) {
    const auto date = read_birth_date(*born);
    const int months = date ? months_between(*date, today) : 0;
    if (date && months >= -10 && months <= 25 * 12) {
      f.birth_date = core::format_date(*date);
      f.age_months = months;
    } else if (date) {
      f.notices.push_back(
          page.t("That birth date is not possible for a child up to 24 years old or a baby on the way."));
    } else {
      f.notices.push_back(page.t("Write the birth date as day/month/year, for example 15/03/2024."));
    }
  }
  if (auto theme = request.query.get("thema"); theme && !theme->empty()) {
    if (core::themes().contains(*theme)) {
      f.theme = *theme;
    } else {
      f.notices.push_back(page.t("We do not know that theme; we show all themes."));
    }
  }
  if (auto place = request.query.get("postcode"); place && !place->empty()) {
    // A postcode, or the name of a town or village as people type it.
    const core::PostcodeDirectory& directory = core::PostcodeDirectory::embedded();
    std::string_view typed = *place;
    while (!typed.empty() && typed.front() == ' ') typed.remove_prefix(1);
    while (!typed.empty() && typed.back() == ' ') typed.remove_suffix(1);
    if (directory.centroid(typed)) {
      f.postcode = typed;
    } else if (const auto postcode = typed.size() <= kMaxPlaceBytes ? directory.postcode_of(typed) : std::nullopt) {
      f.postcode = *postcode;
    } else {
      f.notices.push_back(page.t(
          "We do not know that postcode or town. Type a postcode of 4 digits, like 9240, or a name, like Zele."));
    }
  }
  if (auto distance = request.query.get("afstand"); distance && !distance->empty()) {
    int km = 0;
    const auto [ptr, ec] = std::from_chars(distance->data(), distance->data() + distance->size(), km);
    if (ec == std::errc() && ptr == distance->data() + distance->size() && km >= 1 && km <= kMaxDistanceKm) {
      f.distance_km = km;
      f.distance_given = true;
    } else {
      f.notices.push_back(tf(page, "The distance must be a number of kilometres from 1 to {0}.", kMaxDistanceKm));
    }
  }
  const std::string unknown_choice = page.t("We do not know one of your choices; we left it out.");
  read_choice(request, "dag", day_codes(), f.day, f.notices, unknown_choice);
  read_choice(request, "moment", part_of_day_codes(), f.part_of_day, f.notices, unknown_choice);
  read_choice(request, "kost", {"gratis", "kansentarief"}, f.cost, f.notices, unknown_choice);
  read_choice(request, "vorm", {"ter-plaatse", "online"}, f.attendance, f.notices, unknown_choice);
  read_choice(request, "taal", core::known_language_codes(), f.language, f.notices, unknown_choice);
  f.interpreter = flag(request, "tolk");
  f.no_registration = flag(request, "vrij");
  if (auto when = request.query.get("wanneer"); when && !when->empty()) {
    if (*when == "week") {
      f.this_week = true;
    } else {
      f.notices.push_back(unknown_choice);
    }
  }
  if (auto p = request.query.get("pagina"); p && !p->empty()) {
    std::size_t n = 0;
    const auto [ptr, ec] = std::from_chars(p->data(), p->data() + p->size(), n);
    if (ec == std::errc() && ptr == p->data() + p->size() && n >= 1 && n <= 10000) f.page = n;
  }
  // One notice per kind of mistake is enough.
  std::vector<std::string> unique;
  for (std::string& notice : f.notices) {
    if (std::find(unique.begin(), unique.end(), notice) == unique.end()) unique.push_back(std::move(notice));
  }
  f.notices = std::move(unique);
  return f;
}

FinderQuery without(const FinderQuery& f, std::string_view parameter) {
  FinderQuery out = f;
  out.notices.clear();
  out.page = 1;
  if (parameter == "q") out.q.clear();
  if (parameter == "leeftijd") out.age_band.clear();
  if (parameter == "geboortedatum") {
    out.birth_date.clear();
    out.age_months.reset();
  }
  if (parameter == "thema") out.theme.clear();
  if (parameter == "postcode") {
    out.postcode.clear();
    out.distance_km = kDefaultDistanceKm;
    out.distance_given = false;
  }
  if (parameter == "afstand") {
    out.distance_km = kDefaultDistanceKm;
    out.distance_given = false;
  }
  if (parameter == "dag") out.day.clear();
  if (parameter == "moment") out.part_of_day.clear();
  if (parameter == "kost") out.cost.clear();
  if (parameter == "taal") out.language.clear();
  if (parameter == "tolk") out.interpreter = false;
  if (parameter == "vorm") out.attendance.clear();
  if (parameter == "vrij") out.no_registration = false;
  if (parameter == "wanneer") out.this_week = false;
  return out;
}

std::string encode_finder_query(const FinderQuery& f, std::string_view without) {
  std::string out;
  const auto add = [&](std::string_view name, std::string_view value, std::string_view group = "") {
    if (value.empty() || name == without || (!group.empty() && group == without)) return;
    if (!out.empty()) out += '&';
    out += fmt::format("{}={}", name, encode_query_value(value));
  };
  add("q", f.q);
  add("leeftijd", f.age_band);
  add("geboortedatum", f.birth_date);
  add("thema", f.theme);
  add("postcode", f.postcode);
  if (f.distance_given) add("afstand", std::to_string(f.distance_km), "postcode");
  add("dag", f.day);
  add("moment", f.part_of_day);
  add("kost", f.cost);
  add("taal", f.language);
  add("tolk", f.interpreter ? "1" : "");
  add("vorm", f.attendance);
  add("vrij", f.no_registration ? "1" : "");
  add("wanneer", f.this_week ? "week" : "");
  return out;
}

}  // namespace hvhk::web

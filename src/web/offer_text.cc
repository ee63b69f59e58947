#include "web/offer_text.h"

#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <cmath>
#include <map>
#include <memory>

#include "core/languages.h"

namespace hvhk::web {

std::string stage_icon(std::string_view age_band_code) { return fmt::format("/static/stage-{}.svg", age_band_code); }

std::string theme_icon(std::string_view theme_code) { return fmt::format("/static/theme-{}.svg", theme_code); }

std::string age_text(const PageRender& page, const core::Service& s) {
  if (s.max_age_months < 0) return page.t("During pregnancy");
  const int to = (s.max_age_months + 1) / 12;
  if (s.min_age_months < 0) return tf(page, "From pregnancy to {0} years", to);
  if (s.min_age_months < 12 && s.max_age_months < 24)
    return tf(page, "{0} to {1} months", s.min_age_months, s.max_age_months + 1);
  return tf(page, "{0} to {1} years", s.min_age_months / 12, to);
}

namespace {

std::string money(double amount) {
  return std::floor(amount) == amount ? fmt::format("€{:.0f}", amount) : fmt::format("€{:.2f}", amount);
}

std::string format_day(std::string_view language, std::string_view skeleton, core::Date date) {
  const icu::DateFormat* format = date_format(language, skeleton);
  if (format == nullptr) return core::format_date(date);
  const auto days = std::chrono::sys_days{date}.time_since_epoch().count();
  icu::UnicodeString text;
  format->format(static_cast<UDate>(days) * 86400000.0, text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

const icu::DateFormat* date_format(std::string_view language, std::string_view skeleton) {
  thread_local std::map<std::string, std::unique_ptr<icu::DateFormat>, std::less<>> formats;
  const std::string key = fmt::format("{}/{}", language, skeleton);
  if (const auto found = formats.find(key); found != formats.end()) return found->second.get();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(std::string(language).c_str());
  std::unique_ptr<icu::DateTimePatternGenerator> generator(
      icu::DateTimePatternGenerator::createInstance(locale, status));
  std::unique_ptr<icu::DateFormat> format;
  if (U_SUCCESS(status)) {
    const icu::UnicodeString pattern = generator->getBestPattern(
        icu::UnicodeString::fromUTF8(icu::StringPiece(skeleton.data(), static_cast<int32_t>(skeleton.size()))), status);
    if (U_SUCCESS(status)) format = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
  }
  if (!format || U_FAILURE(status)) return nullptr;
  format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
  return formats.emplace(key, std::move(format)).first->second.get();
}

std::string cost_text(const PageRender& page, const core::Service& s) {
  if (s.cost.free) return page.t("Free");
  std::string out = s.cost.amount ? money(*s.cost.amount) : page.t("Not free");
  if (s.cost.reduced_amount) out += " · " + tf(page, "reduced tariff {0}", money(*s.cost.reduced_amount));
  return out;
}

std::string languages_text(const core::Service& s) {
  std::string out;
  for (const std::string& code : s.languages) {
    if (!out.empty()) out += ", ";
    out += core::language_endonym(code);
  }
  return out;
}

std::string access_text(const PageRender& page, const core::Service& s) {
  if (s.access == "referral") return page.t("After a referral by a professional");
  if (s.access == "eligibility") return page.t("Under conditions");
  return page.t("Open to every family");
}

std::string summary(std::string_view text) {
  constexpr std::size_t kMax = 180;
  if (text.size() <= kMax) return std::string(text);
  std::size_t cut = text.rfind(' ', kMax);
  if (cut == std::string_view::npos) cut = kMax;
  return std::string(text.substr(0, cut)) + " …";
}

std::string map_url(const core::Location& l) {
  if (l.latitude && l.longitude) {
    return fmt::format("https://www.openstreetmap.org/?mlat={:.6f}&mlon={:.6f}#map=17/{:.6f}/{:.6f}", *l.latitude,
                       *l.longitude, *l.latitude, *l.longitude);
  }
  if (!l.address) return {};
  return fmt::format("https://www.openstreetmap.org/search?query={}",
                     encode_query_value(l.address->street + ", " + l.address->postcode + " " + l.address->city));
}

std::string date_text(const PageRender& page, core::Date date, bool with_year) {
  return format_day(page.language().code, with_year ? "EEEEdMMMMy" : "EEEEdMMMM", date);
}

std::string weekday_name(const PageRender& page, unsigned day) {
  // 2024-01-01 was a Monday.
  const core::Date monday{std::chrono::year{2024}, std::chrono::January, std::chrono::day{1}};
  return format_day(page.language().code, "cccc", core::Date{std::chrono::sys_days{monday} + std::chrono::days{day}});
}

std::string session_text(const PageRender& page, const core::Session& session) {
  std::string out = date_text(page, session.date);
  const core::Schedule& h = *session.schedule;
  if (!h.opens_at.empty() && !(h.opens_at == "00:00" && h.closes_at == "23:59")) {
    // Isolated left to right, so "14:00–18:00" does not read "18:00–14:00" in Arabic.
    out += ", \u2066" + h.opens_at;
    if (!h.closes_at.empty()) out += "–" + h.closes_at;
    out += "\u2069";
  }
  return out;
}

}  // namespace hvhk::web

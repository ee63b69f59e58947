// How an offer's facts read for a family, in the page's language: ages, cost, languages,
// who can take part, a short summary, dates and times of sessions. Shared by the finder's
// pages (results, offer, location, network) so an offer reads the same everywhere.
#pragma once

#include <fmt/format.h>
#include <unicode/datefmt.h>

#include <string>
#include <string_view>

#include "core/catalogue.h"
#include "core/sessions.h"
#include "web/page.h"

namespace hvhk::web {

// Formats a translated pattern; a broken translation falls back to the original pattern.
template <typename... Args>
std::string tf(const PageRender& page, std::string_view msgid, Args&&... args) {
  try {
    return fmt::format(fmt::runtime(page.messages().text(msgid)), args...);
  } catch (const fmt::format_error&) {
    return fmt::format(fmt::runtime(msgid), args...);
  }
}

// The pictogram (an SVG under /static/) of a life stage or a theme.
std::string stage_icon(std::string_view age_band_code);
std::string theme_icon(std::string_view theme_code);

std::string age_text(const PageRender& page, const core::Service& s);
std::string cost_text(const PageRender& page, const core::Service& s);
std::string languages_text(const core::Service& s);
std::string access_text(const PageRender& page, const core::Service& s);
// The start of a description, cut at a word, for lists.
std::string summary(std::string_view text);

// OpenStreetMap at the place's coordinates, or a search for its address ("" when it has neither).
std::string map_url(const core::Location& location);

// The ICU formatter for a language and a skeleton ("EEEEdMMMM"), in UTC, one per thread (costly
// to make, not safe to share); nullptr when ICU cannot make it.
const icu::DateFormat* date_format(std::string_view language, std::string_view skeleton);
// "maandag 23 november" in the page's language (ICU date format, no year; with the year, in the
// language's own digits, when with_year).
std::string date_text(const PageRender& page, core::Date date, bool with_year = false);
// The name of a weekday in the page's language: 0 is Monday … 6 is Sunday.
std::string weekday_name(const PageRender& page, unsigned day);
// "maandag 23 november, 09:30–11:30".
std::string session_text(const PageRender& page, const core::Session& session);

}  // namespace hvhk::web

// The interface in the family's language: gettext catalogues (src/web/locales/<lang>.po,
// embedded at build time) for nl (the default), fr, en, tr, ar (right to left) and uk, and the
// choice of language for a request: a link (?lang=), then the remembered choice (cookie), then
// the browser's Accept-Language, then Dutch.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "http/message.h"

namespace hvhk::web {

struct Language {
  std::string_view code;  // "nl"
  std::string_view name;  // in the language itself: "Nederlands", "العربية"
  bool right_to_left = false;
};

// The languages of the interface, Dutch first.
std::span<const Language> languages();
const Language* find_language(std::string_view code);
const Language& default_language();

// One language's messages: msgid -> msgstr (and plural forms).
class Catalog {
 public:
  // Parses a .po file; an entry that does not parse is a problem naming its line.
  static core::Result<Catalog> parse_po(std::string_view text, std::string_view language);

  // The translation of msgid, or msgid itself when there is none (untranslated or fuzzy).
  [[nodiscard]] std::string_view text(std::string_view msgid) const;
  // The form for n (language's plural rule), falling back to singular/plural msgids.
  [[nodiscard]] std::string_view plural(std::string_view singular, std::string_view plural, long n) const;

  // Adds the entries of another catalogue of the same language (a page group's own file).
  void merge(Catalog&& other);

  [[nodiscard]] std::size_t size() const { return messages_.size(); }
  [[nodiscard]] bool has(std::string_view msgid) const { return messages_.contains(std::string(msgid)); }
  [[nodiscard]] const std::string& plural_forms_header() const { return plural_forms_; }

 private:
  std::string language_;
  std::string plural_forms_;
  std::map<std::string, std::vector<std::string>, std::less<>> messages_;  // msgid -> forms
};

// Index of the plural form for n in a language (CLDR/gettext rules for our six languages).
std::size_t plural_index(std::string_view language, long n);

// The embedded catalogue of a language of languages().
const Catalog& catalog(std::string_view language);

// The language for this request, and whether it came from an explicit ?lang= link (to be
// remembered in a cookie).
struct LanguageChoice {
  const Language* language;
  bool from_link;
};
LanguageChoice choose_language(const http::Request& request);

}  // namespace hvhk::web

#include "web/i18n.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <unordered_map>

namespace hvhk::web {
namespace {

constexpr std::array kLanguages{
    Language{"nl", "Nederlands", false}, Language{"fr", "Français", false}, Language{"en", "English", false},
    Language{"tr", "Türkçe", false},     Language{"ar", "العربية", true},   Language{"uk", "Українська", false},
};

struct EmbeddedFile {
  std::string_view name;
  std::string_view text;
};
using namespace std::string_view_literals;  // the embedded files are sv literals
constexpr EmbeddedFile kLocales[] = {
#include "web/embedded_locales.inc"
};

// The text of a quoted .po string: "..." with C escapes.
bool unquote(std::string_view line, std::string& out) {
  const std::size_t open = line.find('"');
  const std::size_t close = line.rfind('"');
  if (open == std::string_view::npos || close == open) return false;
  for (std::size_t i = open + 1; i < close; ++i) {
    char c = line[i];
    if (c == '\\' && i + 1 < close) {
      const char e = line[++i];
      c = e == 'n' ? '\n' : e == 't' ? '\t' : e;
    }
    out.push_back(c);
  }
  return true;
}

}  // namespace

std::span<const Language> languages() { return kLanguages; }

const Language* find_language(std::string_view code) {
  for (const Language& language : kLanguages) {
    if (language.code == code) return &language;
  }
  return nullptr;
}

const Language& default_language() { return kLanguages.front(); }

std::size_t plural_index(std::string_view language, long n) {
  if (language == "fr") return n > 1 ? 1 : 0;
  if (language == "uk") {
    if (n % 10 == 1 && n % 100 != 11) return 0;
    if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20)) return 1;
    return 2;
  }
  if (language == "ar") {
    if (n == 0) return 0;
    if (n == 1) return 1;
    if (n == 2) return 2;
    if (n % 100 >= 3 && n % 100 <= 10) return 3;
    if (n % 100 >= 11) return 4;
    return 5;
  }
  return n == 1 ? 0 : 1;  // nl, en, tr
}

core::Result<Catalog> Catalog::parse_po(std::string_view text, std::string_view language) {
  Catalog catalog;
  catalog.language_ = language;
  std::string msgid;
  std::vector<std::string> forms;
  std::string* current = nullptr;
  bool fuzzy = false;       // the entry being read is marked fuzzy (not yet a translation)
  bool next_fuzzy = false;  // a "#, fuzzy" line seen for the next entry
  bool in_entry = false;
  std::size_t line_number = 0;
  const auto finish = [&] {
    if (in_entry) {
      if (msgid.empty()) {
        // The header: keep Plural-Forms to check it against plural_index().
        const std::string header = forms.empty() ? std::string() : forms.front();
        const std::size_t at = header.find("Plural-Forms:");
        if (at != std::string::npos) {
          catalog.plural_forms_ = header.substr(at, header.find('\n', at) - at);
        }
      } else if (!fuzzy && !forms.empty() &&
                 std::all_of(forms.begin(), forms.end(), [](const std::string& f) { return !f.empty(); })) {
        catalog.messages_[msgid] = forms;
      }
    }
    msgid.clear();
    forms.clear();
    current = nullptr;
    fuzzy = false;
    in_entry = false;
  };
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const auto bad = [&] {
      return core::fail(core::Error::Kind::invalid,
                        fmt::format("{}.po line {}: cannot read this line", language, line_number));
    };
    if (line.empty()) continue;
    if (line.starts_with("#")) {
      if (in_entry) finish();
      if (line.starts_with("#,")) next_fuzzy = line.find("fuzzy") != std::string_view::npos;
      continue;
    }
    if (line.starts_with("msgctxt")) return bad();  // not used here: one meaning per msgid
    if (line.starts_with("msgid_plural")) {
      current = nullptr;  // the English plural is only a fallback
      continue;
    }
    if (line.starts_with("msgid")) {
      finish();
      fuzzy = next_fuzzy;
      next_fuzzy = false;
      in_entry = true;
      current = &msgid;
      if (!unquote(line.substr(5), msgid)) return bad();
      continue;
    }
    if (line.starts_with("msgstr")) {
      if (!in_entry) return bad();
      std::size_t index = 0;
      if (line.size() > 6 && line[6] == '[') {
        const auto [ptr, ec] = std::from_chars(line.data() + 7, line.data() + line.size(), index);
        if (ec != std::errc() || index > 5) return bad();
      }
      if (forms.size() <= index) forms.resize(index + 1);
      current = &forms[index];
      if (!unquote(line.substr(line.find(' ')), *current)) return bad();
      continue;
    }
    if (line.starts_with("\"")) {
      if (current == nullptr && in_entry) continue;  // continuation of msgid_plural
      if (current == nullptr || !unquote(line, *current)) return bad();
      continue;
    }
    return bad();
  }
  finish();
  return catalog;
}

void Catalog::merge(Catalog&& other) {
  messages_.merge(other.messages_);
  if (plural_forms_.empty()) plural_forms_ = std::move(other.plural_forms_);
}

std::string_view Catalog::text(std::string_view msgid) const {
  auto it = messages_.find(msgid);
  return it == messages_.end() ? msgid : std::string_view(it->second.front());
}

std::string_view Catalog::plural(std::string_view singular, std::string_view plural, long n) const {
  auto it = messages_.find(singular);
  if (it != messages_.end()) {
    const std::size_t index = plural_index(language_, n);
    if (index < it->second.size()) return it->second[index];
  }
  return n == 1 ? singular : plural;
}

const Catalog& catalog(std::string_view language) {
  static const auto kCatalogs = [] {
    std::unordered_map<std::string, Catalog> out;
    for (const EmbeddedFile& file : kLocales) {
      const std::string code(file.name.substr(0, file.name.find('.')));
      auto parsed = Catalog::parse_po(file.text, code);
      if (!parsed) {
        spdlog::error("translations: {}", parsed.error().message);
        continue;
      }
      // "nl.po" and any "nl.<group>.po" together make the Dutch catalogue.
      auto [it, added] = out.try_emplace(code, std::move(*parsed));
      if (!added) it->second.merge(std::move(*parsed));
    }
    return out;
  }();
  static const Catalog kEmpty;
  auto it = kCatalogs.find(std::string(language));
  return it == kCatalogs.end() ? kEmpty : it->second;
}

LanguageChoice choose_language(const http::Request& request) {
  if (auto lang = request.query.get("lang")) {
    if (const Language* language = find_language(*lang)) return {language, true};
  }
  if (auto cookie = request.header("cookie")) {
    // "a=b; hvhk_lang=fr; c=d"
    std::string_view rest = *cookie;
    while (!rest.empty()) {
      const std::size_t semi = rest.find(';');
      std::string_view part = rest.substr(0, semi);
      rest.remove_prefix(semi == std::string_view::npos ? rest.size() : semi + 1);
      while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
      if (part.starts_with("hvhk_lang=")) {
        if (const Language* language = find_language(part.substr(10))) return {language, false};
      }
    }
  }
  if (auto accept = request.header("accept-language")) {
    // First listed language we speak ("tr-TR,tr;q=0.9,en;q=0.8"); q-values are in order in practice.
    std::string_view rest = *accept;
    while (!rest.empty()) {
      const std::size_t comma = rest.find(',');
      std::string_view part = rest.substr(0, comma);
      rest.remove_prefix(comma == std::string_view::npos ? rest.size() : comma + 1);
      while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
      part = part.substr(0, std::min(part.find(';'), part.find('-')));
      if (const Language* language = find_language(part)) return {language, false};
    }
  }
  return {&default_language(), false};
}

}  // namespace hvhk::web

#include "core/languages.h"

#include <array>
#include <utility>

namespace hvhk::core {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kLanguages{{
    {"nl", "Nederlands"}, {"fr", "Frans"},     {"en", "Engels"},    {"de", "Duits"},
    {"tr", "Turks"},      {"ar", "Arabisch"},  {"uk", "Oekraïens"}, {"ru", "Russisch"},
    {"pl", "Pools"},      {"ro", "Roemeens"},  {"bg", "Bulgaars"},  {"es", "Spaans"},
    {"it", "Italiaans"},  {"pt", "Portugees"}, {"so", "Somalisch"}, {"ti", "Tigrinya"},
    {"fa", "Perzisch"},   {"prs", "Dari"},     {"ps", "Pasjtoe"},   {"ber", "Berber"},
    {"sq", "Albanees"},   {"ku", "Koerdisch"}, {"am", "Amhaars"},   {"vgt", "Vlaamse Gebarentaal"},
}};

}  // namespace

std::string_view language_name_nl(std::string_view code) {
  for (const auto& [known, name] : kLanguages) {
    if (known == code) {
      return name;
    }
  }
  return code;
}

bool is_known_language(std::string_view code) { return language_name_nl(code) != code; }

std::vector<std::string_view> known_language_codes() {
  std::vector<std::string_view> out;
  out.reserve(kLanguages.size());
  for (const auto& entry : kLanguages) out.push_back(entry.first);
  return out;
}

std::string_view language_endonym(std::string_view code) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kEndonyms{{
      {"nl", "Nederlands"},
      {"fr", "Français"},
      {"en", "English"},
      {"de", "Deutsch"},
      {"tr", "Türkçe"},
      {"ar", "العربية"},
      {"uk", "Українська"},
      {"ru", "Русский"},
      {"pl", "Polski"},
      {"ro", "Română"},
      {"bg", "Български"},
      {"es", "Español"},
      {"it", "Italiano"},
      {"pt", "Português"},
      {"so", "Soomaali"},
      {"fa", "فارسی"},
  }};
  for (const auto& [known, name] : kEndonyms) {
    if (known == code) return name;
  }
  return language_name_nl(code);
}

}  // namespace hvhk::core

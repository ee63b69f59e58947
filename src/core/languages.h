// Names of the languages families and partners speak, by ISO 639 code, in Dutch.
#pragma once

#include <string_view>
#include <vector>

namespace hvhk::core {

// "tr" -> "Turks"; an unknown code gives the code itself.
std::string_view language_name_nl(std::string_view code);
// True for a code in the list (ISO 639-1, or 639-3 where there is no 639-1, e.g. "vgt").
bool is_known_language(std::string_view code);
// Every code in the list, in the list's order (most spoken in Flanders first).
std::vector<std::string_view> known_language_codes();
// The language's name in itself ("tr" -> "Türkçe"), which its speakers recognise in any interface.
std::string_view language_endonym(std::string_view code);

}  // namespace hvhk::core

#include "core/postcodes.h"

#include <algorithm>
#include <charconv>

namespace hvhk::core {
namespace {

#include "core/embedded_postcodes.inc"

bool parse_double(std::string_view text, double& out) {
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace

PostcodeDirectory PostcodeDirectory::parse_csv(std::string_view csv) {
  PostcodeDirectory directory;
  while (!csv.empty()) {
    const std::size_t end = csv.find('\n');
    std::string_view line = csv.substr(0, end);
    csv.remove_prefix(end == std::string_view::npos ? csv.size() : end + 1);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    // name may not contain commas in this list; split from both ends to be safe
    const std::size_t first = line.find(',');
    const std::size_t last = line.rfind(',');
    if (first == std::string_view::npos || last == first) {
      continue;
    }
    const std::size_t middle = line.rfind(',', last - 1);
    if (middle == std::string_view::npos || middle <= first) {
      continue;
    }
    PostcodePlace place{std::string(line.substr(0, first)), std::string(line.substr(first + 1, middle - first - 1)), 0,
                        0};
    if (place.postcode.size() != 4 || !parse_double(line.substr(middle + 1, last - middle - 1), place.longitude) ||
        !parse_double(line.substr(last + 1), place.latitude)) {
      continue;
    }
    directory.places_.push_back(std::move(place));
  }
  std::stable_sort(directory.places_.begin(), directory.places_.end(),
                   [](const PostcodePlace& a, const PostcodePlace& b) { return a.postcode < b.postcode; });
  return directory;
}

const PostcodeDirectory& PostcodeDirectory::embedded() {
  static const PostcodeDirectory directory = parse_csv(kEmbeddedPostcodes);
  return directory;
}

std::vector<const PostcodePlace*> PostcodeDirectory::places(std::string_view postcode) const {
  std::vector<const PostcodePlace*> out;
  auto it = std::lower_bound(places_.begin(), places_.end(), postcode,
                             [](const PostcodePlace& p, std::string_view code) { return p.postcode < code; });
  for (; it != places_.end() && it->postcode == postcode; ++it) {
    out.push_back(&*it);
  }
  return out;
}

std::optional<PostcodePlace> PostcodeDirectory::centroid(std::string_view postcode) const {
  const auto matches = places(postcode);
  if (matches.empty()) {
    return std::nullopt;
  }
  PostcodePlace out{std::string(postcode), matches.front()->name, 0, 0};
  for (const PostcodePlace* place : matches) {
    out.latitude += place->latitude;
    out.longitude += place->longitude;
  }
  out.latitude /= static_cast<double>(matches.size());
  out.longitude /= static_cast<double>(matches.size());
  return out;
}

namespace {

// Lower case, Latin-1 accents dropped, hyphens and runs of spaces as one space: how a place
// name is compared with what someone typed.
std::string place_key(std::string_view name) {
  static constexpr std::string_view kPlain =  // for U+00C0 … U+00FF
      "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    auto c = static_cast<unsigned char>(name[i]);
    if (c == 0xC3 && i + 1 < name.size()) {
      const auto next = static_cast<unsigned char>(name[i + 1]);
      if (next >= 0x80 && next <= 0xBF) {
        out.push_back(kPlain[next - 0x80]);
        ++i;
        continue;
      }
    }
    if (c == '-' || c == ' ' || c == '\'') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::optional<std::string> PostcodeDirectory::postcode_of(std::string_view place_name) const {
  const std::string wanted = place_key(place_name);
  if (wanted.empty()) return std::nullopt;
  for (const PostcodePlace& place : places_) {  // sorted by postcode: the lowest comes first
    if (place_key(place.name) == wanted) return place.postcode;
  }
  return std::nullopt;
}

std::string_view province_for_postcode(std::string_view postcode) {
  int code = 0;
  const auto [ptr, ec] = std::from_chars(postcode.data(), postcode.data() + postcode.size(), code);
  if (ec != std::errc() || ptr != postcode.data() + postcode.size() || code < 1000 || code > 9999) {
    return "";
  }
  if (code < 1300) return "Brussels Hoofdstedelijk Gewest";
  if (code < 1500) return "Waals-Brabant";
  if (code < 2000) return "Vlaams-Brabant";
  if (code < 3000) return "Antwerpen";
  if (code < 3500) return "Vlaams-Brabant";
  if (code < 4000) return "Limburg";
  if (code < 5000) return "Luik";
  if (code < 6000) return "Namen";
  if (code < 6600) return "Henegouwen";
  if (code < 7000) return "Luxemburg";
  if (code < 8000) return "Henegouwen";
  if (code < 9000) return "West-Vlaanderen";
  return "Oost-Vlaanderen";
}

}  // namespace hvhk::core

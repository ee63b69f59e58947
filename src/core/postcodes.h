// Belgian postcodes with their places and approximate coordinates (embedded list, see
// data/postcodes/README.md): turns a postcode a parent types into a point on the map.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hvhk::core {

struct PostcodePlace {
  std::string postcode;
  std::string name;  // place name in the local language
  double latitude;
  double longitude;
};

class PostcodeDirectory {
 public:
  // Parses "postcode,name,longitude,latitude" lines; lines that don't parse are skipped.
  static PostcodeDirectory parse_csv(std::string_view csv);
  // The list built into the binary.
  static const PostcodeDirectory& embedded();

  // Every place with this postcode (several villages may share one).
  [[nodiscard]] std::vector<const PostcodePlace*> places(std::string_view postcode) const;
  // The mean position of the places with this postcode.
  [[nodiscard]] std::optional<PostcodePlace> centroid(std::string_view postcode) const;
  [[nodiscard]] const std::vector<PostcodePlace>& all() const { return places_; }
  // The (lowest) postcode of a place name as people type it: case, accents, hyphens and spaces
  // do not matter ("sint niklaas" → 9100, "Liege" → 4000); nullopt when unknown.
  [[nodiscard]] std::optional<std::string> postcode_of(std::string_view place_name) const;

 private:
  std::vector<PostcodePlace> places_;  // sorted by postcode
};

// The province (or Brussels region) a postcode lies in, by bpost's number ranges; in Dutch.
std::string_view province_for_postcode(std::string_view postcode);

}  // namespace hvhk::core

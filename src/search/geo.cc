#include "search/geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hvhk::search {

double distance_m(Point a, Point b) {
  constexpr double kEarthRadiusM = 6371008.8;
  constexpr double kRad = std::numbers::pi / 180.0;
  const double dlat = (b.latitude - a.latitude) * kRad;
  const double dlon = (b.longitude - a.longitude) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.latitude * kRad) * std::cos(b.latitude * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace hvhk::search

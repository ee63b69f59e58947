// Distances on the earth's surface, for "near me" and HSDS `proximity`.
#pragma once

namespace hvhk::search {

struct Point {
  double latitude;
  double longitude;
};

// Great-circle distance in metres (haversine; accurate to well under 1% at Belgian scale).
double distance_m(Point a, Point b);

}  // namespace hvhk::search

// Flanders-scale test data for benchmarks: about 230 networks over 300 municipalities with
// 50 000 offers, placed on real Belgian postcodes and coordinates (embedded postcode list).
// Generated, not real: names and texts are combinations of typical offers. Deterministic
// for a given seed.
#pragma once

#include "core/catalogue.h"

namespace hvhk::app {

struct FlandersScale {
  int networks = 230;
  int municipalities = 300;
  int offers = 50000;
};

core::Catalogue flanders_network(unsigned seed, FlandersScale scale = {});

}  // namespace hvhk::app

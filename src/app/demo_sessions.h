// The sessions families can register for in the demo network, after the practices of the
// brief: Super Start, 7 Fridays booked as a whole with a Turkish interpreter (Zele's Super Sim);
// the Zomerklas, 10 mornings over two weeks in July with residents first until the end of May
// and a price for non-residents (Sint-Niklaas); the weekly homework class on Wednesday
// afternoons, each week booked on its own. Dates are fixed, like the demo catalogue's
// schedules (school year 2026-27), so tests can rely on them.
#pragma once

#include <vector>

#include "store/registration_store.h"

namespace hvhk::app {

std::vector<store::ActivitySession> demo_sessions();

}  // namespace hvhk::app

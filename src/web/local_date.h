// Today's date where the families live (Europe/Brussels), for "next sessions" and "this week".
// HVHK_TODAY=YYYY-MM-DD fixes the date, so tests and demonstrations do not depend on the clock.
#pragma once

#include "core/sessions.h"

namespace hvhk::web {

core::Date local_today();

}  // namespace hvhk::web

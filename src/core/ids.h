// Identifiers: HSDS wants UUIDs. Demo and generated data get stable, name-derived
// UUIDs so tests can rely on them; new records get random (version 4) UUIDs.
#pragma once

#include <string>
#include <string_view>

namespace hvhk::core {

// A stable UUID derived from a name, e.g. stable_uuid("service:zele/babymassage").
std::string stable_uuid(std::string_view name);

// A fresh random UUID (version 4) from the system's secure random source.
std::string random_uuid();

// True if text is a UUID in canonical 8-4-4-4-12 hexadecimal form.
bool is_uuid(std::string_view text);

}  // namespace hvhk::core

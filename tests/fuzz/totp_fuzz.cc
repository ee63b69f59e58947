// libFuzzer target for base32 secrets as people type them into the second-step set-up (and
// as `hvhk user --totp-secret` reads them): decoding never crashes, and what decodes encodes
// and decodes to the same bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/totp.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto bytes = hvhk::core::base32_decode(input);
  if (!bytes) return 0;
  const auto again = hvhk::core::base32_decode(hvhk::core::base32_encode(*bytes));
  if (!again || *again != *bytes) __builtin_trap();
  return 0;
}

#include "core/ids.h"

#include <sodium.h>

#include <array>
#include <cstdint>

namespace hvhk::core {
namespace {

std::string format_uuid(std::array<std::uint8_t, 16> bytes, int version) {
  bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0FU) | (version << 4));
  bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3FU) | 0x80U);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) {
      out.push_back('-');
    }
    out.push_back(kHex[bytes[i] >> 4U]);
    out.push_back(kHex[bytes[i] & 0x0FU]);
  }
  return out;
}

}  // namespace

std::string stable_uuid(std::string_view name) {
  // BLAKE2b keyed with a fixed namespace, truncated to 128 bits; marked as version 8 (custom).
  static constexpr std::array<std::uint8_t, 16> kNamespace{'h', 'v', 'h', 'k', '-', 'c', 'a', 't',
                                                           'a', 'l', 'o', 'g', 'u', 'e', '-', '1'};
  std::array<std::uint8_t, 16> digest{};
  crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(name.data()), name.size(),
                     kNamespace.data(), kNamespace.size());
  return format_uuid(digest, 8);
}

std::string random_uuid() {
  std::array<std::uint8_t, 16> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  return format_uuid(bytes, 4);
}

bool is_uuid(std::string_view text) {
  if (text.size() != 36) {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') {
        return false;
      }
    } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
      return false;
    }
  }
  return true;
}

}  // namespace hvhk::core

// The key that seals families' personal data at rest (libsodium secretbox: XSalsa20-Poly1305
// with a random nonce per value). The database only ever holds sealed text; a copy of it without
// the key reveals no names or phone numbers. The key lives outside the database (a file or the
// environment; see docs/operations.md).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace hvhk::core {

class DataKey {
 public:
  static constexpr std::size_t kBytes = 32;

  // A key from 64 hexadecimal characters; nullopt for anything else.
  static std::optional<DataKey> from_hex(std::string_view hex);
  // A fresh random key (for a new installation and for tests).
  static DataKey generate();
  [[nodiscard]] std::string hex() const;

  // plain sealed as hex text (nonce + ciphertext + tag); a different text every time.
  [[nodiscard]] std::string seal(std::string_view plain) const;
  // The plain text of sealed, or nullopt when it was not sealed with this key or was changed.
  [[nodiscard]] std::optional<std::string> open(std::string_view sealed) const;
  // A keyed hash (BLAKE2b, 32 bytes, hex) of text: the same text gives the same value, which
  // reveals nothing of the text without the key (duplicate checks, the family's link).
  [[nodiscard]] std::string fingerprint(std::string_view text) const;

 private:
  std::array<unsigned char, kBytes> key_{};
};

}  // namespace hvhk::core

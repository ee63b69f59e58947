// One-time codes for the second step when signing in: RFC 4648 base32 (how authenticator apps
// take a secret), HOTP (RFC 4226) and TOTP (RFC 6238) with HMAC-SHA1, six digits every 30
// seconds — what every authenticator app speaks. No I/O here; the store remembers the secret
// and the last accepted time step, so that a code works only once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hvhk::core {

inline constexpr std::int64_t kTotpStepSeconds = 30;
inline constexpr int kTotpDigits = 6;
inline constexpr std::size_t kTotpSecretBytes = 20;  // 160 bits, as RFC 4226 recommends

// bytes as RFC 4648 base32 (A–Z, 2–7), without '=' padding.
std::string base32_encode(std::string_view bytes);
// The bytes of base32 text; case, spaces and trailing '=' do not matter. nullopt for any other
// character, an impossible length, or left-over bits that are not zero.
std::optional<std::string> base32_decode(std::string_view text);

// The HOTP value of key (raw bytes) at counter, as `digits` decimal digits (leading zeros kept).
std::string hotp(std::string_view key, std::uint64_t counter, int digits = kTotpDigits);
// The time step of a moment (seconds since 1970, UTC).
std::int64_t totp_step(std::int64_t unix_seconds);
// The TOTP code of key (raw bytes) at a moment.
std::string totp(std::string_view key, std::int64_t unix_seconds, int digits = kTotpDigits);

// The time step whose code `code` is, within one step of unix_seconds either way (clock drift),
// and later than last_step (a code works once); nullopt otherwise. Spaces in code are ignored.
std::optional<std::int64_t> totp_match(std::string_view key, std::string_view code, std::int64_t unix_seconds,
                                       std::int64_t last_step);

// A new random secret (kTotpSecretBytes from libsodium), base32.
std::string new_totp_secret();
// The otpauth://totp/ URI for an authenticator app (its QR code): issuer and account label.
std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view secret_base32);
// Base32 text in groups of four ("ABCD EFGH …"), for people who type the secret.
std::string group_by_four(std::string_view secret_base32);

}  // namespace hvhk::core

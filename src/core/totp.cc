#include "core/totp.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <array>

namespace hvhk::core {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int base32_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= '2' && c <= '7') return c - '2' + 26;
  return -1;
}

// Percent-encoding of everything but RFC 3986's unreserved characters.
std::string percent_encode(std::string_view text) {
  constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4U];
      out += kHex[c & 0x0FU];
    }
  }
  return out;
}

}  // namespace

std::string base32_encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() * 8 + 4) / 5);
  unsigned buffer = 0;
  int bits = 0;
  for (const char ch : bytes) {
    buffer = (buffer << 8U) | static_cast<unsigned char>(ch);
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += kAlphabet[(buffer >> static_cast<unsigned>(bits)) & 0x1FU];
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << static_cast<unsigned>(5 - bits)) & 0x1FU];
  return out;
}

std::optional<std::string> base32_decode(std::string_view text) {
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  std::size_t symbols = 0;
  bool padding = false;
  for (const char c : text) {
    if (c == ' ' || c == '-') continue;
    if (c == '=') {
      padding = true;
      continue;
    }
    const int value = base32_value(c);
    if (value < 0 || padding) return std::nullopt;  // a stranger, or a symbol after the padding
    ++symbols;
    buffer = ((buffer << 5U) | static_cast<unsigned>(value)) & 0xFFFFU;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> static_cast<unsigned>(bits)) & 0xFFU);
    }
  }
  // 1, 3 or 6 symbols of a last group of 8 cannot come from whole bytes.
  const std::size_t rest = symbols % 8;
  if (rest == 1 || rest == 3 || rest == 6) return std::nullopt;
  if (bits > 0 && (buffer & ((1U << static_cast<unsigned>(bits)) - 1U)) != 0) return std::nullopt;
  return out;
}

std::string hotp(std::string_view key, std::uint64_t counter, int digits) {
  std::array<unsigned char, 8> message{};
  for (std::size_t i = 0; i < message.size(); ++i) {
    message[message.size() - 1 - i] = static_cast<unsigned char>((counter >> (8U * i)) & 0xFFU);
  }
  std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
  unsigned int length = 0;
  if (HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()), message.data(), message.size(), mac.data(), &length) ==
          nullptr ||
      length < 20) {
    return {};
  }
  // Dynamic truncation (RFC 4226 section 5.3).
  const unsigned offset = mac[length - 1] & 0x0FU;
  const std::uint32_t binary = ((static_cast<std::uint32_t>(mac[offset]) & 0x7FU) << 24U) |
                               (static_cast<std::uint32_t>(mac[offset + 1]) << 16U) |
                               (static_cast<std::uint32_t>(mac[offset + 2]) << 8U) |
                               static_cast<std::uint32_t>(mac[offset + 3]);
  std::uint32_t modulus = 1;
  for (int i = 0; i < digits; ++i) modulus *= 10;
  std::string code = std::to_string(binary % modulus);
  return std::string(static_cast<std::size_t>(digits) - code.size(), '0') + code;
}

std::int64_t totp_step(std::int64_t unix_seconds) {
  return unix_seconds >= 0 ? unix_seconds / kTotpStepSeconds : -((-unix_seconds - 1) / kTotpStepSeconds) - 1;
}

std::string totp(std::string_view key, std::int64_t unix_seconds, int digits) {
  return hotp(key, static_cast<std::uint64_t>(totp_step(unix_seconds)), digits);
}

std::optional<std::int64_t> totp_match(std::string_view key, std::string_view code, std::int64_t unix_seconds,
                                       std::int64_t last_step) {
  std::string digits;
  for (const char c : code) {
    if (c == ' ') continue;
    if (c < '0' || c > '9') return std::nullopt;
    digits += c;
  }
  if (digits.size() != static_cast<std::size_t>(kTotpDigits) || key.empty()) return std::nullopt;
  const std::int64_t now = totp_step(unix_seconds);
  for (std::int64_t step = now - 1; step <= now + 1; ++step) {
    if (step <= last_step || step < 0) continue;
    const std::string expected = hotp(key, static_cast<std::uint64_t>(step));
    if (expected.size() == digits.size() && sodium_memcmp(expected.data(), digits.data(), digits.size()) == 0) {
      return step;
    }
  }
  return std::nullopt;
}

std::string new_totp_secret() {
  std::array<unsigned char, kTotpSecretBytes> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  std::string raw(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  std::string secret = base32_encode(raw);
  sodium_memzero(raw.data(), raw.size());
  sodium_memzero(bytes.data(), bytes.size());
  return secret;
}

std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view secret_base32) {
  return "otpauth://totp/" + percent_encode(issuer) + ":" + percent_encode(account) +
         "?secret=" + std::string(secret_base32) + "&issuer=" + percent_encode(issuer) +
         "&algorithm=SHA1&digits=" + std::to_string(kTotpDigits) + "&period=" + std::to_string(kTotpStepSeconds);
}

std::string group_by_four(std::string_view secret_base32) {
  std::string out;
  for (std::size_t i = 0; i < secret_base32.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += ' ';
    out += secret_base32[i];
  }
  return out;
}

}  // namespace hvhk::core

#include "core/passwords.h"

#include <sodium.h>

#include <algorithm>
#include <array>

namespace hvhk::core {
namespace {

// Very common passwords, compared without regard to case. Shorter ones are refused for their
// length already; they stay listed so the list holds if the minimum ever changes.
constexpr auto kCommonPasswords = std::to_array<std::string_view>({
    "wachtwoord",  "wachtwoord1",  "wachtwoord12", "wachtwoord123", "wachtwoord1234", "paswoord123", "paswoord1234",
    "welkom123",   "welkom1234",   "welkom12345",  "azerty123",     "azerty1234",     "azertyuiop",  "qwerty123",
    "qwerty1234",  "qwertyuiop",   "password123",  "password1234",  "iloveyou123",    "1234567890",  "0123456789",
    "12345678910", "123456789012", "1111111111",   "0000000000",    "1q2w3e4r5t",     "abcdefghij",  "huisvanhetkind",
});

bool ensure_sodium() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

// Counts UTF-8 code points: every byte that is not a continuation byte (10xxxxxx) starts one.
std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

bool only_spaces(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; });
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

bool is_email_or_its_name(std::string_view password, std::string_view email) {
  if (email.empty()) return false;
  if (equal_ignoring_case(password, email)) return true;
  const std::size_t at = email.rfind('@');
  return at != std::string_view::npos && at > 0 && equal_ignoring_case(password, email.substr(0, at));
}

bool is_common(std::string_view password) {
  return std::any_of(kCommonPasswords.begin(), kCommonPasswords.end(),
                     [&](std::string_view common) { return equal_ignoring_case(password, common); });
}

}  // namespace

std::optional<std::string> password_problem(std::string_view password, std::string_view email) {
  if (password.size() > kMaxPasswordBytes) return "Dit wachtwoord is te lang. Kies een korter wachtwoord.";
  if (code_points(password) < kMinPasswordLength) {
    return "Kies een wachtwoord van minstens " + std::to_string(kMinPasswordLength) + " tekens.";
  }
  if (only_spaces(password)) return "Een wachtwoord met alleen spaties is niet veilig. Gebruik ook letters of cijfers.";
  if (is_email_or_its_name(password, email)) {
    return "Gebruik niet je e-mailadres of een deel ervan als wachtwoord. Kies een ander wachtwoord.";
  }
  if (is_common(password)) return "Dit wachtwoord is heel bekend en makkelijk te raden. Kies een ander wachtwoord.";
  return std::nullopt;
}

std::string hash_password(std::string_view password) {
  if (!ensure_sodium()) return {};
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str(out.data(), password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return {};
  }
  return std::string(out.data());
}

bool verify_password(std::string_view password, std::string_view stored_hash) {
  // libsodium reads a NUL-terminated string: copy it, and refuse anything that cannot be one.
  if (stored_hash.empty() || stored_hash.size() >= crypto_pwhash_STRBYTES ||
      stored_hash.find('\0') != std::string_view::npos || !ensure_sodium()) {
    return false;
  }
  const std::string hash(stored_hash);
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace hvhk::core

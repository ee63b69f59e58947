// Passwords of the people who sign in to the portal: hashed with Argon2id (libsodium's
// crypto_pwhash_str, interactive limits), never stored or logged in clear, and a minimum
// that keeps out the obviously weak ones without rules people work around.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hvhk::core {

inline constexpr std::size_t kMinPasswordLength = 10;   // characters (UTF-8 code points)
inline constexpr std::size_t kMaxPasswordBytes = 1024;  // longer is refused, not truncated

// Why a new password is refused, in plain Dutch; nullopt when it is fine.
std::optional<std::string> password_problem(std::string_view password, std::string_view email);

// The Argon2id hash string ("$argon2id$v=19$m=…") to store; empty on failure (out of memory).
std::string hash_password(std::string_view password);
// Whether password matches a stored hash string; false for an empty or malformed hash.
bool verify_password(std::string_view password, std::string_view stored_hash);

}  // namespace hvhk::core

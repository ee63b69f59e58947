#include "core/data_key.h"

#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace hvhk::core {
namespace {

std::optional<std::vector<unsigned char>> from_hex_bytes(std::string_view hex) {
  std::vector<unsigned char> out(hex.size() / 2);
  std::size_t length = 0;
  if (hex.size() % 2 != 0 ||
      sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &length, nullptr) != 0 ||
      length != out.size()) {
    return std::nullopt;
  }
  return out;
}

std::string to_hex(const unsigned char* data, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data, size);
  out.pop_back();
  return out;
}

// libsodium is ready before any key is made or used (sodium_init is safe to call again).
void ensure_sodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) std::abort();
}

}  // namespace

std::optional<DataKey> DataKey::from_hex(std::string_view hex) {
  const auto bytes = from_hex_bytes(hex);
  if (!bytes || bytes->size() != kBytes) return std::nullopt;
  DataKey key;
  std::copy(bytes->begin(), bytes->end(), key.key_.begin());
  return key;
}

DataKey DataKey::generate() {
  ensure_sodium();
  DataKey key;
  crypto_secretbox_keygen(key.key_.data());
  return key;
}

std::string DataKey::hex() const { return to_hex(key_.data(), key_.size()); }

std::string DataKey::seal(std::string_view plain) const {
  ensure_sodium();
  std::vector<unsigned char> box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size());
  unsigned char* nonce = box.data();
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(box.data() + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(plain.data()),
                        plain.size(), nonce, key_.data());
  return to_hex(box.data(), box.size());
}

std::optional<std::string> DataKey::open(std::string_view sealed) const {
  const auto box = from_hex_bytes(sealed);
  if (!box || box->size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) return std::nullopt;
  std::string plain(box->size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                 box->data() + crypto_secretbox_NONCEBYTES, box->size() - crypto_secretbox_NONCEBYTES,
                                 box->data(), key_.data()) != 0) {
    return std::nullopt;
  }
  return plain;
}

std::string DataKey::fingerprint(std::string_view text) const {
  ensure_sodium();
  std::array<unsigned char, crypto_generichash_BYTES> hash{};
  crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                     key_.data(), key_.size());
  return to_hex(hash.data(), hash.size());
}

}  // namespace hvhk::core

#include "http/compression.h"

#include <brotli/encode.h>
#include <zlib.h>

#include <cctype>
#include <charconv>

namespace hvhk::http {
namespace {

bool compressible(std::string_view content_type) {
  return content_type.starts_with("text/") || content_type.starts_with("application/json") ||
         content_type.starts_with("application/x-ndjson") || content_type.starts_with("application/javascript") ||
         content_type.starts_with("image/svg+xml") || content_type.starts_with("text/calendar");
}

bool has_header(const Response& res, std::string_view name) {
  for (const auto& [key, value] : res.headers) {
    if (key.size() == name.size() && std::equal(key.begin(), key.end(), name.begin(),
                                                [](char a, char b) { return std::tolower(a) == std::tolower(b); })) {
      return true;
    }
  }
  return false;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

Coding preferred_coding(std::string_view accept_encoding) {
  bool gzip_ok = false;
  bool br_ok = false;
  while (!accept_encoding.empty()) {
    const std::size_t comma = accept_encoding.find(',');
    std::string_view item = accept_encoding.substr(0, comma);
    accept_encoding.remove_prefix(comma == std::string_view::npos ? accept_encoding.size() : comma + 1);
    const std::size_t semi = item.find(';');
    const std::string_view name = trim(item.substr(0, semi));
    bool refused = false;
    if (semi != std::string_view::npos) {
      std::string_view params = trim(item.substr(semi + 1));
      if (params.starts_with("q=")) {
        double q = 1;
        params.remove_prefix(2);
        const auto [ptr, ec] = std::from_chars(params.data(), params.data() + params.size(), q);
        refused = ec == std::errc() && q <= 0;
      }
    }
    if (refused) continue;
    if (name == "br") br_ok = true;
    if (name == "gzip" || name == "x-gzip") gzip_ok = true;
  }
  return br_ok ? Coding::brotli : gzip_ok ? Coding::gzip : Coding::identity;
}

bool gzip(std::string_view in, std::string& out) {
  z_stream stream{};
  // windowBits 15 + 16: a gzip header and trailer rather than raw zlib.
  if (deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return false;
  out.resize(deflateBound(&stream, static_cast<uLong>(in.size())));
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  stream.avail_in = static_cast<uInt>(in.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&stream, Z_FINISH);
  const std::size_t written = stream.total_out;
  deflateEnd(&stream);
  if (rc != Z_STREAM_END) return false;
  out.resize(written);
  return true;
}

bool brotli(std::string_view in, std::string& out) {
  std::size_t size = BrotliEncoderMaxCompressedSize(in.size());
  if (size == 0) return false;
  out.resize(size);
  // Quality 5: most of Brotli's gain at a fraction of its highest setting's time.
  if (BrotliEncoderCompress(5, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, in.size(),
                            reinterpret_cast<const uint8_t*>(in.data()), &size,
                            reinterpret_cast<uint8_t*>(out.data())) == BROTLI_FALSE) {
    return false;
  }
  out.resize(size);
  return true;
}

void compress_response(Response& res, std::string_view accept_encoding) {
  if (!compressible(res.content_type) || has_header(res, "Content-Encoding")) return;
  res.headers.emplace_back("Vary", "Accept-Encoding");
  if (res.body.size() < kMinCompressBytes) return;
  const Coding coding = preferred_coding(accept_encoding);
  if (coding == Coding::identity) return;
  std::string packed;
  if (!(coding == Coding::brotli ? brotli(res.body, packed) : gzip(res.body, packed))) return;
  res.body = std::move(packed);
  res.headers.emplace_back("Content-Encoding", coding == Coding::brotli ? "br" : "gzip");
}

}  // namespace hvhk::http

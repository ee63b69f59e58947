// Compression of text answers: only when the client accepts it, only for text, and what we
// send decompresses to what the handler wrote.
#include "http/compression.h"

#include <brotli/decode.h>
#include <gtest/gtest.h>
#include <zlib.h>

namespace hvhk::http {
namespace {

std::string gunzip(const std::string& in) {
  z_stream s{};
  inflateInit2(&s, 15 + 16);
  std::string out(std::size_t{1} << 20U, '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  s.avail_in = static_cast<uInt>(in.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  inflate(&s, Z_FINISH);
  out.resize(s.total_out);
  inflateEnd(&s);
  return out;
}

std::string unbrotli(const std::string& in) {
  std::string out(std::size_t{1} << 20U, '\0');
  std::size_t size = out.size();
  BrotliDecoderDecompress(in.size(), reinterpret_cast<const uint8_t*>(in.data()), &size,
                          reinterpret_cast<uint8_t*>(out.data()));
  out.resize(size);
  return out;
}

std::string header(const Response& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return {};
}

Response page() {
  Response r = Response::text(200, std::string(5000, 'x') + "<p>Hallo</p>");
  r.content_type = "text/html; charset=utf-8";
  return r;
}

TEST(Compression, PrefersBrotliThenGzipAndHonoursQZero) {
  EXPECT_EQ(preferred_coding("gzip, deflate, br"), Coding::brotli);
  EXPECT_EQ(preferred_coding("gzip;q=0.8, br;q=0"), Coding::gzip);
  EXPECT_EQ(preferred_coding("identity"), Coding::identity);
  EXPECT_EQ(preferred_coding(""), Coding::identity);
  EXPECT_EQ(preferred_coding("gzip;q=0"), Coding::identity);
}

TEST(Compression, GzipAndBrotliRoundTrip) {
  const std::string body = page().body;
  Response g = page();
  compress_response(g, "gzip");
  EXPECT_EQ(header(g, "Content-Encoding"), "gzip");
  EXPECT_LT(g.body.size(), body.size() / 10);
  EXPECT_TRUE(gunzip(g.body) == body);
  Response b = page();
  compress_response(b, "br, gzip");
  EXPECT_EQ(header(b, "Content-Encoding"), "br");
  EXPECT_TRUE(unbrotli(b.body) == body);
  EXPECT_EQ(header(b, "Vary"), "Accept-Encoding");
}

TEST(Compression, LeavesSmallOrBinaryOrUnwantedAlone) {
  Response none = page();
  compress_response(none, "");
  EXPECT_EQ(none.body, page().body);
  EXPECT_EQ(header(none, "Content-Encoding"), "");
  Response small = Response::text(200, "kort");
  compress_response(small, "gzip");
  EXPECT_EQ(small.body, "kort");
  Response image = page();
  image.content_type = "image/png";
  compress_response(image, "gzip");
  EXPECT_EQ(image.body, page().body);
}

}  // namespace
}  // namespace hvhk::http

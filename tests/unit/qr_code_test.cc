// QR codes for posters: one compact, well-formed SVG with an escaped title, nothing for texts too
// long to scan, and — rendered with rsvg-convert and read with zbarimg — the very text put in.
#include "web/qr_code.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "core/ids.h"

namespace hvhk::web {
namespace {

constexpr const char* kOfferUrl = "https://hvhk.example/aanbod/3f1c2b8a-7d6e-4f0a-9b1c-2d3e4f5a6b7c?lang=nl";

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

TEST(QrCodeSvg, IsOneCompactSvgDocument) {
  const std::string svg = qr_code_svg(kOfferUrl, "Aanbod");
  ASSERT_FALSE(svg.empty());
  EXPECT_TRUE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")) << svg.substr(0, 80);
  EXPECT_TRUE(svg.ends_with("\"/></svg>"));
  EXPECT_EQ(count(svg, "<svg"), 1U);
  EXPECT_EQ(count(svg, "</svg>"), 1U);
  EXPECT_EQ(count(svg, "<title>Aanbod</title>"), 1U);
  EXPECT_EQ(count(svg, "<rect "), 1U);
  EXPECT_EQ(count(svg, "<path "), 1U);
  EXPECT_EQ(count(svg, "<"), 6U);  // svg, title, /title, rect, path, /svg
  EXPECT_EQ(count(svg, "<"), count(svg, ">"));
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("shape-rendering=\"crispEdges\""), std::string::npos);
  EXPECT_NE(svg.find("fill=\"#fff\""), std::string::npos);

  // Measured in modules: a version-v code is 17 + 4v modules wide, plus 4 of quiet zone each side.
  const std::size_t size_at = svg.find("viewBox=\"0 0 ") + 13;
  const int size = std::stoi(svg.substr(size_at));
  EXPECT_EQ(svg.substr(size_at, svg.find('"', size_at) - size_at), std::to_string(size) + " " + std::to_string(size));
  EXPECT_EQ((size - 8 - 17) % 4, 0) << size;
  EXPECT_GE(size, 21 + 8);
  // The top-left finder pattern's first row is one run of 7 dark modules inside the quiet zone.
  EXPECT_NE(svg.find("d=\"M4 4h7v1h-7z"), std::string::npos);
}

TEST(QrCodeSvg, EscapesTheTitle) {
  const std::string svg = qr_code_svg(kOfferUrl, "Baby's & peuters <3 \"samen\"\x01");
  EXPECT_NE(svg.find("<title>Baby&apos;s &amp; peuters &lt;3 &quot;samen&quot;</title>"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("<3"), std::string::npos);
  EXPECT_EQ(svg.find('\x01'), std::string::npos);  // not allowed in XML 1.0
}

TEST(QrCodeSvg, TextTooLongOrEmptyGivesNothing) {
  EXPECT_EQ(qr_code_svg(std::string(kQrCodeMaxBytes + 1, 'a'), "Te lang"), "");
  EXPECT_EQ(qr_code_svg("", "Leeg"), "");
  EXPECT_FALSE(qr_code_svg(std::string(kQrCodeMaxBytes, 'a'), "Net niet te lang").empty());
  EXPECT_FALSE(qr_code_svg(std::string("a\0b", 3), "Met een NUL").empty());  // bytes, not a C string
}

// The environment variable's value, "" when unset; read before any test starts a thread.
std::string env(const char* name) {
  const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): read-only use
  return value == nullptr ? "" : value;
}

// True if an executable called tool is on PATH.
bool on_path(const std::string& tool) {
  const std::string path = env("PATH");
  std::stringstream dirs(path);
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (!dir.empty() && ::access((std::filesystem::path(dir) / tool).c_str(), X_OK) == 0) return true;
  }
  return false;
}

// What command writes to standard output, or nullopt when it fails.
std::optional<std::string> run(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return std::nullopt;
  std::string out;
  std::array<char, 4096> buffer{};
  for (std::size_t n = 0; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) out.append(buffer.data(), n);
  if (::pclose(pipe) != 0) return std::nullopt;
  return out;
}

// The text a scanner reads from svg: rendered at 400 pixels by rsvg-convert, read by zbarimg.
std::optional<std::string> scan(const std::string& svg) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("hvhk_qr_" + core::random_uuid());
  std::filesystem::create_directories(dir);
  { std::ofstream(dir / "code.svg", std::ios::binary) << svg; }
  const std::string svg_file = (dir / "code.svg").string();
  const std::string png_file = (dir / "code.png").string();
  std::optional<std::string> text;
  if (run("rsvg-convert -w 400 -o '" + png_file + "' '" + svg_file + "' 2>&1")) {
    text = run("zbarimg --raw -q --nodbus '" + png_file + "'");
  }
  std::error_code ignored;
  std::filesystem::remove_all(dir, ignored);
  if (text && text->ends_with('\n')) text->pop_back();
  return text;
}

TEST(QrCodeSvg, ScansBackToTheSameText) {
  if (!on_path("rsvg-convert") || !on_path("zbarimg")) {
    if (env("HVHK_REQUIRE_TOOLS") == "1") {
      FAIL() << "HVHK_REQUIRE_TOOLS=1 but rsvg-convert (librsvg2-bin) or zbarimg (zbar-tools) is missing";
    }
    GTEST_SKIP() << "rsvg-convert (librsvg2-bin) or zbarimg (zbar-tools) is not installed";
  }
  std::string long_text = kOfferUrl;
  while (long_text.size() < 600) long_text += "&x=" + std::to_string(long_text.size());  // a large version
  for (const std::string& text : {std::string(kOfferUrl), std::string("HVHK"), long_text}) {
    const std::string svg = qr_code_svg(text, "Aanbod");
    ASSERT_FALSE(svg.empty()) << text;
    EXPECT_EQ(scan(svg), text);
  }
}

}  // namespace
}  // namespace hvhk::web

#include "web/qr_code.h"

#include <qrencode.h>

#include <memory>

namespace hvhk::web {
namespace {

// Modules of white around the code, as ISO/IEC 18004 asks for scanners to find it.
constexpr int kQuietZone = 4;

struct QrFree {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

// Text for an XML element or attribute; control characters XML 1.0 forbids are left out.
std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
    }
  }
  return out;
}

}  // namespace

std::string qr_code_svg(std::string_view text, std::string_view title) {
  if (text.empty() || text.size() > kQrCodeMaxBytes) return "";
  const std::unique_ptr<QRcode, QrFree> code(QRcode_encodeData(
      static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M));
  if (!code || code->width <= 0 || code->data == nullptr) return "";

  const int width = code->width;
  const std::string size = std::to_string(width + 2 * kQuietZone);
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size +
                    "\" role=\"img\" shape-rendering=\"crispEdges\"><title>" + xml_escape(title) +
                    "</title><rect width=\"" + size + "\" height=\"" + size +
                    "\" fill=\"#fff\"/><path fill=\"#000\" d=\"";
  // Each horizontal run of dark modules is one rectangle; bit 0 of a module's byte is "dark".
  for (int y = 0; y < width; ++y) {
    const unsigned char* row = code->data + static_cast<std::ptrdiff_t>(y) * width;
    for (int x = 0; x < width;) {
      if ((row[x] & 1U) == 0) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < width && (row[x + run] & 1U) != 0) ++run;
      const std::string n = std::to_string(run);
      svg.append("M").append(std::to_string(x + kQuietZone)).append(" ").append(std::to_string(y + kQuietZone));
      svg.append("h").append(n).append("v1h-").append(n).append("z");
      x += run;
    }
  }
  svg += "\"/></svg>";
  return svg;
}

}  // namespace hvhk::web

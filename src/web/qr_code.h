// QR codes for posters and flyers: a text (usually an offer's link) as one small SVG image that
// prints sharply at any size, with a title for screen readers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hvhk::web {

// Longest text qr_code_svg encodes, in bytes; longer codes are too dense to scan from a poster.
inline constexpr std::size_t kQrCodeMaxBytes = 1000;

// text as a QR code (byte mode, error correction level M) in an SVG measured in modules: a white
// background with a 4-module quiet zone and one path of dark modules, role="img" and <title>
// title (escaped). "" when text is empty, longer than kQrCodeMaxBytes or cannot be encoded.
std::string qr_code_svg(std::string_view text, std::string_view title);

}  // namespace hvhk::web

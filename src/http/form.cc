#include "http/form.h"

namespace hvhk::http {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decodes one name or value of a form ('+' is a space); false on a malformed escape.
bool decode(std::string_view in, std::string& out) {
  out.clear();
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '+') {
      out.push_back(' ');
    } else if (c == '%') {
      if (i + 2 >= in.size()) return false;
      const int high = hex_value(in[i + 1]);
      const int low = hex_value(in[i + 2]);
      if (high < 0 || low < 0) return false;
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return true;
}

}  // namespace

// Written out rather than through Boost.URL's parse_query: the fuzz build (clang) and Debian's
// GCC-built libboost_url disagree on the layout of its string_view argument, and the fuzzer
// found reads past the end of the body that way.
bool parse_form(std::string_view body, QueryParams& out, std::string& error) {
  if (body.size() > kMaxFormBytes) {
    error = "form too large";
    return false;
  }
  QueryParams fields;
  std::string name;
  std::string value;
  while (!body.empty()) {
    const std::size_t amp = body.find('&');
    const std::string_view pair = body.substr(0, amp);
    body.remove_prefix(amp == std::string_view::npos ? body.size() : amp + 1);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    if (!decode(pair.substr(0, eq), name) ||
        !decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), value)) {
      error = "invalid percent-encoding in form";
      return false;
    }
    fields.add(name, value);
  }
  for (const auto& [field, text] : fields.items()) out.add(field, text);
  return true;
}

std::optional<std::string_view> cookie(const Request& request, std::string_view name) {
  const auto header = request.header("cookie");
  if (!header) return std::nullopt;
  std::string_view rest = *header;
  while (!rest.empty()) {
    const std::size_t semi = rest.find(';');
    std::string_view part = rest.substr(0, semi);
    rest.remove_prefix(semi == std::string_view::npos ? rest.size() : semi + 1);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.size() > name.size() && part.starts_with(name) && part[name.size()] == '=') {
      return part.substr(name.size() + 1);
    }
  }
  return std::nullopt;
}

std::string encode_form_value(std::string_view value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(value.size());
  for (const char ch : value) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4U]);
      out.push_back(kHex[c & 0x0FU]);
    }
  }
  return out;
}

}  // namespace hvhk::http

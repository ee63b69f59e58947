#include "http/target.h"

#include <boost/url/encoding_opts.hpp>
#include <boost/url/parse.hpp>

namespace hvhk::http {
namespace {

// True when a '/'-separated segment of the decoded path is "..".
bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// True when some '%' is not followed by two hex digits.
bool has_bad_percent_escape(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') continue;
    if (i + 2 >= s.size() || !is_hex(s[i + 1]) || !is_hex(s[i + 2])) return true;
    i += 2;
  }
  return false;
}

bool has_dot_dot_segment(std::string_view path) {
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (path.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

bool parse_target(std::string_view target, Request& out, std::string& error) {
  if (target.size() > kMaxTargetBytes) {
    error = "request target too long";
    return false;
  }
  // The grammar also rejects malformed percent-escapes such as "%zz" or a lone "%";
  // the scan afterwards only picks the clearer message.
  auto parsed = boost::urls::parse_origin_form(target);
  if (!parsed) {
    error = has_bad_percent_escape(target) ? "invalid percent-encoding in request target"
                                           : "request target is not an absolute path";
    return false;
  }
  const boost::urls::url_view& url = *parsed;

  std::string path = url.path();
  if (path.find('\0') != std::string::npos) {
    error = "NUL byte in path";
    return false;
  }
  if (has_dot_dot_segment(path)) {
    error = "'..' segment in path";
    return false;
  }

  QueryParams query;
  if (url.has_query()) {
    boost::urls::encoding_opts opts;
    opts.space_as_plus = true;
    for (auto param : url.params(opts)) {
      // "?&a=1" and "?a=1&&b=2" hold empty items that carry nothing.
      if (param.key.empty() && !param.has_value) continue;
      query.add(std::move(param.key), std::move(param.value));
    }
  }

  out.target.assign(target);
  out.path = std::move(path);
  out.query = std::move(query);
  return true;
}

}  // namespace hvhk::http

#include "http/form.h"

#include <boost/url/encoding_opts.hpp>
#include <boost/url/params_view.hpp>
#include <boost/url/parse_query.hpp>

namespace hvhk::http {

bool parse_form(std::string_view body, QueryParams& out, std::string& error) {
  if (body.size() > kMaxFormBytes) {
    error = "form too large";
    return false;
  }
  if (body.empty()) return true;
  if (!boost::urls::parse_query(body)) {  // checked first: the view below throws on bad input
    error = "invalid percent-encoding in form";
    return false;
  }
  boost::urls::encoding_opts opts;
  opts.space_as_plus = true;
  const boost::urls::params_view fields(body, opts);
  for (auto param : fields) {  // NOLINT(performance-for-range-copy): each field is decoded on the fly
    if (param.key.empty() && !param.has_value) continue;
    out.add(std::string(param.key), std::string(param.value));
  }
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

}  // namespace hvhk::http

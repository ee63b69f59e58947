// libFuzzer target for form bodies and Cookie headers, which any client controls: parse_form
// must refuse with a message or return fields, never crash; cookie() must return a part of the
// header. Built by hand with clang, not by CMake; see run_fuzzers.sh.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "http/form.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  hvhk::http::QueryParams form;
  std::string error;
  if (!hvhk::http::parse_form(input, form, error) && error.empty()) __builtin_trap();
  hvhk::http::Request request;
  request.headers.emplace("cookie", std::string(input));
  if (const auto value = hvhk::http::cookie(request, "hvhk_session")) {
    const std::string& header = request.headers.at("cookie");
    if (value->data() < header.data() || value->data() + value->size() > header.data() + header.size()) {
      __builtin_trap();
    }
  }
  return 0;
}

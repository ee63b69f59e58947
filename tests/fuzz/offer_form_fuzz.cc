// libFuzzer target for the offer editor's form, which a partner's browser sends: any body must
// give a form and an offer with messages, never a crash; and the form as a draft stores it
// (form_body) reads back to the same form.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "http/form.h"
#include "web/offer_form.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  hvhk::http::QueryParams fields;
  std::string error;
  if (!hvhk::http::parse_form(input, fields, error)) return 0;
  const hvhk::web::OfferForm form = hvhk::web::form_from_fields(fields);
  hvhk::core::Service base;
  base.id = "offer";
  base.organization_id = "organisation";
  hvhk::web::FieldErrors errors;
  const auto t = [](std::string_view msgid) { return std::string(msgid); };
  (void)hvhk::web::offer_from_form(form, base, {"place-1", "place-2"}, t, errors);

  hvhk::http::QueryParams again;
  if (!hvhk::http::parse_form(hvhk::web::form_body(form), again, error)) __builtin_trap();
  if (!(hvhk::web::form_from_fields(again) == form)) __builtin_trap();
  return 0;
}

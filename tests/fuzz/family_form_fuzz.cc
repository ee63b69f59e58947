// libFuzzer target for the family's registration form, which anyone can send: any body must give
// a form and a check with messages, never a crash; an accepted form has one age per child, each
// within the session's limits, one age band per child, and its sealed data opens to the same.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "http/form.h"
#include "web/registration_form.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  hvhk::http::QueryParams fields;
  std::string error;
  if (!hvhk::http::parse_form(input, fields, error)) return 0;
  const hvhk::web::FamilyForm form = hvhk::web::read_family_form(fields);
  hvhk::store::ActivitySession session;
  session.id = "zomerklas";
  session.dates = {{"2027-07-05T09:00", "2027-07-05T12:00"}};
  session.min_age_months = 60;
  session.max_age_months = 78;
  session.residents_until = "2027-05-31";
  session.resident_postcodes = "9240 9290";
  const auto check =
      hvhk::web::check_family_form(form, session, "2026-11-23T10:00", "2026-11-23T09:00:00Z", form.channel == "print");
  if (!check.ok()) return 0;
  if (check.data.child_age_months.size() != form.children.size() || form.children.empty()) __builtin_trap();
  for (const int months : check.data.child_age_months) {
    if (months < 60 || months > 78) __builtin_trap();
  }
  static const auto key = hvhk::core::DataKey::generate();
  const auto opened = hvhk::web::open_family(hvhk::web::seal_family(check.data, key), key);
  if (!opened || opened->first_name != check.data.first_name || opened->needs != check.data.needs ||
      opened->child_age_months != check.data.child_age_months) {
    __builtin_trap();
  }
  return 0;
}

// libFuzzer target for the HSDS JSON import, which reads documents from other publishers
// and partners: any bytes must give either records or problems that name a record (no
// exception, no crash), and the records must go through the validator. When a document
// is accepted by both, it must also survive export and re-import ("nothing is lost",
// hsds_json.h). Built by hand with clang, not by CMake; see README.md and run_fuzzers.sh.
#include <boost/json/serialize.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "api/hsds_import.h"
#include "core/validation.h"

namespace {

using hvhk::core::Problem;

void check_problems(const std::vector<Problem>& problems) {
  for (const Problem& problem : problems) {
    if (problem.record.empty() || problem.message.empty()) __builtin_trap();  // a person must be able to fix it
  }
}

bool same_shape(const hvhk::core::Catalogue& a, const hvhk::core::Catalogue& b) {
  return a.services.size() == b.services.size() && a.organizations.size() == b.organizations.size() &&
         a.locations.size() == b.locations.size() && a.networks.size() == b.networks.size() &&
         a.municipalities.size() == b.municipalities.size();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const hvhk::core::Catalogue existing;
  const hvhk::api::ImportResult read = hvhk::api::read_hsds_json(input, {});
  check_problems(read.problems);
  if (!read.problems.empty()) return 0;
  const std::vector<Problem> problems = hvhk::core::validate(read.catalogue, existing);
  check_problems(problems);
  if (!problems.empty()) return 0;

  // Accepted: what we export from it must read back and validate the same way.
  const std::string exported = boost::json::serialize(hvhk::api::export_document(read.catalogue));
  const hvhk::api::ImportResult again = hvhk::api::read_hsds_json(exported, {});
  if (!again.problems.empty()) __builtin_trap();
  if (!same_shape(read.catalogue, again.catalogue)) __builtin_trap();
  if (!hvhk::core::validate(again.catalogue, existing).empty()) __builtin_trap();
  return 0;
}

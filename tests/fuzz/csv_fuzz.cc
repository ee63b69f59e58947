// libFuzzer target for the CSV reader behind the HSDS tabular import and the coordinators'
// spreadsheets: any bytes either parse or fail with a message, and whatever parses must
// survive append_csv_row and a second parse unchanged ("what we write, we read back").
// Built by hand with clang, not by CMake; see README.md and run_fuzzers.sh.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "api/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto first = hvhk::api::parse_csv(input);
  if (!first) {
    if (first.error().message.empty()) __builtin_trap();  // a refusal must say why
    return 0;
  }
  std::string written;
  for (const hvhk::api::CsvRow& row : *first) {
    if (row.empty()) __builtin_trap();  // a record has at least one field
    hvhk::api::append_csv_row(written, row);
  }
  const auto second = hvhk::api::parse_csv(written);
  if (!second) __builtin_trap();            // what we write, we must read back
  if (*second != *first) __builtin_trap();  // ... and get the same rows
  return 0;
}

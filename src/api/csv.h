// Comma-separated values as RFC 4180 has them: fields quoted when they hold a comma, a
// quote or a line break; quotes doubled. What the HSDS tabular package and the coordinators'
// spreadsheets use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace hvhk::api {

using CsvRow = std::vector<std::string>;

// Appends one record (with CRLF) to out.
void append_csv_row(std::string& out, const CsvRow& fields);

// Parses a whole document. A UTF-8 byte-order mark is skipped; a quote that never closes
// or stray text after a closing quote is an error naming the line.
core::Result<std::vector<CsvRow>> parse_csv(std::string_view text);

}  // namespace hvhk::api

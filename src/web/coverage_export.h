// The coverage matrix as a file for a coordinator's spreadsheet: a CSV (RFC 4180, UTF-8) and an
// Excel workbook (.xlsx, through libxlsxwriter). Both carry the same table, already in the
// reader's language: one row per municipality × theme × age band, with the number of offers,
// their partners and names, and whether the cell is a gap or an overlap.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/result.h"

namespace hvhk::web {

struct CoverageSheetRow {
  std::string municipality;  // name, or the whole network's label
  std::string theme;         // label
  std::string age_band;      // label
  std::size_t offers = 0;
  std::string partners;     // names, "; " between them
  std::string offer_names;  // names, "; " between them
  std::string gap;          // a word when the cell is a gap, else empty
  std::string overlap;      // a word when the cell is an overlap, else empty
};

struct CoverageSheet {
  std::string title;                // the sheet's name in a workbook
  std::vector<std::string> header;  // the 8 column names, in CoverageSheetRow's order
  std::vector<CoverageSheetRow> rows;
};

// CSV with a byte-order mark (so spreadsheets read it as UTF-8). Text that a spreadsheet would
// take for a formula (starting with = + - @) gets a leading apostrophe: partners write names.
std::string coverage_csv(const CoverageSheet& sheet);

// The bytes of an .xlsx workbook with one sheet: the header row bold and frozen, columns sized.
// libxlsxwriter 1.1.4 (Debian 12) writes only to a file: a private temporary file is written,
// read back and removed.
core::Result<std::string> coverage_xlsx(const CoverageSheet& sheet);

}  // namespace hvhk::web

#include "web/coverage_export.h"

#include <xlsxwriter.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "api/csv.h"

namespace hvhk::web {
namespace {

// Text a spreadsheet would run as a formula is kept as text.
std::string as_text(const std::string& value) {
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@')) {
    return "'" + value;
  }
  return value;
}

// Removes the directory (and what is in it) when it goes out of scope.
class TemporaryDirectory {
 public:
  TemporaryDirectory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "hvhk-xlsx-XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  ~TemporaryDirectory() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Column widths in characters, in CoverageSheetRow's order.
constexpr std::array<double, 8> kWidths{18, 30, 24, 10, 50, 60, 10, 12};

}  // namespace

std::string coverage_csv(const CoverageSheet& sheet) {
  std::string out = "\xEF\xBB\xBF";
  api::append_csv_row(out, sheet.header);
  for (const CoverageSheetRow& row : sheet.rows) {
    api::append_csv_row(out, {as_text(row.municipality), row.theme, row.age_band, std::to_string(row.offers),
                              as_text(row.partners), as_text(row.offer_names), row.gap, row.overlap});
  }
  return out;
}

core::Result<std::string> coverage_xlsx(const CoverageSheet& sheet) {
  const TemporaryDirectory dir;
  if (dir.path().empty()) return core::fail(core::Error::Kind::internal, "no temporary directory for the workbook");
  const std::string file = (dir.path() / "dekking.xlsx").string();
  std::string tmpdir = dir.path().string();  // libxlsxwriter's own scratch files go there too
  lxw_workbook_options options{};
  options.tmpdir = tmpdir.data();
  lxw_workbook* workbook = workbook_new_opt(file.c_str(), &options);
  if (workbook == nullptr) return core::fail(core::Error::Kind::internal, "cannot start the workbook");
  // Excel allows 31 characters in a sheet's name and none of []:*?/\ .
  std::string title = sheet.title.substr(0, 31);
  for (char& c : title) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = ' ';
  }
  lxw_worksheet* worksheet = workbook_add_worksheet(workbook, title.empty() ? nullptr : title.c_str());
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  lxw_format* wrapped = workbook_add_format(workbook);
  format_set_text_wrap(wrapped);
  format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
  for (std::size_t c = 0; c < kWidths.size(); ++c) {
    const auto column = static_cast<lxw_col_t>(c);
    worksheet_set_column(worksheet, column, column, kWidths[c], c == 4 || c == 5 ? wrapped : nullptr);
  }
  for (std::size_t c = 0; c < sheet.header.size(); ++c) {
    worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(c), sheet.header[c].c_str(), bold);
  }
  worksheet_freeze_panes(worksheet, 1, 0);
  lxw_row_t r = 1;
  for (const CoverageSheetRow& row : sheet.rows) {
    worksheet_write_string(worksheet, r, 0, row.municipality.c_str(), nullptr);
    worksheet_write_string(worksheet, r, 1, row.theme.c_str(), nullptr);
    worksheet_write_string(worksheet, r, 2, row.age_band.c_str(), nullptr);
    worksheet_write_number(worksheet, r, 3, static_cast<double>(row.offers), nullptr);
    worksheet_write_string(worksheet, r, 4, row.partners.c_str(), wrapped);
    worksheet_write_string(worksheet, r, 5, row.offer_names.c_str(), wrapped);
    worksheet_write_string(worksheet, r, 6, row.gap.c_str(), nullptr);
    worksheet_write_string(worksheet, r, 7, row.overlap.c_str(), nullptr);
    ++r;
  }
  worksheet_autofilter(worksheet, 0, 0, r - 1, static_cast<lxw_col_t>(kWidths.size() - 1));
  if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
    return core::fail(core::Error::Kind::internal, std::string("cannot write the workbook: ") + lxw_strerror(error));
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return core::fail(core::Error::Kind::internal, "cannot read the workbook back");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace hvhk::web

#include "api/csv.h"

#include <fmt/format.h>

namespace hvhk::api {

void append_csv_row(std::string& out, const CsvRow& fields) {
  bool first = true;
  for (const std::string& field : fields) {
    if (!first) {
      out.push_back(',');
    }
    first = false;
    // Quoted when it holds a separator or a quote, when it is the only field and empty (an
    // empty line would be no record at all), or when it starts with a byte-order mark.
    const bool lone_empty = field.empty() && fields.size() == 1;
    if (!lone_empty && field.find_first_of(",\"\r\n") == std::string::npos && !field.starts_with("\xEF\xBB\xBF")) {
      out += field;
      continue;
    }
    out.push_back('"');
    for (const char c : field) {
      if (c == '"') {
        out.push_back('"');
      }
      out.push_back(c);
    }
    out.push_back('"');
  }
  out += "\r\n";
}

core::Result<std::vector<CsvRow>> parse_csv(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) {
    text.remove_prefix(3);
  }
  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  std::size_t line = 1;
  std::size_t i = 0;
  bool row_has_content = false;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '"' && field.empty()) {
      // A quoted field: runs to the next lone quote.
      const std::size_t start_line = line;
      ++i;
      for (;;) {
        if (i >= text.size()) {
          return core::fail(core::Error::Kind::invalid,
                            fmt::format("line {}: a quoted field is never closed", start_line));
        }
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (text[i] == '\n') {
          ++line;
        }
        field.push_back(text[i++]);
      }
      if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        return core::fail(core::Error::Kind::invalid, fmt::format("line {}: text after a closing quote", line));
      }
      row_has_content = true;
      continue;
    }
    if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      row_has_content = true;
      ++i;
    } else if (c == '\r' || c == '\n') {
      if (row_has_content || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      row.clear();
      field.clear();
      row_has_content = false;
      i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
      ++line;
    } else {
      field.push_back(c);
      row_has_content = true;
      ++i;
    }
  }
  if (row_has_content || !field.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace hvhk::api

// The HSDS 3.0 tabular package layout: which CSV file holds which entity, and its columns.
#pragma once

#include <span>
#include <string_view>

namespace hvhk::api {

enum class ColumnType { string, number, boolean };

struct TableColumn {
  std::string_view name;
  ColumnType type;
};

struct HsdsTable {
  std::string_view name;  // entity: "service", "phone", ...
  std::string_view file;  // "services.csv", ...
  std::span<const TableColumn> columns;
};

std::span<const HsdsTable> hsds_tables();
const HsdsTable* hsds_table(std::string_view name);

}  // namespace hvhk::api

// The HSDS 3.0 tabular package: a folder of CSV files (services.csv, organizations.csv, ...)
// with a datapackage.json, plus hvhk_networks.csv and hvhk_municipalities.csv for what HSDS
// has no table for. Written from and read back into the same records as the JSON document.
#pragma once

#include <string>

#include "api/hsds_import.h"
#include "core/catalogue.h"

namespace hvhk::api {

// Writes the package into folder `dir` (created if needed). Throws std::runtime_error on I/O errors.
void write_hsds_csv(const core::Catalogue& catalogue, const std::string& dir);

// Reads a package folder; problems name the file and line, or the record and field.
ImportResult read_hsds_csv(const std::string& dir, const ImportOptions& options);

}  // namespace hvhk::api

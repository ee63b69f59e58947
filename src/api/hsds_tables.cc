// The HSDS 3.0 tabular package: one CSV file per entity and its one-to-one columns, in the
// order of the HSDS schemas (generated once from schema/*.json of HSDS 3.0; see
// docs/adr/004-hsds-mapping.md).
#include "api/hsds_tables.h"

namespace hvhk::api {
namespace {

using C = TableColumn;

constexpr TableColumn k_organization[] = {C{"id", ColumnType::string},
                                          C{"name", ColumnType::string},
                                          C{"alternate_name", ColumnType::string},
                                          C{"description", ColumnType::string},
                                          C{"email", ColumnType::string},
                                          C{"website", ColumnType::string},
                                          C{"tax_status", ColumnType::string},
                                          C{"tax_id", ColumnType::string},
                                          C{"year_incorporated", ColumnType::number},
                                          C{"legal_status", ColumnType::string},
                                          C{"logo", ColumnType::string},
                                          C{"uri", ColumnType::string},
                                          C{"parent_organization_id", ColumnType::string}};
constexpr TableColumn k_service[] = {C{"id", ColumnType::string},
                                     C{"organization_id", ColumnType::string},
                                     C{"program_id", ColumnType::string},
                                     C{"name", ColumnType::string},
                                     C{"alternate_name", ColumnType::string},
                                     C{"description", ColumnType::string},
                                     C{"url", ColumnType::string},
                                     C{"email", ColumnType::string},
                                     C{"status", ColumnType::string},
                                     C{"interpretation_services", ColumnType::string},
                                     C{"application_process", ColumnType::string},
                                     C{"fees_description", ColumnType::string},
                                     C{"wait_time", ColumnType::string},
                                     C{"fees", ColumnType::string},
                                     C{"accreditations", ColumnType::string},
                                     C{"eligibility_description", ColumnType::string},
                                     C{"minimum_age", ColumnType::number},
                                     C{"maximum_age", ColumnType::number},
                                     C{"assured_date", ColumnType::string},
                                     C{"assurer_email", ColumnType::string},
                                     C{"licenses", ColumnType::string},
                                     C{"alert", ColumnType::string},
                                     C{"last_modified", ColumnType::string}};
constexpr TableColumn k_location[] = {C{"id", ColumnType::string},
                                      C{"location_type", ColumnType::string},
                                      C{"url", ColumnType::string},
                                      C{"organization_id", ColumnType::string},
                                      C{"name", ColumnType::string},
                                      C{"alternate_name", ColumnType::string},
                                      C{"description", ColumnType::string},
                                      C{"transportation", ColumnType::string},
                                      C{"latitude", ColumnType::number},
                                      C{"longitude", ColumnType::number},
                                      C{"external_identifier", ColumnType::string},
                                      C{"external_identifier_type", ColumnType::string}};
constexpr TableColumn k_service_at_location[] = {C{"id", ColumnType::string}, C{"service_id", ColumnType::string},
                                                 C{"location_id", ColumnType::string},
                                                 C{"description", ColumnType::string}};
constexpr TableColumn k_address[] = {
    C{"id", ColumnType::string},        C{"location_id", ColumnType::string},    C{"attention", ColumnType::string},
    C{"address_1", ColumnType::string}, C{"address_2", ColumnType::string},      C{"city", ColumnType::string},
    C{"region", ColumnType::string},    C{"state_province", ColumnType::string}, C{"postal_code", ColumnType::string},
    C{"country", ColumnType::string},   C{"address_type", ColumnType::string}};
constexpr TableColumn k_phone[] = {C{"id", ColumnType::string},         C{"location_id", ColumnType::string},
                                   C{"service_id", ColumnType::string}, C{"organization_id", ColumnType::string},
                                   C{"contact_id", ColumnType::string}, C{"service_at_location_id", ColumnType::string},
                                   C{"number", ColumnType::string},     C{"extension", ColumnType::number},
                                   C{"type", ColumnType::string},       C{"description", ColumnType::string}};
constexpr TableColumn k_schedule[] = {C{"id", ColumnType::string},
                                      C{"service_id", ColumnType::string},
                                      C{"location_id", ColumnType::string},
                                      C{"service_at_location_id", ColumnType::string},
                                      C{"valid_from", ColumnType::string},
                                      C{"valid_to", ColumnType::string},
                                      C{"dtstart", ColumnType::string},
                                      C{"timezone", ColumnType::number},
                                      C{"until", ColumnType::string},
                                      C{"count", ColumnType::number},
                                      C{"wkst", ColumnType::string},
                                      C{"freq", ColumnType::string},
                                      C{"interval", ColumnType::number},
                                      C{"byday", ColumnType::string},
                                      C{"byweekno", ColumnType::string},
                                      C{"bymonthday", ColumnType::string},
                                      C{"byyearday", ColumnType::string},
                                      C{"description", ColumnType::string},
                                      C{"opens_at", ColumnType::string},
                                      C{"closes_at", ColumnType::string},
                                      C{"schedule_link", ColumnType::string},
                                      C{"attending_type", ColumnType::string},
                                      C{"notes", ColumnType::string}};
constexpr TableColumn k_service_area[] = {C{"id", ColumnType::string},     C{"service_id", ColumnType::string},
                                          C{"name", ColumnType::string},   C{"description", ColumnType::string},
                                          C{"extent", ColumnType::string}, C{"extent_type", ColumnType::string},
                                          C{"uri", ColumnType::string}};
constexpr TableColumn k_language[] = {C{"id", ColumnType::string},          C{"service_id", ColumnType::string},
                                      C{"location_id", ColumnType::string}, C{"phone_id", ColumnType::string},
                                      C{"name", ColumnType::string},        C{"code", ColumnType::string},
                                      C{"note", ColumnType::string}};
constexpr TableColumn k_funding[] = {C{"id", ColumnType::string}, C{"organization_id", ColumnType::string},
                                     C{"service_id", ColumnType::string}, C{"source", ColumnType::string}};
constexpr TableColumn k_cost_option[] = {
    C{"id", ColumnType::string},         C{"service_id", ColumnType::string},
    C{"valid_from", ColumnType::string}, C{"valid_to", ColumnType::string},
    C{"option", ColumnType::string},     C{"currency", ColumnType::string},
    C{"amount", ColumnType::number},     C{"amount_description", ColumnType::string}};
constexpr TableColumn k_required_document[] = {C{"id", ColumnType::string}, C{"service_id", ColumnType::string},
                                               C{"document", ColumnType::string}, C{"uri", ColumnType::string}};
constexpr TableColumn k_contact[] = {
    C{"id", ColumnType::string},          C{"organization_id", ColumnType::string},
    C{"service_id", ColumnType::string},  C{"service_at_location_id", ColumnType::string},
    C{"location_id", ColumnType::string}, C{"name", ColumnType::string},
    C{"title", ColumnType::string},       C{"department", ColumnType::string},
    C{"email", ColumnType::string}};
constexpr TableColumn k_accessibility[] = {C{"id", ColumnType::string}, C{"location_id", ColumnType::string},
                                           C{"description", ColumnType::string}, C{"details", ColumnType::string},
                                           C{"url", ColumnType::string}};
constexpr TableColumn k_attribute[] = {
    C{"id", ColumnType::string},        C{"link_id", ColumnType::string},     C{"taxonomy_term_id", ColumnType::string},
    C{"link_type", ColumnType::string}, C{"link_entity", ColumnType::string}, C{"value", ColumnType::string}};
constexpr TableColumn k_metadata[] = {C{"id", ColumnType::string},
                                      C{"resource_id", ColumnType::string},
                                      C{"resource_type", ColumnType::string},
                                      C{"last_action_date", ColumnType::string},
                                      C{"last_action_type", ColumnType::string},
                                      C{"field_name", ColumnType::string},
                                      C{"previous_value", ColumnType::string},
                                      C{"replacement_value", ColumnType::string},
                                      C{"updated_by", ColumnType::string}};
constexpr TableColumn k_taxonomy[] = {C{"id", ColumnType::string}, C{"name", ColumnType::string},
                                      C{"description", ColumnType::string}, C{"uri", ColumnType::string},
                                      C{"version", ColumnType::string}};
constexpr TableColumn k_taxonomy_term[] = {
    C{"id", ColumnType::string},          C{"code", ColumnType::string},        C{"name", ColumnType::string},
    C{"description", ColumnType::string}, C{"parent_id", ColumnType::string},   C{"taxonomy", ColumnType::string},
    C{"language", ColumnType::string},    C{"taxonomy_id", ColumnType::string}, C{"term_uri", ColumnType::string}};
constexpr TableColumn k_program[] = {C{"id", ColumnType::string}, C{"organization_id", ColumnType::string},
                                     C{"name", ColumnType::string}, C{"alternate_name", ColumnType::string},
                                     C{"description", ColumnType::string}};
constexpr TableColumn k_organization_identifier[] = {
    C{"id", ColumnType::string}, C{"organization_id", ColumnType::string}, C{"identifier_scheme", ColumnType::string},
    C{"identifier_type", ColumnType::string}, C{"identifier", ColumnType::string}};

constexpr HsdsTable kTables[] = {
    {"organization", "organizations.csv", k_organization},
    {"service", "services.csv", k_service},
    {"location", "locations.csv", k_location},
    {"service_at_location", "service_at_location.csv", k_service_at_location},
    {"address", "addresses.csv", k_address},
    {"phone", "phones.csv", k_phone},
    {"schedule", "schedules.csv", k_schedule},
    {"service_area", "service_areas.csv", k_service_area},
    {"language", "languages.csv", k_language},
    {"funding", "funding.csv", k_funding},
    {"cost_option", "cost_options.csv", k_cost_option},
    {"required_document", "required_documents.csv", k_required_document},
    {"contact", "contacts.csv", k_contact},
    {"accessibility", "accessibility.csv", k_accessibility},
    {"attribute", "attributes.csv", k_attribute},
    {"metadata", "metadata.csv", k_metadata},
    {"taxonomy", "taxonomies.csv", k_taxonomy},
    {"taxonomy_term", "taxonomy_terms.csv", k_taxonomy_term},
    {"program", "programs.csv", k_program},
    {"organization_identifier", "organization_identifiers.csv", k_organization_identifier},
};

}  // namespace

std::span<const HsdsTable> hsds_tables() { return kTables; }

const HsdsTable* hsds_table(std::string_view name) {
  for (const HsdsTable& table : kTables) {
    if (table.name == name) {
      return &table;
    }
  }
  return nullptr;
}

}  // namespace hvhk::api

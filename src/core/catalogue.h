// The offer catalogue as plain values: networks, partners (organisations), locations,
// offers (HSDS services) and what hangs off them. No I/O here; the store reads and
// writes these, the API turns them into HSDS 3.0 JSON, the finder indexes them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hvhk::core {

// A gemeente, identified by its NIS code.
struct Municipality {
  std::string nis_code;
  std::string name;
  std::vector<std::string> postcodes;
};

// A Huis van het Kind: a local partnership covering one or more municipalities.
struct Network {
  std::string id;
  std::string name;
  std::string description;
  std::string website;
  std::string email;
  std::vector<std::string> municipality_nis_codes;
};

struct Phone {
  std::string id;
  std::string number;
  std::string type;  // HSDS: text, voice, fax, cell, video, pager, textphone
  std::string description;
};

struct Contact {
  std::string id;
  std::string name;
  std::string title;
  std::string email;
  std::vector<Phone> phones;
};

// An organisation that is a partner in one or more networks.
struct Organization {
  std::string id;
  std::string name;
  std::string alternate_name;
  std::string description;
  std::string email;
  std::string website;
  std::string partner_type;  // code from vocabulary: PartnerType
  std::vector<std::string> network_ids;
  std::vector<Phone> phones;
  std::vector<Contact> contacts;
  std::string last_modified;  // ISO 8601 UTC
};

struct Address {
  std::string street;  // address_1
  std::string postcode;
  std::string city;
  std::string country = "BE";
};

// A place where offers happen: the main house, an antenna point, a pop-up, or online.
struct Location {
  std::string id;
  std::string network_id;
  std::string organization_id;  // may be empty: places of the network itself
  std::string kind;             // code from vocabulary: LocationKind
  std::string name;
  std::string description;
  std::string url;  // for online locations
  std::optional<Address> address;
  std::optional<double> latitude;
  std::optional<double> longitude;
  std::string transportation;
  std::string accessibility;  // free text: step-free, lift, changing table, ...
  std::vector<Phone> phones;
  std::string last_modified;
};

// When something happens, in HSDS schedule terms (iCalendar RRULE parts).
struct Schedule {
  std::string id;
  std::string freq;   // "WEEKLY", "MONTHLY" or empty for one-off
  int interval = 1;   // every n weeks/months
  std::string byday;  // "MO,WE" or "1SA" (first Saturday) for MONTHLY
  std::string bymonthday;
  std::string dtstart;  // YYYY-MM-DD of the first occurrence
  std::string until;    // YYYY-MM-DD of the last possible occurrence, may be empty
  std::optional<int> count;
  std::string opens_at;   // HH:MM
  std::string closes_at;  // HH:MM
  std::string valid_from;
  std::string valid_to;
  std::string description;
  std::string attending_type;  // "in person", "online", "phone"
  std::string notes;
};

// An offer at a location, with the times it happens there.
struct ServiceAtLocation {
  std::string id;
  std::string service_id;
  std::string location_id;
  std::string description;
  std::vector<Schedule> schedules;
};

struct Cost {
  bool free = true;
  std::optional<double> amount;          // standard price in EUR
  std::optional<double> reduced_amount;  // reduced tariff, e.g. UiTPAS kansentarief
  std::string reduced_description;       // who gets the reduced tariff
  std::string description;               // free text shown to families
};

// An offer (aanbod): an HSDS service plus what a Huis van het Kind needs to know.
struct Service {
  std::string id;
  std::string organization_id;
  std::string network_id;
  std::string name;
  std::string alternate_name;
  std::string description;
  std::string url;
  std::string email;
  std::string status = "active";           // HSDS: active, inactive, defunct, temporarily closed
  std::vector<std::string> themes;         // pillar and life-domain codes (vocabulary: Theme)
  std::vector<std::string> target_groups;  // vocabulary: TargetGroup
  // Age range in months; negative months are before birth (-9 = start of pregnancy).
  int min_age_months = -9;
  int max_age_months = 24 * 12;
  std::string intensity = "universal";  // vocabulary: Intensity
  Cost cost;
  std::vector<std::string> languages;  // ISO 639-1 codes of languages spoken
  bool interpreter_available = false;
  bool registration_required = false;
  std::string access = "open";  // vocabulary: Access (open, eligibility, referral)
  std::string eligibility_description;
  std::string application_process;
  bool recognised_by_opgroeien = false;
  std::vector<Phone> phones;
  std::vector<Contact> contacts;
  std::vector<ServiceAtLocation> locations;
  std::string last_modified;  // ISO 8601 UTC, e.g. 2026-11-01T09:00:00Z
};

// Everything in the catalogue, as loaded from or written to the store.
struct Catalogue {
  std::vector<Municipality> municipalities;
  std::vector<Network> networks;
  std::vector<Organization> organizations;
  std::vector<Location> locations;
  std::vector<Service> services;
};

}  // namespace hvhk::core

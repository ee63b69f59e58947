// The family's registration form, as typed and as checked: a first name and a way to reach the
// family (e-mail, phone, or a printed slip at the desk), the children who come (an age or a birth
// date each), language, interpreter, an accessibility need, a postcode where the session gives
// residents priority, the reduced tariff, and consent. Checked against the session: not begun,
// registrations open, each child's age within the limits, residents only before the priority
// date. Messages are msgids (English) for the page to translate, keyed by field name. What is
// stored of it (FamilyData) is sealed as JSON with the data key.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/data_key.h"
#include "core/sessions.h"
#include "http/form.h"
#include "store/registration_store.h"

namespace hvhk::web {

inline constexpr std::size_t kMaxChildren = 8;

struct FamilyForm {
  std::string first_name;
  std::string email;
  std::string phone;
  std::string channel = "email";      // email, sms, print
  std::string language;               // the family's language for messages (nl fr en tr ar uk)
  std::vector<std::string> children;  // as typed, one per child: "3", "18 maanden", "2023-05-01"
  std::string postcode;
  bool interpreter = false;
  std::string needs;     // accessibility or other need, free text
  bool reduced = false;  // reduced tariff (UiTPAS, …)
  bool consent = false;
  std::string request_key;  // the form's own token (hidden field): the same form registers once
};

// What is kept of a registration, sealed.
struct FamilyData {
  std::string first_name;
  std::string email;
  std::string phone;
  std::string postcode;
  std::vector<int> child_age_months;
  bool interpreter = false;
  std::string needs;
  std::string consent_at;  // UTC moment consent was given ("" for a walk-in without data)
};

struct FamilyCheck {
  std::map<std::string, std::string> problems;  // field → msgid; empty when it can be stored
  FamilyData data;
  bool resident = true;
  std::string tariff = "standard";
  std::string age_bands;  // one band code per child
  [[nodiscard]] bool ok() const { return problems.empty(); }
};

// The form fields: first_name, email, phone, channel, language, child (repeated), postcode,
// interpreter, needs, reduced, consent, request.
FamilyForm read_family_form(const http::QueryParams& fields);
// Checks the form for the session at now_local ("2026-11-23T10:00"). assisted: staff register on
// the family's behalf (a printed slip needs no contact; consent is still asked of the parent).
FamilyCheck check_family_form(const FamilyForm& form, const store::ActivitySession& session,
                              const std::string& now_local, const std::string& now_utc, bool assisted = false);
// Why the session takes no registrations now (msgid), or "" when it does: begun, not open yet,
// closed. Residents' priority is checked per family in check_family_form.
std::string closed_reason(const store::ActivitySession& session, const std::string& now_local);
// A child's age in months from what was typed ("3", "3 jaar", "18 maanden", "2023-05-01" on
// `today`); nullopt when it is no possible age (negative, over 25 years, not a date).
std::optional<int> age_in_months(const std::string& typed, core::Date today);
// The age band code (vocabulary age_bands) of an age in months.
std::string age_band_of(int months);
// Whether the form asks for the family's postcode: the session gives residents priority or a
// different price.
bool asks_postcode(const store::ActivitySession& session);
// The tariff's price in cents for the session.
int price_cents(const store::ActivitySession& session, const std::string& tariff);
// "€ 5,00", or "" when free.
std::string price_text(int cents);

std::string seal_family(const FamilyData& data, const core::DataKey& key);
std::optional<FamilyData> open_family(const std::string& sealed, const core::DataKey& key);
// The keyed hash that keeps a family from registering twice for a session (its e-mail, else its phone).
std::string family_key(const FamilyData& data, const core::DataKey& key);

}  // namespace hvhk::web

// Taking part, from the family's form to the notices it gets: registering (on the family's own
// form or by staff at a desk), cancelling and confirming by the family's own link, places offered
// from the line lapsing, reminders the day before. Each step is one transaction of the
// registration store with the family's notices queued in the outbox inside it, so a registration
// is never stored without its confirmation nor a confirmation queued without its registration.
// The family's link is derived from the registration's request key with the data key: a form
// sent again after a lost answer lands on the same registration and the same page, and later
// notices (a reminder, a place offered) can carry the link without it being stored.
#pragma once

#include <optional>
#include <string>

#include "api/hsds_api.h"
#include "core/data_key.h"
#include "core/result.h"
#include "store/account_store.h"
#include "store/registration_store.h"
#include "web/registration_form.h"

namespace hvhk::web {

struct Registering {
  const store::ActivitySession* session = nullptr;
  FamilyCheck family;  // checked; family.ok()
  std::string language = "nl";
  std::string channel = "email";  // email, sms, print
  std::string request_key;        // the form's token; "" for staff entries (a random link is made)
  bool assisted = false;
  bool walk_in = false;
  int children = 0;           // how many children; 0 = one per age in family.data
  std::string staff_user_id;  // who registered on the family's behalf (audited)
};

struct Registered {
  store::Registration registration;
  std::string link_token;  // the family's own page: /inschrijving/<link_token>
};

class TakingPart {
 public:
  // site_url: absolute base for links in notices ("https://hvhk.example"); index: offer and place names.
  TakingPart(store::Connection& connection, const core::DataKey& key, std::string site_url, api::IndexSource index);

  core::Result<Registered> register_family(const Registering& registering, const std::string& now_utc);
  // The registration behind a family's link, if any.
  core::Result<std::optional<store::Registration>> find(const std::string& link_token);
  // The family cancels; whoever moves up is told.
  core::Result<void> cancel(const std::string& link_token, const std::string& now_utc);
  // The family takes the place offered to it; false when it was not offered or lapsed.
  core::Result<bool> confirm(const std::string& link_token, const std::string& now_utc);
  // Offers past their time lapse; the families concerned are told. Returns how many moved.
  core::Result<std::size_t> lapse_offers(const std::string& now_utc);
  // Reminders for dates starting on the local day after today (once per registration and date).
  core::Result<std::size_t> send_reminders(core::Date today, const std::string& now_utc);

  // A registration's personal data, for its family or for staff; every read by staff is audited
  // (reader_user_id non-empty) and nothing is opened when the audit entry cannot be written.
  std::optional<FamilyData> open(const store::Registration& registration, const std::string& reader_user_id,
                                 const std::string& now_utc);

  static std::string link_hash(const std::string& link_token);

 private:
  // The family's link of a registration (from its request key).
  [[nodiscard]] std::string link_of(const store::Registration& registration) const;
  // Queues the notice of event for the registration's family in connection's transaction
  // (nothing for walk-ins, printed slips, or anonymised data); only_dates: a reminder's date.
  void tell(store::Connection& connection, const store::Registration& registration, const std::string& event,
            const std::string& now_utc, const std::vector<store::SessionDate>& only_dates) const;

  store::Connection& connection_;
  const core::DataKey& key_;
  std::string site_url_;
  api::IndexSource index_;
};

}  // namespace hvhk::web

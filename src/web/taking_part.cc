#include "web/taking_part.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "core/timestamps.h"
#include "web/local_date.h"
#include "web/portal_session.h"
#include "web/registration_notice.h"

namespace hvhk::web {
namespace {

// What a notice says about a session: the offer, the partner and the place, from the catalogue.
NoticeFacts facts_of(const search::CatalogueIndex* index, const store::ActivitySession& session,
                     const store::Registration& r, const std::string& first_name) {
  NoticeFacts facts;
  facts.language = r.language;
  facts.first_name = first_name;
  facts.dates = session.dates;
  facts.children = r.children;
  facts.place_in_line = r.place_in_line;
  facts.price = price_text(price_cents(session, r.tariff));
  if (index == nullptr) return facts;
  if (const core::Service* service = index->service(session.service_id)) {
    facts.offer_name = service->name;
    if (const core::Organization* organization = index->organization(service->organization_id)) {
      facts.organization_name = organization->name;
    }
  }
  if (const core::Location* location = index->location(session.location_id)) {
    facts.place = location->name;
    if (location->address) {
      facts.place +=
          fmt::format(", {}, {} {}", location->address->street, location->address->postcode, location->address->city);
    }
  }
  return facts;
}

}  // namespace

TakingPart::TakingPart(store::Connection& connection, const core::DataKey& key, std::string site_url,
                       api::IndexSource index)
    : connection_(connection), key_(key), site_url_(std::move(site_url)), index_(std::move(index)) {}

std::string TakingPart::link_hash(const std::string& link_token) { return store::token_hash(link_token); }

std::string TakingPart::link_of(const store::Registration& registration) const {
  return key_.fingerprint("link:" + registration.request_key);
}

void TakingPart::tell(store::Connection& connection, const store::Registration& r, const std::string& event,
                      const std::string& now_utc, const std::vector<store::SessionDate>& only_dates) const {
  if (r.walk_in || r.channel == "print" || r.family_sealed.empty() || r.request_key.empty()) return;
  const auto family = open_family(r.family_sealed, key_);
  if (!family) {
    spdlog::error("registration {}: its data cannot be opened with this key; no notice sent", r.id);
    return;
  }
  const std::string& address = r.channel == "sms" ? family->phone : family->email;
  if (address.empty()) return;
  store::RegistrationStore registrations(connection);
  const auto session = registrations.session(r.session_id);
  if (!session || !*session) return;
  const auto index = index_ ? index_() : nullptr;
  NoticeFacts facts = facts_of(index.get(), **session, r, family->first_name);
  facts.event = event;
  if (!only_dates.empty()) facts.dates = only_dates;
  facts.confirm_before = local_date_time(r.offer_expires_at);
  facts.link = site_url_ + "/inschrijving/" + link_of(r);
  facts.uid = fmt::format("registration-{}@hvhk", r.id);
  facts.now_utc = now_utc;
  const std::string dedupe = event == "reminder" && !only_dates.empty()
                                 ? fmt::format("reminder:{}:{}", r.id, only_dates.front().starts_at)
                                 : fmt::format("registration:{}:{}", r.id, event);
  enqueue_notice(connection, compose_notice(facts), r.channel, address, dedupe, now_utc);
}

core::Result<Registered> TakingPart::register_family(const Registering& how, const std::string& now_utc) {
  if (how.session == nullptr) return core::fail(core::Error::Kind::invalid, "Geen sessie gekozen.");
  const FamilyData& data = how.family.data;
  const bool anonymous = how.walk_in && data.first_name.empty();
  store::NewRegistration n;
  n.session_id = how.session->id;
  n.family_sealed = anonymous ? std::string() : seal_family(data, key_);
  n.family_key = how.walk_in ? std::string() : family_key(data, key_);
  n.request_key = how.request_key.empty() ? portal::new_token() : how.request_key;
  n.children = how.children > 0 ? how.children : static_cast<int>(data.child_age_months.size());
  n.age_bands = how.family.age_bands;
  n.language = how.language;
  n.channel = how.walk_in ? "print" : how.channel;
  n.tariff = how.family.tariff;
  n.resident = how.family.resident;
  n.assisted = how.assisted;
  n.walk_in = how.walk_in;
  const std::string link = key_.fingerprint("link:" + n.request_key);
  n.cancel_token_hash = link_hash(link);
  store::RegistrationStore registrations(connection_);
  auto stored =
      registrations.register_family(n, now_utc, [&](store::Connection& connection, const store::Registration& r) {
        if (!how.staff_user_id.empty() &&
            !store::AccountStore(connection)
                 .audit(store::AuditEntry{0, now_utc, how.staff_user_id,
                                          how.walk_in ? "registration_walk_in" : "registration_assisted",
                                          fmt::format("registration:{}", r.id), r.session_id})) {
          throw store::DbError("the audit entry could not be written");
        }
        tell(connection, r, r.state, now_utc, {});
      });
  if (!stored) return tl::unexpected(stored.error());
  return Registered{std::move(*stored), link};
}

core::Result<std::optional<store::Registration>> TakingPart::find(const std::string& link_token) {
  if (link_token.size() != 64) return std::optional<store::Registration>();
  return store::RegistrationStore(connection_).by_token(link_hash(link_token));
}

core::Result<void> TakingPart::cancel(const std::string& link_token, const std::string& now_utc) {
  store::RegistrationStore registrations(connection_);
  const auto mine = registrations.by_token(link_hash(link_token));
  if (!mine) return tl::unexpected(mine.error());
  if (!*mine) return core::fail(core::Error::Kind::not_found, "Deze inschrijving bestaat niet.");
  const auto moved = registrations.cancel(link_hash(link_token), now_utc,
                                          [&](store::Connection& connection, const std::vector<store::Moved>& all) {
                                            store::Registration cancelled = **mine;
                                            tell(connection, cancelled, "cancelled", now_utc, {});
                                            for (const store::Moved& m : all)
                                              tell(connection, m.registration, m.event, now_utc, {});
                                          });
  if (!moved) return tl::unexpected(moved.error());
  return {};
}

core::Result<bool> TakingPart::confirm(const std::string& link_token, const std::string& now_utc) {
  return store::RegistrationStore(connection_)
      .confirm_offer(link_hash(link_token), now_utc, [&](store::Connection& connection, const store::Registration& r) {
        tell(connection, r, "confirmed", now_utc, {});
      });
}

core::Result<std::size_t> TakingPart::lapse_offers(const std::string& now_utc) {
  const auto moved =
      store::RegistrationStore(connection_)
          .lapse_offers(now_utc, [&](store::Connection& connection, const std::vector<store::Moved>& all) {
            for (const store::Moved& m : all) tell(connection, m.registration, m.event, now_utc, {});
          });
  if (!moved) return tl::unexpected(moved.error());
  return moved->size();
}

core::Result<std::size_t> TakingPart::send_reminders(core::Date today, const std::string& now_utc) {
  const auto tomorrow = core::Date{std::chrono::sys_days(today) + std::chrono::days(1)};
  const auto after = core::Date{std::chrono::sys_days(today) + std::chrono::days(2)};
  store::RegistrationStore registrations(connection_);
  const auto due =
      registrations.starting_between(core::format_date(tomorrow) + "T00:00", core::format_date(after) + "T00:00");
  if (!due) return tl::unexpected(due.error());
  try {
    for (const auto& [registration, date] : *due) tell(connection_, registration, "reminder", now_utc, {date});
  } catch (const store::DbError& e) {
    return tl::unexpected(store::internal_error(e));
  }
  return due->size();
}

std::optional<FamilyData> TakingPart::open(const store::Registration& registration, const std::string& reader_user_id,
                                           const std::string& now_utc) {
  if (!reader_user_id.empty() &&
      !store::AccountStore(connection_)
           .audit(store::AuditEntry{0, now_utc, reader_user_id, "registration_read",
                                    fmt::format("registration:{}", registration.id), registration.session_id})) {
    return std::nullopt;
  }
  return open_family(registration.family_sealed, key_);
}

}  // namespace hvhk::web

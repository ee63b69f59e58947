// The session pages (web/portal_sessions.cc) × every person. Families' data — who registered,
// the file, attendance, registering on a family's behalf — is for the organisation's own people
// only (manage_registrations): not for coordinators, viewers, nor the platform's administrators.
// Planning sessions follows edit_offer, reach figures view_organization, the network's
// occupancy (counts only) view_network.
#include "core/data_key.h"
#include "portal_world.h"
#include "store/registration_store.h"

namespace hvhk {
namespace {

class SessionPermissions : public testing::PortalWorld {
 protected:
  void SetUp() override {
    PortalWorld::SetUp();
    if (HasFatalFailure()) return;
    // The same portal, with the key that opens families' data.
    router_ = http::Router{};
    web::PortalOptions options{db_->url(), [this] { return index_; }, true, {}};
    options.data_key = std::make_shared<const core::DataKey>(core::DataKey::generate());
    web::add_portal_routes(router_, options);
    offer_ = offer_of(own_org_);
    sibling_offer_ = offer_of(sibling_org_);
    ASSERT_FALSE(offer_.empty());
    ASSERT_FALSE(sibling_offer_.empty());
    const core::Service* offer = index_->service(offer_);
    if (!offer->locations.empty()) place_ = offer->locations.front().location_id;
    auto connection = db_->connect();
    store::RegistrationStore store(*connection);
    store::ActivitySession s;
    s.id = "own-session";
    s.service_id = offer_;
    s.dates = {{"2099-12-02T14:00", "2099-12-02T16:00"}};
    s.capacity = 10;
    ASSERT_TRUE(store.add_session(s, "2026-11-23T08:00:00Z"));
    s.id = "sibling-session";
    s.service_id = sibling_offer_;
    ASSERT_TRUE(store.add_session(s, "2026-11-23T08:00:00Z"));
  }

  std::string offer_of(const std::string& org) const {
    const auto& services = index_->services_of(org);
    return services.empty() ? "" : index_->catalogue().services[services.front()].id;
  }

  std::string offer_, sibling_offer_, place_;
};

TEST_F(SessionPermissions, EveryRouteForEveryPerson) {
  const std::string org = "/portaal/organisatie/" + own_org_;
  const std::vector<std::pair<std::string, std::string>> routes{
      {"plan sessions", org + "/aanbod/" + offer_ + "/sessies"},
      {"reach", org + "/aanbod/" + offer_ + "/bereik"},
      {"who registered", org + "/sessies/own-session"},
      {"the list as CSV", org + "/sessies/own-session.csv"},
      {"attendance", org + "/sessies/own-session/aanwezigheid"},
      {"register a family", org + "/sessies/own-session/inschrijven"},
      {"occupancy of own network", "/portaal/huis/" + network_ + "/bezetting"},
      {"occupancy of another network", "/portaal/huis/other-network/bezetting"},
      {"another partner's offer under own organisation", org + "/aanbod/" + sibling_offer_ + "/sessies"},
      {"another partner's session under own organisation", org + "/sessies/sibling-session"},
      {"another partner's registrations", "/portaal/organisatie/" + sibling_org_ + "/sessies/sibling-session"},
      {"a partner elsewhere", "/portaal/organisatie/other-organization/sessies/own-session"},
      {"unknown session", org + "/sessies/does-not-exist"},
  };
  expect_statuses(routes, {
                              {"administrator", {200, 200, 403, 403, 403, 403, 200, 200, 404, 403, 403, 403, 403}},
                              {"coordinator", {403, 200, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403}},
                              {"partner_admin", {200, 200, 200, 200, 200, 200, 403, 403, 404, 404, 403, 403, 404}},
                              {"partner_staff", {200, 200, 200, 200, 200, 200, 403, 403, 404, 404, 403, 403, 404}},
                              {"municipality", {403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403}},
                              {"opgroeien", {403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403}},
                              {"no_role", {403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403}},
                              {"", {303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303}},
                          });
}

TEST_F(SessionPermissions, PostsAreGuardedToo) {
  const std::string org = "/portaal/organisatie/" + own_org_;
  const std::string plan = org + "/aanbod/" + offer_ + "/sessies";
  const std::string form = "csrf=csrf&kind=once&date=2099-12-09&start=14:00&end=16:00&capacity=8&place=" + place_;
  const std::string attendance = org + "/sessies/own-session/aanwezigheid";
  const std::string assist = org + "/sessies/own-session/inschrijven";
  for (const char* person : {"coordinator", "municipality", "opgroeien", "no_role"}) {
    EXPECT_EQ(post(person, plan, form), 403U) << person;
    EXPECT_EQ(post(person, attendance, "csrf=csrf&action=save"), 403U) << person;
    EXPECT_EQ(post(person, assist, "csrf=csrf&first_name=A&channel=print&child=3&consent=yes"), 403U) << person;
  }
  EXPECT_EQ(post("administrator", attendance, "csrf=csrf&action=save"), 403U);
  EXPECT_EQ(post("administrator", assist, "csrf=csrf&first_name=A&channel=print&child=3&consent=yes"), 403U);
  for (const std::string& path : {plan, attendance, assist}) EXPECT_EQ(post("", path, "csrf=csrf"), 303U) << path;
  // Another partner's pages, and forged forms.
  const std::string elsewhere = "/portaal/organisatie/" + sibling_org_ + "/sessies/sibling-session/aanwezigheid";
  EXPECT_EQ(post("partner_staff", elsewhere, "csrf=csrf&action=save"), 403U);
  EXPECT_EQ(post("partner_staff", org + "/sessies/sibling-session/aanwezigheid", "csrf=csrf&action=save"), 404U);
  EXPECT_EQ(post("partner_staff", plan, "csrf=forged&kind=once&date=2099-12-09&start=14:00&end=16:00&capacity=8"),
            403U);
  EXPECT_EQ(post("partner_staff", attendance, "csrf=forged&action=save"), 403U);
  EXPECT_EQ(post("partner_staff", assist, "csrf=forged&first_name=A&channel=print&child=3&consent=yes"), 403U);
  // The right person with the right token.
  EXPECT_EQ(post("partner_staff", plan, form), 303U);
  EXPECT_EQ(post("partner_staff", attendance, "csrf=csrf&datum=2099-12-02T14:00&action=save"), 303U);
}

}  // namespace
}  // namespace hvhk

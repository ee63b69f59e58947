// Partner admission's portal pages × every person: only the network's coordinators (and the
// platform's administrators) see its applications and meetings and record decisions; ids of
// another network's applications or meetings lead nowhere.
#include "portal_world.h"
#include "store/admission_store.h"

namespace hvhk {
namespace {

class PortalAdmissionPermissions : public testing::PortalWorld {
 protected:
  void SetUp() override {
    PortalWorld::SetUp();
    auto connection = db_->connect();
    store::AdmissionStore store(*connection);
    for (const auto& [id, network] :
         {std::pair{"own-application", network_}, {"elsewhere-application", "other-network"}}) {
      store::PartnerApplication a;
      a.id = id;
      a.network_id = network;
      a.form.organization_name = "Kandidaat";
      a.form.partner_type = "association";
      a.form.contact_name = "An";
      a.form.email = "an@kandidaat.example";
      a.submitted_at = "2020-01-10T09:00:00Z";
      a.submitted_on = "2020-01-10";
      ASSERT_TRUE(store.submit(a));
    }
    for (const auto& [id, network] : {std::pair{"own-meeting", network_}, {"elsewhere-meeting", "other-network"}}) {
      ASSERT_TRUE(store.plan_meeting(store::NetworkMeeting{id, network, "2020-02-01", "19:30", "", {}, "", ""}));
    }
  }
};

TEST_F(PortalAdmissionPermissions, EveryRouteForEveryRole) {
  const std::string own = "/portaal/huis/" + network_;
  const std::string other = "/portaal/huis/other-network";
  const std::vector<std::pair<std::string, std::string>> routes{
      {"applications of own network", own + "/aanvragen"},
      {"applications of another network", other + "/aanvragen"},
      {"an application of own network", own + "/aanvragen/own-application"},
      {"another network's application through own network", own + "/aanvragen/elsewhere-application"},
      {"an application of another network", other + "/aanvragen/elsewhere-application"},
      {"meetings of own network", own + "/vergaderingen"},
      {"meetings of another network", other + "/vergaderingen"},
      {"a meeting of own network", own + "/vergaderingen/own-meeting"},
      {"another network's meeting through own network", own + "/vergaderingen/elsewhere-meeting"},
      {"a meeting of another network", other + "/vergaderingen/elsewhere-meeting"},
  };
  const std::vector<unsigned> refused(routes.size(), 403);
  expect_statuses(routes, {
                              {"administrator", {200, 200, 200, 404, 200, 200, 200, 200, 404, 200}},
                              {"coordinator", {200, 403, 200, 404, 403, 200, 403, 200, 404, 403}},
                              {"partner_admin", refused},
                              {"partner_staff", refused},
                              {"municipality", refused},
                              {"opgroeien", refused},
                              {"no_role", refused},
                              {"", std::vector<unsigned>(routes.size(), 303)},  // "" = not signed in
                          });
}

TEST_F(PortalAdmissionPermissions, OnlyTheNetworksCoordinatorPlansMeetingsAndDecides) {
  const std::string own = "/portaal/huis/" + network_;
  const std::string plan = "csrf=csrf&date=2026-11-20&time=19%3A30";
  const std::string decide = "csrf=csrf&application=own-application&outcome=postponed&rule=X";
  for (const std::string person : {"partner_admin", "partner_staff", "municipality", "opgroeien", "no_role"}) {
    EXPECT_EQ(post(person, own + "/vergaderingen", plan), 403U) << person;
    EXPECT_EQ(post(person, own + "/vergaderingen/own-meeting/beslissing", decide), 403U) << person;
  }
  EXPECT_EQ(post("", own + "/vergaderingen", plan), 303U);
  EXPECT_EQ(post("coordinator", "/portaal/huis/other-network/vergaderingen", plan), 403U);
  EXPECT_EQ(post("coordinator", "/portaal/huis/other-network/vergaderingen/elsewhere-meeting/beslissing",
                 "csrf=csrf&application=elsewhere-application&outcome=postponed&rule=X"),
            403U);
  // Another network's application cannot be decided through a meeting of one's own network.
  EXPECT_EQ(post("coordinator", own + "/vergaderingen/own-meeting/beslissing",
                 "csrf=csrf&application=elsewhere-application&outcome=postponed&rule=X"),
            404U);
  EXPECT_EQ(post("coordinator", own + "/vergaderingen/own-meeting/beslissing", decide), 303U);
}

}  // namespace
}  // namespace hvhk

// The offer editor and the review pages × every person (see portal_world.h): only the
// organisation's own people (and administrators) edit its offers; an offer of another
// organisation is not found through yours; only the network's coordinators review.
#include "portal_world.h"

namespace hvhk {
namespace {

using OfferPermissions = testing::PortalWorld;

std::string offer_of(const search::CatalogueIndex& index, const std::string& organization_id) {
  for (const core::Service& s : index.catalogue().services) {
    if (s.organization_id == organization_id) return s.id;
  }
  return "";
}

TEST_F(OfferPermissions, EveryRouteForEveryRole) {
  const std::string own_offer = offer_of(*index_, own_org_);
  const std::string sibling_offer = offer_of(*index_, sibling_org_);
  ASSERT_FALSE(own_offer.empty());
  ASSERT_FALSE(sibling_offer.empty());
  const std::string own = "/portaal/organisatie/" + own_org_ + "/aanbod/";
  const std::string sibling = "/portaal/organisatie/" + sibling_org_ + "/aanbod/";
  const std::vector<std::pair<std::string, std::string>> routes{
      {"new offer, own organisation", own + "nieuw"},
      {"new offer, other partner", sibling + "nieuw"},
      {"own offer", own + own_offer},
      {"other partner's offer", sibling + sibling_offer},
      {"other partner's offer through your own organisation", own + sibling_offer},
      {"review, own network", "/portaal/huis/" + network_ + "/nazicht"},
      {"review, another network", "/portaal/huis/other-network/nazicht"},
      {"review of an offer that is not waiting", "/portaal/huis/" + network_ + "/nazicht/" + own_offer},
  };
  expect_statuses(routes, {
                              {"administrator", {200, 200, 200, 200, 404, 200, 200, 404}},
                              {"coordinator", {403, 403, 403, 403, 403, 200, 403, 404}},
                              {"partner_admin", {200, 403, 200, 403, 404, 403, 403, 403}},
                              {"partner_staff", {200, 403, 200, 403, 404, 403, 403, 403}},
                              {"municipality", {403, 403, 403, 403, 403, 403, 403, 403}},
                              {"opgroeien", {403, 403, 403, 403, 403, 403, 403, 403}},
                              {"no_role", {403, 403, 403, 403, 403, 403, 403, 403}},
                              {"", {303, 303, 303, 303, 303, 303, 303, 303}},  // "" = not signed in
                          });
}

TEST_F(OfferPermissions, APartnerCannotChangeAnotherPartnersOfferOrTheReviewSettingByPost) {
  const std::string sibling_offer = offer_of(*index_, sibling_org_);
  EXPECT_EQ(post("partner_admin", "/portaal/organisatie/" + sibling_org_ + "/aanbod/" + sibling_offer,
                 "csrf=csrf&action=archive"),
            403U);
  EXPECT_EQ(post("partner_admin", "/portaal/huis/" + network_ + "/nazicht", "csrf=csrf&review=yes"), 403U);
  EXPECT_EQ(post("coordinator", "/portaal/huis/other-network/nazicht", "csrf=csrf&review=yes"), 403U);
}

TEST_F(OfferPermissions, AFormWithoutTheSessionsTokenChangesNothing) {
  const std::string own_offer = offer_of(*index_, own_org_);
  EXPECT_EQ(
      post("partner_admin", "/portaal/organisatie/" + own_org_ + "/aanbod/" + own_offer, "csrf=forged&action=archive"),
      403U);
  EXPECT_EQ(post("coordinator", "/portaal/huis/" + network_ + "/nazicht", "csrf=forged&review=yes"), 403U);
}

}  // namespace
}  // namespace hvhk

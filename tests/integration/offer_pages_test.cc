// The offer editor and the review of offers at HTTP level: a partner changes an offer (history
// kept), a save from an outdated version is refused with the typed text kept, wrong input gets a
// message per field and stores nothing, a new offer with a weekly time reaches the catalogue, an
// offer is archived; in a network that reviews, a partner's change waits, is sent back with a
// note (not without one), and is published when the coordinator approves.
#include <gtest/gtest.h>

#include "core/changes.h"
#include "portal_world.h"
#include "store/catalogue_edits.h"
#include "web/offer_form.h"

namespace hvhk {
namespace {

class OfferPages : public testing::PortalWorld {
 protected:
  // The first offer of the partner admin's organisation, as the index has it now.
  const core::Service& own_offer() {
    for (const core::Service& s : index_->catalogue().services) {
      if (s.organization_id == own_org_) return s;
    }
    throw std::runtime_error("the organisation has no offer");
  }

  const core::Service* stored(const std::string& id) {
    for (const core::Service& s : index_->catalogue().services) {
      if (s.id == id) return &s;
    }
    return nullptr;
  }

  std::string editor_path(const std::string& offer_id) {
    return "/portaal/organisatie/" + own_org_ + "/aanbod/" + offer_id;
  }

  // A posted editor form: the form's fields plus the CSRF token and the button.
  static std::string post_body(const web::OfferForm& form, const std::string& action = "save") {
    return "csrf=csrf&action=" + action + "&" + web::form_body(form);
  }

  static web::OfferTime weekly(std::string place, std::vector<std::string> days, std::string start, std::string until,
                               std::string opens, std::string closes) {
    web::OfferTime t;
    t.place = std::move(place);
    t.repeat = "weekly";
    t.days = std::move(days);
    t.start = std::move(start);
    t.until = std::move(until);
    t.opens = std::move(opens);
    t.closes = std::move(closes);
    return t;
  }

  std::string location_of_own_org() {
    for (const core::Location& l : index_->catalogue().locations) {
      if (l.organization_id == own_org_) return l.id;
    }
    throw std::runtime_error("the organisation has no place");
  }
};

TEST_F(OfferPages, APartnerChangesAnOfferAndTheHistoryShowsWhoChangedWhat) {
  const core::Service before = own_offer();
  ASSERT_EQ(send("partner_admin", "GET", editor_path(before.id)).status, 200U);
  web::OfferForm form = web::form_from_offer(before, 1);
  form.name = "Huiswerkklas (nieuwe naam)";
  const http::Response saved = send("partner_admin", "POST", editor_path(before.id), post_body(form));
  ASSERT_EQ(saved.status, 303U) << saved.body;
  EXPECT_EQ(stored(before.id)->name, "Huiswerkklas (nieuwe naam)");
  const http::Response page = send("partner_admin", "GET", editor_path(before.id));
  EXPECT_NE(page.body.find("Geschiedenis van de wijzigingen"), std::string::npos);
  EXPECT_NE(page.body.find("partner_admin"), std::string::npos);  // the person's name
  EXPECT_NE(page.body.find(before.name), std::string::npos);      // the name before
  // Nothing else changed: one history row for the name.
  auto connection = db_->connect();
  const auto history = store::CatalogueEdits(*connection).history("service", before.id, 10);
  ASSERT_EQ(history->size(), 1U) << (*history)[0].field << ": " << (*history)[0].previous << " → "
                                 << (*history)[0].replacement;
  EXPECT_EQ((*history)[0].field, "name");
}

TEST_F(OfferPages, ASaveFromAnOutdatedVersionKeepsTheTypedTextAndOverwritesNothing) {
  const core::Service before = own_offer();
  web::OfferForm first = web::form_from_offer(before, 1);
  first.name = "Versie van Ann";
  ASSERT_EQ(send("partner_admin", "POST", editor_path(before.id), post_body(first)).status, 303U);
  web::OfferForm second = web::form_from_offer(before, 1);  // opened before Ann saved
  second.name = "Versie van Bart";
  const http::Response refused = send("partner_staff", "POST", editor_path(before.id), post_body(second));
  EXPECT_EQ(refused.status, 409U);
  EXPECT_NE(refused.body.find("Versie van Bart"), std::string::npos);  // the typed text stays
  EXPECT_NE(refused.body.find("Versie van Ann"), std::string::npos);   // what is stored now
  EXPECT_EQ(stored(before.id)->name, "Versie van Ann");
  // Saving again, on top of the version the conflict page carries, keeps Bart's text.
  second.version = 2;
  EXPECT_EQ(send("partner_staff", "POST", editor_path(before.id), post_body(second)).status, 303U);
  EXPECT_EQ(stored(before.id)->name, "Versie van Bart");
}

TEST_F(OfferPages, WrongInputGetsAMessagePerFieldAndNothingIsStored) {
  const core::Service before = own_offer();
  web::OfferForm form = web::form_from_offer(before, 1);
  form.name = "  ";
  form.min_age = "6";
  form.max_age = "3";
  form.min_unit = form.max_unit = "years";
  form.free = false;
  form.amount = "vijf euro";
  form.times.push_back(weekly(location_of_own_org(), {}, "2026-13-01", "", "10:00", "09:00"));
  const http::Response page = send("partner_admin", "POST", editor_path(before.id), post_body(form));
  EXPECT_EQ(page.status, 422U);
  for (const char* message : {"Geef het aanbod een naam.", "moet hoger zijn dan de leeftijd",
                              "Geef de prijs in euro, bijvoorbeeld 5 of 2,50.", "Kies de dag of dagen van de week."}) {
    EXPECT_NE(page.body.find(message), std::string::npos) << message;
  }
  EXPECT_NE(page.body.find("vijf euro"), std::string::npos);
  EXPECT_NE(page.body.find("aria-invalid=\"true\""), std::string::npos);
  EXPECT_EQ(stored(before.id)->name, before.name);
}

TEST_F(OfferPages, ANewOfferWithAWeeklyTimeReachesTheCatalogue) {
  web::OfferForm form;
  form.name = "Voorleesuur in de bib";
  form.description = "Elke woensdag lezen we voor aan peuters en kleuters.";
  form.themes = {"leisure"};
  form.min_age = "2";
  form.max_age = "6";
  form.places = {location_of_own_org()};
  form.times.push_back(weekly(location_of_own_org(), {"WE"}, "2026-12-02", "2027-06-30", "14:00", "15:00"));
  const http::Response created =
      send("partner_staff", "POST", "/portaal/organisatie/" + own_org_ + "/aanbod/nieuw", post_body(form));
  ASSERT_EQ(created.status, 303U) << created.body;
  const core::Service* offer = nullptr;
  for (const core::Service& s : index_->catalogue().services) {
    if (s.name == "Voorleesuur in de bib") offer = &s;
  }
  ASSERT_NE(offer, nullptr);
  EXPECT_EQ(offer->organization_id, own_org_);
  EXPECT_EQ(offer->min_age_months, 24);
  EXPECT_EQ(offer->max_age_months, 71);
  ASSERT_EQ(offer->locations.size(), 1U);
  ASSERT_EQ(offer->locations[0].schedules.size(), 1U);
  EXPECT_EQ(offer->locations[0].schedules[0].byday, "WE");
  EXPECT_EQ(offer->locations[0].schedules[0].until, "2027-06-30");
  // The public page shows it.
  http::Request req;
  EXPECT_EQ(send("", "GET", editor_path(offer->id)).status, 303U);  // the editor needs signing in
}

TEST_F(OfferPages, APreviewShowsTheOfferAsFamiliesSeeItAndSavesNothing) {
  const core::Service before = own_offer();
  web::OfferForm form = web::form_from_offer(before, 1);
  form.name = "Alleen een voorbeeld";
  const http::Response page = send("partner_admin", "POST", editor_path(before.id), post_body(form, "preview"));
  EXPECT_EQ(page.status, 200U);
  EXPECT_NE(page.body.find("Voorbeeld: zo zien gezinnen het"), std::string::npos);
  EXPECT_EQ(stored(before.id)->name, before.name);
}

TEST_F(OfferPages, AnArchivedOfferIsNoLongerActive) {
  const core::Service before = own_offer();
  const http::Response archived =
      send("partner_admin", "POST", editor_path(before.id), post_body(web::form_from_offer(before, 1), "archive"));
  ASSERT_EQ(archived.status, 303U);
  EXPECT_EQ(stored(before.id)->status, "inactive");
  const http::Response restored =
      send("partner_admin", "POST", editor_path(before.id), post_body(web::form_from_offer(before, 2), "restore"));
  ASSERT_EQ(restored.status, 303U);
  EXPECT_EQ(stored(before.id)->status, "active");
}

TEST_F(OfferPages, InANetworkThatReviewsAChangeWaitsIsSentBackAndIsPublishedWhenApproved) {
  const std::string review = "/portaal/huis/" + network_ + "/nazicht";
  ASSERT_EQ(send("coordinator", "POST", review, "csrf=csrf&review=yes").status, 200U);
  const core::Service before = own_offer();
  web::OfferForm form = web::form_from_offer(before, 1);
  form.name = "Nieuwe naam na nazicht";
  ASSERT_EQ(send("partner_staff", "POST", editor_path(before.id), post_body(form)).status, 303U);
  EXPECT_EQ(stored(before.id)->name, before.name);  // still the published one
  EXPECT_NE(send("coordinator", "GET", review).body.find("Nieuwe naam na nazicht"), std::string::npos);

  const std::string item = review + "/" + before.id;
  const http::Response without_note = send("coordinator", "POST", item, "csrf=csrf&action=return&note=");
  EXPECT_EQ(without_note.status, 422U);
  EXPECT_NE(without_note.body.find("Schrijf wat de partner moet aanpassen."), std::string::npos);
  ASSERT_EQ(send("coordinator", "POST", item, "csrf=csrf&action=return&note=Graag+een+startdatum").status, 303U);
  const http::Response returned = send("partner_staff", "GET", editor_path(before.id));
  EXPECT_NE(returned.body.find("Graag een startdatum"), std::string::npos);
  EXPECT_NE(returned.body.find("Nieuwe naam na nazicht"), std::string::npos);  // the partner's text stays

  ASSERT_EQ(send("partner_staff", "POST", editor_path(before.id), post_body(form)).status, 303U);
  ASSERT_EQ(send("coordinator", "POST", item, "csrf=csrf&action=approve").status, 303U);
  EXPECT_EQ(stored(before.id)->name, "Nieuwe naam na nazicht");
  EXPECT_NE(send("coordinator", "GET", review).body.find("Er wacht niets op nazicht."), std::string::npos);
  auto connection = db_->connect();
  const auto history = store::CatalogueEdits(*connection).history("service", before.id, 10);
  ASSERT_FALSE(history->empty());
  EXPECT_EQ((*history)[0].action, "approved");
}

TEST_F(OfferPages, ACoordinatorPublishesDirectlyEvenWhenTheNetworkReviews) {
  ASSERT_EQ(send("coordinator", "POST", "/portaal/huis/" + network_ + "/nazicht", "csrf=csrf&review=yes").status, 200U);
  const core::Service before = own_offer();
  web::OfferForm form = web::form_from_offer(before, 1);
  form.name = "Door de beheerder";
  ASSERT_EQ(send("administrator", "POST", editor_path(before.id), post_body(form)).status, 303U);
  EXPECT_EQ(stored(before.id)->name, "Door de beheerder");
}

TEST_F(OfferPages, AnotherOrganisationsOfferCannotBeReachedThroughYourOwnOrganisation) {
  std::string foreign;
  for (const core::Service& s : index_->catalogue().services) {
    if (s.organization_id == sibling_org_) foreign = s.id;
  }
  ASSERT_FALSE(foreign.empty());
  EXPECT_EQ(send("partner_admin", "GET", editor_path(foreign)).status, 404U);
  EXPECT_EQ(send("partner_admin", "POST", editor_path(foreign), "csrf=csrf&action=archive").status, 404U);
}

}  // namespace
}  // namespace hvhk

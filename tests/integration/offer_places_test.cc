// The offer editor with places of other organisations (issue 12) at HTTP level: an offer that
// also runs at another partner's place is saved unchanged and with a changed time and keeps the
// place; a time is added at a partner's place of the same Huis van het Kind, not at a place
// outside it; a note that restated the old times goes when the times change; the preview is
// reached by its anchor; the history says places and times in words and ignores a new order.
// On SQLite and, with HVHK_TEST_PG_URL, on PostgreSQL.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/changes.h"
#include "core/passwords.h"
#include "portal_world.h"
#include "store/account_store.h"
#include "store/catalogue_edits.h"
#include "web/offer_form.h"

namespace hvhk {
namespace {

class OfferPlaces : public testing::PortalWorld, public ::testing::WithParamInterface<store::Engine> {
 protected:
  [[nodiscard]] store::Engine engine() const override { return GetParam(); }

  void SetUp() override {
    HVHK_ENGINE_TEST_SETUP();
    PortalWorld::SetUp();
    if (HasFatalFailure()) return;
    for (const core::Service& s : index_->catalogue().services) {
      if (s.name == "Huiswerkklas op woensdagnamiddag") homework_ = s.id;
    }
    ASSERT_FALSE(homework_.empty());
    school_ = offer().organization_id;
    // A staff member of the school that runs the homework class.
    auto connection = db_->connect();
    store::AccountStore accounts(*connection);
    auto user = accounts.create_user("school@test.example", "school_staff", core::hash_password("test-password-123"),
                                     "2026-11-23T08:00:00Z", "");
    ASSERT_TRUE(user);
    ASSERT_TRUE(accounts.add_membership(user->id, core::Membership{core::Role::partner_staff, school_},
                                        "2026-11-23T08:00:00Z", ""));
    const std::string token(64, 'z');
    ASSERT_TRUE(accounts.create_session(token, store::Session{user->id, "csrf", "2099-01-01T00:00:00Z"},
                                        "2026-11-23T08:00:00Z"));
    sessions_["school_staff"] = token;
    for (const core::ServiceAtLocation& sal : offer().locations) {
      const core::Location* l = index_->location(sal.location_id);
      if (l != nullptr && l->organization_id != school_ && !l->organization_id.empty()) library_place_ = l->id;
    }
    ASSERT_FALSE(library_place_.empty());
  }

  const core::Service& offer() const {
    for (const core::Service& s : index_->catalogue().services) {
      if (s.id == homework_) return s;
    }
    throw std::runtime_error("no homework class");
  }

  const core::ServiceAtLocation* at(const core::Service& s, const std::string& place) const {
    for (const core::ServiceAtLocation& sal : s.locations) {
      if (sal.location_id == place) return &sal;
    }
    return nullptr;
  }

  std::string path() const { return "/portaal/organisatie/" + school_ + "/aanbod/" + homework_; }

  web::OfferForm opened() {
    auto connection = db_->connect();
    const auto version = store::CatalogueEdits(*connection).version("service", homework_);
    return web::form_from_offer(offer(), *version);
  }

  static std::string post_body(const web::OfferForm& form, const std::string& action = "save") {
    return "csrf=csrf&action=" + action + "&" + web::form_body(form);
  }

  // The form's time at place.
  static web::OfferTime& time_at(web::OfferForm& form, const std::string& place) {
    for (web::OfferTime& t : form.times) {
      if (t.place == place) return t;
    }
    throw std::runtime_error("no time at " + place);
  }

  // Every time of an offer, as the history records it.
  static std::vector<std::string> times_text(const core::Service& s) {
    std::vector<std::string> out;
    for (const core::ServiceAtLocation& sal : s.locations) {
      for (const core::Schedule& h : sal.schedules) out.push_back(core::schedule_record(sal.location_id, h));
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  std::vector<store::ChangeEntry> history() {
    auto connection = db_->connect();
    return *store::CatalogueEdits(*connection).history("service", homework_, 20);
  }

  std::string homework_, school_, library_place_;
};

TEST_P(OfferPlaces, TheEditorShowsTheLibrarysPlaceWithItsOwnerNotAsAChoice) {
  const http::Response page = send("school_staff", "GET", path());
  ASSERT_EQ(page.status, 200U);
  const core::Location& library = *index_->location(library_place_);
  EXPECT_NE(page.body.find("<strong lang=\"nl\" dir=\"auto\" aria-describedby=\"t1_place-hint\">" + library.name),
            std::string::npos)
      << page.body;
  EXPECT_NE(page.body.find("Een plaats van " + index_->organization(library.organization_id)->name), std::string::npos);
  EXPECT_NE(page.body.find("name=\"t1_place\" value=\"" + library_place_ + "\""), std::string::npos);
  EXPECT_NE(page.body.find("<optgroup label=\"Plaatsen van andere partners\">"), std::string::npos);
}

TEST_P(OfferPlaces, SavingUnchangedKeepsThePlaceAtAnotherOrganisation) {
  const core::Service before = offer();
  const http::Response saved = send("school_staff", "POST", path(), post_body(opened()));
  ASSERT_EQ(saved.status, 303U) << saved.body;
  ASSERT_NE(at(offer(), library_place_), nullptr);
  EXPECT_EQ(times_text(offer()), times_text(before));
  EXPECT_EQ(at(offer(), library_place_)->schedules.front().id, at(before, library_place_)->schedules.front().id);
  for (const store::ChangeEntry& entry : history()) EXPECT_TRUE(entry.field.empty()) << entry.field;
}

TEST_P(OfferPlaces, AChangedTimeAtTheLibraryIsSavedThereAndItsOldNoteGoes) {
  const core::Schedule old = at(offer(), library_place_)->schedules.front();
  ASSERT_NE(old.description.find("van 14:00 tot 16:00"), std::string::npos) << old.description;
  web::OfferForm form = opened();
  time_at(form, library_place_).closes = "17:00";
  const http::Response saved = send("school_staff", "POST", path(), post_body(form));
  ASSERT_EQ(saved.status, 303U) << saved.body;
  const core::ServiceAtLocation* library = at(offer(), library_place_);
  ASSERT_NE(library, nullptr);
  ASSERT_EQ(library->schedules.size(), 1U);
  const core::Schedule& now = library->schedules.front();
  EXPECT_EQ(now.closes_at, "17:00");
  EXPECT_EQ(now.id, old.id);        // the same time, changed
  EXPECT_EQ(now.notes, old.notes);  // "Niet in de schoolvakanties." stays
  EXPECT_EQ(now.description, "");   // it said "van 14:00 tot 16:00"
  // The school's own time, not touched, keeps its note.
  for (const core::ServiceAtLocation& sal : offer().locations) {
    if (sal.location_id != library_place_) {
      EXPECT_FALSE(sal.schedules.front().description.empty());
    }
  }
  // Families read the new times, in words, and not the old ones.
  const http::Response page = send("school_staff", "POST", path(), post_body(opened(), "preview"));
  const auto from = page.body.find("id=\"voorbeeld\"");
  ASSERT_NE(from, std::string::npos);
  const std::string preview = page.body.substr(from, page.body.find("Geschiedenis van de wijzigingen", from) - from);
  EXPECT_NE(preview.find("woensdag, 14:00–17:00"), std::string::npos) << preview;
  EXPECT_EQ(preview.find("van 14:00 tot 16:00"), std::string::npos) << preview;
}

TEST_P(OfferPlaces, ANoteThePartnerChangedStaysWhenTheTimesChange) {
  web::OfferForm form = opened();
  time_at(form, library_place_).closes = "17:00";
  time_at(form, library_place_).note = "Elke woensdag tot 17:00, niet in de vakanties.";
  ASSERT_EQ(send("school_staff", "POST", path(), post_body(form)).status, 303U);
  EXPECT_EQ(at(offer(), library_place_)->schedules.front().description,
            "Elke woensdag tot 17:00, niet in de vakanties.");
  // And a note left as it was, with the times as they were, stays too.
  const std::string note = at(offer(), library_place_)->schedules.front().description;
  ASSERT_EQ(send("school_staff", "POST", path(), post_body(opened())).status, 303U);
  EXPECT_EQ(at(offer(), library_place_)->schedules.front().description, note);
}

TEST_P(OfferPlaces, ATimeAtAnotherPartnersPlaceOfTheNetworkIsAdded) {
  std::string partner_place;
  for (const core::Location& l : index_->catalogue().locations) {
    if (!l.organization_id.empty() && l.organization_id != school_ && l.id != library_place_ &&
        l.network_id == network_) {
      partner_place = l.id;
      break;
    }
  }
  ASSERT_FALSE(partner_place.empty());
  web::OfferForm form = opened();
  web::OfferTime added;
  added.place = partner_place;
  added.repeat = "weekly";
  added.days = {"FR"};
  added.start = "2026-09-04";
  added.opens = "15:30";
  added.closes = "16:30";
  form.times.push_back(added);
  const http::Response saved = send("school_staff", "POST", path(), post_body(form));
  ASSERT_EQ(saved.status, 303U) << saved.body;
  ASSERT_NE(at(offer(), partner_place), nullptr);
  EXPECT_EQ(at(offer(), partner_place)->schedules.front().opens_at, "15:30");
  EXPECT_NE(at(offer(), library_place_), nullptr);
}

TEST_P(OfferPlaces, ATimeAtAPlaceOutsideTheNetworkIsRefusedNextToTheField) {
  // A place of the partner of the other Huis van het Kind.
  core::Location elsewhere;
  elsewhere.id = "place-elsewhere";
  elsewhere.name = "Plaats elders";
  elsewhere.organization_id = "other-organization";
  elsewhere.network_id = "other-network";
  elsewhere.kind = "partner-site";
  elsewhere.last_modified = "2026-11-01T09:00:00Z";
  {
    auto connection = db_->connect();
    core::Catalogue records;
    records.locations.push_back(elsewhere);
    ASSERT_TRUE(store::CatalogueEdits(*connection)
                    .save(records, {"location", elsewhere.id, 0, "created", "", "2026-11-01T09:00:00Z", {}}));
  }
  const core::Service before = offer();
  web::OfferForm form = opened();
  web::OfferTime added;
  added.place = elsewhere.id;
  added.repeat = "once";
  added.start = "2026-12-09";
  added.opens = "14:00";
  added.closes = "15:00";
  form.times.push_back(added);
  const http::Response page = send("school_staff", "POST", path(), post_body(form));
  EXPECT_EQ(page.status, 422U);
  const std::string id = "t" + std::to_string(form.times.size() - 1) + "_place";
  EXPECT_NE(page.body.find("<span id=\"" + id +
                           "-error\" class=\"field-error\">Deze plaats is niet van een partner van je Huis van het "
                           "Kind. Kies een plaats uit de lijst.</span>"),
            std::string::npos)
      << page.body;
  EXPECT_NE(page.body.find("href=\"#" + id + "\""), std::string::npos);  // the summary links to it
  EXPECT_EQ(times_text(offer()), times_text(before));
}

TEST_P(OfferPlaces, ThePreviewIsReachedByItsAnchor) {
  const http::Response page = send("school_staff", "GET", path());
  EXPECT_NE(page.body.find("value=\"preview\" class=\"secondary\" formaction=\"" + path()), std::string::npos);
  EXPECT_NE(page.body.find("#voorbeeld\""), std::string::npos);
  const http::Response preview = send("school_staff", "POST", path(), post_body(opened(), "preview"));
  EXPECT_EQ(preview.status, 200U);
  EXPECT_NE(preview.body.find("<section class=\"preview\" id=\"voorbeeld\""), std::string::npos);
}

TEST_P(OfferPlaces, TheHistorySaysTheTimesInWordsAndANewOrderIsNoChange) {
  web::OfferForm reordered = opened();
  std::reverse(reordered.times.begin(), reordered.times.end());
  std::reverse(reordered.places.begin(), reordered.places.end());
  ASSERT_EQ(send("school_staff", "POST", path(), post_body(reordered)).status, 303U);
  for (const store::ChangeEntry& entry : history()) EXPECT_TRUE(entry.field.empty()) << entry.field;

  web::OfferForm form = opened();
  time_at(form, library_place_).closes = "17:00";
  ASSERT_EQ(send("school_staff", "POST", path(), post_body(form)).status, 303U);
  const http::Response page = send("school_staff", "GET", path());
  const std::string library = index_->location(library_place_)->name;
  EXPECT_NE(page.body.find("Elke week: woensdag, 14:00–17:00, vanaf "), std::string::npos) << page.body;
  EXPECT_NE(page.body.find(" — " + library), std::string::npos);
  EXPECT_EQ(page.body.find("WEEKLY"), std::string::npos);
  http::Request in_english;
  in_english.method = "GET";
  in_english.path = path();
  in_english.headers.emplace("cookie", "hvhk_session=" + sessions_.at("school_staff") + "; hvhk_lang=en");
  const http::Response english = router_.dispatch(in_english);
  EXPECT_NE(english.body.find("Every week: Wednesday, 14:00–17:00, from "), std::string::npos) << english.body;
}

HVHK_INSTANTIATE_ENGINES(OfferPlaces);

}  // namespace
}  // namespace hvhk

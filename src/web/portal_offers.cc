// Offers in the partner portal: a partner's staff create and change their organisation's
// offers with every catalogue field, places and times, see a preview as families will see it,
// archive what stops, and read each offer's change history. Two colleagues saving the same
// offer do not overwrite each other (version check). In a network that reviews offers, a save
// by a partner becomes a draft that the coordinator approves or returns with a note.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "core/changes.h"
#include "core/ids.h"
#include "core/languages.h"
#include "core/timestamps.h"
#include "core/validation.h"
#include "core/vocabulary.h"
#include "store/catalogue_edits.h"
#include "store/offer_review_store.h"
#include "web/form_fields.h"
#include "web/local_date.h"
#include "web/offer_form.h"
#include "web/offer_text.h"
#include "web/offer_view.h"
#include "web/portal_offers_history.h"
#include "web/portal_offers_places.h"
#include "web/portal_session.h"

namespace hvhk::web::portal {
namespace {

constexpr std::array<const char*, 7> kWeekDays{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};  // RRULE, Monday first

// A field's value of the history on one line (the review and conflict pages).
std::string lines_text(const PageRender& page, const search::CatalogueIndex& index, std::string_view field,
                       std::string_view value) {
  return fmt::format("{}", fmt::join(offer_change_lines(page, index, field, value), "; "));
}

const core::Service* offer_of(const search::CatalogueIndex& index, const core::Organization& org, std::string_view id) {
  for (const std::uint32_t i : index.services_of(org.id)) {
    const core::Service& s = index.catalogue().services[i];
    if (s.id == id) return &s;
  }
  return nullptr;
}

std::string path_param(const http::Request& request, std::string_view name) {
  const auto it = request.path_params.find(name);
  return it == request.path_params.end() ? std::string() : it->second;
}

// "2026-11-23T10:15:00Z" → "2026-11-23 10:15" (UTC, as stored).
std::string when_text(std::string_view at) {
  if (at.size() < 16) return std::string(at);
  return fmt::format("{} {}", at.substr(0, 10), at.substr(11, 5));
}

// The form of a draft as it was sent (it was read once already, so it reads again).
http::QueryParams stored_form(const store::OfferDraft& draft) {
  http::QueryParams fields;
  std::string error;
  if (!http::parse_form(draft.form, fields, error)) spdlog::error("draft of {}: {}", draft.service_id, error);
  return fields;
}

class OfferPages {
 public:
  explicit OfferPages(PortalOptions options) : options_(std::move(options)) {}

  // /portaal/organisatie/{id}/aanbod/nieuw and /portaal/organisatie/{id}/aanbod/{offer}
  http::Response editor(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::edit_offer, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    Guarded& g = std::get<Guarded>(guarded);
    const Words t(request);
    store::CatalogueEdits edits(*g.connection);
    store::OfferReviewStore reviews(*g.connection);

    // The offer as published (if it is), and a draft waiting for review (if there is one).
    const std::string offer_id = path_param(request, "offer");
    const core::Service* published = offer_id.empty() ? nullptr : offer_of(*g.index, *g.org, offer_id);
    std::optional<store::OfferDraft> draft;
    if (!offer_id.empty()) {
      auto found = reviews.find(offer_id);
      if (!found) return failure(request, found.error());
      if (*found && (*found)->organization_id == g.org->id) draft = **found;
      if (published == nullptr && !draft) return refused(request, 404);
    }
    core::Service base = published != nullptr ? *published : new_offer(*g.org, offer_id);
    std::int64_t version = 0;
    if (published != nullptr) {
      auto v = edits.version("service", published->id);
      if (!v) return failure(request, v.error());
      version = *v;
    }

    Editor e{request, g, base, published, draft, {}, {}, {}, {}, {}, 200, false, {}};
    if (request.method != "POST") {
      if (draft) {
        e.form = form_from_fields(stored_form(*draft));
      } else {
        e.form = form_from_offer(base, version);
      }
      if (request.query.get("bewaard")) e.notice = t("Saved. Families see the change within a minute.");
      if (request.query.get("ingediend")) {
        e.notice =
            t("Sent for review. The coordinator of your Huis van het Kind looks at it; families see it after "
              "approval.");
      }
      return render(e);
    }

    http::QueryParams fields;
    switch (read_form(request, g.who, fields)) {
      case FormCheck::unreadable:
        e.form_error = t("Something went wrong with the form. Please try again.");
        e.status = 400;
        e.form = form_from_offer(base, version);
        return render(e);
      case FormCheck::expired:
        e.form_error = t("This form had expired. Please try again.");
        e.status = 403;
        e.form = form_from_fields(fields);
        return render(e);
      case FormCheck::ok:
        break;
    }
    e.form = form_from_fields(fields);
    const std::string action(fields.get("action").value_or("save"));
    if (action == "more") {
      e.form.times.push_back(OfferTime{});
      return render(e);
    }
    if (action == "archive" || action == "restore") return archive(e, version, action == "archive");

    core::Service offer = offer_from_form(e.form, base, places_of(*g.index, *g.org).ids(), t, e.errors);
    offer.last_modified = core::iso_utc(std::chrono::system_clock::now());
    if (action == "preview") {
      e.preview = offer;
      if (!e.errors.empty()) e.form_error = t("Some fields are not right yet; the preview shows what is right.");
      return render(e);
    }
    if (!e.errors.empty()) {
      e.form_error = t("Nothing was saved yet. Correct what is marked below.");
      e.status = 422;
      return render(e);
    }
    const core::Target target = target_of(*g.index, *g.org);
    auto review = reviews.review_required(offer.network_id);
    if (!review) return failure(request, review.error());
    if (*review && !core::allowed(g.who.user.memberships, core::Action::review_offers, target)) {
      return submit_for_review(e, offer);
    }
    return publish(e, offer);
  }

  // /portaal/huis/{id}/nazicht: offers waiting for review, and whether the network reviews.
  http::Response review_list(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::review_offers, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    Guarded& g = std::get<Guarded>(guarded);
    const Words t(request);
    store::OfferReviewStore reviews(*g.connection);
    std::string notice;
    std::string form_error;
    unsigned status = 200;
    if (request.method == "POST") {
      http::QueryParams fields;
      const FormCheck check = read_form(request, g.who, fields);
      if (check != FormCheck::ok) {
        form_error = t("This form had expired. Please try again.");
        status = check == FormCheck::expired ? 403 : 400;
      } else {
        const bool on = fields.get("review").has_value();
        const std::string now = core::iso_utc(std::chrono::system_clock::now());
        if (!reviews.set_review_required(g.net->id, on)) return failure(request, {});
        store::AccountStore(*g.connection)
            .audit(
                store::AuditEntry{0, now, g.who.user.id, on ? "offer_review_on" : "offer_review_off", g.net->id, ""});
        notice = on ? t("From now on, new and changed offers of partners wait for review.")
                    : t("From now on, partners publish their offers themselves.");
      }
    }
    auto review = reviews.review_required(g.net->id);
    auto drafts = reviews.of_network(g.net->id, "pending");
    if (!review || !drafts) return failure(request, {});
    PageRender page(request, "offer_review.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("Offers awaiting review"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/portaal/huis/" + g.net->id, "", lang));
    c.SetValue("BACK_LABEL", g.net->name);
    c.SetValue("HEADING", page.t("Offers awaiting review"));
    if (!notice.empty()) c.AddSectionDictionary("NOTICE")->SetValue("TEXT", notice);
    if (!form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form_error);
    c.SetValue("ACTION", link("/portaal/huis/" + g.net->id + "/nazicht", "", lang));
    c.SetValue("CSRF", g.who.session.csrf_token);
    c.SetValue("REVIEW_LABEL", page.t("Review new and changed offers of partners before families see them"));
    if (*review) c.ShowSection("REVIEW_ON");
    c.SetValue("SETTING_BUTTON", page.t("Save this choice"));
    c.SetValue("WAITING_HEADING", page.t("Waiting for review"));
    if (drafts->empty()) {
      c.AddSectionDictionary("NONE")->SetValue("TEXT", page.t("Nothing is waiting for review."));
    } else {
      auto* table = c.AddSectionDictionary("DRAFTS");
      table->SetValue("OFFER_COLUMN", page.t("Offer"));
      table->SetValue("PARTNER_COLUMN", page.t("Partner"));
      table->SetValue("KIND_COLUMN", page.t("What"));
      table->SetValue("SINCE_COLUMN", page.t("Sent on"));
      for (const store::OfferDraft& d : *drafts) {
        auto* row = table->AddSectionDictionary("DRAFT");
        row->SetValue("URL", link("/portaal/huis/" + g.net->id + "/nazicht/" + d.service_id, "", lang));
        row->SetValue("NAME", d.name);
        const core::Organization* org = g.index->organization(d.organization_id);
        row->SetValue("PARTNER", org != nullptr ? org->name : d.organization_id);
        row->SetValue("KIND", d.base_version == 0 ? page.t("New offer") : page.t("Change"));
        row->SetValue("SINCE", when_text(d.submitted_at));
      }
    }
    return finish_private(page, status);
  }

  // /portaal/huis/{id}/nazicht/{offer}: what changed, the preview, approve or return.
  http::Response review_item(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::review_offers, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    Guarded& g = std::get<Guarded>(guarded);
    const Words t(request);
    store::OfferReviewStore reviews(*g.connection);
    auto found = reviews.find(path_param(request, "offer"));
    if (!found) return failure(request, found.error());
    if (!*found || (*found)->network_id != g.net->id || (*found)->state != "pending") return refused(request, 404);
    const store::OfferDraft draft = **found;
    const core::Organization* org = g.index->organization(draft.organization_id);
    if (org == nullptr) return refused(request, 404);
    const core::Service* published = offer_of(*g.index, *org, draft.service_id);
    const core::Service base = published != nullptr ? *published : new_offer(*org, draft.service_id);
    const http::QueryParams stored = stored_form(draft);
    FieldErrors problems;
    core::Service offer = offer_from_form(form_from_fields(stored), base, places_of(*g.index, *org).ids(), t, problems);
    offer.last_modified = core::iso_utc(std::chrono::system_clock::now());

    Review r{request, g, draft, base, offer, published != nullptr, {}, {}, 200, {}};
    if (request.method != "POST") return render_review(r);
    http::QueryParams fields;
    const FormCheck check = read_form(request, g.who, fields);
    r.note = std::string(fields.get("note").value_or(""));
    if (check != FormCheck::ok) {
      r.form_error = t("This form had expired. Please try again.");
      r.status = check == FormCheck::expired ? 403 : 400;
      return render_review(r);
    }
    const std::string now = core::iso_utc(std::chrono::system_clock::now());
    const std::string base_url = "/portaal/huis/" + g.net->id + "/nazicht";
    if (fields.get("action").value_or("") == "return") {
      if (r.note.find_first_not_of(" \t\r\n") == std::string::npos) {
        r.form_error = t("Write what the partner should change.");
        r.note_error = r.form_error;
        r.status = 422;
        return render_review(r);
      }
      if (!reviews.return_draft(draft.service_id, r.note, g.who.user.id, now)) return refused(request, 404);
      store::CatalogueEdits(*g.connection)
          .note({"service", draft.service_id, 0, "returned", g.who.user.id, now, {{"review_note", "", r.note}}});
      return redirect(link(base_url, "", choose_language(request).language->code));
    }
    if (!problems.empty()) {
      r.form_error = t("This offer has fields that are not right; return it to the partner with a note.");
      r.status = 422;
      return render_review(r);
    }
    const store::CatalogueEdit edit{"service", draft.service_id,          draft.base_version, "approved", g.who.user.id,
                                    now,       core::changes(base, offer)};
    core::Catalogue records;
    records.services.push_back(offer);
    const auto approved = reviews.approve(draft.service_id, records, edit);
    if (!approved) {
      if (approved.error().kind != core::Error::Kind::conflict) return failure(request, approved.error());
      r.form_error =
          t("The published offer changed after the partner sent this. Return it so that the partner "
            "can start from the current version.");
      r.status = 409;
      return render_review(r);
    }
    catalogue_changed();
    return redirect(link(base_url, "", choose_language(request).language->code));
  }

 private:
  // Everything the editor page shows.
  struct Editor {
    const http::Request& request;
    Guarded& g;
    core::Service base;
    const core::Service* published;
    std::optional<store::OfferDraft> draft;
    OfferForm form;
    FieldErrors errors;
    std::string form_error;
    std::string notice;
    std::optional<core::Service> preview;
    unsigned status;
    bool conflict;
    std::vector<core::FieldChange> current;  // after a conflict: what is stored now
  };

  struct Review {
    const http::Request& request;
    Guarded& g;
    store::OfferDraft draft;
    core::Service before;
    core::Service after;
    bool published;
    std::string note;
    std::string form_error;
    unsigned status;
    std::string note_error;
  };

  static core::Service new_offer(const core::Organization& org, const std::string& id) {
    core::Service s;
    s.id = id.empty() ? core::random_uuid() : id;
    s.organization_id = org.id;
    s.network_id = org.network_ids.empty() ? "" : org.network_ids.front();
    s.themes.clear();
    s.min_age_months = 0;
    s.max_age_months = 35;
    return s;
  }

  void catalogue_changed() const {
    if (options_.catalogue_changed) options_.catalogue_changed();
  }

  static http::Response failure(const http::Request& request, const core::Error& error) {
    if (!error.message.empty()) spdlog::error("portal offers: {}", error.message);
    const Words t(request);
    return message(request, 500, t("Something went wrong on our side. Please try again later."));
  }

  http::Response archive(Editor& e, std::int64_t version, bool archive_it) const {
    const Words t(e.request);
    if (e.published == nullptr) return refused(e.request, 404);
    core::Service offer = *e.published;
    offer.status = archive_it ? "inactive" : "active";
    offer.last_modified = core::iso_utc(std::chrono::system_clock::now());
    return save(e, offer, e.form.version != 0 ? e.form.version : version, archive_it ? "archived" : "restored");
  }

  http::Response publish(Editor& e, const core::Service& offer) const {
    return save(e, offer, e.form.version, e.published != nullptr ? "updated" : "created");
  }

  http::Response save(Editor& e, const core::Service& offer, std::int64_t expected, const std::string& action) const {
    const Words t(e.request);
    store::CatalogueEdits edits(*e.g.connection);
    core::Catalogue records;
    records.services.push_back(offer);
    const store::CatalogueEdit edit{
        "service", offer.id, expected, action, e.g.who.user.id, offer.last_modified, core::changes(e.base, offer)};
    const auto saved = edits.save(records, edit);
    if (!saved) {
      if (saved.error().kind != core::Error::Kind::conflict) return failure(e.request, saved.error());
      // Someone saved in between: keep what was typed, say what is stored now, and let the
      // person save on top of the current version once they have looked.
      auto now_version = edits.version("service", offer.id);
      e.form.version = now_version ? *now_version : expected;
      e.conflict = true;
      e.current = e.published != nullptr ? core::changes(offer, *e.published) : std::vector<core::FieldChange>{};
      e.form_error =
          t("A colleague saved this offer while you were editing it. Your text is still here; below is "
            "what differs from what is stored now. Save again to keep your version.");
      e.status = 409;
      return render(e);
    }
    catalogue_changed();
    return redirect(editor_url(e, offer.id) + "?bewaard=1");
  }

  http::Response submit_for_review(Editor& e, const core::Service& offer) const {
    store::OfferReviewStore reviews(*e.g.connection);
    const std::string body = form_body(e.form);
    const std::string now = core::iso_utc(std::chrono::system_clock::now());
    const store::OfferDraft draft{offer.id,
                                  offer.network_id,
                                  offer.organization_id,
                                  offer.name,
                                  body,
                                  e.form.version,
                                  "pending",
                                  now,
                                  e.g.who.user.id,
                                  "",
                                  "",
                                  ""};
    if (auto sent = reviews.submit(draft); !sent) return failure(e.request, sent.error());
    store::CatalogueEdits(*e.g.connection)
        .note({"service", offer.id, 0, "submitted", e.g.who.user.id, now, core::changes(e.base, offer)});
    return redirect(editor_url(e, offer.id) + "?ingediend=1");
  }

  static std::string editor_url(const Editor& e, const std::string& offer_id) {
    return "/portaal/organisatie/" + e.g.org->id + "/aanbod/" + offer_id;
  }

  static std::string error_of(const FieldErrors& errors, std::string_view field) {
    for (const auto& [name, text] : errors) {
      if (name == field) return text;
    }
    return "";
  }

  // Options of a vocabulary, with the Dutch words translated.
  static Options terms(const PageRender& page, const core::Vocabulary& vocabulary) {
    Options out;
    for (const core::Term& term : vocabulary.terms) out.emplace_back(term.code, page.t(term.label_nl));
    return out;
  }

  http::Response render(const Editor& e) const {
    PageRender page(e.request, "offer_edit.tpl");
    const std::string lang(page.language().code);
    const core::Organization& org = *e.g.org;
    const bool is_new = e.published == nullptr && !e.draft;
    const std::string heading = is_new ? page.t("New offer") : e.form.name.empty() ? e.base.name : e.form.name;
    page.set_title(heading);
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/portaal/organisatie/" + org.id, "", lang));
    c.SetValue("BACK_LABEL", org.name);
    c.SetValue("HEADING", heading);
    const std::string own_id = is_new ? std::string("nieuw") : e.base.id;
    c.SetValue("ACTION", link("/portaal/organisatie/" + org.id + "/aanbod/" + own_id, "", lang));
    c.SetValue("CSRF", e.g.who.session.csrf_token);
    c.SetValue("VERSION", std::to_string(e.form.version));
    if (!e.notice.empty()) c.AddSectionDictionary("NOTICE")->SetValue("TEXT", e.notice);
    if (e.draft && e.draft->state == "pending" && e.notice.empty()) {
      c.AddSectionDictionary("NOTICE")->SetValue(
          "TEXT", tf(page, "Waiting for review since {0}. You can still change it.", when_text(e.draft->submitted_at)));
    }
    if (e.draft && e.draft->state == "returned") {
      c.AddSectionDictionary("NOTICE")->SetValue(
          "TEXT", tf(page, "The coordinator sent this back: \"{0}\". Change it and save again.", e.draft->note));
    }
    if (e.published != nullptr) {
      auto* pub = c.AddSectionDictionary("PUBLIC");
      if (e.published->status == "active") {
        auto* a = pub->AddSectionDictionary("LINK");
        a->SetValue("URL", link("/aanbod/" + e.published->id, "", lang));
        a->SetValue("LABEL", page.t("See the offer as families see it"));
      } else {
        pub->AddSectionDictionary("PLAIN")->SetValue("LABEL", page.t("Archived: families no longer find it."));
      }
    }
    if (e.published != nullptr) {  // portal_sessions.cc
      auto* sessions = c.AddSectionDictionary("PUBLIC")->AddSectionDictionary("LINK");
      sessions->SetValue(
          "URL", link("/portaal/organisatie/" + e.g.org->id + "/aanbod/" + e.published->id + "/sessies", "", lang));
      sessions->SetValue("LABEL", page.t("Sessions and registrations"));
    }
    if (!e.form_error.empty()) {
      auto* summary = c.AddSectionDictionary("FORM_ERROR");
      summary->SetValue("TEXT", e.form_error);
      if (!e.errors.empty()) {
        auto* list = summary->AddSectionDictionary("ERROR_LINK");
        for (const auto& [field, text] : e.errors) {
          auto* item = list->AddSectionDictionary("ITEM");
          item->SetValue("ID", field);
          item->SetValue("TEXT", text);
        }
      }
      if (e.conflict) {
        auto* current = summary->AddSectionDictionary("CURRENT");
        current->SetValue("INTRO", page.t("Stored now:"));
        for (const core::FieldChange& change : e.current) {
          auto* row = current->AddSectionDictionary("FIELD");
          row->SetValue("NAME", offer_field_label(page, change.field));
          row->SetValue("VALUE", lines_text(page, *e.g.index, change.field, change.replacement));
        }
      }
    }
    fill_fields(page, e);
    c.SetValue("SAVE_LABEL", page.t("Save"));
    c.SetValue("PREVIEW_LABEL", page.t("Preview"));
    c.SetValue("MORE_LABEL", page.t("Add another time"));
    if (e.published != nullptr) {
      auto* archive = c.AddSectionDictionary("ARCHIVE");
      const bool active = e.published->status == "active";
      archive->SetValue("CODE", active ? "archive" : "restore");
      archive->SetValue("LABEL", active ? page.t("Archive: it stops") : page.t("Show it to families again"));
    }
    if (e.preview) {
      auto* preview = c.AddSectionDictionary("PREVIEW");
      preview->SetValue("HEADING", page.t("Preview: this is how families see it"));
      preview->SetValue("HINT", page.t("Nothing is saved yet."));
      preview->SetValue("NAME", e.preview->name);
      auto* facts = preview->AddIncludeDictionary("FACTS");
      facts->SetFilename("offer_facts.tpl");
      fill_offer_facts(page, *facts, *e.preview, *e.g.index, local_today());
    }
    fill_offer_history(page, e.g, e.base.id, is_new);
    return finish_private(page, e.status);
  }

  static void fill_fields(PageRender& page, const Editor& e) {
    auto& c = page.content();
    const OfferForm& f = e.form;
    const auto field = [&](const char* name, std::string label, std::string hint = "") {
      return Field{name, std::move(label), std::move(hint), error_of(e.errors, name)};
    };
    c.SetValue("WHAT_LEGEND", page.t("What"));
    text_field(c, "WHAT", field("name", page.t("Name of the offer")), f.name);
    text_field(c, "WHAT", field("alternate_name", page.t("Other name (optional)")), f.alternate_name);
    textarea_field(c, "WHAT",
                   field("description", page.t("What families can expect"),
                         page.t("A few short sentences in plain Dutch: what happens, with whom, what you bring.")),
                   f.description, 5);
    choices_field(c, "WHAT", field("themes", page.t("Themes")), terms(page, core::themes()), f.themes, true);

    c.SetValue("WHO_LEGEND", page.t("For whom"));
    choices_field(c, "WHO", field("target_groups", page.t("Who takes part")), terms(page, core::target_groups()),
                  f.target_groups, true);
    c.SetValue("AGE_LEGEND", page.t("Age of the children"));
    const Options units{{"years", page.t("years")}, {"months", page.t("months")}};
    check_field(c, "AGE", field("prenatal", page.t("Also during pregnancy")), f.prenatal);
    text_field(c, "AGE", field("min_age", page.t("From")), f.min_age, "text", "numeric");
    select_field(c, "AGE", field("min_unit", page.t("years or months (from)")), units, f.min_unit);
    text_field(c, "AGE", field("max_age", page.t("Up to")), f.max_age, "text", "numeric");
    select_field(c, "AGE", field("max_unit", page.t("years or months (up to)")), units, f.max_unit);
    select_field(c, "ACCESS", field("intensity", page.t("For which families")), terms(page, core::intensities()),
                 f.intensity);
    select_field(c, "ACCESS", field("access", page.t("Who can take part")), terms(page, core::access_kinds()),
                 f.access);
    textarea_field(c, "ACCESS",
                   field("eligibility", page.t("Conditions"), page.t("Only when not everyone can take part.")),
                   f.eligibility, 2);

    c.SetValue("COST_LEGEND", page.t("Cost"));
    choices_field(c, "COST", field("free", page.t("Is it free?")),
                  {{"yes", page.t("Free")}, {"no", page.t("There is a price")}}, {f.free ? "yes" : "no"}, false);
    text_field(c, "COST", field("amount", page.t("Price in euro")), f.amount, "text", "decimal");
    text_field(c, "COST", field("reduced_amount", page.t("Reduced price in euro (optional)")), f.reduced_amount, "text",
               "decimal");
    text_field(c, "COST", field("reduced_description", page.t("Who pays the reduced price")), f.reduced_description);
    text_field(c, "COST", field("cost_description", page.t("More about the cost (optional)")), f.cost_description);

    c.SetValue("TAKE_PART_LEGEND", page.t("Languages and registration"));
    Options languages;
    for (const std::string_view code : core::known_language_codes()) {
      languages.emplace_back(std::string(code), std::string(core::language_endonym(code)));
    }
    choices_field(c, "TAKE_PART", field("languages", page.t("Languages spoken")), languages, f.languages, true, true);
    check_field(c, "TAKE_PART", field("interpreter", page.t("An interpreter is possible")), f.interpreter);
    check_field(c, "TAKE_PART", field("registration", page.t("Registration needed")), f.registration);
    textarea_field(c, "TAKE_PART", field("application_process", page.t("How to take part (optional)")),
                   f.application_process, 3);

    c.SetValue("CONTACT_LEGEND", page.t("Contact"));
    text_field(c, "CONTACT", field("phone", page.t("Phone (optional)")), f.phone, "tel");
    text_field(c, "CONTACT", field("email", page.t("E-mail address (optional)")), f.email, "email");
    text_field(c, "CONTACT", field("url", page.t("Website (optional)")), f.url, "url");

    c.SetValue("WHERE_LEGEND", page.t("Where and when"));
    const search::CatalogueIndex& index = *e.g.index;
    const Places choosable = places_of(index, *e.g.org);
    Options places;
    for (const core::Location* l : choosable.own) places.emplace_back(l->id, l->name);
    // The offer's places that are not its own stay ticked, with their owner's name.
    for (const std::string& id : f.places) {
      const core::Location* l = index.location(id);
      if (l != nullptr && std::find(choosable.own.begin(), choosable.own.end(), l) == choosable.own.end()) {
        places.emplace_back(id, place_with_owner(index, *l));
      }
    }
    choices_field(c, "PLACES", field("places", page.t("Places")), places, f.places, true);
    std::vector<OfferTime> times = f.times;
    if (times.empty()) times.emplace_back();
    Options repeat{{"once", page.t("Once")}, {"weekly", page.t("Every week")}, {"monthly", page.t("Every month")}};
    Options days;
    for (unsigned d = 0; d < kWeekDays.size(); ++d) days.emplace_back(kWeekDays.at(d), weekday_name(page, d));
    const Options weeks{{"", page.t("(every week)")}, {"1", page.t("first")},  {"2", page.t("second")},
                        {"3", page.t("third")},       {"4", page.t("fourth")}, {"-1", page.t("last")}};
    for (std::size_t i = 0; i < times.size(); ++i) {
      const OfferTime& time = times[i];
      const std::string id = fmt::format("t{}", i);
      auto* row = c.AddSectionDictionary("TIME");
      row->SetValue("ID", id);
      row->SetValue("LEGEND", tf(page, "Time {0}", i + 1));
      if (const std::string error = error_of(e.errors, id); !error.empty()) {
        row->AddSectionDictionary("ERROR")->SetValue("TEXT", error);
      }
      const auto sub = [&](const char* name, std::string label) {
        return Field{id + "_" + name, std::move(label), "", ""};
      };
      fill_time_place(page, *row, index, choosable, time, id, error_of(e.errors, id + "_place"));
      choices_field(*row, "FIELDS", sub("repeat", page.t("How often")), repeat,
                    {time.repeat.empty() ? std::string("weekly") : time.repeat}, false);
      choices_field(*row, "FIELDS", sub("day", page.t("Day")), days, time.days, true);
      select_field(*row, "FIELDS", sub("week", page.t("Which week of the month (every month)")), weeks, time.week);
      text_field(*row, "FIELDS", sub("start", page.t("(First) date")), time.start, "date");
      text_field(*row, "FIELDS", sub("until", page.t("Last date (optional)")), time.until, "date");
      text_field(*row, "FIELDS", sub("count", page.t("Number of times in all (optional, for a series)")), time.count,
                 "text", "numeric");
      text_field(*row, "FIELDS", sub("interval", page.t("Every how many weeks or months (1 = each)")), time.interval,
                 "text", "numeric");
      text_field(*row, "FIELDS", sub("opens", page.t("From (time)")), time.opens, "time");
      text_field(*row, "FIELDS", sub("closes", page.t("Until (time)")), time.closes, "time");
      text_field(*row, "FIELDS",
                 Field{id + "_note", page.t("Note (optional)"),
                       page.t("Families read the note instead of the times. Leave it empty to show the times; a note "
                              "you leave as it was is removed when you change the times."),
                       ""},
                 time.note);
      if (!time.id.empty()) {
        row->SetValue("ID_VALUE", time.id);
        row->ShowSection("STORED");
        check_field(*row, "FIELDS", sub("remove", page.t("Remove this time")), time.remove);
      }
    }
  }

  static http::Response render_review(const Review& r) {
    PageRender page(r.request, "offer_review_item.tpl");
    const std::string lang(page.language().code);
    const core::Network& net = *r.g.net;
    page.set_title(r.after.name);
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/portaal/huis/" + net.id + "/nazicht", "", lang));
    c.SetValue("BACK_LABEL", page.t("Offers awaiting review"));
    c.SetValue("HEADING", r.after.name);
    const core::Organization* org = r.g.index->organization(r.draft.organization_id);
    c.SetValue("SUMMARY", tf(page, "{0} sent this on {1}.", org != nullptr ? org->name : r.draft.organization_id,
                             when_text(r.draft.submitted_at)));
    if (!r.form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", r.form_error);
    c.SetValue("CHANGES_HEADING", r.published ? page.t("What changes") : page.t("A new offer"));
    const auto changes = core::changes(r.before, r.after);
    if (changes.empty() || !r.published) {
      if (r.published) c.AddSectionDictionary("NO_CHANGES")->SetValue("TEXT", page.t("Nothing changes."));
    } else {
      auto* table = c.AddSectionDictionary("CHANGES");
      table->SetValue("WHAT_COLUMN", page.t("What"));
      table->SetValue("BEFORE_COLUMN", page.t("Before"));
      table->SetValue("AFTER_COLUMN", page.t("After"));
      for (const core::FieldChange& change : changes) {
        auto* row = table->AddSectionDictionary("ROW");
        row->SetValue("WHAT", offer_field_label(page, change.field));
        row->SetValue("BEFORE", lines_text(page, *r.g.index, change.field, change.previous));
        row->SetValue("AFTER", lines_text(page, *r.g.index, change.field, change.replacement));
      }
    }
    c.SetValue("PREVIEW_HEADING", page.t("Preview: this is how families see it"));
    c.SetValue("NAME", r.after.name);
    auto* facts = c.AddIncludeDictionary("FACTS");
    facts->SetFilename("offer_facts.tpl");
    fill_offer_facts(page, *facts, r.after, *r.g.index, local_today());
    c.SetValue("DECIDE_HEADING", page.t("Your decision"));
    c.SetValue("ACTION", link("/portaal/huis/" + net.id + "/nazicht/" + r.draft.service_id, "", lang));
    c.SetValue("CSRF", r.g.who.session.csrf_token);
    c.SetValue("APPROVE_LABEL", page.t("Approve: families see it"));
    c.SetValue("NOTE_LABEL", page.t("Note for the partner"));
    c.SetValue("NOTE_HINT", page.t("Needed when you send it back: say what should change."));
    c.SetValue("NOTE", r.note);
    if (!r.note_error.empty()) c.AddSectionDictionary("NOTE_ERROR")->SetValue("TEXT", r.note_error);
    c.SetValue("RETURN_LABEL", page.t("Send back to the partner"));
    return finish_private(page, r.status);
  }

  PortalOptions options_;
};

}  // namespace

void add_offer_routes(http::Router& router, const PortalOptions& options) {
  auto pages = std::make_shared<OfferPages>(options);
  const auto editor = [pages](http::Request& req) { return pages->editor(req); };
  router.add("GET", "/portaal/organisatie/{id}/aanbod/nieuw", editor);
  router.add("POST", "/portaal/organisatie/{id}/aanbod/nieuw", editor);
  router.add("GET", "/portaal/organisatie/{id}/aanbod/{offer}", editor);
  router.add("POST", "/portaal/organisatie/{id}/aanbod/{offer}", editor);
  const auto list = [pages](http::Request& req) { return pages->review_list(req); };
  router.add("GET", "/portaal/huis/{id}/nazicht", list);
  router.add("POST", "/portaal/huis/{id}/nazicht", list);
  const auto item = [pages](http::Request& req) { return pages->review_item(req); };
  router.add("GET", "/portaal/huis/{id}/nazicht/{offer}", item);
  router.add("POST", "/portaal/huis/{id}/nazicht/{offer}", item);
}

}  // namespace hvhk::web::portal

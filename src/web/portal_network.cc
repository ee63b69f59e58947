#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <map>
#include <tuple>

#include "core/partner_tiers.h"
#include "core/timestamps.h"
#include "core/vocabulary.h"
#include "search/synonyms.h"
#include "store/partner_tier_store.h"
#include "store/registration_store.h"
#include "store/synonym_store.h"
#include "web/offer_text.h"
#include "web/portal_session.h"

// The pages of one Huis van het Kind for its coordinators and the viewers who oversee it:
// its partners, its own search words, and how long it keeps families' data of registrations.
namespace hvhk::web::portal {
namespace {

// The retention form as typed.
struct RetentionForm {
  std::string days;
  std::string days_error;
  std::string form_error;
  bool saved = false;
};

class NetworkPages {
 public:
  explicit NetworkPages(PortalOptions options) : options_(std::move(options)) {}

  // A coordinator's own search words for their Huis van het Kind (see search/synonyms.h): kept
  // only when every line is right; otherwise each wrong line is named and the text stays.
  http::Response synonyms(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_network, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    store::AccountStore accounts(*connection);
    store::SynonymStore store(*connection);
    SynonymsForm form;
    if (request.method != "POST") {
      auto stored = store.load(net->id);
      form.lines = stored ? stored->lines : "";
      return synonyms_page(request, *net, who.session.csrf_token, form, 200);
    }
    const Words t(request);
    http::QueryParams fields;
    std::string error;
    if (!http::parse_form(request.body, fields, error)) {
      form.form_error = t("Something went wrong with the form. Please try again.");
      return synonyms_page(request, *net, who.session.csrf_token, form, 400);
    }
    form.lines = std::string(fields.get("lines").value_or(""));
    if (!same_token(who.session.csrf_token, fields.get("csrf").value_or(""))) {
      form.form_error = t("This form had expired. Please try again.");
      return synonyms_page(request, *net, who.session.csrf_token, form, 403);
    }
    const search::ParsedSynonyms parsed = search::Synonyms::parse(form.lines);
    if (!parsed.problems.empty()) {
      for (const search::SynonymProblem& problem : parsed.problems) {
        form.problems.push_back(
            fmt::format("{} {}: “{}” — {}", t("Line"), problem.line, problem.text, problem.message()));
      }
      return synonyms_page(request, *net, who.session.csrf_token, form, 422);
    }
    const std::string now = core::iso_utc(std::chrono::system_clock::now());
    if (!store.save(store::SynonymList{net->id, form.lines, now})) {
      form.form_error = t("Something went wrong on our side. Please try again later.");
      return synonyms_page(request, *net, who.session.csrf_token, form, 500);
    }
    accounts.audit(store::AuditEntry{0, now, who.user.id, "synonyms_saved", net->id, ""});
    form.saved = true;
    return synonyms_page(request, *net, who.session.csrf_token, form, 200);
  }

  // How long families' data of registrations is kept after a session's last date (1–730 days);
  // the hourly housekeeping forgets it then, keeping only anonymous figures.
  http::Response retention(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_network, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    store::RegistrationStore registrations(*connection);
    RetentionForm form;
    if (request.method != "POST") {
      const auto days = registrations.retention_days(net->id);
      if (!days)
        return message(request, 500, Words(request)("Something went wrong on our side. Please try again later."));
      form.days = std::to_string(*days);
      return retention_page(request, *net, who.session.csrf_token, form, 200);
    }
    const Words t(request);
    http::QueryParams fields;
    std::string error;
    if (!http::parse_form(request.body, fields, error)) {
      form.form_error = t("Something went wrong with the form. Please try again.");
      return retention_page(request, *net, who.session.csrf_token, form, 400);
    }
    form.days = std::string(fields.get("days").value_or(""));
    if (!same_token(who.session.csrf_token, fields.get("csrf").value_or(""))) {
      form.form_error = t("This form had expired. Please try again.");
      return retention_page(request, *net, who.session.csrf_token, form, 403);
    }
    int days = 0;
    const auto [end, parsed] = std::from_chars(form.days.data(), form.days.data() + form.days.size(), days);
    if (parsed != std::errc() || end != form.days.data() + form.days.size() ||
        days < store::RegistrationStore::kMinRetentionDays || days > store::RegistrationStore::kMaxRetentionDays) {
      form.days_error = t("Write a number of days from 1 to 730.");
      form.form_error = t("Nothing was saved. Correct what is marked below.");
      return retention_page(request, *net, who.session.csrf_token, form, 422);
    }
    const std::string now = core::iso_utc(std::chrono::system_clock::now());
    if (!registrations.set_retention_days(net->id, days)) {
      form.form_error = t("Something went wrong on our side. Please try again later.");
      return retention_page(request, *net, who.session.csrf_token, form, 500);
    }
    store::AccountStore(*connection)
        .audit(store::AuditEntry{0, now, who.user.id, "retention_set", net->id, std::to_string(days)});
    form.saved = true;
    return retention_page(request, *net, who.session.csrf_token, form, 200);
  }

  // A Huis van het Kind as its coordinators and the viewers who oversee it see it.
  http::Response network(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::view_network, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    const core::Target target{"", {net->id}, net->municipality_nis_codes};
    PageRender page(request, "portal_network.tpl");
    page.set_title(net->name);
    auto& c = page.content();
    c.SetValue("BACK_LABEL", page.t("Partner portal"));
    c.SetValue("NAME", net->name);
    const auto& partners = index->organizations_of_network(net->id);
    c.SetValue("SUMMARY",
               tf(page, "{0} partners, {1} offers.", partners.size(), index->services_of_network(net->id).size()));
    // The network's tasks, each for whoever may do it.
    const std::string base = "/portaal/huis/" + net->id;
    const std::tuple<core::Action, std::string, std::string> tasks[] = {
        {core::Action::review_offers, base + "/nazicht", page.t("Offers awaiting review")},
        {core::Action::view_network, base + "/dekking", page.t("Coverage: what is offered for whom, and where")},
        {core::Action::view_network, base + "/bezetting", page.t("Occupancy of the sessions")},
        {core::Action::manage_network, base + "/aanvragen", page.t("Applications of new partners")},
        {core::Action::manage_network, base + "/vergaderingen", page.t("Network meetings")},
        {core::Action::manage_network, base + "/zoekwoorden", page.t("Search words of your Huis van het Kind")},
        {core::Action::manage_network, base + "/bewaartermijn", page.t("How long families' data is kept")},
    };
    for (const auto& [action, url, label] : tasks) {
      if (!core::allowed(who.user.memberships, action, target)) continue;
      auto* task = c.AddSectionDictionary("MANAGE");
      task->SetValue("URL", link(url, "", page.language().code));
      task->SetValue("LABEL", label);
    }
    c.SetValue("PARTNERS_HEADING", page.t("Partners"));
    c.SetValue("PARTNER_COLUMN", page.t("Partner"));
    c.SetValue("TYPE_COLUMN", page.t("Kind of partner"));
    c.SetValue("OFFERS_COLUMN", page.t("Offers"));
    c.SetValue("TIER_COLUMN", page.t("Partnership"));
    auto tiers = store::PartnerTierStore(*connection).of_network(net->id);
    if (!tiers) spdlog::error("partner tiers of {}: {}", net->id, tiers.error().message);
    const bool sets_tiers = core::allowed(who.user.memberships, core::Action::manage_network, target);
    if (request.query.get("bewaard")) c.AddSectionDictionary("SAVED")->SetValue("TEXT", page.t("Saved."));
    for (const std::uint32_t i : partners) {
      const core::Organization& partner = index->catalogue().organizations[i];
      auto* row = c.AddSectionDictionary("PARTNER");
      row->SetValue("NAME", partner.name);
      const core::Term* type = core::partner_types().find(partner.partner_type);
      row->SetValue("TYPE", type != nullptr ? page.t(type->label_nl) : "");
      row->SetValue("OFFERS", std::to_string(index->services_of(partner.id).size()));
      const auto recorded = tiers ? tiers->find(partner.id) : std::map<std::string, std::string>::const_iterator{};
      const std::string tier =
          tiers && recorded != tiers->end() ? recorded->second : std::string(core::kDefaultPartnerTier);
      const core::Term* term = core::partner_tiers().find(tier);
      if (!sets_tiers) {
        row->AddSectionDictionary("TIER_TEXT")->SetValue("TIER", term != nullptr ? page.t(term->label_nl) : tier);
      } else {
        // A small form per partner: works without JavaScript, one button per row.
        auto* form = row->AddSectionDictionary("TIER_FORM");
        form->SetValue("ACTION", link(base + "/partner/" + partner.id, "", page.language().code));
        form->SetValue("CSRF", who.session.csrf_token);
        form->SetValue("ID", "tier-" + std::to_string(i));
        form->SetValue("LABEL", tf(page, "Partnership of {0}", partner.name));
        form->SetValue("BUTTON", page.t("Save"));
        for (const core::Term& option : core::partner_tiers().terms) {
          auto* o = form->AddSectionDictionary("OPTION");
          o->SetValue("CODE", std::string(option.code));
          o->SetValue("LABEL", page.t(option.label_nl));
          if (option.code == tier) o->ShowSection("SELECTED");
        }
      }
      if (core::allowed(who.user.memberships, core::Action::view_organization, target_of(*index, partner))) {
        row->AddSectionDictionary("LINK")->SetValue("URL", "/portaal/organisatie/" + partner.id);
      } else {
        row->ShowSection("PLAIN");
      }
    }
    return finish_private(page);
  }

  // A coordinator sets a partner's tier in the network (a partner of this network only).
  http::Response set_tier(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_network, Subject::network);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    const auto partner_id = request.path_params.find("organization");
    const core::Organization* partner =
        partner_id == request.path_params.end() ? nullptr : index->organization(partner_id->second);
    if (partner == nullptr ||
        std::find(partner->network_ids.begin(), partner->network_ids.end(), net->id) == partner->network_ids.end()) {
      return refused(request, 404);
    }
    const Words t(request);
    http::QueryParams fields;
    if (read_form(request, who, fields) != FormCheck::ok) {
      return message(request, 403, t("This form had expired. Please try again."));
    }
    const std::string tier(fields.get("tier").value_or(""));
    if (!core::partner_tiers().contains(tier)) return message(request, 400, t("Choose from the list."));
    if (!store::PartnerTierStore(*connection).set(net->id, partner->id, tier)) {
      return message(request, 500, t("Something went wrong on our side. Please try again later."));
    }
    const std::string now = core::iso_utc(std::chrono::system_clock::now());
    store::AccountStore(*connection)
        .audit(store::AuditEntry{0, now, who.user.id, "partner_tier_set", partner->id, net->id + " " + tier});
    return redirect(link("/portaal/huis/" + net->id, "bewaard=1", choose_language(request).language->code));
  }

 private:
  struct SynonymsForm {
    std::string lines;
    std::string form_error;
    std::vector<std::string> problems;
    bool saved = false;
  };

  static http::Response synonyms_page(const http::Request& request, const core::Network& net, const std::string& csrf,
                                      const SynonymsForm& form, unsigned status) {
    PageRender page(request, "synonyms.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("Search words of your Huis van het Kind"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/portaal/huis/" + net.id, "", lang));
    c.SetValue("BACK_LABEL", net.name);
    c.SetValue("HEADING", page.t("Search words of your Huis van het Kind"));
    c.SetValue("INTRO", page.t("Families use their own words. Write one rule per line; the finder then also finds "
                               "offers with the other words. Lines starting with # are notes."));
    const std::pair<const char*, std::string> examples[] = {
        {"kribbe, crèche => kinderopvang", page.t("a search for the words on the left also finds the right")},
        {"speelpleinwerking, speelplein", page.t("each word finds the others")},
    };
    for (const auto& [line, meaning] : examples) {
      auto* row = c.AddSectionDictionary("EXAMPLE");
      row->SetValue("LINE", line);
      row->SetValue("MEANING", meaning);
    }
    c.SetValue("ACTION", link("/portaal/huis/" + net.id + "/zoekwoorden", "", lang));
    c.SetValue("CSRF", csrf);
    c.SetValue("LINES_LABEL", page.t("Your rules"));
    c.SetValue("LINES", form.lines);
    c.SetValue("BUTTON", page.t("Save"));
    if (form.saved) {
      c.AddSectionDictionary("SAVED")->SetValue("TEXT",
                                                page.t("Saved. The finder uses the new words within a minute."));
    }
    if (!form.form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form.form_error);
    if (!form.problems.empty()) {
      auto* errors = c.AddSectionDictionary("LINE_ERRORS");
      errors->SetValue("INTRO", page.t("Nothing was saved. Correct these lines:"));
      for (const std::string& problem : form.problems)
        errors->AddSectionDictionary("PROBLEM")->SetValue("TEXT", problem);
      c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", page.t("Nothing was saved. Correct these lines:"));
    }
    return finish_private(page, status);
  }

  static http::Response retention_page(const http::Request& request, const core::Network& net, const std::string& csrf,
                                       const RetentionForm& form, unsigned status) {
    PageRender page(request, "retention.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("How long families' data is kept"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/portaal/huis/" + net.id, "", lang));
    c.SetValue("BACK_LABEL", net.name);
    c.SetValue("HEADING", page.t("How long families' data is kept"));
    c.SetValue("INTRO", page.t("Families give their first name, how to reach them and their children's ages when they "
                               "register. That many days after an activity's last date, the platform forgets it. "
                               "Only anonymous figures stay: how many families and children came, and their ages."));
    c.SetValue("ACTION", link("/portaal/huis/" + net.id + "/bewaartermijn", "", lang));
    c.SetValue("CSRF", csrf);
    c.SetValue("DAYS_LABEL", page.t("Days after the activity"));
    c.SetValue("DAYS_HINT", page.t("From 1 to 730. Keep it as short as your partners need."));
    c.SetValue("DAYS", form.days);
    if (!form.days_error.empty()) c.AddSectionDictionary("DAYS_ERROR")->SetValue("TEXT", form.days_error);
    c.SetValue("BUTTON", page.t("Save"));
    if (form.saved) c.AddSectionDictionary("SAVED")->SetValue("TEXT", page.t("Saved."));
    if (!form.form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form.form_error);
    return finish_private(page, status);
  }

  PortalOptions options_;
};

}  // namespace

void add_network_routes(http::Router& router, const PortalOptions& options) {
  auto pages = std::make_shared<NetworkPages>(options);
  router.add("GET", "/portaal/huis/{id}/zoekwoorden", [pages](http::Request& req) { return pages->synonyms(req); });
  router.add("POST", "/portaal/huis/{id}/zoekwoorden", [pages](http::Request& req) { return pages->synonyms(req); });
  router.add("GET", "/portaal/huis/{id}/bewaartermijn", [pages](http::Request& req) { return pages->retention(req); });
  router.add("POST", "/portaal/huis/{id}/bewaartermijn", [pages](http::Request& req) { return pages->retention(req); });
  router.add("GET", "/portaal/huis/{id}", [pages](http::Request& req) { return pages->network(req); });
  router.add("POST", "/portaal/huis/{id}/partner/{organization}",
             [pages](http::Request& req) { return pages->set_tier(req); });
}

}  // namespace hvhk::web::portal

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>

#include "core/timestamps.h"
#include "core/validation.h"
#include "core/vocabulary.h"
#include "store/outbox_store.h"
#include "web/offer_text.h"
#include "web/portal_session.h"

// The pages of one organisation: what it offers and where, and inviting its colleagues.
namespace hvhk::web::portal {
namespace {

constexpr int kInvitationDays = 7;

class OrganizationPages {
 public:
  explicit OrganizationPages(PortalOptions options) : options_(std::move(options)) {}

  // An organisation as its partner admins and staff (and its network's coordinators) see it.
  http::Response organization(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::view_organization, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    PageRender page(request, "portal_organization.tpl");
    const std::string lang(page.language().code);
    page.set_title(org->name);
    auto& c = page.content();
    c.SetValue("BACK_LABEL", page.t("Partner portal"));
    c.SetValue("NAME", org->name);
    const core::Term* type = core::partner_types().find(org->partner_type);
    c.SetValue("TYPE", type != nullptr ? page.t(type->label_nl) : "");
    c.SetValue("OFFERS_HEADING", page.t("Offers"));
    c.SetValue("OFFER_COLUMN", page.t("Offer"));
    c.SetValue("STATUS_COLUMN", page.t("Status"));
    c.SetValue("CHANGED_COLUMN", page.t("Last changed"));
    if (core::allowed(who.user.memberships, core::Action::manage_staff, target_of(*index, *org))) {
      auto* invite = c.AddSectionDictionary("INVITE");
      invite->SetValue("URL", link("/portaal/organisatie/" + org->id + "/uitnodigen", "", lang));
      invite->SetValue("LABEL", page.t("Invite a colleague"));
    }
    const auto& offers = index->services_of(org->id);
    if (offers.empty()) c.AddSectionDictionary("NO_OFFERS")->SetValue("TEXT", page.t("No offers yet."));
    for (const std::uint32_t i : offers) {
      const core::Service& s = index->catalogue().services[i];
      auto* row = c.AddSectionDictionary("OFFER");
      row->SetValue("URL", link("/aanbod/" + s.id, "", lang));
      row->SetValue("NAME", s.name);
      row->SetValue("STATUS", s.status == "active" ? page.t("Visible to families") : page.t("Not visible"));
      row->SetValue("CHANGED", s.last_modified.substr(0, 10));
    }
    c.SetValue("PLACES_HEADING", page.t("Places"));
    for (const core::Location& l : index->catalogue().locations) {
      if (l.organization_id == org->id) c.AddSectionDictionary("PLACE")->SetValue("NAME", l.name);
    }
    return finish_private(page);
  }

  struct InviteForm {
    std::string email;
    std::string name;
    std::string role = "partner_staff";
    std::string form_error;
    std::string email_error;
  };

  // Partner admins (and their network's coordinators) invite colleagues of an organisation:
  // an account without a password, the role, and a single-use link by e-mail.
  http::Response invite(const http::Request& request) const {
    auto guarded = about(options_, request, core::Action::manage_staff, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    store::AccountStore accounts(*connection);
    if (request.method != "POST") return invite_page(request, *org, who.session.csrf_token, InviteForm{}, 200);

    const Words t(request);
    http::QueryParams fields;
    std::string error;
    InviteForm form;
    if (!http::parse_form(request.body, fields, error)) {
      form.form_error = t("Something went wrong with the form. Please try again.");
      return invite_page(request, *org, who.session.csrf_token, form, 400);
    }
    form.email = std::string(fields.get("email").value_or(""));
    form.name = std::string(fields.get("name").value_or(""));
    form.role = std::string(fields.get("role").value_or("partner_staff"));
    if (!same_token(who.session.csrf_token, fields.get("csrf").value_or(""))) {
      form.form_error = t("This form had expired. Please try again.");
      return invite_page(request, *org, who.session.csrf_token, form, 403);
    }
    if (form.role != "partner_admin") form.role = "partner_staff";
    while (!form.email.empty() && form.email.back() == ' ') form.email.pop_back();
    while (!form.email.empty() && form.email.front() == ' ') form.email.erase(0, 1);
    if (!core::is_email(form.email) || form.email.size() > 254) {
      form.email_error = t("Fill in an e-mail address, like naam@organisatie.be.");
      return invite_page(request, *org, who.session.csrf_token, form, 422);
    }

    const auto now = std::chrono::system_clock::now();
    const std::string now_text = core::iso_utc(now);
    auto existing = accounts.find_user_by_email(form.email);
    if (!existing) return invite_page(request, *org, who.session.csrf_token, failed(form, t), 500);
    std::string user_id;
    bool needs_password = true;
    if (*existing) {
      user_id = (*existing)->id;
      needs_password = (*existing)->password_hash.empty();
    } else {
      auto created = accounts.create_user(form.email, form.name, "", now_text, who.user.id);
      if (!created) return invite_page(request, *org, who.session.csrf_token, failed(form, t), 500);
      user_id = created->id;
    }
    const core::Membership membership{*core::parse_role(form.role), org->id};
    if (!accounts.add_membership(user_id, membership, now_text, who.user.id)) {
      return invite_page(request, *org, who.session.csrf_token, failed(form, t), 500);
    }
    std::string link_text;
    if (needs_password) {
      const std::string code = new_token();
      if (!accounts.create_token(code, user_id, "invitation",
                                 core::iso_utc(now + std::chrono::hours(24 * kInvitationDays)), now_text,
                                 who.user.id)) {
        return invite_page(request, *org, who.session.csrf_token, failed(form, t), 500);
      }
      link_text = absolute_url(request, "/wachtwoord-kiezen?code=" + code);
    } else {
      link_text = absolute_url(request, "/aanmelden");
    }
    PageRender page(request, "message.tpl");  // the mail goes out in the inviter's language
    const std::string inviter = who.user.name.empty() ? who.user.email : who.user.name;
    const std::string body =
        tf(page, "Hello,\n\n{0} invites you to the partner portal of the Huis van het Kind, for {1}.\n\n{2}\n\n{3}",
           inviter, org->name,
           needs_password ? page.t("Choose your password with this link. It works once, for 7 days:")
                          : page.t("Sign in with your e-mail address and password:"),
           link_text);
    store::OutboxStore outbox(*connection);
    if (!outbox.enqueue(form.email, page.t("Invitation to the partner portal of the Huis van het Kind"), body,
                        fmt::format("invitation:{}:{}:{}", user_id, org->id, now_text), now_text)) {
      return invite_page(request, *org, who.session.csrf_token, failed(form, t), 500);
    }
    auto& c = page.content();
    page.set_title(page.t("Invitation sent"));
    c.SetValue("HEADING", page.t("Invitation sent"));
    c.SetValue("TEXT", tf(page, "We sent an invitation to {0}.", form.email));
    c.SetValue("BACK_URL", link("/portaal/organisatie/" + org->id, "", page.language().code));
    c.SetValue("BACK_LABEL", org->name);
    return finish_private(page);
  }

 private:
  template <typename T>
  static InviteForm failed(InviteForm form, const T& t) {
    form.form_error = t("Something went wrong on our side. Please try again later.");
    return form;
  }

  static http::Response invite_page(const http::Request& request, const core::Organization& org,
                                    const std::string& csrf, const InviteForm& form, unsigned status) {
    PageRender page(request, "invite.tpl");
    const std::string lang(page.language().code);
    page.set_title(page.t("Invite a colleague"));
    auto& c = page.content();
    c.SetValue("BACK_URL", link("/portaal/organisatie/" + org.id, "", lang));
    c.SetValue("BACK_LABEL", org.name);
    c.SetValue("HEADING", page.t("Invite a colleague"));
    c.SetValue("INTRO", tf(page,
                           "Your colleague gets an e-mail with a link to choose a password and can then work "
                           "on the offers of {0}.",
                           org.name));
    c.SetValue("ACTION", link("/portaal/organisatie/" + org.id + "/uitnodigen", "", lang));
    c.SetValue("CSRF", csrf);
    c.SetValue("EMAIL_LABEL", page.t("E-mail address"));
    c.SetValue("EMAIL", form.email);
    c.SetValue("NAME_LABEL", page.t("Name (optional)"));
    c.SetValue("NAME", form.name);
    c.SetValue("ROLE_LEGEND", page.t("What may they do?"));
    const std::pair<const char*, std::string> roles[] = {
        {"partner_staff", page.t("Work on the offers")},
        {"partner_admin", page.t("Work on the offers, the profile and places, and invite colleagues")},
    };
    for (const auto& [code, label] : roles) {
      auto* row = c.AddSectionDictionary("ROLE");
      row->SetValue("CODE", code);
      row->SetValue("LABEL", label);
      if (form.role == code) row->ShowSection("CHECKED");
    }
    c.SetValue("BUTTON", page.t("Send the invitation"));
    if (!form.form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form.form_error);
    if (!form.email_error.empty()) c.AddSectionDictionary("EMAIL_ERROR")->SetValue("TEXT", form.email_error);
    return finish_private(page, status);
  }

  PortalOptions options_;
};

}  // namespace

void add_organization_routes(http::Router& router, const PortalOptions& options) {
  auto pages = std::make_shared<OrganizationPages>(options);
  router.add("GET", "/portaal/organisatie/{id}", [pages](http::Request& req) { return pages->organization(req); });
  router.add("GET", "/portaal/organisatie/{id}/uitnodigen", [pages](http::Request& req) { return pages->invite(req); });
  router.add("POST", "/portaal/organisatie/{id}/uitnodigen",
             [pages](http::Request& req) { return pages->invite(req); });
}

}  // namespace hvhk::web::portal

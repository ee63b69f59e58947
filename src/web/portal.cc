// Signing in and out, the portal's start page, and choosing a password (from an invitation or a
// forgotten-password link). The pages of organisations and networks are in portal_*.cc.
#include "web/portal.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <unordered_map>

#include "core/passwords.h"
#include "core/timestamps.h"
#include "core/validation.h"
#include "store/outbox_store.h"
#include "web/offer_text.h"
#include "web/portal_session.h"

namespace hvhk::web {
namespace {

using namespace portal;  // NOLINT(google-build-using-namespace): this file is the portal's front door

// Sign-in attempts per client address and window, whatever the e-mail addresses tried.
constexpr int kAttemptsPerWindow = 20;
constexpr auto kAttemptWindow = std::chrono::minutes(10);

// Attempts per client address in a sliding window, in this node's memory: enough to slow down
// guessing; the per-account lock-out in the database holds across nodes.
class AttemptLimiter {
 public:
  bool allow(const std::string& client) {
    const auto now = std::chrono::steady_clock::now();
    const std::lock_guard lock(mutex_);
    if (attempts_.size() > 100000) attempts_.clear();  // bounded memory under a flood
    auto& [start, count] = attempts_[client];
    if (now - start > kAttemptWindow) {
      start = now;
      count = 0;
    }
    return ++count <= kAttemptsPerWindow;
  }

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, std::pair<std::chrono::steady_clock::time_point, int>> attempts_;
};

struct SignInForm {
  std::string email;
  std::string csrf;
  std::string form_error;
  std::string email_error;
  std::string password_error;
};

http::Response sign_in_page(const http::Request& request, const SignInForm& form, unsigned status) {
  PageRender page(request, "sign_in.tpl");
  const std::string lang(page.language().code);
  page.set_title(page.t("Sign in to the partner portal"));
  auto& c = page.content();
  c.SetValue("HEADING", page.t("Sign in to the partner portal"));
  c.SetValue("INTRO", page.t("For partners and coordinators of a Huis van het Kind."));
  c.SetValue("EMAIL_LABEL", page.t("E-mail address"));
  c.SetValue("EMAIL", form.email);
  c.SetValue("PASSWORD_LABEL", page.t("Password"));
  c.SetValue("BUTTON", page.t("Sign in"));
  c.SetValue("CSRF", form.csrf);
  c.SetValue("FAMILIES_NOTE", page.t("Looking for activities or help for your family? You do not need an account."));
  c.SetValue("FINDER_URL", link("/", "", lang));
  c.SetValue("FINDER_LABEL", page.t("Go to the offers"));
  c.SetValue("FORGOT_URL", link("/wachtwoord-vergeten", "", lang));
  c.SetValue("FORGOT_LABEL", page.t("Forgot your password?"));
  if (!form.form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form.form_error);
  if (!form.email_error.empty()) c.AddSectionDictionary("EMAIL_ERROR")->SetValue("TEXT", form.email_error);
  if (!form.password_error.empty()) c.AddSectionDictionary("PASSWORD_ERROR")->SetValue("TEXT", form.password_error);
  http::Response response = page.finish(status);
  response.headers.emplace_back("Set-Cookie", cookie_header(kFormCookie, form.csrf, request, 3600));
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

// The form's own CSRF token: the one in its cookie, or a new one.
std::string form_token(const http::Request& request) {
  const auto existing = http::cookie(request, kFormCookie);
  return existing && existing->size() == 64 ? std::string(*existing) : new_token();
}

class Portal {
 public:
  explicit Portal(PortalOptions options) : options_(std::move(options)) {}

  http::Response show_sign_in(const http::Request& request) const {
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    if (const auto who = any_session(request, accounts)) {
      // Half-way through the second step: back to where it waits.
      if (who->session.second_factor_pending == "code") return redirect("/aanmelden/code");
      if (who->session.second_factor_pending == "setup") return redirect("/portaal/tweestapsverificatie");
      return redirect("/portaal");
    }
    SignInForm form;
    form.csrf = form_token(request);
    return sign_in_page(request, form, 200);
  }

  http::Response sign_in(const http::Request& request) {
    http::QueryParams fields;
    std::string error;
    SignInForm form;
    form.csrf = form_token(request);
    const Words t(request);
    if (!http::parse_form(request.body, fields, error)) {
      form.form_error = t("Something went wrong with the form. Please try again.");
      return sign_in_page(request, form, 400);
    }
    form.email = std::string(fields.get("email").value_or(""));
    const std::string password(fields.get("password").value_or(""));
    const auto cookie_token = http::cookie(request, kFormCookie);
    if (!cookie_token || !same_token(*cookie_token, fields.get("csrf").value_or(""))) {
      form.form_error = t("This form had expired. Please sign in again.");
      return sign_in_page(request, form, 403);
    }
    if (form.email.empty()) form.email_error = t("Fill in your e-mail address.");
    if (password.empty()) form.password_error = t("Fill in your password.");
    if (!form.email_error.empty() || !form.password_error.empty()) return sign_in_page(request, form, 422);
    if (!limiter_.allow(request.client_address)) {
      form.form_error = t("Too many attempts from this device. Wait 10 minutes and try again.");
      return sign_in_page(request, form, 429);
    }

    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    const auto now = std::chrono::system_clock::now();
    const std::string now_text = core::iso_utc(now);
    const auto user = accounts.find_user_by_email(form.email);
    if (!user) {
      spdlog::error("sign-in: {}", user.error().message);
      form.form_error = t("Something went wrong on our side. Please try again later.");
      return sign_in_page(request, form, 500);
    }
    const std::string wrong = t("The e-mail address or the password is not right.");
    if (!*user || (*user)->disabled || (*user)->password_hash.empty()) {
      core::verify_password(password, dummy_hash());  // the same time as a real check
      accounts.audit(store::AuditEntry{0, now_text, "", "sign_in_failed", form.email, "no such account"});
      form.form_error = wrong;
      return sign_in_page(request, form, 401);
    }
    const store::User& person = **user;
    if (!person.locked_until.empty() && person.locked_until > now_text) {
      form.form_error = t("Too many wrong passwords: this account is locked for 15 minutes. Try again later.");
      return sign_in_page(request, form, 423);
    }
    if (!core::verify_password(password, person.password_hash)) {
      accounts.record_failed_sign_in(person.id, kLockAfterFailures,
                                     core::iso_utc(now + std::chrono::minutes(kLockMinutes)), now_text);
      form.form_error = wrong;
      return sign_in_page(request, form, 401);
    }
    if (person.totp_confirmed) {
      // Failures keep counting until the code is right too (see portal_two_factor.cc).
      accounts.audit(store::AuditEntry{0, now_text, person.id, "sign_in_password_ok", person.id, "code asked"});
    } else {
      accounts.record_sign_in(person.id, now_text);
    }
    http::Response response = start_session(options_, request, accounts, person);
    response.headers.emplace_back("Set-Cookie", cookie_header(kFormCookie, "", request, 0));
    return response;
  }

  http::Response home(const http::Request& request) const {
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    const auto who = signed_in(request, accounts);
    if (!who || !core::allowed(who->user.memberships, core::Action::view_portal, {})) {
      if (who) {
        const Words t(request);
        return message(request, 403, t("You have no role on the platform (yet). Ask your coordinator."));
      }
      return redirect("/aanmelden");
    }
    PageRender page(request, "portal.tpl");
    page.set_title(page.t("Partner portal"));
    auto& c = page.content();
    c.SetValue("HEADING", page.t("Partner portal"));
    c.SetValue("SIGNED_IN_AS",
               tf(page, "Signed in as {0}.", who->user.name.empty() ? who->user.email : who->user.name));
    c.SetValue("ROLES_HEADING", page.t("Your roles"));
    if (who->user.memberships.empty()) c.AddSectionDictionary("NO_ROLES")->SetValue("TEXT", page.t("None yet."));
    const auto index = options_.index();
    for (const core::Membership& m : who->user.memberships) {
      auto* row = c.AddSectionDictionary("ROLE");
      row->SetValue("LABEL", page.t(core::role_label_nl(m.role)));  // Dutch word as msgid, like vocabularies
      if (m.role == core::Role::administrator) {
        auto* manage = row->AddSectionDictionary("SCOPE");
        manage->SetValue("NAME", page.t("Manage the platform"));
        manage->AddSectionDictionary("LINK")->SetValue("URL", link("/portaal/beheer", "", page.language().code));
      }
      if (m.scope_id.empty()) continue;
      if (m.role == core::Role::municipality_viewer) {
        // A municipality sees the Huizen van het Kind that cover it, each linked.
        std::string municipality = m.scope_id;
        for (const core::Municipality& mu : index->catalogue().municipalities) {
          if (mu.nis_code == m.scope_id) municipality = mu.name;
        }
        bool any = false;
        for (const core::Network& n : index->catalogue().networks) {
          const auto& codes = n.municipality_nis_codes;
          if (std::find(codes.begin(), codes.end(), m.scope_id) == codes.end()) continue;
          any = true;
          auto* scope = row->AddSectionDictionary("SCOPE");
          scope->SetValue("NAME", municipality + " — " + n.name);
          scope->AddSectionDictionary("LINK")->SetValue("URL", "/portaal/huis/" + n.id);
        }
        if (any) continue;
      }
      std::string name = m.scope_id;
      std::string url;
      if (const core::Network* n = find_network(*index, m.scope_id)) {
        name = n->name;
        url = "/portaal/huis/" + n->id;
      }
      if (const core::Organization* org = index->organization(m.scope_id)) {
        name = org->name;
        url = "/portaal/organisatie/" + org->id;
      }
      auto* scope = row->AddSectionDictionary("SCOPE");
      scope->SetValue("NAME", name);
      if (url.empty()) {
        scope->ShowSection("PLAIN");
      } else {
        scope->AddSectionDictionary("LINK")->SetValue("URL", url);
      }
    }
    c.SetValue("TWO_FACTOR_HEADING", page.t("Second step when signing in"));
    c.SetValue("TWO_FACTOR_STATUS",
               who->user.totp_confirmed
                   ? page.t("The second step is on: after your password, we ask a code from an app on your phone.")
                   : page.t("The second step is off. Turn it on to protect your account better."));
    c.SetValue("TWO_FACTOR_URL", "/portaal/tweestapsverificatie");
    c.SetValue("TWO_FACTOR_LINK",
               who->user.totp_confirmed ? page.t("Manage the second step") : page.t("Turn on the second step"));
    c.SetValue("SIGN_OUT_HEADING", page.t("Sign out"));
    c.SetValue("SIGN_OUT", page.t("Sign out"));
    c.SetValue("SIGN_OUT_EVERYWHERE", page.t("Sign out on all devices"));
    c.SetValue("CSRF", who->session.csrf_token);
    return finish_private(page);
  }

  // The page behind an invitation (or password reset) link: choose a password, then you are in.
  http::Response show_choose_password(const http::Request& request) const {
    const std::string code(request.query.get("code").value_or(""));
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    const auto link = link_holder(accounts, code, core::iso_utc(std::chrono::system_clock::now()));
    return choose_password_page(request, code, link.has_value(), {}, {}, {});
  }

  http::Response choose_password(const http::Request& request) const {
    http::QueryParams fields;
    std::string error;
    const Words t(request);
    if (!http::parse_form(request.body, fields, error)) {
      return choose_password_page(request, "", false, t("Something went wrong with the form. Please try again."), {},
                                  {});
    }
    const std::string code(fields.get("code").value_or(""));
    const std::string password(fields.get("password").value_or(""));
    const std::string repeat(fields.get("repeat").value_or(""));
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    const auto now = std::chrono::system_clock::now();
    const std::string now_text = core::iso_utc(now);
    const auto link = link_holder(accounts, code, now_text);
    if (!link) return choose_password_page(request, code, false, {}, {}, {});
    // The link is the proof of who this is; their e-mail address must not be the password.
    const auto person = accounts.find_user(link->second);
    const std::string email = person && *person ? (*person)->email : "";
    std::string password_error;
    if (password.empty()) {
      password_error = t("Choose a password.");
    } else if (const auto problem = core::password_problem(password, email)) {
      password_error = *problem;
    }
    std::string repeat_error;
    if (password_error.empty() && repeat != password) repeat_error = t("The two passwords are not the same.");
    if (!password_error.empty() || !repeat_error.empty()) {
      return choose_password_page(request, code, true, {}, password_error, repeat_error);
    }
    const auto user_id = accounts.use_token(code, link->first, now_text);
    if (!user_id || !*user_id) return choose_password_page(request, code, false, {}, {}, {});
    if (!accounts.set_password(**user_id, core::hash_password(password), now_text)) {
      return choose_password_page(request, code, false, t("Something went wrong on our side. Please try again later."),
                                  {}, {});
    }
    const auto holder = accounts.find_user(**user_id);
    if (!holder || !*holder) {
      return choose_password_page(request, code, false, t("Something went wrong on our side. Please try again later."),
                                  {}, {});
    }
    if (link->first == "password_reset") {
      // A new password ends every old session, and any lock-out unless a code is still to come.
      accounts.delete_sessions_of(**user_id, now_text, **user_id);
      if (!(*holder)->totp_confirmed) accounts.record_sign_in(**user_id, now_text);
    }
    // The link proves the mailbox, not the phone: the second step is asked as after a password.
    return start_session(options_, request, accounts, **holder);
  }

  // "Forgot your password?": the same answer whether or not there is an account, and a link
  // (valid one hour) by e-mail when there is.
  http::Response forgot_password(const http::Request& request) {
    SignInForm form;
    form.csrf = form_token(request);
    if (request.method != "POST") return forgot_page(request, form, false, 200);
    const Words t(request);
    http::QueryParams fields;
    std::string error;
    if (!http::parse_form(request.body, fields, error)) {
      form.form_error = t("Something went wrong with the form. Please try again.");
      return forgot_page(request, form, false, 400);
    }
    form.email = std::string(fields.get("email").value_or(""));
    const auto cookie_token = http::cookie(request, kFormCookie);
    if (!cookie_token || !same_token(*cookie_token, fields.get("csrf").value_or(""))) {
      form.form_error = t("This form had expired. Please try again.");
      return forgot_page(request, form, false, 403);
    }
    if (!core::is_email(form.email)) {
      form.email_error = t("Fill in an e-mail address, like naam@organisatie.be.");
      return forgot_page(request, form, false, 422);
    }
    if (!limiter_.allow(request.client_address)) {
      form.form_error = t("Too many attempts from this device. Wait 10 minutes and try again.");
      return forgot_page(request, form, false, 429);
    }
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    const auto now = std::chrono::system_clock::now();
    const std::string now_text = core::iso_utc(now);
    const auto user = accounts.find_user_by_email(form.email);
    if (user && *user && !(*user)->disabled) {
      const std::string code = new_token();
      if (accounts.create_token(code, (*user)->id, "password_reset", core::iso_utc(now + std::chrono::hours(1)),
                                now_text, "")) {
        PageRender page(request, "message.tpl");
        store::OutboxStore(*connection)
            .enqueue((*user)->email, page.t("A new password for the partner portal"),
                     tf(page,
                        "Hello,\n\nChoose a new password with this link. It works once, for one hour:\n\n{0}\n\n"
                        "Did you not ask for this? Then you can ignore this e-mail.",
                        absolute_url(request, "/wachtwoord-kiezen?code=" + code)),
                     "password_reset:" + (*user)->id + ":" + now_text, now_text);
      }
    }
    return forgot_page(request, form, true, 200);
  }

  http::Response sign_out(const http::Request& request, bool everywhere) const {
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    const auto who = any_session(request, accounts);  // also half-way through the second step
    if (!who) return redirect("/aanmelden");
    http::QueryParams fields;
    std::string error;
    if (!http::parse_form(request.body, fields, error) ||
        !same_token(who->session.csrf_token, fields.get("csrf").value_or(""))) {
      const Words t(request);
      return message(request, 403, t("This form had expired. Please try again."));
    }
    const std::string now = core::iso_utc(std::chrono::system_clock::now());
    if (everywhere) {
      accounts.delete_sessions_of(who->user.id, now, who->user.id);
    } else {
      accounts.delete_session(who->token);
      accounts.audit(store::AuditEntry{0, now, who->user.id, "sign_out", who->user.id, ""});
    }
    http::Response response = redirect("/");
    response.headers.emplace_back("Set-Cookie", cookie_header(kSessionCookie, "", request, 0));
    return response;
  }

 private:
  static http::Response choose_password_page(const http::Request& request, const std::string& code, bool valid,
                                             const std::string& form_error, const std::string& password_error,
                                             const std::string& repeat_error) {
    PageRender page(request, "choose_password.tpl");
    page.set_title(page.t("Choose your password"));
    auto& c = page.content();
    c.SetValue("HEADING", page.t("Choose your password"));
    if (!form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form_error);
    if (!valid) {
      if (form_error.empty()) {
        c.AddSectionDictionary("FORM_ERROR")
            ->SetValue("TEXT", page.t("This link is no longer valid: it was used already or it is too old. Ask "
                                      "your coordinator for a new invitation."));
      }
    } else {
      auto* form = c.AddSectionDictionary("FORM");
      form->SetValue("INTRO", page.t("Welcome. Choose a password to sign in to the partner portal from now on."));
      form->SetValue("CODE", code);
      form->SetValue("PASSWORD_LABEL", page.t("New password"));
      form->SetValue("PASSWORD_HINT", page.t("At least 10 characters. A short sentence is easy to remember."));
      form->SetValue("REPEAT_LABEL", page.t("The same password again"));
      form->SetValue("BUTTON", page.t("Save and sign in"));
      if (!password_error.empty()) form->AddSectionDictionary("PASSWORD_ERROR")->SetValue("TEXT", password_error);
      if (!repeat_error.empty()) form->AddSectionDictionary("REPEAT_ERROR")->SetValue("TEXT", repeat_error);
    }
    http::Response response = page.finish(valid ? 200 : 410);
    response.headers.emplace_back("Cache-Control", "no-store");
    response.headers.emplace_back("Referrer-Policy", "no-referrer");  // the link must not leak
    return response;
  }

  // The purpose and the person of a still-good link: an invitation or a password reset.
  static std::optional<std::pair<std::string, std::string>> link_holder(store::AccountStore& accounts,
                                                                        const std::string& code,
                                                                        const std::string& now) {
    for (const char* purpose : {"invitation", "password_reset"}) {
      const auto holder = accounts.token_holder(code, purpose, now);
      if (holder && *holder) return std::make_pair(std::string(purpose), **holder);
    }
    return std::nullopt;
  }

  static http::Response forgot_page(const http::Request& request, const SignInForm& form, bool sent, unsigned status) {
    PageRender page(request, "forgot_password.tpl");
    page.set_title(page.t("Forgot your password?"));
    auto& c = page.content();
    c.SetValue("HEADING", page.t("Forgot your password?"));
    c.SetValue("CSRF", form.csrf);
    if (sent) {
      c.AddSectionDictionary("SENT")->SetValue(
          "TEXT", page.t("If there is an account for this address, we sent it a link to choose a new password. "
                         "Look in your mailbox (and in your spam)."));
    } else {
      auto* f = c.AddSectionDictionary("FORM");
      f->SetValue("INTRO", page.t("Fill in your e-mail address. We send you a link to choose a new password."));
      f->SetValue("EMAIL_LABEL", page.t("E-mail address"));
      f->SetValue("EMAIL", form.email);
      f->SetValue("BUTTON", page.t("Send the link"));
      if (!form.email_error.empty()) f->AddSectionDictionary("EMAIL_ERROR")->SetValue("TEXT", form.email_error);
    }
    if (!form.form_error.empty()) c.AddSectionDictionary("FORM_ERROR")->SetValue("TEXT", form.form_error);
    c.SetValue("BACK_URL", link("/aanmelden", "", page.language().code));
    c.SetValue("BACK_LABEL", page.t("Sign in"));
    http::Response response = page.finish(status);
    response.headers.emplace_back("Set-Cookie", cookie_header(kFormCookie, form.csrf, request, 3600));
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
  }

  // A real Argon2id hash to check against when the e-mail address
  // is unknown, so that the answer does not come faster for addresses without an account.
  static const std::string& dummy_hash() {
    static const std::string hash = core::hash_password(new_token());
    return hash;
  }

  PortalOptions options_;
  AttemptLimiter limiter_;
};

}  // namespace

void add_portal_routes(http::Router& router, const PortalOptions& options) {
  auto portal = std::make_shared<Portal>(options);
  router.add("GET", "/aanmelden", [portal](http::Request& req) { return portal->show_sign_in(req); });
  router.add("POST", "/aanmelden", [portal](http::Request& req) { return portal->sign_in(req); });
  router.add("GET", "/portaal", [portal](http::Request& req) { return portal->home(req); });
  router.add("GET", "/wachtwoord-vergeten", [portal](http::Request& req) { return portal->forgot_password(req); });
  router.add("POST", "/wachtwoord-vergeten", [portal](http::Request& req) { return portal->forgot_password(req); });
  router.add("GET", "/wachtwoord-kiezen", [portal](http::Request& req) { return portal->show_choose_password(req); });
  router.add("POST", "/wachtwoord-kiezen", [portal](http::Request& req) { return portal->choose_password(req); });
  router.add("POST", "/afmelden", [portal](http::Request& req) { return portal->sign_out(req, false); });
  router.add("POST", "/afmelden/overal", [portal](http::Request& req) { return portal->sign_out(req, true); });
  portal::add_organization_routes(router, options);
  portal::add_network_routes(router, options);
  portal::add_offer_routes(router, options);
  portal::add_two_factor_routes(router, options);
  portal::add_coverage_routes(router, options);
  portal::add_admission_routes(router, options);
  portal::add_platform_routes(router, options);
  portal::add_session_routes(router, options);
}

}  // namespace hvhk::web

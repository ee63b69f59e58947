// The second step when signing in (TOTP, RFC 6238; docs/adr/012-two-factor.md): the code page
// after a right password (/aanmelden/code), and the page where a person turns the step on with
// an authenticator app (QR code or the secret typed in) or off again
// (/portaal/tweestapsverificatie). Coordinators and administrators must have it (unless the
// server runs with --two-factor-optional): after their password they reach only the set-up page
// until it is done. A session that waits for the code or the set-up is "pending": signed_in()
// refuses it, so no other portal page opens for it.
#include <spdlog/spdlog.h>

#include <chrono>

#include "core/timestamps.h"
#include "core/totp.h"
#include "web/portal_session.h"
#include "web/qr_code.h"

namespace hvhk::web::portal {
namespace {

constexpr std::string_view kIssuer = "HvhK";
constexpr std::string_view kSetupPath = "/portaal/tweestapsverificatie";

std::int64_t unix_seconds(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

// The step of a right, not yet used code of person, or nullopt.
std::optional<std::int64_t> matching_step(const store::User& person, std::string_view code,
                                          std::chrono::system_clock::time_point now) {
  const auto key = core::base32_decode(person.totp_secret);
  if (!key || key->empty()) return std::nullopt;
  return core::totp_match(*key, code, unix_seconds(now), person.totp_last_step);
}

// The code field of every form here: a label, a hint, the error next to it.
void code_field(PageRender& page, ctemplate::TemplateDictionary& form, const std::string& error) {
  form.SetValue("CODE_LABEL", page.t("Code from your app"));
  form.SetValue("CODE_HINT", page.t("6 digits. A new code appears every 30 seconds."));
  if (!error.empty()) form.AddSectionDictionary("CODE_ERROR")->SetValue("TEXT", error);
}

class TwoFactor {
 public:
  explicit TwoFactor(PortalOptions options) : options_(std::move(options)) {}

  // The code page after a right password.
  http::Response show_code(const http::Request& request) const {
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    const auto who = any_session(request, accounts);
    if (!who || who->session.second_factor_pending != "code") return redirect("/aanmelden");
    return code_page(request, *who, {}, 200);
  }

  http::Response check_code(const http::Request& request) const {
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    const auto who = any_session(request, accounts);
    if (!who || who->session.second_factor_pending != "code") return redirect("/aanmelden");
    const Words t(request);
    http::QueryParams fields;
    switch (read_form(request, *who, fields)) {
      case FormCheck::unreadable:
        return code_page(request, *who, t("Something went wrong with the form. Please try again."), 400);
      case FormCheck::expired:
        return message(request, 403, t("This form had expired. Please sign in again."));
      case FormCheck::ok:
        break;
    }
    const auto now = std::chrono::system_clock::now();
    const std::string now_text = core::iso_utc(now);
    const store::User& person = who->user;
    if (!person.locked_until.empty() && person.locked_until > now_text) return locked(request, accounts, *who);
    const std::string code(fields.get("code").value_or(""));
    if (code.empty()) return code_page(request, *who, t("Fill in the 6-digit code from your app."), 422);
    const auto step = matching_step(person, code, now);
    const auto taken = step ? accounts.accept_totp_step(person.id, *step, now_text) : core::Result<bool>(false);
    if (!taken) {
      spdlog::error("second step: {}", taken.error().message);
      return message(request, 500, t("Something went wrong on our side. Please try again later."));
    }
    if (!*taken) {
      // Wrong, too old, or used already: counts toward the lock-out like a wrong password.
      accounts.audit(store::AuditEntry{0, now_text, person.id, "second_factor_failed", person.id, ""});
      accounts.record_failed_sign_in(person.id, kLockAfterFailures,
                                     core::iso_utc(now + std::chrono::minutes(kLockMinutes)), now_text);
      const auto after = accounts.find_user(person.id);
      if (after && *after && !(*after)->locked_until.empty() && (*after)->locked_until > now_text) {
        return locked(request, accounts, *who);
      }
      return code_page(request, *who,
                       t("This code is not right. Look at your app and fill in the code it shows now. "
                         "Each code works only once."),
                       401);
    }
    accounts.record_sign_in(person.id, now_text);
    return signed_in_now(request, accounts, *who, now, "/portaal");
  }

  // Turning the second step on (or seeing that it is on, and turning it off).
  http::Response show_setup(const http::Request& request) const {
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    auto who = setup_session(request, accounts);
    if (!who) return not_here(request, accounts);
    std::string notice;
    const Words t(request);
    if (request.query.get("aan")) notice = t("The second step is on. From now on we ask a code after your password.");
    if (request.query.get("uit")) notice = t("The second step is off.");
    return setup_page(request, accounts, *who, notice, {}, 200);
  }

  http::Response turn_on(const http::Request& request) const {
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    const auto who = setup_session(request, accounts);
    if (!who) return not_here(request, accounts);
    const Words t(request);
    http::QueryParams fields;
    switch (read_form(request, *who, fields)) {
      case FormCheck::unreadable:
        return setup_page(request, accounts, *who, {}, t("Something went wrong with the form. Please try again."), 400);
      case FormCheck::expired:
        return message(request, 403, t("This form had expired. Please try again."));
      case FormCheck::ok:
        break;
    }
    if (who->user.totp_confirmed || who->user.totp_secret.empty()) return redirect(kSetupPath);
    const auto now = std::chrono::system_clock::now();
    const std::string code(fields.get("code").value_or(""));
    if (code.empty()) return setup_page(request, accounts, *who, {}, t("Fill in the 6-digit code from your app."), 422);
    const auto step = matching_step(who->user, code, now);
    if (!step) {
      return setup_page(request, accounts, *who, {},
                        t("This code is not right. Check that the app shows the code for HvhK, and fill in the "
                          "code it shows now."),
                        422);
    }
    const std::string now_text = core::iso_utc(now);
    if (!accounts.confirm_totp(who->user.id, *step, now_text)) {
      return setup_page(request, accounts, *who, {}, t("This code was used already. Wait for the next code."), 422);
    }
    if (who->session.second_factor_pending == "setup") {
      return signed_in_now(request, accounts, *who, now, std::string(kSetupPath) + "?aan=1");
    }
    return redirect(std::string(kSetupPath) + "?aan=1");
  }

  http::Response turn_off(const http::Request& request) const {
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    const auto who = signed_in(request, accounts);
    if (!who) return not_here(request, accounts);
    const Words t(request);
    http::QueryParams fields;
    switch (read_form(request, *who, fields)) {
      case FormCheck::unreadable:
        return setup_page(request, accounts, *who, {}, t("Something went wrong with the form. Please try again."), 400);
      case FormCheck::expired:
        return message(request, 403, t("This form had expired. Please try again."));
      case FormCheck::ok:
        break;
    }
    if (two_factor_required(options_, who->user)) {
      return message(request, 403, t("With your role, the second step is required: you cannot turn it off."));
    }
    if (!who->user.totp_confirmed) return redirect(kSetupPath);
    const auto now = std::chrono::system_clock::now();
    const std::string now_text = core::iso_utc(now);
    const std::string code(fields.get("code").value_or(""));
    if (code.empty()) return setup_page(request, accounts, *who, {}, t("Fill in the 6-digit code from your app."), 422);
    const auto step = matching_step(who->user, code, now);
    const auto taken = step ? accounts.accept_totp_step(who->user.id, *step, now_text) : core::Result<bool>(false);
    if (!taken || !*taken) {
      return setup_page(request, accounts, *who, {},
                        t("This code is not right. Look at your app and fill in the code it shows now. "
                          "Each code works only once."),
                        422);
    }
    if (!accounts.reset_two_factor(who->user.id, now_text, who->user.id, "turned off by the person")) {
      return message(request, 500, t("Something went wrong on our side. Please try again later."));
    }
    return redirect(std::string(kSetupPath) + "?uit=1");
  }

 private:
  // A session that may use the set-up page: signed in, or waiting for the set-up.
  static std::optional<SignedIn> setup_session(const http::Request& request, store::AccountStore& accounts) {
    auto who = any_session(request, accounts);
    if (!who || who->session.second_factor_pending == "code") return std::nullopt;
    return who;
  }

  // Not (yet) for this page: half-way through the code, to the code page; else sign in.
  static http::Response not_here(const http::Request& request, store::AccountStore& accounts) {
    const auto who = any_session(request, accounts);
    return redirect(who && who->session.second_factor_pending == "code" ? "/aanmelden/code" : "/aanmelden");
  }

  // The second step is done: the session counts as signed in for its full time.
  static http::Response signed_in_now(const http::Request& request, store::AccountStore& accounts, const SignedIn& who,
                                      std::chrono::system_clock::time_point now, const std::string& to) {
    if (!accounts.complete_second_factor(who.token, core::iso_utc(now + std::chrono::hours(kSessionHours)))) {
      const Words t(request);
      return message(request, 500, t("Something went wrong on our side. Please try again later."));
    }
    http::Response response = redirect(to);
    response.headers.emplace_back("Set-Cookie",
                                  cookie_header(kSessionCookie, who.token, request, long{kSessionHours} * 3600));
    return response;
  }

  // Locked after too many wrong codes: the waiting session ends too.
  static http::Response locked(const http::Request& request, store::AccountStore& accounts, const SignedIn& who) {
    accounts.delete_session(who.token);
    const Words t(request);
    http::Response response =
        message(request, 423, t("Too many wrong codes: this account is locked for 15 minutes. Try again later."));
    response.headers.emplace_back("Set-Cookie", cookie_header(kSessionCookie, "", request, 0));
    return response;
  }

  static http::Response code_page(const http::Request& request, const SignedIn& who, const std::string& error,
                                  unsigned status) {
    PageRender page(request, "two_factor_code.tpl");
    page.set_title(page.t("Fill in the code from your app"));
    auto& c = page.content();
    c.SetValue("HEADING", page.t("Fill in the code from your app"));
    c.SetValue("INTRO", page.t("Your password is right. Open the authenticator app on your phone and fill in the "
                               "code it shows for HvhK."));
    c.SetValue("CSRF", who.session.csrf_token);
    code_field(page, c, error);
    c.SetValue("BUTTON", page.t("Continue"));
    c.SetValue("LOST_PHONE",
               page.t("Lost your phone, or no app any more? Ask an administrator of the platform to reset your "
                      "second step."));
    c.SetValue("CANCEL", page.t("Cancel and sign out"));
    return finish_private(page, status);
  }

  http::Response setup_page(const http::Request& request, store::AccountStore& accounts, const SignedIn& who,
                            const std::string& notice, const std::string& error, unsigned status) const {
    PageRender page(request, "two_factor.tpl");
    page.set_title(page.t("Second step when signing in"));
    auto& c = page.content();
    c.SetValue("HEADING", page.t("Second step when signing in"));
    c.SetValue("CSRF", who.session.csrf_token);
    const bool pending = !who.session.second_factor_pending.empty();
    const bool required = two_factor_required(options_, who.user);
    if (!pending) {
      auto* back = c.AddSectionDictionary("BACK");
      back->SetValue("URL", "/portaal");
      back->SetValue("LABEL", page.t("Back to the partner portal"));
    }
    if (!notice.empty()) c.AddSectionDictionary("NOTICE")->SetValue("TEXT", notice);
    if (who.user.totp_confirmed) {
      auto* on = c.AddSectionDictionary("ON");
      on->SetValue("TEXT", page.t("The second step is on: after your password, we ask a code from the "
                                  "authenticator app on your phone."));
      if (required) {
        on->AddSectionDictionary("MUST_KEEP")
            ->SetValue("TEXT", page.t("With your role, the second step is required: you cannot turn it off. Lost "
                                      "your phone? Ask an administrator of the platform to reset it."));
      } else {
        auto* off = on->AddSectionDictionary("OFF_FORM");
        off->SetValue("OFF_HEADING", page.t("Turn off the second step"));
        off->SetValue("OFF_INTRO", page.t("To turn it off, fill in a code from your app."));
        off->SetValue("BUTTON", page.t("Turn off"));
        code_field(page, *off, error);
      }
      return finish_private(page, status);
    }
    // Not on yet: the secret to set up, made once and kept until it is confirmed (a reload
    // shows the same QR code as the one scanned already).
    std::string secret = who.user.totp_secret;
    if (secret.empty()) {
      secret = core::new_totp_secret();
      if (!accounts.set_totp_secret(who.user.id, secret, false, core::iso_utc(std::chrono::system_clock::now()),
                                    who.user.id)) {
        const Words t(request);
        return message(request, 500, t("Something went wrong on our side. Please try again later."));
      }
    }
    if (pending) {
      c.AddSectionDictionary("REQUIRED")
          ->SetValue("TEXT", page.t("With your role, the second step is required. Turn it on now to continue to "
                                    "the partner portal."));
    }
    auto* setup = c.AddSectionDictionary("SETUP");
    setup->SetValue("INTRO", page.t("With the second step, a stolen password is not enough to get into your "
                                    "account: after your password, we also ask a code from an app on your phone."));
    setup->SetValue("STEP_APP", page.t("Install an authenticator app on your phone, for example Microsoft "
                                       "Authenticator, Google Authenticator or FreeOTP."));
    setup->SetValue("STEP_SCAN", page.t("In the app, add an account and scan this QR code."));
    std::string svg = qr_code_svg(core::otpauth_uri(kIssuer, who.user.email, secret),
                                  page.t("QR code to add your account to the authenticator app"));
    // A fixed size: the stylesheet has no rule for it and inline styles are not allowed (CSP).
    if (svg.starts_with("<svg ")) svg.insert(5, "width=\"200\" height=\"200\" ");
    setup->SetValue("QR_SVG", svg);
    setup->SetValue("TYPE_INSTEAD", page.t("Cannot scan? Type this key in the app instead (time-based):"));
    setup->SetValue("SECRET", core::group_by_four(secret));
    setup->SetValue("STEP_CODE", page.t("Fill in the 6-digit code that the app now shows, to check that it works."));
    setup->SetValue("BUTTON", page.t("Turn on"));
    code_field(page, *setup, error);
    if (pending) {
      c.AddSectionDictionary("SIGN_OUT")->SetValue("LABEL", page.t("Sign out"));
    }
    return finish_private(page, status);
  }

  PortalOptions options_;
};

}  // namespace

bool two_factor_required(const PortalOptions& options, const store::User& person) {
  if (!options.two_factor_required) return false;
  for (const core::Membership& m : person.memberships) {
    if (m.role == core::Role::coordinator || m.role == core::Role::administrator) return true;
  }
  return false;
}

http::Response start_session(const PortalOptions& options, const http::Request& request, store::AccountStore& accounts,
                             const store::User& person) {
  const auto now = std::chrono::system_clock::now();
  std::string pending;
  if (person.totp_confirmed) {
    pending = "code";
  } else if (two_factor_required(options, person)) {
    pending = "setup";
  }
  const auto lifetime =
      pending.empty() ? std::chrono::minutes(kSessionHours * 60) : std::chrono::minutes(kPendingSessionMinutes);
  const std::string token = new_token();
  const store::Session session{person.id, new_token(), core::iso_utc(now + lifetime), pending};
  if (!accounts.create_session(token, session, core::iso_utc(now))) {
    const Words t(request);
    return message(request, 500, t("Something went wrong on our side. Please try again later."));
  }
  http::Response response = redirect(pending == "code"    ? "/aanmelden/code"
                                     : pending == "setup" ? std::string(kSetupPath)
                                                          : "/portaal");
  response.headers.emplace_back(
      "Set-Cookie",
      cookie_header(kSessionCookie, token, request,
                    static_cast<long>(std::chrono::duration_cast<std::chrono::seconds>(lifetime).count())));
  return response;
}

void add_two_factor_routes(http::Router& router, const PortalOptions& options) {
  auto pages = std::make_shared<TwoFactor>(options);
  router.add("GET", "/aanmelden/code", [pages](http::Request& req) { return pages->show_code(req); });
  router.add("POST", "/aanmelden/code", [pages](http::Request& req) { return pages->check_code(req); });
  router.add("GET", std::string(kSetupPath), [pages](http::Request& req) { return pages->show_setup(req); });
  router.add("POST", std::string(kSetupPath), [pages](http::Request& req) { return pages->turn_on(req); });
  router.add("POST", std::string(kSetupPath) + "/uit", [pages](http::Request& req) { return pages->turn_off(req); });
}

}  // namespace hvhk::web::portal

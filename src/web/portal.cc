#include "web/portal.h"

#include <fmt/format.h>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <ctime>
#include <mutex>
#include <unordered_map>
#include <variant>

#include "core/passwords.h"
#include "core/roles.h"
#include "core/timestamps.h"
#include "core/validation.h"
#include "core/vocabulary.h"
#include "http/form.h"
#include "search/catalogue_index.h"
#include "search/synonyms.h"
#include "store/account_store.h"
#include "store/outbox_store.h"
#include "store/synonym_store.h"
#include "web/offer_text.h"
#include "web/page.h"

namespace hvhk::web {
namespace {

constexpr std::string_view kSessionCookie = "hvhk_session";
constexpr std::string_view kFormCookie = "hvhk_form";  // CSRF token of forms shown before signing in
constexpr int kSessionHours = 12;
constexpr int kLockAfterFailures = 5;
constexpr int kLockMinutes = 15;
constexpr int kInvitationDays = 7;
// Sign-in attempts per client address and window, whatever the e-mail addresses tried.
constexpr int kAttemptsPerWindow = 20;
constexpr auto kAttemptWindow = std::chrono::minutes(10);

// A portal page: personal, so never kept by a browser or a proxy.
http::Response finish_private(PageRender& page, unsigned status = 200) {
  http::Response response = page.finish(status);
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

std::string new_token() {
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  std::array<char, 65> hex{};
  sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
  return std::string(hex.data(), 64);
}

bool same_token(std::string_view a, std::string_view b) {
  return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string cookie_header(std::string_view name, std::string_view value, const http::Request& request, long max_age_s) {
  return fmt::format("{}={}; Path=/; Max-Age={}; HttpOnly; SameSite=Lax{}", name, value, max_age_s,
                     request.secure ? "; Secure" : "");
}

http::Response redirect(std::string_view location) {
  http::Response response = http::Response::text(303, "");
  response.headers.emplace_back("Location", std::string(location));
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

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

struct SignedIn {
  store::Session session;
  store::User user;
  std::string token;
};

std::optional<SignedIn> signed_in(const http::Request& request, store::AccountStore& accounts) {
  const auto token = http::cookie(request, kSessionCookie);
  if (!token || token->size() != 64) return std::nullopt;
  const auto now = core::iso_utc(std::chrono::system_clock::now());
  auto session = accounts.find_session(std::string(*token), now);
  if (!session || !*session) return std::nullopt;
  auto user = accounts.find_user((*session)->user_id);
  if (!user || !*user || (*user)->disabled) return std::nullopt;
  return SignedIn{**session, **user, std::string(*token)};
}

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
    if (signed_in(request, accounts)) return redirect("/portaal");
    SignInForm form;
    form.csrf = form_token(request);
    return sign_in_page(request, form, 200);
  }

  http::Response sign_in(const http::Request& request) {
    http::QueryParams fields;
    std::string error;
    SignInForm form;
    form.csrf = form_token(request);
    const Catalog& words = catalog(choose_language(request).language->code);
    const auto t = [&words](std::string_view msgid) { return std::string(words.text(msgid)); };
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
    accounts.record_sign_in(person.id, now_text);
    const std::string token = new_token();
    const store::Session session{person.id, new_token(), core::iso_utc(now + std::chrono::hours(kSessionHours))};
    if (!accounts.create_session(token, session, now_text)) {
      form.form_error = t("Something went wrong on our side. Please try again later.");
      return sign_in_page(request, form, 500);
    }
    http::Response response = redirect("/portaal");
    response.headers.emplace_back("Set-Cookie",
                                  cookie_header(kSessionCookie, token, request, long{kSessionHours} * 3600));
    response.headers.emplace_back("Set-Cookie", cookie_header(kFormCookie, "", request, 0));
    return response;
  }

  http::Response home(const http::Request& request) const {
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    const auto who = signed_in(request, accounts);
    if (!who || !core::allowed(who->user.memberships, core::Action::view_portal, {})) {
      if (who) {
        const Catalog& words = catalog(choose_language(request).language->code);
        const auto t = [&words](std::string_view msgid) { return std::string(words.text(msgid)); };
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
      if (m.scope_id.empty()) continue;
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
    const Catalog& words = catalog(choose_language(request).language->code);
    const auto t = [&words](std::string_view msgid) { return std::string(words.text(msgid)); };
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
    if (link->first == "password_reset") {
      // A new password ends every old session and any lock-out.
      accounts.delete_sessions_of(**user_id, now_text, **user_id);
      accounts.record_sign_in(**user_id, now_text);
    }
    const std::string token = new_token();
    accounts.create_session(
        token, store::Session{**user_id, new_token(), core::iso_utc(now + std::chrono::hours(kSessionHours))},
        now_text);
    http::Response response = redirect("/portaal");
    response.headers.emplace_back("Set-Cookie",
                                  cookie_header(kSessionCookie, token, request, long{kSessionHours} * 3600));
    return response;
  }

  // "Forgot your password?": the same answer whether or not there is an account, and a link
  // (valid one hour) by e-mail when there is.
  http::Response forgot_password(const http::Request& request) {
    SignInForm form;
    form.csrf = form_token(request);
    if (request.method != "POST") return forgot_page(request, form, false, 200);
    const Catalog& words = catalog(choose_language(request).language->code);
    const auto t = [&words](std::string_view msgid) { return std::string(words.text(msgid)); };
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

  enum class Subject { organization, network };
  // What a portal page about one organisation or network starts from: a signed-in person who
  // may do the action on the organisation or network named in the path.
  struct Guarded {
    std::unique_ptr<store::Connection> connection;
    SignedIn who;
    std::shared_ptr<const search::CatalogueIndex> index;
    const core::Organization* org = nullptr;
    const core::Network* net = nullptr;
  };

  // The page's subject and person, or the answer instead: sign in first, 404 or 403. Every
  // portal page about an organisation or a network asks here, so the check is never skipped.
  std::variant<Guarded, http::Response> about(const http::Request& request, core::Action action,
                                              Subject subject) const {
    Guarded g{store::open_connection(options_.db_url), {}, options_.index(), nullptr, nullptr};
    store::AccountStore accounts(*g.connection);
    auto who = signed_in(request, accounts);
    if (!who) return redirect("/aanmelden");
    g.who = std::move(*who);
    const auto id = request.path_params.find("id");
    const std::string_view wanted = id == request.path_params.end() ? std::string_view() : id->second;
    core::Target target;
    if (subject == Subject::organization) {
      g.org = g.index->organization(wanted);
      if (g.org != nullptr) target = target_of(*g.index, *g.org);
    } else {
      g.net = find_network(*g.index, wanted);
      if (g.net != nullptr) target = core::Target{"", {g.net->id}, g.net->municipality_nis_codes};
    }
    if (g.org == nullptr && g.net == nullptr) return refused(request, 404);
    if (!core::allowed(g.who.user.memberships, action, target)) return refused(request, 403);
    return g;
  }

  // An organisation as its partner admins and staff (and its network's coordinators) see it.
  http::Response organization(const http::Request& request) const {
    auto guarded = about(request, core::Action::view_organization, Subject::organization);
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
    auto guarded = about(request, core::Action::manage_staff, Subject::organization);
    if (auto* refusal = std::get_if<http::Response>(&guarded)) return std::move(*refusal);
    auto& [connection, who, index, org, net] = std::get<Guarded>(guarded);
    store::AccountStore accounts(*connection);
    if (request.method != "POST") return invite_page(request, *org, who.session.csrf_token, InviteForm{}, 200);

    const Catalog& words = catalog(choose_language(request).language->code);
    const auto t = [&words](std::string_view msgid) { return std::string(words.text(msgid)); };
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

  // A coordinator's own search words for their Huis van het Kind (see search/synonyms.h): kept
  // only when every line is right; otherwise each wrong line is named and the text stays.
  http::Response synonyms(const http::Request& request) const {
    auto guarded = about(request, core::Action::manage_network, Subject::network);
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
    const Catalog& words = catalog(choose_language(request).language->code);
    const auto t = [&words](std::string_view msgid) { return std::string(words.text(msgid)); };
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

  // A Huis van het Kind as its coordinators and the viewers who oversee it see it.
  http::Response network(const http::Request& request) const {
    auto guarded = about(request, core::Action::view_network, Subject::network);
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
    if (core::allowed(who.user.memberships, core::Action::manage_network, target)) {
      auto* manage = c.AddSectionDictionary("MANAGE");
      manage->SetValue("URL", link("/portaal/huis/" + net->id + "/zoekwoorden", "", page.language().code));
      manage->SetValue("LABEL", page.t("Search words of your Huis van het Kind"));
    }
    c.SetValue("PARTNERS_HEADING", page.t("Partners"));
    c.SetValue("PARTNER_COLUMN", page.t("Partner"));
    c.SetValue("TYPE_COLUMN", page.t("Kind of partner"));
    c.SetValue("OFFERS_COLUMN", page.t("Offers"));
    for (const std::uint32_t i : partners) {
      const core::Organization& partner = index->catalogue().organizations[i];
      auto* row = c.AddSectionDictionary("PARTNER");
      row->SetValue("NAME", partner.name);
      const core::Term* type = core::partner_types().find(partner.partner_type);
      row->SetValue("TYPE", type != nullptr ? page.t(type->label_nl) : "");
      row->SetValue("OFFERS", std::to_string(index->services_of(partner.id).size()));
      if (core::allowed(who.user.memberships, core::Action::view_organization, target_of(*index, partner))) {
        row->AddSectionDictionary("LINK")->SetValue("URL", "/portaal/organisatie/" + partner.id);
      } else {
        row->ShowSection("PLAIN");
      }
    }
    return finish_private(page);
  }

  http::Response sign_out(const http::Request& request, bool everywhere) const {
    auto connection = store::open_connection(options_.db_url);
    store::AccountStore accounts(*connection);
    const auto who = signed_in(request, accounts);
    if (!who) return redirect("/aanmelden");
    http::QueryParams fields;
    std::string error;
    if (!http::parse_form(request.body, fields, error) ||
        !same_token(who->session.csrf_token, fields.get("csrf").value_or(""))) {
      const Catalog& words = catalog(choose_language(request).language->code);
      const auto t = [&words](std::string_view msgid) { return std::string(words.text(msgid)); };
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
  static http::Response message(const http::Request& request, unsigned status, std::string_view text) {
    PageRender page(request, "message.tpl");
    page.set_title(page.t("Partner portal"));
    auto& c = page.content();
    c.SetValue("HEADING", page.t("Partner portal"));
    c.SetValue("TEXT", std::string(text));
    c.SetValue("BACK_URL", link("/aanmelden", "", page.language().code));
    c.SetValue("BACK_LABEL", page.t("Sign in"));
    return finish_private(page, status);
  }

  static const core::Network* find_network(const search::CatalogueIndex& index, std::string_view id) {
    for (const core::Network& n : index.catalogue().networks) {
      if (n.id == id) return &n;
    }
    return nullptr;
  }

  // What a permission check on an organisation is about: it, its networks and their municipalities.
  static core::Target target_of(const search::CatalogueIndex& index, const core::Organization& org) {
    core::Target target{org.id, org.network_ids, {}};
    for (const std::string& network_id : org.network_ids) {
      if (const core::Network* n = find_network(index, network_id)) {
        target.municipality_nis.insert(target.municipality_nis.end(), n->municipality_nis_codes.begin(),
                                       n->municipality_nis_codes.end());
      }
    }
    return target;
  }

  // Not found (404) or not allowed (403), with one plain message for both. Which ids exist is
  // no secret (the open data lists every organisation); what they hold in the portal is.
  static http::Response refused(const http::Request& request, unsigned status) {
    const Catalog& words = catalog(choose_language(request).language->code);
    const auto t = [&words](std::string_view msgid) { return std::string(words.text(msgid)); };
    return message(request, status == 404 ? 404 : 403,
                   t("This page does not exist, or you may not see it with your roles."));
  }

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

  // A real Argon2id hash to check against  // A real Argon2id hash to check against  // A real Argon2id hash to check
  // against  // A real Argon2id hash to check against  // A real Argon2id hash to check against when the e-mail address
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
  router.add("GET", "/portaal/organisatie/{id}", [portal](http::Request& req) { return portal->organization(req); });
  router.add("GET", "/portaal/organisatie/{id}/uitnodigen",
             [portal](http::Request& req) { return portal->invite(req); });
  router.add("POST", "/portaal/organisatie/{id}/uitnodigen",
             [portal](http::Request& req) { return portal->invite(req); });
  router.add("GET", "/portaal/huis/{id}/zoekwoorden", [portal](http::Request& req) { return portal->synonyms(req); });
  router.add("POST", "/portaal/huis/{id}/zoekwoorden", [portal](http::Request& req) { return portal->synonyms(req); });
  router.add("GET", "/portaal/huis/{id}", [portal](http::Request& req) { return portal->network(req); });
  router.add("GET", "/wachtwoord-vergeten", [portal](http::Request& req) { return portal->forgot_password(req); });
  router.add("POST", "/wachtwoord-vergeten", [portal](http::Request& req) { return portal->forgot_password(req); });
  router.add("GET", "/wachtwoord-kiezen", [portal](http::Request& req) { return portal->show_choose_password(req); });
  router.add("POST", "/wachtwoord-kiezen", [portal](http::Request& req) { return portal->choose_password(req); });
  router.add("POST", "/afmelden", [portal](http::Request& req) { return portal->sign_out(req, false); });
  router.add("POST", "/afmelden/overal", [portal](http::Request& req) { return portal->sign_out(req, true); });
}

}  // namespace hvhk::web

#include "web/portal_session.h"

#include <fmt/format.h>
#include <sodium.h>

#include <array>
#include <chrono>

#include "core/timestamps.h"

namespace hvhk::web::portal {

std::optional<SignedIn> any_session(const http::Request& request, store::AccountStore& accounts) {
  const auto token = http::cookie(request, kSessionCookie);
  if (!token || token->size() != 64) return std::nullopt;
  const auto now = core::iso_utc(std::chrono::system_clock::now());
  auto session = accounts.find_session(std::string(*token), now);
  if (!session || !*session) return std::nullopt;
  auto user = accounts.find_user((*session)->user_id);
  if (!user || !*user || (*user)->disabled) return std::nullopt;
  return SignedIn{**session, **user, std::string(*token)};
}

std::optional<SignedIn> signed_in(const http::Request& request, store::AccountStore& accounts) {
  auto who = any_session(request, accounts);
  if (!who || !who->session.second_factor_pending.empty()) return std::nullopt;
  return who;
}

http::Response finish_private(PageRender& page, unsigned status) {
  http::Response response = page.finish(status);
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

http::Response redirect(std::string_view location) {
  http::Response response = http::Response::text(303, "");
  response.headers.emplace_back("Location", std::string(location));
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

http::Response message(const http::Request& request, unsigned status, std::string_view text) {
  PageRender page(request, "message.tpl");
  page.set_title(page.t("Partner portal"));
  auto& c = page.content();
  c.SetValue("HEADING", page.t("Partner portal"));
  c.SetValue("TEXT", std::string(text));
  c.SetValue("BACK_URL", link("/aanmelden", "", page.language().code));
  c.SetValue("BACK_LABEL", page.t("Sign in"));
  return finish_private(page, status);
}

// Which ids exist is no secret (the open data lists every organisation); what they hold in the
// portal is, hence one message for both.
http::Response refused(const http::Request& request, unsigned status) {
  const Words t(request);
  return message(request, status == 404 ? 404 : 403,
                 t("This page does not exist, or you may not see it with your roles."));
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

Words::Words(const http::Request& request) : catalog_(catalog(choose_language(request).language->code)) {}

FormCheck read_form(const http::Request& request, const SignedIn& who, http::QueryParams& fields) {
  std::string error;
  if (!http::parse_form(request.body, fields, error)) return FormCheck::unreadable;
  if (!same_token(who.session.csrf_token, fields.get("csrf").value_or(""))) return FormCheck::expired;
  return FormCheck::ok;
}

const core::Network* find_network(const search::CatalogueIndex& index, std::string_view id) {
  for (const core::Network& n : index.catalogue().networks) {
    if (n.id == id) return &n;
  }
  return nullptr;
}

core::Target target_of(const search::CatalogueIndex& index, const core::Organization& org) {
  core::Target target{org.id, org.network_ids, {}};
  for (const std::string& network_id : org.network_ids) {
    if (const core::Network* n = find_network(index, network_id)) {
      target.municipality_nis.insert(target.municipality_nis.end(), n->municipality_nis_codes.begin(),
                                     n->municipality_nis_codes.end());
    }
  }
  return target;
}

core::Target target_of(const core::Network& network) {
  return core::Target{"", {network.id}, network.municipality_nis_codes};
}

std::variant<Guarded, http::Response> about(const PortalOptions& options, const http::Request& request,
                                            core::Action action, Subject subject) {
  Guarded g{store::open_connection(options.db_url), {}, options.index(), nullptr, nullptr};
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
    if (g.net != nullptr) target = target_of(*g.net);
  }
  if (g.org == nullptr && g.net == nullptr) return refused(request, 404);
  if (!core::allowed(g.who.user.memberships, action, target)) return refused(request, 403);
  return g;
}

}  // namespace hvhk::web::portal

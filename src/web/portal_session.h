// What every page of the partner portal stands on: who is signed in (the session cookie), CSRF
// checks on forms, the guard for pages about one organisation or network (signed in, exists,
// allowed — one place, so the check is never skipped), and private (no-store) answers. Each
// page group (portal_*.cc) registers its routes through the add_*_routes functions below.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/catalogue.h"
#include "core/roles.h"
#include "http/form.h"
#include "http/router.h"
#include "search/catalogue_index.h"
#include "store/account_store.h"
#include "store/connection.h"
#include "web/page.h"
#include "web/portal.h"

namespace hvhk::web::portal {

inline constexpr std::string_view kSessionCookie = "hvhk_session";
inline constexpr std::string_view kFormCookie = "hvhk_form";  // CSRF token of forms shown before signing in

inline constexpr int kSessionHours = 12;
inline constexpr int kPendingSessionMinutes = 10;  // waiting for the second step's code or its set-up
inline constexpr int kLockAfterFailures = 5;       // wrong passwords or codes in a row
inline constexpr int kLockMinutes = 15;

struct SignedIn {
  store::Session session;
  store::User user;
  std::string token;  // the cookie's value (only its hash is stored)
};

// The person behind the request's session cookie, if the session is valid, the account enabled
// and the second step (when asked) done.
std::optional<SignedIn> signed_in(const http::Request& request, store::AccountStore& accounts);
// The same, but also a session that still waits for the second step (session.second_factor_pending
// says for what): only for the pages of the second step and for signing out.
std::optional<SignedIn> any_session(const http::Request& request, store::AccountStore& accounts);

// Whether person must use the second step: a coordinator or an administrator, unless the server
// runs with the second step optional.
bool two_factor_required(const PortalOptions& options, const store::User& person);
// After a right password (or a link from an e-mail): a new session and the way on — to the code
// page when the person has the second step on, to its set-up when they must have it and do not
// yet, else to the portal. A 500 page when the session cannot be stored.
http::Response start_session(const PortalOptions& options, const http::Request& request, store::AccountStore& accounts,
                             const store::User& person);

// A portal page: personal, so never kept by a browser or a proxy.
http::Response finish_private(PageRender& page, unsigned status = 200);
// 303 See Other to location, not cached.
http::Response redirect(std::string_view location);
// A plain portal page with one message and a link to the sign-in page.
http::Response message(const http::Request& request, unsigned status, std::string_view text);
// Not found (404) or not allowed (403), with one plain message for both.
http::Response refused(const http::Request& request, unsigned status);

// 32 random bytes as 64 hex characters (session tokens, CSRF tokens, link codes).
std::string new_token();
// Constant-time comparison of two tokens; false when either is empty.
bool same_token(std::string_view a, std::string_view b);
std::string cookie_header(std::string_view name, std::string_view value, const http::Request& request, long max_age_s);

// The page's language's translation of msgid, for texts made before a PageRender exists.
class Words {
 public:
  explicit Words(const http::Request& request);
  std::string operator()(std::string_view msgid) const { return std::string(catalog_.text(msgid)); }

 private:
  const Catalog& catalog_;
};

// A posted form, read and checked against the session's CSRF token.
enum class FormCheck { ok, unreadable, expired };
FormCheck read_form(const http::Request& request, const SignedIn& who, http::QueryParams& fields);

const core::Network* find_network(const search::CatalogueIndex& index, std::string_view id);
// What a permission check on an organisation is about: it, its networks and their municipalities.
core::Target target_of(const search::CatalogueIndex& index, const core::Organization& org);
core::Target target_of(const core::Network& network);

enum class Subject { organization, network };

// What a portal page about one organisation or network starts from: a signed-in person who may
// do the action on the organisation or network named by the path parameter {id}.
struct Guarded {
  std::unique_ptr<store::Connection> connection;
  SignedIn who;
  std::shared_ptr<const search::CatalogueIndex> index;
  const core::Organization* org = nullptr;
  const core::Network* net = nullptr;
};

// The page's subject and person, or the answer instead: sign in first (303), 404 or 403.
std::variant<Guarded, http::Response> about(const PortalOptions& options, const http::Request& request,
                                            core::Action action, Subject subject);

// The page groups; add_portal_routes (portal.cc) calls each.
void add_organization_routes(http::Router& router, const PortalOptions& options);
void add_network_routes(http::Router& router, const PortalOptions& options);
void add_offer_routes(http::Router& router, const PortalOptions& options);
void add_two_factor_routes(http::Router& router, const PortalOptions& options);
void add_coverage_routes(http::Router& router, const PortalOptions& options);
void add_admission_routes(http::Router& router, const PortalOptions& options);
void add_platform_routes(http::Router& router, const PortalOptions& options);
void add_session_routes(http::Router& router, const PortalOptions& options);

}  // namespace hvhk::web::portal

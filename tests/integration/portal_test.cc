// The portal's front door on both real engines, in-process: signing in with the form's CSRF
// token, wrong passwords and the lock-out, the session cookie, the portal page with the roles,
// signing out here and everywhere, and malformed or forged requests.
#include "web/portal.h"

#include <gtest/gtest.h>

#include <regex>

#include "app/demo_network.h"
#include "core/passwords.h"
#include "search/catalogue_index.h"
#include "store/account_store.h"
#include "store/catalogue_store.h"
#include "store/outbox_store.h"
#include "store/synonym_store.h"
#include "test_databases.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

constexpr const char* kPassword = "Zele-coordinator-2026";

class PortalTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    if (::hvhk::testing::skip_unavailable(GetParam())) GTEST_SKIP() << "no PostgreSQL (HVHK_TEST_PG_URL)";
    db_ = std::make_unique<TestDatabase>(GetParam());
    connection_ = db_->migrated();
    const core::Catalogue demo = app::demo_network();
    ASSERT_TRUE(store::CatalogueStore(*connection_).save(demo));
    network_ = demo.networks.front().id;
    index_ = std::make_shared<const search::CatalogueIndex>(demo);
    store::AccountStore accounts(*connection_);
    auto user = accounts.create_user("an@zele.example", "An Peeters", core::hash_password(kPassword),
                                     "2026-11-23T08:00:00Z", "");
    ASSERT_TRUE(user);
    user_id_ = user->id;
    ASSERT_TRUE(accounts.add_membership(user_id_, {core::Role::coordinator, network_}, "2026-11-23T08:00:00Z", ""));
    // The password step alone: the second step (required of coordinators) is in two_factor_test.cc.
    web::add_portal_routes(router_, web::PortalOptions{db_->url(), [this] { return index_; }, false});
  }

  http::Response send(const std::string& method, const std::string& path, const std::string& body = "",
                      const std::string& cookies = "", const std::string& client = "192.0.2.1") {
    http::Request req;
    req.method = method;
    req.path = path;
    req.body = body;
    req.client_address = client;
    if (!cookies.empty()) req.headers.emplace("cookie", cookies);
    return router_.dispatch(req);
  }

  static std::string set_cookie(const http::Response& r, const std::string& name) {
    for (const auto& [header, value] : r.headers) {
      if (header == "Set-Cookie" && value.starts_with(name + "=")) {
        return value.substr(name.size() + 1, value.find(';') - name.size() - 1);
      }
    }
    return "";
  }

  static std::string csrf_field(const http::Response& r) {
    std::smatch m;
    static const std::regex field(R"re(name="csrf" value="([0-9a-f]+)")re");
    return std::regex_search(r.body, m, field) ? m[1].str() : "";
  }

  // Signs in; returns the session cookie ("" when refused).
  std::string sign_in(const std::string& password, unsigned expected_status = 303) {
    const http::Response form = send("GET", "/aanmelden");
    const std::string form_cookie = set_cookie(form, "hvhk_form");
    const http::Response r =
        send("POST", "/aanmelden", "email=AN%40zele.example&password=" + password + "&csrf=" + csrf_field(form),
             "hvhk_form=" + form_cookie);
    EXPECT_EQ(r.status, expected_status) << r.body.substr(0, 300);
    return set_cookie(r, "hvhk_session");
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
  std::shared_ptr<const search::CatalogueIndex> index_;
  http::Router router_;
  std::string network_;
  std::string user_id_;
};

TEST_P(PortalTest, SignInShowsThePortalWithTheRoles) {
  EXPECT_EQ(send("GET", "/portaal").status, 303U);  // not signed in: to the sign-in page
  const std::string session = sign_in(kPassword);
  ASSERT_EQ(session.size(), 64U);
  const http::Response portal = send("GET", "/portaal", "", "hvhk_session=" + session);
  EXPECT_EQ(portal.status, 200U);
  EXPECT_NE(portal.body.find("Huis van het Kind Scheldeboog (fictief)"), std::string::npos);
  EXPECT_NE(portal.body.find("An Peeters"), std::string::npos);
  // The stored session is a hash of the cookie, not the cookie.
  const auto rows = connection_->query("SELECT token_hash FROM sessions");
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_NE(rows.text(0, 0), session);
  // Signed in already: the sign-in page sends you on.
  EXPECT_EQ(send("GET", "/aanmelden", "", "hvhk_session=" + session).status, 303U);
}

TEST_P(PortalTest, WrongPasswordKeepsTheEmailAndSaysWhatIsWrong) {
  const http::Response form = send("GET", "/aanmelden");
  const http::Response r = send("POST", "/aanmelden", "email=an%40zele.example&password=nope&csrf=" + csrf_field(form),
                                "hvhk_form=" + set_cookie(form, "hvhk_form"));
  EXPECT_EQ(r.status, 401U);
  EXPECT_NE(r.body.find("value=\"an@zele.example\""), std::string::npos);
  EXPECT_NE(r.body.find("error-summary"), std::string::npos);
  EXPECT_TRUE(set_cookie(r, "hvhk_session").empty());
  // Empty fields: a message next to each field.
  const http::Response empty = send("POST", "/aanmelden", "email=&password=&csrf=" + csrf_field(form),
                                    "hvhk_form=" + set_cookie(form, "hvhk_form"));
  EXPECT_EQ(empty.status, 422U);
  EXPECT_NE(empty.body.find("id=\"email-error\""), std::string::npos);
  EXPECT_NE(empty.body.find("id=\"password-error\""), std::string::npos);
}

TEST_P(PortalTest, FiveWrongPasswordsLockTheAccount) {
  for (int i = 0; i < 5; ++i) sign_in("wrong-" + std::to_string(i), 401);
  EXPECT_TRUE(sign_in(kPassword, 423).empty());  // even the right password, for now
  const auto log = store::AccountStore(*connection_).audit_log(20);
  ASSERT_TRUE(log);
  bool locked = false;
  for (const store::AuditEntry& e : *log) locked = locked || e.action == "account_locked";
  EXPECT_TRUE(locked);
}

TEST_P(PortalTest, FormsWithoutTheirTokenAreRefused) {
  const http::Response form = send("GET", "/aanmelden");
  // No token, a wrong token, a token without its cookie: nothing happens.
  EXPECT_EQ(send("POST", "/aanmelden", std::string("email=an%40zele.example&password=") + kPassword,
                 "hvhk_form=" + set_cookie(form, "hvhk_form"))
                .status,
            403U);
  EXPECT_EQ(send("POST", "/aanmelden",
                 std::string("email=an%40zele.example&password=") + kPassword + "&csrf=" + std::string(64, 'a'),
                 "hvhk_form=" + set_cookie(form, "hvhk_form"))
                .status,
            403U);
  EXPECT_EQ(send("POST", "/aanmelden",
                 std::string("email=an%40zele.example&password=") + kPassword + "&csrf=" + csrf_field(form))
                .status,
            403U);
  EXPECT_EQ(send("POST", "/aanmelden", "email=%zz&password=%", "hvhk_form=" + set_cookie(form, "hvhk_form")).status,
            400U);
  const std::string session = sign_in(kPassword);
  EXPECT_EQ(send("POST", "/afmelden", "csrf=" + std::string(64, 'b'), "hvhk_session=" + session).status, 403U);
  EXPECT_EQ(send("GET", "/portaal", "", "hvhk_session=" + session).status, 200U);  // still signed in
}

TEST_P(PortalTest, SignOutHereAndEverywhere) {
  const std::string first = sign_in(kPassword);
  const std::string second = sign_in(kPassword);
  const http::Response portal = send("GET", "/portaal", "", "hvhk_session=" + first);
  const http::Response out = send("POST", "/afmelden", "csrf=" + csrf_field(portal), "hvhk_session=" + first);
  EXPECT_EQ(out.status, 303U);
  EXPECT_EQ(send("GET", "/portaal", "", "hvhk_session=" + first).status, 303U);
  EXPECT_EQ(send("GET", "/portaal", "", "hvhk_session=" + second).status, 200U);

  const std::string third = sign_in(kPassword);
  const http::Response page = send("GET", "/portaal", "", "hvhk_session=" + third);
  EXPECT_EQ(send("POST", "/afmelden/overal", "csrf=" + csrf_field(page), "hvhk_session=" + third).status, 303U);
  EXPECT_EQ(send("GET", "/portaal", "", "hvhk_session=" + second).status, 303U);
  EXPECT_EQ(send("GET", "/portaal", "", "hvhk_session=" + third).status, 303U);
}

TEST_P(PortalTest, ManyAttemptsFromOneAddressAreSlowedDown) {
  const http::Response form = send("GET", "/aanmelden");
  const std::string body = "email=nobody%40x.example&password=whatever-123&csrf=" + csrf_field(form);
  const std::string cookie = "hvhk_form=" + set_cookie(form, "hvhk_form");
  unsigned last = 0;
  for (int i = 0; i < 21; ++i) last = send("POST", "/aanmelden", body, cookie, "198.51.100.7").status;
  EXPECT_EQ(last, 429U);
  // Another address is not affected.
  EXPECT_EQ(send("POST", "/aanmelden", body, cookie, "198.51.100.8").status, 401U);
}

TEST_P(PortalTest, AnInvitationLinkChoosesAPasswordOnce) {
  store::AccountStore accounts(*connection_);
  auto invited = accounts.create_user("nieuw@partner.example", "Nieuw", "", "2026-11-23T08:00:00Z", user_id_);
  ASSERT_TRUE(invited);
  const std::string code(64, 'c');
  ASSERT_TRUE(
      accounts.create_token(code, invited->id, "invitation", "2099-01-01T00:00:00Z", "2026-11-23T08:00:00Z", user_id_));
  http::Request show;
  show.method = "GET";
  show.path = "/wachtwoord-kiezen";
  show.query.add("code", code);
  const http::Response form = router_.dispatch(show);
  EXPECT_EQ(form.status, 200U);
  EXPECT_NE(form.body.find("name=\"code\" value=\"" + code + "\""), std::string::npos);

  // Mistakes are named next to the field; the link still works afterwards.
  const http::Response weak = send("POST", "/wachtwoord-kiezen", "code=" + code + "&password=kort&repeat=kort");
  EXPECT_NE(weak.body.find("id=\"password-error\""), std::string::npos);
  const http::Response differ =
      send("POST", "/wachtwoord-kiezen", "code=" + code + "&password=lange-zin-van-tien&repeat=andere-zin-van-tien");
  EXPECT_NE(differ.body.find("id=\"repeat-error\""), std::string::npos);
  const http::Response own_email =
      send("POST", "/wachtwoord-kiezen",
           "code=" + code + "&password=nieuw%40partner.example&repeat=nieuw%40partner.example");
  EXPECT_NE(own_email.body.find("id=\"password-error\""), std::string::npos);

  const http::Response chosen =
      send("POST", "/wachtwoord-kiezen", "code=" + code + "&password=lange-zin-van-tien&repeat=lange-zin-van-tien");
  EXPECT_EQ(chosen.status, 303U);
  const std::string session = set_cookie(chosen, "hvhk_session");
  EXPECT_EQ(session.size(), 64U);
  EXPECT_EQ(send("GET", "/portaal", "", "hvhk_session=" + session).status, 403U);  // signed in, no role yet

  // Once only.
  EXPECT_EQ(
      send("POST", "/wachtwoord-kiezen", "code=" + code + "&password=nog-een-andere-zin&repeat=nog-een-andere-zin")
          .status,
      410U);
  EXPECT_EQ(router_.dispatch(show).status, 410U);
  // Unknown, expired or other-purpose codes do nothing.
  ASSERT_TRUE(accounts.create_token(std::string(64, 'd'), invited->id, "invitation", "2020-01-01T00:00:00Z",
                                    "2019-12-01T00:00:00Z", user_id_));
  ASSERT_TRUE(accounts.create_token(std::string(64, 'e'), invited->id, "email_change", "2099-01-01T00:00:00Z",
                                    "2026-11-23T08:00:00Z", user_id_));
  for (const std::string& other : {std::string(64, 'd'), std::string(64, 'e'), std::string("nonsense")}) {
    EXPECT_EQ(
        send("POST", "/wachtwoord-kiezen", "code=" + other + "&password=lange-zin-van-tien&repeat=lange-zin-van-tien")
            .status,
        410U)
        << other;
  }
  // The old password still signs in; the token table holds hashes only.
  for (std::size_t r = 0; r < connection_->query("SELECT token_hash FROM one_time_tokens").size(); ++r) {
    EXPECT_NE(connection_->query("SELECT token_hash FROM one_time_tokens").text(r, 0), code);
  }
}

TEST_P(PortalTest, APartnerAdminInvitesAColleagueWhoChoosesAPassword) {
  store::AccountStore accounts(*connection_);
  const std::string org = index_->catalogue().organizations.front().id;
  auto admin = accounts.create_user("beheer@partner.example", "Beheer", core::hash_password(kPassword),
                                    "2026-11-23T08:00:00Z", "");
  ASSERT_TRUE(admin);
  ASSERT_TRUE(accounts.add_membership(admin->id, {core::Role::partner_admin, org}, "2026-11-23T08:00:00Z", ""));
  const std::string session(64, 'f');
  ASSERT_TRUE(accounts.create_session(session, store::Session{admin->id, std::string(64, '1'), "2099-01-01T00:00:00Z"},
                                      "2026-11-23T08:00:00Z"));
  const std::string cookie = "hvhk_session=" + session;
  const std::string path = "/portaal/organisatie/" + org + "/uitnodigen";
  EXPECT_EQ(send("GET", path, "", cookie).status, 200U);

  // A wrong address is named next to the field and kept; nothing is sent.
  const http::Response wrong =
      send("POST", path, "csrf=" + std::string(64, '1') + "&email=geen-adres&role=partner_staff", cookie);
  EXPECT_EQ(wrong.status, 422U);
  EXPECT_NE(wrong.body.find("value=\"geen-adres\""), std::string::npos);
  EXPECT_NE(wrong.body.find("id=\"email-error\""), std::string::npos);
  EXPECT_TRUE(store::OutboxStore(*connection_).all()->empty());
  // Without the session's token: refused.
  EXPECT_EQ(send("POST", path, "csrf=nope&email=sara%40partner.example&role=partner_staff", cookie).status, 403U);

  const http::Response sent =
      send("POST", path, "csrf=" + std::string(64, '1') + "&email=sara%40partner.example&name=Sara&role=partner_staff",
           cookie);
  EXPECT_EQ(sent.status, 200U);
  const auto mails = store::OutboxStore(*connection_).all();
  ASSERT_TRUE(mails);
  ASSERT_EQ(mails->size(), 1U);
  EXPECT_EQ(mails->front().recipient, "sara@partner.example");
  const std::string& body = mails->front().body;
  const std::size_t at = body.find("/wachtwoord-kiezen?code=");
  ASSERT_NE(at, std::string::npos) << body;
  const std::string code = body.substr(at + 24, 64);

  const http::Response chosen =
      send("POST", "/wachtwoord-kiezen", "code=" + code + "&password=sara-haar-zin-2026&repeat=sara-haar-zin-2026");
  EXPECT_EQ(chosen.status, 303U);
  const http::Response portal = send("GET", "/portaal", "", "hvhk_session=" + set_cookie(chosen, "hvhk_session"));
  EXPECT_EQ(portal.status, 200U);
  auto sara = accounts.find_user_by_email("sara@partner.example");
  ASSERT_TRUE(sara && *sara);
  EXPECT_EQ((*sara)->memberships, (std::vector<core::Membership>{{core::Role::partner_staff, org}}));
}

TEST_P(PortalTest, ACoordinatorKeepsTheNetworksOwnSearchWords) {
  const std::string session = sign_in(kPassword);
  const std::string cookie = "hvhk_session=" + session;
  const std::string path = "/portaal/huis/" + network_ + "/zoekwoorden";
  const http::Response form = send("GET", path, "", cookie);
  ASSERT_EQ(form.status, 200U);
  const std::string csrf = csrf_field(form);
  // One wrong line: nothing is saved, the line is named, the text stays as typed.
  const http::Response wrong =
      send("POST", path, "csrf=" + csrf + "&lines=%23+Zele%0Afluffel+%3D%3E+peuterzwemmen%0Akribbe", cookie);
  EXPECT_EQ(wrong.status, 422U);
  EXPECT_NE(wrong.body.find("Regel 3"), std::string::npos);
  // The text comes back line by line (HTML escaping must not turn line ends into spaces).
  EXPECT_NE(wrong.body.find("fluffel =&gt; peuterzwemmen\nkribbe</textarea>"), std::string::npos);
  EXPECT_EQ(store::SynonymStore(*connection_).load(network_)->lines, "");
  const http::Response saved =
      send("POST", path, "csrf=" + csrf + "&lines=%23+Zele%0Afluffel+%3D%3E+peuterzwemmen%0A", cookie);
  EXPECT_EQ(saved.status, 200U);
  EXPECT_EQ(store::SynonymStore(*connection_).load(network_)->lines, "# Zele\nfluffel => peuterzwemmen\n");
  EXPECT_EQ(send("POST", path, "csrf=wrong&lines=a+%3D%3E+b", cookie).status, 403U);
}

TEST_P(PortalTest, AForgottenPasswordIsReplacedByALinkThatEndsOldSessions) {
  const std::string old_session = sign_in(kPassword);
  for (int i = 0; i < 3; ++i) sign_in("wrong-" + std::to_string(i), 401);
  const http::Response form = send("GET", "/wachtwoord-vergeten");
  const std::string cookie = "hvhk_form=" + set_cookie(form, "hvhk_form");
  const std::string csrf = csrf_field(form);
  // The same answer with or without an account; a mail only for the real one.
  const http::Response unknown = send("POST", "/wachtwoord-vergeten", "email=niemand%40x.example&csrf=" + csrf, cookie);
  const http::Response known = send("POST", "/wachtwoord-vergeten", "email=an%40zele.example&csrf=" + csrf, cookie);
  EXPECT_EQ(unknown.status, 200U);
  EXPECT_EQ(known.status, 200U);
  EXPECT_EQ(unknown.body, known.body);
  EXPECT_EQ(send("POST", "/wachtwoord-vergeten", "email=an%40zele.example&csrf=forged", cookie).status, 403U);
  const auto mails = store::OutboxStore(*connection_).all();
  ASSERT_TRUE(mails);
  ASSERT_EQ(mails->size(), 1U);
  EXPECT_EQ(mails->front().recipient, "an@zele.example");
  const std::size_t at = mails->front().body.find("/wachtwoord-kiezen?code=");
  ASSERT_NE(at, std::string::npos);
  const std::string code = mails->front().body.substr(at + 24, 64);

  const http::Response chosen =
      send("POST", "/wachtwoord-kiezen", "code=" + code + "&password=een-nieuwe-lange-zin&repeat=een-nieuwe-lange-zin");
  EXPECT_EQ(chosen.status, 303U);
  EXPECT_EQ(send("GET", "/portaal", "", "hvhk_session=" + old_session).status, 303U);  // old sessions ended
  EXPECT_EQ(send("GET", "/portaal", "", "hvhk_session=" + set_cookie(chosen, "hvhk_session")).status, 200U);
  EXPECT_TRUE(sign_in(kPassword, 401).empty());
  EXPECT_EQ(sign_in("een-nieuwe-lange-zin").size(), 64U);
  auto an = store::AccountStore(*connection_).find_user_by_email("an@zele.example");
  ASSERT_TRUE(an && *an);
  EXPECT_EQ((*an)->failed_sign_ins, 0);
}

HVHK_INSTANTIATE_ENGINES(PortalTest);

}  // namespace
}  // namespace hvhk

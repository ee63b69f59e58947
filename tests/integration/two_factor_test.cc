// The second step when signing in (TOTP) on both real engines, in-process: a coordinator is sent
// to the set-up page after the password and reaches nothing else until it is on; a code after
// the password makes the session valid; wrong codes count toward the lock-out; a code works
// once; turning the step on and off; CSRF on every form; the server option that makes it optional.
#include <gtest/gtest.h>

#include <chrono>
#include <regex>

#include "app/demo_network.h"
#include "core/passwords.h"
#include "core/timestamps.h"
#include "core/totp.h"
#include "search/catalogue_index.h"
#include "store/account_store.h"
#include "store/catalogue_store.h"
#include "test_databases.h"
#include "web/portal.h"

namespace hvhk {
namespace {

using store::Engine;
using testing::TestDatabase;

constexpr const char* kPassword = "Zele-coordinator-2026";
constexpr const char* kSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";  // "12345678901234567890"

std::int64_t now_s() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// The code of kSecret, `steps` time steps from now.
std::string code_at(int steps) {
  return core::totp(*core::base32_decode(kSecret), now_s() + (steps * core::kTotpStepSeconds));
}

class TwoFactorTest : public ::testing::TestWithParam<Engine> {
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
    const std::string hash = core::hash_password(kPassword);
    auto an = accounts.create_user("an@zele.example", "An Peeters", hash, "2026-11-23T08:00:00Z", "");
    ASSERT_TRUE(an);
    an_ = an->id;
    ASSERT_TRUE(accounts.add_membership(an_, {core::Role::coordinator, network_}, "2026-11-23T08:00:00Z", ""));
    auto sara = accounts.create_user("sara@partner.example", "Sara", hash, "2026-11-23T08:00:00Z", "");
    ASSERT_TRUE(sara);
    sara_ = sara->id;
    ASSERT_TRUE(accounts.add_membership(sara_, {core::Role::partner_staff, demo.organizations.front().id},
                                        "2026-11-23T08:00:00Z", ""));
    web::add_portal_routes(router_, web::PortalOptions{db_->url(), [this] { return index_; }});
  }

  http::Response send(const std::string& method, const std::string& path, const std::string& body = "",
                      const std::string& session = "") {
    http::Request req;
    req.method = method;
    req.path = path;
    req.body = body;
    req.client_address = "192.0.2.1";
    std::string cookies = form_cookie_.empty() ? "" : "hvhk_form=" + form_cookie_;
    if (!session.empty()) cookies += (cookies.empty() ? "" : "; ") + std::string("hvhk_session=") + session;
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

  static std::string location(const http::Response& r) {
    for (const auto& [header, value] : r.headers) {
      if (header == "Location") return value;
    }
    return "";
  }

  static std::string csrf_field(const http::Response& r) {
    std::smatch m;
    static const std::regex field(R"re(name="csrf" value="([0-9a-f]+)")re");
    return std::regex_search(r.body, m, field) ? m[1].str() : "";
  }

  // The password step for email; returns the response (its cookie is the new session).
  http::Response password(const std::string& email, const std::string& pw = kPassword) {
    form_cookie_.clear();
    const http::Response form = send("GET", "/aanmelden");
    form_cookie_ = set_cookie(form, "hvhk_form");
    http::Response r = send("POST", "/aanmelden", "email=" + email + "&password=" + pw + "&csrf=" + csrf_field(form));
    form_cookie_.clear();
    return r;
  }

  // The session's CSRF token, from the page at path.
  std::string csrf_of(const std::string& path, const std::string& session) {
    return csrf_field(send("GET", path, "", session));
  }

  store::User user(const std::string& id) {
    auto found = store::AccountStore(*connection_).find_user(id);
    EXPECT_TRUE(found && *found);
    return **found;
  }

  bool audited(const std::string& action) {
    const auto log = store::AccountStore(*connection_).audit_log(200);
    for (const store::AuditEntry& e : *log) {
      if (e.action == action) return true;
    }
    return false;
  }

  void give_an_the_secret() {
    ASSERT_TRUE(store::AccountStore(*connection_).set_totp_secret(an_, kSecret, true, "2026-11-23T08:00:00Z", ""));
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
  std::shared_ptr<const search::CatalogueIndex> index_;
  http::Router router_;
  std::string network_, an_, sara_, form_cookie_;
};

TEST_P(TwoFactorTest, ACoordinatorMustTurnItOnBeforeAnyOtherPage) {
  const http::Response r = password("an%40zele.example");
  ASSERT_EQ(r.status, 303U);
  EXPECT_EQ(location(r), "/portaal/tweestapsverificatie");
  const std::string session = set_cookie(r, "hvhk_session");
  ASSERT_EQ(session.size(), 64U);
  // Only the set-up page opens: the portal, a network page and the sign-in page send it there.
  EXPECT_EQ(send("GET", "/portaal", "", session).status, 303U);
  EXPECT_EQ(send("GET", "/portaal/huis/" + network_, "", session).status, 303U);
  EXPECT_EQ(location(send("GET", "/aanmelden", "", session)), "/portaal/tweestapsverificatie");
  const http::Response page = send("GET", "/portaal/tweestapsverificatie", "", session);
  ASSERT_EQ(page.status, 200U);
  EXPECT_NE(page.body.find("<svg"), std::string::npos);
  const store::User before = user(an_);
  ASSERT_EQ(before.totp_secret.size(), 32U);
  EXPECT_FALSE(before.totp_confirmed);
  EXPECT_NE(page.body.find(core::group_by_four(before.totp_secret)), std::string::npos);
  // A reload shows the same secret (the one scanned already).
  EXPECT_NE(
      send("GET", "/portaal/tweestapsverificatie", "", session).body.find(core::group_by_four(before.totp_secret)),
      std::string::npos);
  const std::string csrf = csrf_field(page);
  const std::string key = *core::base32_decode(before.totp_secret);

  // A wrong code: said next to the field, nothing changes.
  const std::string right = core::totp(key, now_s());
  const std::string wrong = right == "000000" ? "111111" : "000000";
  const http::Response refused =
      send("POST", "/portaal/tweestapsverificatie", "csrf=" + csrf + "&code=" + wrong, session);
  EXPECT_EQ(refused.status, 422U);
  EXPECT_NE(refused.body.find("id=\"code-error\""), std::string::npos);
  EXPECT_NE(refused.body.find("aria-describedby=\"code-hint code-error\""), std::string::npos);
  EXPECT_FALSE(user(an_).totp_confirmed);
  EXPECT_EQ(user(an_).totp_secret, before.totp_secret);
  // Without the session's token: refused.
  EXPECT_EQ(send("POST", "/portaal/tweestapsverificatie", "csrf=forged&code=" + right, session).status, 403U);
  EXPECT_FALSE(user(an_).totp_confirmed);

  const http::Response on = send("POST", "/portaal/tweestapsverificatie", "csrf=" + csrf + "&code=" + right, session);
  EXPECT_EQ(on.status, 303U);
  EXPECT_EQ(location(on), "/portaal/tweestapsverificatie?aan=1");
  EXPECT_TRUE(user(an_).totp_confirmed);
  EXPECT_TRUE(audited("two_factor_on"));
  EXPECT_EQ(send("GET", "/portaal", "", session).status, 200U);
  // A coordinator cannot turn it off.
  EXPECT_EQ(send("POST", "/portaal/tweestapsverificatie/uit", "csrf=" + csrf + "&code=" + core::totp(key, now_s() + 30),
                 session)
                .status,
            403U);
  EXPECT_TRUE(user(an_).totp_confirmed);
}

TEST_P(TwoFactorTest, AfterThePasswordTheCodeMakesTheSessionValidOnce) {
  give_an_the_secret();
  const http::Response r = password("an%40zele.example");
  ASSERT_EQ(r.status, 303U);
  EXPECT_EQ(location(r), "/aanmelden/code");
  const std::string session = set_cookie(r, "hvhk_session");
  // Pending: no portal page, not even the set-up page; at most ten minutes.
  EXPECT_EQ(send("GET", "/portaal", "", session).status, 303U);
  EXPECT_EQ(location(send("GET", "/portaal/tweestapsverificatie", "", session)), "/aanmelden/code");
  EXPECT_EQ(location(send("GET", "/aanmelden", "", session)), "/aanmelden/code");
  const auto expires = connection_->query("SELECT expires_at, second_factor_pending FROM sessions");
  ASSERT_EQ(expires.size(), 1U);
  EXPECT_LE(expires.text(0, 0), core::iso_utc(std::chrono::system_clock::now() + std::chrono::minutes(10)));
  EXPECT_EQ(expires.text(0, 1), "code");

  const http::Response page = send("GET", "/aanmelden/code", "", session);
  ASSERT_EQ(page.status, 200U);
  const std::string csrf = csrf_field(page);
  // Without the token: refused, and it does not count as a wrong code.
  EXPECT_EQ(send("POST", "/aanmelden/code", "csrf=forged&code=" + code_at(0), session).status, 403U);
  EXPECT_EQ(user(an_).failed_sign_ins, 0);
  const http::Response empty = send("POST", "/aanmelden/code", "csrf=" + csrf + "&code=", session);
  EXPECT_EQ(empty.status, 422U);
  EXPECT_NE(empty.body.find("id=\"code-error\""), std::string::npos);

  const std::string code = code_at(0);
  const http::Response in = send("POST", "/aanmelden/code", "csrf=" + csrf + "&code=" + code, session);
  EXPECT_EQ(in.status, 303U);
  EXPECT_EQ(location(in), "/portaal");
  EXPECT_EQ(send("GET", "/portaal", "", session).status, 200U);
  EXPECT_TRUE(audited("second_factor_passed"));

  // The same code again (another sign-in): refused, a replay.
  const http::Response again = password("an%40zele.example");
  const std::string second = set_cookie(again, "hvhk_session");
  const std::string csrf2 = csrf_of("/aanmelden/code", second);
  const http::Response replay = send("POST", "/aanmelden/code", "csrf=" + csrf2 + "&code=" + code, second);
  EXPECT_EQ(replay.status, 401U);
  EXPECT_NE(replay.body.find("id=\"code-error\""), std::string::npos);
  EXPECT_EQ(send("GET", "/portaal", "", second).status, 303U);
  // The next step's code (a phone clock a little ahead) works.
  EXPECT_EQ(send("POST", "/aanmelden/code", "csrf=" + csrf2 + "&code=" + code_at(1), second).status, 303U);
  EXPECT_EQ(send("GET", "/portaal", "", second).status, 200U);
  EXPECT_EQ(user(an_).failed_sign_ins, 0);  // a right code resets the count
}

TEST_P(TwoFactorTest, WrongCodesCountTowardTheLockOut) {
  give_an_the_secret();
  std::string session = set_cookie(password("an%40zele.example"), "hvhk_session");
  std::string csrf = csrf_of("/aanmelden/code", session);
  const std::string right = code_at(0);
  const std::string wrong = right == "123456" ? "654321" : "123456";
  const std::string wrong_body = "csrf=" + csrf + "&code=" + wrong;
  for (int i = 0; i < 4; ++i) EXPECT_EQ(send("POST", "/aanmelden/code", wrong_body, session).status, 401U);
  // A right password in between does not reset the count while a code is due.
  session = set_cookie(password("an%40zele.example"), "hvhk_session");
  csrf = csrf_of("/aanmelden/code", session);
  EXPECT_EQ(user(an_).failed_sign_ins, 4);
  const http::Response locked = send("POST", "/aanmelden/code", "csrf=" + csrf + "&code=" + wrong, session);
  EXPECT_EQ(locked.status, 423U);
  EXPECT_FALSE(user(an_).locked_until.empty());
  EXPECT_TRUE(audited("second_factor_failed"));
  EXPECT_TRUE(audited("account_locked"));
  // The waiting session ended; even the right password and code do not help for now.
  EXPECT_EQ(send("POST", "/aanmelden/code", "csrf=" + csrf + "&code=" + right, session).status, 303U);
  EXPECT_EQ(location(send("GET", "/portaal", "", session)), "/aanmelden");
  EXPECT_EQ(password("an%40zele.example").status, 423U);
}

TEST_P(TwoFactorTest, APartnerTurnsItOnAndOffWithACode) {
  // Sara has no duty: signed in at once, and she may choose.
  const http::Response r = password("sara%40partner.example");
  EXPECT_EQ(location(r), "/portaal");
  const std::string session = set_cookie(r, "hvhk_session");
  const http::Response home = send("GET", "/portaal", "", session);
  EXPECT_NE(home.body.find("href=\"/portaal/tweestapsverificatie\""), std::string::npos);
  const http::Response page = send("GET", "/portaal/tweestapsverificatie", "", session);
  ASSERT_EQ(page.status, 200U);
  const std::string csrf = csrf_field(page);
  const std::string key = *core::base32_decode(user(sara_).totp_secret);
  ASSERT_EQ(send("POST", "/portaal/tweestapsverificatie", "csrf=" + csrf + "&code=" + core::totp(key, now_s()), session)
                .status,
            303U);
  EXPECT_TRUE(user(sara_).totp_confirmed);
  const http::Response on = send("GET", "/portaal/tweestapsverificatie", "", session);
  EXPECT_NE(on.body.find("action=\"/portaal/tweestapsverificatie/uit"), std::string::npos);
  EXPECT_EQ(on.body.find("<svg"), std::string::npos);  // the secret is not shown again

  // Off: a wrong or used code changes nothing; a new one turns it off.
  EXPECT_EQ(
      send("POST", "/portaal/tweestapsverificatie/uit", "csrf=" + csrf + "&code=" + core::totp(key, now_s()), session)
          .status,
      422U);
  EXPECT_EQ(
      send("POST", "/portaal/tweestapsverificatie/uit", "csrf=forged&code=" + core::totp(key, now_s() + 30), session)
          .status,
      403U);
  EXPECT_TRUE(user(sara_).totp_confirmed);
  const http::Response off = send("POST", "/portaal/tweestapsverificatie/uit",
                                  "csrf=" + csrf + "&code=" + core::totp(key, now_s() + 30), session);
  EXPECT_EQ(off.status, 303U);
  EXPECT_FALSE(user(sara_).totp_confirmed);
  EXPECT_TRUE(user(sara_).totp_secret.empty());
  EXPECT_TRUE(audited("two_factor_off"));
  EXPECT_EQ(location(password("sara%40partner.example")), "/portaal");
}

TEST_P(TwoFactorTest, APasswordResetLinkStillAsksTheCode) {
  give_an_the_secret();
  store::AccountStore accounts(*connection_);
  const std::string link(64, 'c');
  ASSERT_TRUE(accounts.create_token(link, an_, "password_reset", "2099-01-01T00:00:00Z", "2026-11-23T08:00:00Z", ""));
  const http::Response chosen =
      send("POST", "/wachtwoord-kiezen", "code=" + link + "&password=een-nieuwe-lange-zin&repeat=een-nieuwe-lange-zin");
  EXPECT_EQ(chosen.status, 303U);
  EXPECT_EQ(location(chosen), "/aanmelden/code");
  EXPECT_EQ(send("GET", "/portaal", "", set_cookie(chosen, "hvhk_session")).status, 303U);
}

TEST_P(TwoFactorTest, PendingSessionsCanSignOut) {
  give_an_the_secret();
  const std::string session = set_cookie(password("an%40zele.example"), "hvhk_session");
  const std::string csrf = csrf_of("/aanmelden/code", session);
  EXPECT_EQ(send("POST", "/afmelden", "csrf=" + csrf, session).status, 303U);
  EXPECT_EQ(location(send("GET", "/aanmelden/code", "", session)), "/aanmelden");
  EXPECT_TRUE(connection_->query("SELECT 1 FROM sessions").empty());
}

TEST_P(TwoFactorTest, TheServerCanMakeItOptional) {
  http::Router optional;
  web::add_portal_routes(optional, web::PortalOptions{db_->url(), [this] { return index_; }, false});
  router_ = std::move(optional);
  const http::Response r = password("an%40zele.example");
  EXPECT_EQ(location(r), "/portaal");
  EXPECT_EQ(send("GET", "/portaal", "", set_cookie(r, "hvhk_session")).status, 200U);
  // Who turned it on is still asked the code.
  give_an_the_secret();
  EXPECT_EQ(location(password("an%40zele.example")), "/aanmelden/code");
}

HVHK_INSTANTIATE_ENGINES(TwoFactorTest);

}  // namespace
}  // namespace hvhk

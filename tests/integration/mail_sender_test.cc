// The e-mail outbox and its sender on both real engines, against a real SMTP server on loopback
// (tests/tools/smtp_sink.py, aiosmtpd): every message arrives once with proper headers, a dedupe
// key is queued once, a failure is retried later and then sent once, header injection is never
// sent, and a claimed message left by a sender that died goes out again after its claim; a
// notice with a calendar arrives as text plus .ics, an SMS goes to the gateway and not to SMTP.
#include "jobs/mail_sender.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <libical/ical.h>

#include <boost/json.hpp>

#include <array>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/ids.h"
#include "jobs/sms_gateway.h"
#include "smtp_sink.h"
#include "store/outbox_store.h"
#include "test_databases.h"
#include "web/registration_notice.h"

namespace hvhk {
namespace {

using namespace std::chrono_literals;
using std::chrono::system_clock;
using store::Engine;
using testing::aiosmtpd_installed;
using testing::env;
using testing::sink_script;
using testing::SmtpSink;
using testing::str;
using testing::TestDatabase;

constexpr const char* kFrom = "Huis van het Kind Scheldeboog <noreply@scheldeboog.example>";
constexpr const char* kUnicodeSubject = "Uitnodiging: je account bij het Huis van het Kind — één klik";

std::string iso(system_clock::time_point t) {
  const std::time_t seconds = system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  std::array<char, 32> out{};
  std::strftime(out.data(), out.size(), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return out.data();
}

const system_clock::time_point kNow = std::chrono::sys_days{std::chrono::year{2026} / 11 / 23} + 10h;

class MailSenderTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    HVHK_ENGINE_TEST_SETUP();
    if (!aiosmtpd_installed()) {
      if (env("HVHK_REQUIRE_TOOLS") == "1") FAIL() << "HVHK_REQUIRE_TOOLS=1 but python3-aiosmtpd is missing";
      GTEST_SKIP() << "python3-aiosmtpd is not installed";
    }
    dir_ = std::filesystem::temp_directory_path() / ("hvhk_mail_" + core::random_uuid().substr(0, 8));
    std::filesystem::create_directories(dir_);
    sink_.emplace(dir_ / "received.jsonl");
    ASSERT_TRUE(sink_->start()) << "the SMTP sink did not start: " << sink_script();
    db_.emplace(GetParam());
    connection_ = db_->migrated();
  }
  void TearDown() override {
    if (sink_) sink_->stop();
    connection_.reset();
    db_.reset();
    std::error_code ignored;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ignored);
  }

  jobs::SmtpSettings smtp() const { return {sink_->url(), kFrom, "", ""}; }
  store::OutboxStore outbox() { return store::OutboxStore(*connection_); }
  bool enqueue(const std::string& to, const std::string& subject, const std::string& body, const std::string& key,
               system_clock::time_point at = kNow) {
    const auto added = outbox().enqueue(to, subject, body, key, iso(at));
    EXPECT_TRUE(added) << (added ? "" : added.error().message);
    return added && *added;
  }
  std::size_t send(jobs::MailSender& sender, system_clock::time_point at) {
    const auto sent = sender.send_due(at);
    EXPECT_TRUE(sent) << (sent ? "" : sent.error().message);
    return sent ? *sent : 0;
  }

  std::filesystem::path dir_;
  std::optional<SmtpSink> sink_;
  std::optional<TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
};

TEST_P(MailSenderTest, EveryQueuedMailArrivesOnceWithProperHeaders) {
  const std::string body1 = "Dag Sarah,\n\nKlik op de link om je account te maken: één keer.\n.begint met een punt\n";
  const std::string body2 = "Gewone tekst.\n" + std::string(200, 'x') + " = einde\n";
  ASSERT_TRUE(enqueue("sarah@example.org", kUnicodeSubject, body1, "invite:sarah:1"));
  ASSERT_TRUE(enqueue("jan@example.org", "Herinnering", body2, "reminder:jan:7"));
  jobs::MailSender sender(db_->url(), smtp());

  EXPECT_EQ(send(sender, kNow), 2U);
  const auto mails = sink_->received();
  ASSERT_EQ(mails.size(), 2U);
  EXPECT_EQ(str(mails[0], "mail_from"), "noreply@scheldeboog.example");
  EXPECT_EQ(mails[0].at("rcpt_tos").as_array(), boost::json::array({"sarah@example.org"}));
  EXPECT_EQ(str(mails[0], "to"), "sarah@example.org");
  EXPECT_EQ(str(mails[0], "from"), kFrom);
  EXPECT_EQ(str(mails[0], "subject"), kUnicodeSubject);  // decoded from RFC 2047 by Python
  EXPECT_EQ(str(mails[0], "body"), body1);
  EXPECT_EQ(mails[1].at("rcpt_tos").as_array(), boost::json::array({"jan@example.org"}));
  EXPECT_EQ(str(mails[1], "subject"), "Herinnering");
  EXPECT_EQ(str(mails[1], "body"), body2);

  const std::string raw = str(mails[0], "data");
  EXPECT_NE(raw.find("Subject: =?UTF-8?B?"), std::string::npos) << raw;
  EXPECT_TRUE(raw.starts_with("Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n")) << raw;
  EXPECT_NE(raw.find("\r\nMIME-Version: 1.0\r\n"), std::string::npos);
  EXPECT_NE(raw.find("\r\nContent-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
  EXPECT_NE(raw.find("\r\nContent-Transfer-Encoding: quoted-printable\r\n"), std::string::npos);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\n') {
      ASSERT_TRUE(i > 0 && raw[i - 1] == '\r') << "bare LF at " << i;
    }
  }
  for (const auto& mail : mails) {
    const std::string id = str(mail, "message_id");
    EXPECT_EQ(id.size(), 32U + 7U) << id;  // <32 hex digits@hvhk>
    EXPECT_TRUE(id.starts_with("<") && id.ends_with("@hvhk>")) << id;
  }
  EXPECT_NE(str(mails[0], "message_id"), str(mails[1], "message_id"));

  const auto rows = outbox().all();
  ASSERT_TRUE(rows);
  for (const auto& row : *rows) {
    EXPECT_EQ(row.sent_at, iso(kNow));
    EXPECT_EQ(row.attempts, 0);
  }
  EXPECT_EQ(send(sender, kNow + 1h), 0U);  // nothing twice
  EXPECT_EQ(sink_->received().size(), 2U);
}

TEST_P(MailSenderTest, TheSameDedupeKeyIsQueuedAndSentOnce) {
  EXPECT_TRUE(enqueue("sarah@example.org", "Bevestiging", "Je bent ingeschreven.\n", "confirm:sarah:session-9"));
  EXPECT_FALSE(enqueue("sarah@example.org", "Bevestiging", "Je bent ingeschreven.\n", "confirm:sarah:session-9"));
  EXPECT_EQ(outbox().all()->size(), 1U);
  jobs::MailSender sender(db_->url(), smtp());
  EXPECT_EQ(send(sender, kNow), 1U);
  // Queued again after it went out: still nothing added, nothing sent.
  EXPECT_FALSE(
      enqueue("sarah@example.org", "Bevestiging", "Je bent ingeschreven.\n", "confirm:sarah:session-9", kNow + 1h));
  EXPECT_EQ(send(sender, kNow + 2h), 0U);
  EXPECT_EQ(sink_->received().size(), 1U);
}

TEST_P(MailSenderTest, AFailedSendIsRetriedLaterAndThenSentOnce) {
  ASSERT_TRUE(enqueue("sarah@example.org", kUnicodeSubject, "Tekst\n", "invite:sarah:2"));
  const int port = sink_->port();
  jobs::MailSender sender(db_->url(), smtp());
  sink_->stop();

  EXPECT_EQ(send(sender, kNow), 0U);
  auto row = outbox().all()->front();
  EXPECT_EQ(row.attempts, 1);
  EXPECT_EQ(row.next_attempt_at, iso(kNow + 1min));
  EXPECT_GT(row.next_attempt_at, iso(kNow));
  EXPECT_EQ(row.sent_at, "");
  EXPECT_FALSE(row.last_error.empty());

  EXPECT_EQ(send(sender, kNow + 2min), 0U);  // the server is still down: second failure, 5 minutes
  row = outbox().all()->front();
  EXPECT_EQ(row.attempts, 2);
  EXPECT_EQ(row.next_attempt_at, iso(kNow + 2min + 5min));

  ASSERT_TRUE(sink_->start(port)) << "could not restart the sink on port " << port;
  EXPECT_EQ(send(sender, kNow + 3min), 0U);  // not due yet
  EXPECT_TRUE(sink_->received().empty());
  EXPECT_EQ(send(sender, kNow + 8min), 1U);
  EXPECT_EQ(send(sender, kNow + 9min), 0U);
  const auto mails = sink_->received();
  ASSERT_EQ(mails.size(), 1U);
  EXPECT_EQ(str(mails[0], "subject"), kUnicodeSubject);
  EXPECT_EQ(outbox().all()->front().sent_at, iso(kNow + 8min));
}

TEST_P(MailSenderTest, HeaderInjectionIsNeverSent) {
  ASSERT_TRUE(enqueue("sarah@example.org\r\nBcc: x@y", "Hallo", "Tekst\n", "invite:evil:1"));
  ASSERT_TRUE(enqueue("jan@example.org", "Hallo\r\nBcc: x@y", "Tekst\n", "invite:evil:2"));
  ASSERT_TRUE(enqueue("a@b.example, x@y", "Hallo", "Tekst\n", "invite:evil:3"));
  ASSERT_TRUE(enqueue("jan@example.org", "Hallo", "Tekst\n", "invite:jan:1"));
  jobs::MailSender sender(db_->url(), smtp());

  EXPECT_EQ(send(sender, kNow), 1U);
  EXPECT_EQ(send(sender, kNow + std::chrono::days(30)), 0U);
  const auto mails = sink_->received();
  ASSERT_EQ(mails.size(), 1U);
  EXPECT_EQ(mails[0].at("rcpt_tos").as_array(), boost::json::array({"jan@example.org"}));
  EXPECT_EQ(str(mails[0], "data").find("Bcc"), std::string::npos);
  const auto rows = outbox().all();
  ASSERT_TRUE(rows);
  for (const auto& row : *rows) {
    if (row.dedupe_key == "invite:jan:1") continue;
    EXPECT_EQ(row.sent_at, "") << row.dedupe_key;
    EXPECT_EQ(row.attempts, store::OutboxStore::kUndeliverableAttempts) << row.dedupe_key;
    EXPECT_FALSE(row.last_error.empty()) << row.dedupe_key;
  }
}

TEST_P(MailSenderTest, AMailClaimedByASenderThatDiedGoesOutAfterTheClaim) {
  ASSERT_TRUE(enqueue("sarah@example.org", "Herinnering", "Tekst\n", "reminder:sarah:3"));
  // Another node took it, then died before sending or marking it.
  const auto due = outbox().due(iso(kNow), 10);
  ASSERT_EQ(due->size(), 1U);
  ASSERT_TRUE(*outbox().claim(due->front().id, due->front().next_attempt_at, iso(kNow + jobs::MailSender::kClaim)));
  EXPECT_FALSE(*outbox().claim(due->front().id, due->front().next_attempt_at, iso(kNow + 1h)));  // taken once

  jobs::MailSender restarted(db_->url(), smtp());  // as after a restart
  EXPECT_EQ(send(restarted, kNow + 1min), 0U);
  EXPECT_EQ(send(restarted, kNow + jobs::MailSender::kClaim), 1U);
  EXPECT_EQ(send(restarted, kNow + 1h), 0U);
  EXPECT_EQ(sink_->received().size(), 1U);
}

TEST_P(MailSenderTest, TheBackgroundThreadSendsWhatIsQueued) {
  jobs::MailSender sender(db_->url(), smtp());
  sender.start(20ms);
  ASSERT_TRUE(enqueue("sarah@example.org", "Welkom", "Tekst\n", "welcome:sarah", system_clock::now()));
  for (int i = 0; i < 250 && sink_->received().empty(); ++i) std::this_thread::sleep_for(20ms);
  EXPECT_EQ(sink_->received().size(), 1U);
}

TEST_P(MailSenderTest, ANoticeWithACalendarArrivesAsTextAndIcs) {
  web::NoticeFacts facts;
  facts.event = "confirmed";
  facts.language = "tr";
  facts.first_name = "Elif";
  facts.offer_name = "Babymassage";
  facts.organization_name = "Huis van het Kind Zele";
  facts.place = "Kerkstraat 1, 9240 Zele";
  facts.dates = {{"2026-12-02T14:00", "2026-12-02T15:00"}, {"2026-12-09T14:00", "2026-12-09T15:00"}};
  facts.link = "https://hvhk.example/inschrijving/abc";
  facts.uid = "registration-7@hvhk.example";
  facts.now_utc = iso(kNow);
  const web::Notice notice = web::compose_notice(facts);
  ASSERT_TRUE(
      web::enqueue_notice(*connection_, notice, "email", "elif@example.org", "registration:7:confirmed", iso(kNow)));
  EXPECT_FALSE(
      web::enqueue_notice(*connection_, notice, "email", "elif@example.org", "registration:7:confirmed", iso(kNow)));
  facts.event = "cancelled";
  ASSERT_TRUE(web::enqueue_notice(*connection_, web::compose_notice(facts), "email", "elif@example.org",
                                  "registration:7:cancelled", iso(kNow)));
  EXPECT_FALSE(web::enqueue_notice(*connection_, notice, "print", "", "registration:7:print", iso(kNow)));
  EXPECT_EQ(outbox().all()->size(), 2U);
  jobs::MailSender sender(db_->url(), smtp());
  EXPECT_EQ(send(sender, kNow), 2U);

  const auto mails = sink_->received();
  ASSERT_EQ(mails.size(), 2U);
  EXPECT_EQ(str(mails[0], "subject"), notice.subject);
  EXPECT_EQ(str(mails[0], "body"), notice.body);  // the text part, decoded by Python
  EXPECT_NE(str(mails[0], "data").find("Content-Type: multipart/mixed;"), std::string::npos);
  const std::array<const char*, 2> methods = {"PUBLISH", "CANCEL"};
  for (std::size_t m = 0; m < mails.size(); ++m) {
    const auto& parts = mails[m].at("parts").as_array();
    ASSERT_EQ(parts.size(), 2U);
    EXPECT_EQ(str(parts[0].as_object(), "content_type"), "text/plain");
    const auto& ics = parts[1].as_object();
    EXPECT_EQ(str(ics, "content_type"), "text/calendar");
    EXPECT_EQ(str(ics, "method"), methods.at(m));
    EXPECT_EQ(str(ics, "filename"), "uitnodiging.ics");
    // What arrived parses as iCalendar, with the session's two dates.
    const std::string text = str(ics, "content");
    icalcomponent* calendar = icalparser_parse_string(text.c_str());
    ASSERT_NE(calendar, nullptr) << text;
    EXPECT_EQ(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), 2);
    EXPECT_EQ(icalcomponent_get_method(calendar), m == 0 ? ICAL_METHOD_PUBLISH : ICAL_METHOD_CANCEL);
    icalcomponent_free(calendar);
  }
}

TEST_P(MailSenderTest, AnSmsGoesToTheGatewayNotToSmtpWithTheNumberMasked) {
  const std::filesystem::path log = dir_ / "sms.log";
  web::NoticeFacts facts;
  facts.event = "offered";
  facts.first_name = "Jan";
  facts.offer_name = "Peuterspeelmoment";
  facts.dates = {{"2026-12-02T14:00", "2026-12-02T15:00"}};
  facts.confirm_before = "2026-11-25T10:00";
  facts.link = "https://hvhk.example/i/x";
  facts.uid = "registration-8@hvhk.example";
  facts.now_utc = iso(kNow);
  const web::Notice notice = web::compose_notice(facts);
  ASSERT_TRUE(web::enqueue_notice(*connection_, notice, "sms", "+32470123456", "registration:8:offered", iso(kNow)));
  ASSERT_TRUE(web::enqueue_notice(*connection_, notice, "sms", "0470 12 34 56", "registration:9:offered", iso(kNow)));
  jobs::MailSender sender(db_->url(), smtp(), std::make_shared<jobs::LoggingSmsGateway>(log.string()));
  EXPECT_EQ(send(sender, kNow), 1U);
  EXPECT_EQ(send(sender, kNow + 1h), 0U);
  EXPECT_TRUE(sink_->received().empty());

  std::ifstream in(log);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 1U);
  EXPECT_NE(lines[0].find("+********456"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("registration:8:offered"), std::string::npos) << lines[0];
  EXPECT_EQ(lines[0].find("470123"), std::string::npos) << lines[0];
  EXPECT_EQ(lines[0].find("Peuterspeelmoment"), std::string::npos) << "no text in the log: " << lines[0];
  const auto rows = outbox().all();
  ASSERT_TRUE(rows);
  for (const auto& row : *rows) {
    EXPECT_EQ(row.channel, "sms");
    EXPECT_EQ(row.calendar, "");
    if (row.dedupe_key == "registration:8:offered") {
      EXPECT_EQ(row.sent_at, iso(kNow));
      EXPECT_EQ(row.body, notice.sms);
    } else {
      EXPECT_EQ(row.sent_at, "");
      EXPECT_EQ(row.attempts, store::OutboxStore::kUndeliverableAttempts);
    }
  }
}

TEST(SmsGateway, MasksAllButTheLastThreeDigitsAndKnowsAPhoneNumber) {
  EXPECT_EQ(jobs::masked_phone("+32470123456"), "+********456");
  EXPECT_TRUE(jobs::is_phone_number("+32470123456"));
  EXPECT_TRUE(jobs::is_phone_number("+12345678"));
  EXPECT_FALSE(jobs::is_phone_number("+1234567"));
  EXPECT_FALSE(jobs::is_phone_number("+1234567890123456"));
  EXPECT_FALSE(jobs::is_phone_number("0470123456"));
  EXPECT_FALSE(jobs::is_phone_number("+32 470 12 34 56"));
}

HVHK_INSTANTIATE_ENGINES(MailSenderTest);

TEST(MailRetry, BacksOffThenEveryTwelveHours) {
  EXPECT_EQ(jobs::retry_delay(1), 1min);
  EXPECT_EQ(jobs::retry_delay(2), 5min);
  EXPECT_EQ(jobs::retry_delay(3), 30min);
  EXPECT_EQ(jobs::retry_delay(4), 2h);
  EXPECT_EQ(jobs::retry_delay(5), 12h);
  EXPECT_EQ(jobs::retry_delay(40), 12h);
}

}  // namespace
}  // namespace hvhk

// The e-mail outbox and its sender on both real engines, against a real SMTP server on loopback
// (tests/tools/smtp_sink.py, aiosmtpd): every message arrives once with proper headers, a dedupe
// key is queued once, a failure is retried later and then sent once, header injection is never
// sent, and a claimed message left by a sender that died goes out again after its claim.
#include "jobs/mail_sender.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

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
#include "store/outbox_store.h"
#include "test_databases.h"

namespace hvhk {
namespace {

using namespace std::chrono_literals;
using std::chrono::system_clock;
using store::Engine;
using testing::TestDatabase;

constexpr const char* kPython = "/usr/bin/python3";
constexpr const char* kFrom = "Huis van het Kind Scheldeboog <noreply@scheldeboog.example>";
constexpr const char* kUnicodeSubject = "Uitnodiging: je account bij het Huis van het Kind — één klik";

std::string env(const char* name) {
  const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): read before any thread starts
  return value != nullptr ? value : "";
}

std::string iso(system_clock::time_point t) {
  const std::time_t seconds = system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  std::array<char, 32> out{};
  std::strftime(out.data(), out.size(), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return out.data();
}

const system_clock::time_point kNow = std::chrono::sys_days{std::chrono::year{2026} / 11 / 23} + 10h;

std::filesystem::path sink_script() {
  const std::string source = env("HVHK_SOURCE_DIR");
  const std::filesystem::path root = source.empty()
                                         ? std::filesystem::path(__FILE__).parent_path().parent_path().parent_path()
                                         : std::filesystem::path(source);
  return root / "tests" / "tools" / "smtp_sink.py";
}

// Exit status of a command run without a shell.
int run(const std::vector<std::string>& argv) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool aiosmtpd_installed() { return run({kPython, "-c", "import aiosmtpd"}) == 0; }

// The SMTP sink as a child process; stopped (killed) by stop() or the destructor.
class SmtpSink {
 public:
  explicit SmtpSink(std::filesystem::path out) : out_(std::move(out)) {}
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;
  ~SmtpSink() { stop(); }

  // Starts on `port` (0: a free one); false when it did not report a port.
  bool start(int port = 0) {
    std::array<int, 2> pipe_fds{};
    if (pipe(pipe_fds.data()) != 0) return false;
    const std::string script = sink_script().string();
    const std::string out = out_.string();
    const std::string port_text = std::to_string(port);
    pid_ = fork();
    if (pid_ == 0) {
      dup2(pipe_fds[1], STDOUT_FILENO);
      close(pipe_fds[0]);
      close(pipe_fds[1]);
      execl(kPython, kPython, script.c_str(), out.c_str(), "--port", port_text.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    close(pipe_fds[1]);
    std::string line;
    char c = 0;
    while (read(pipe_fds[0], &c, 1) == 1 && c != '\n') line += c;
    close(pipe_fds[0]);
    port_ = std::atoi(line.c_str());
    return port_ > 0;
  }
  void stop() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

  // Every message received so far, as the sink recorded it.
  [[nodiscard]] std::vector<boost::json::object> received() const {
    std::vector<boost::json::object> out;
    std::ifstream in(out_);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) out.push_back(boost::json::parse(line).as_object());
    }
    return out;
  }

 private:
  std::filesystem::path out_;
  pid_t pid_ = -1;
  int port_ = 0;
};

std::string str(const boost::json::object& o, const char* key) { return std::string(o.at(key).as_string()); }

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

// The outbox across a restart (issue 5: "the outbox sends every message at least once and never
// twice to the same person for the same event, across a restart"), with the real binary: 200
// notices for 100 families are queued, `hvhk serve` sends them to a real (slow) SMTP server and is
// killed with SIGKILL at random moments while it sends, then started again until the outbox is
// empty. Every event reaches its family at least once; a message that went out twice (accepted by
// the server, not yet marked sent when the process died) carries the same Message-ID both times,
// so no family gets two different mails for one event; queueing the same events again adds nothing.
//
// A message the killed process had claimed waits for its claim to expire (MailSender::kClaim,
// 10 minutes) before another sender takes it; the test moves those claims back instead of waiting,
// which is what the clock would do (AMailClaimedByASenderThatDiedGoesOutAfterTheClaim in
// mail_sender_test.cc shows the expiry itself).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/ids.h"
#include "smtp_sink.h"
#include "store/outbox_store.h"
#include "test_databases.h"
#include "web/registration_notice.h"

namespace hvhk {
namespace {

using namespace std::chrono_literals;
using store::Engine;
using testing::SmtpSink;
using testing::str;
using testing::TestDatabase;

constexpr int kFamilies = 100;
constexpr int kKills = 3;
constexpr const char* kNow = "2026-11-23T10:00:00Z";

// The hvhk binary: HVHK_BIN, else next to the tests' directory (build/debug/hvhk).
std::filesystem::path hvhk_binary() {
  if (const std::string bin = testing::env("HVHK_BIN"); !bin.empty()) return bin;
  return std::filesystem::read_symlink("/proc/self/exe").parent_path().parent_path() / "hvhk";
}

struct Event {
  std::string recipient;
  std::string subject;
  std::string dedupe_key;
  web::Notice notice;
};

// Two events per family: confirmed (with a calendar) and the reminder, in the family's language.
std::vector<Event> events() {
  static constexpr std::array<const char*, 6> kLanguages = {"nl", "fr", "en", "tr", "ar", "uk"};
  std::vector<Event> out;
  for (int family = 0; family < kFamilies; ++family) {
    web::NoticeFacts facts;
    facts.language = kLanguages.at(static_cast<std::size_t>(family) % kLanguages.size());
    facts.first_name = "Ouder " + std::to_string(family);
    facts.offer_name = "Babymassage " + std::to_string(family);
    facts.organization_name = "Huis van het Kind Zele";
    facts.place = "Kerkstraat 1, 9240 Zele";
    facts.dates = {{"2027-01-10T09:30", "2027-01-10T11:00"}};
    facts.link = "https://hvhk.example/inschrijving/" + std::to_string(family);
    facts.uid = "registration-" + std::to_string(family) + "@hvhk.example";
    facts.now_utc = kNow;
    const std::string recipient = "ouder" + std::to_string(family) + "@example.org";
    for (const char* event : {"confirmed", "reminder"}) {
      facts.event = event;
      web::Notice notice = web::compose_notice(facts);
      const std::string key = std::string(event) == "reminder"
                                  ? "reminder:" + std::to_string(family) + ":2027-01-10T09:30"
                                  : "registration:" + std::to_string(family) + ":confirmed";
      out.push_back(Event{recipient, notice.subject, key, std::move(notice)});
    }
  }
  return out;
}

// `hvhk serve` as a child process in the test's directory (files it makes, such as a data key,
// stay there), its output in a log file.
class Server {
 public:
  Server(const std::string& db_url, const std::string& smtp_url, const std::filesystem::path& log) {
    const std::string bin = hvhk_binary().string();
    pid_ = fork();
    if (pid_ == 0) {
      if (chdir(log.parent_path().c_str()) != 0) _exit(126);
      const std::string out = log.string();
      FILE* file = std::freopen(out.c_str(), "a", stdout);
      if (file != nullptr) dup2(fileno(stdout), STDERR_FILENO);
      execl(bin.c_str(), bin.c_str(), "--db", db_url.c_str(), "serve", "--listen", "127.0.0.1", "--port", "0",
            "--smtp-url", smtp_url.c_str(), "--mail-from", "Huis van het Kind <noreply@zele.example>",
            static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  Server(Server&&) = delete;
  Server& operator=(Server&&) = delete;
  ~Server() { kill_now(); }

  void kill_now() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  [[nodiscard]] bool running() const { return pid_ > 0 && waitpid(pid_, nullptr, WNOHANG) == 0; }

 private:
  pid_t pid_ = -1;
};

class OutboxRestartTest : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    HVHK_ENGINE_TEST_SETUP();
    if (!testing::aiosmtpd_installed()) {
      if (testing::env("HVHK_REQUIRE_TOOLS") == "1") FAIL() << "HVHK_REQUIRE_TOOLS=1 but python3-aiosmtpd is missing";
      GTEST_SKIP() << "python3-aiosmtpd is not installed";
    }
    ASSERT_TRUE(std::filesystem::exists(hvhk_binary())) << hvhk_binary() << " (set HVHK_BIN)";
    dir_ = std::filesystem::temp_directory_path() / ("hvhk_restart_" + core::random_uuid().substr(0, 8));
    std::filesystem::create_directories(dir_);
    sink_.emplace(dir_ / "received.jsonl");
    ASSERT_TRUE(sink_->start(0, 0.02)) << "the SMTP sink did not start";  // 20 ms a message: kills land mid-send
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

  std::size_t unsent() {
    const auto rows = store::OutboxStore(*connection_).all();
    EXPECT_TRUE(rows);
    std::size_t n = 0;
    for (const auto& row : *rows) n += row.sent_at.empty() ? 1 : 0;
    return n;
  }
  // What the clock does after kClaim: the killed sender's claim expires.
  void expire_claims() {
    connection_->execute("UPDATE outbox SET next_attempt_at = created_at WHERE sent_at = ''", {});
  }

  std::filesystem::path dir_;
  std::optional<SmtpSink> sink_;
  std::optional<TestDatabase> db_;
  std::unique_ptr<store::Connection> connection_;
};

TEST_P(OutboxRestartTest, EveryEventArrivesAtLeastOnceAndNeverAsTwoDifferentMails) {
  const std::vector<Event> queued = events();
  for (const Event& e : queued) {
    ASSERT_TRUE(web::enqueue_notice(*connection_, e.notice, "email", e.recipient, e.dedupe_key, kNow));
  }
  ASSERT_EQ(unsent(), queued.size());

  std::mt19937 random(std::random_device{}());
  std::uniform_int_distribution<int> pause_ms(30, 400);
  const std::filesystem::path log = dir_ / "hvhk.log";
  for (int kill = 0; kill < kKills; ++kill) {
    const std::size_t before = sink_->received().size();
    Server server(db_->url(), sink_->url(), log);
    // Wait until this run is sending, then kill it at a random moment.
    for (int i = 0; i < 500 && sink_->received().size() == before; ++i) std::this_thread::sleep_for(10ms);
    ASSERT_GT(sink_->received().size(), before) << "run " << kill << " sent nothing";
    std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms(random)));
    ASSERT_TRUE(server.running());
    server.kill_now();
    EXPECT_GT(unsent(), 0U) << "run " << kill << " finished before it was killed: the kill landed after sending";
    expire_claims();
  }

  {
    Server server(db_->url(), sink_->url(), log);
    for (int i = 0; i < 600 && unsent() > 0; ++i) std::this_thread::sleep_for(100ms);
    ASSERT_EQ(unsent(), 0U) << "the outbox did not empty after the restart";
    std::this_thread::sleep_for(200ms);  // anything sent twice would arrive now
  }

  // recipient and subject (one per event) -> the Message-IDs that arrived.
  std::map<std::pair<std::string, std::string>, std::set<std::string>> arrived;
  std::map<std::pair<std::string, std::string>, int> copies;
  const auto mails = sink_->received();
  for (const auto& mail : mails) {
    const auto& to = mail.at("rcpt_tos").as_array();
    ASSERT_EQ(to.size(), 1U);
    const std::pair key{std::string(to[0].as_string()), str(mail, "subject")};
    arrived[key].insert(str(mail, "message_id"));
    ++copies[key];
  }
  std::set<std::string> ids;
  for (const Event& e : queued) {
    const auto found = arrived.find({e.recipient, e.subject});
    ASSERT_NE(found, arrived.end()) << e.dedupe_key << " never arrived";
    EXPECT_EQ(found->second.size(), 1U) << e.dedupe_key << " arrived as different messages";
    ids.insert(*found->second.begin());
  }
  EXPECT_EQ(ids.size(), queued.size()) << "two events share a Message-ID";
  EXPECT_EQ(arrived.size(), queued.size()) << "something arrived that was not queued";
  // At most the message being sent at each kill can go out twice.
  EXPECT_LE(mails.size(), queued.size() + kKills);
  std::size_t twice = 0;
  for (const auto& [key, n] : copies) twice += n > 1 ? 1 : 0;
  RecordProperty("sent_twice_same_message_id", static_cast<int>(twice));

  // The same events queued again after the restart: nothing is added, nothing more is sent.
  for (const Event& e : queued) {
    EXPECT_FALSE(web::enqueue_notice(*connection_, e.notice, "email", e.recipient, e.dedupe_key, kNow)) << e.dedupe_key;
  }
  EXPECT_EQ(store::OutboxStore(*connection_).all()->size(), queued.size());
  EXPECT_EQ(unsent(), 0U);
  {
    Server server(db_->url(), sink_->url(), log);
    std::this_thread::sleep_for(1s);
  }
  EXPECT_EQ(sink_->received().size(), mails.size());
}

HVHK_INSTANTIATE_ENGINES(OutboxRestartTest);

}  // namespace
}  // namespace hvhk

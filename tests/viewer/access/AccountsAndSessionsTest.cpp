#include <catch2/catch.hpp>

#include <atomic>
#include <barrier>
#include <thread>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/support/TestSupport.hpp"
#include "viewer/access/AuditLog.hpp"
#include "viewer/access/LoginThrottle.hpp"
#include "viewer/access/SessionTable.hpp"
#include "viewer/access/UserAccounts.hpp"

using namespace sohoa::viewer;
using sohoa::indexer::RecordStore;
using sohoa::test::TempDir;

TEST_CASE("users are stored with an Argon2id hash and log in only with their password", "[viewer][users]") {
  TempDir dir;
  RecordStore store = sohoa::indexer::openMigratedStore({dir.path()});
  UserAccounts users(store);
  users.save("canbo", "mot-cua-2025", Role::Clerk);
  auto stored = store.db().prepare("SELECT password_hash FROM users WHERE name = 'canbo'");
  REQUIRE(stored.step());
  CHECK(stored.text(0).starts_with("$argon2id$"));
  CHECK(stored.text(0).find("mot-cua-2025") == std::string::npos);

  REQUIRE(users.authenticate("canbo", "mot-cua-2025"));
  CHECK(users.authenticate("canbo", "mot-cua-2025")->role == Role::Clerk);
  CHECK_FALSE(users.authenticate("canbo", "mot-cua-2024"));
  CHECK_FALSE(users.authenticate("khong-co", "mot-cua-2025"));

  users.save("canbo", "mat-khau-moi", Role::Auditor);  // the command line: a new password and role
  CHECK_FALSE(users.authenticate("canbo", "mot-cua-2025"));
  CHECK(users.authenticate("canbo", "mat-khau-moi")->role == Role::Auditor);
  users.setDisabled("canbo", true);
  CHECK_FALSE(users.authenticate("canbo", "mat-khau-moi"));

  // The viewer's actions change one thing each: a password reset keeps the role.
  CHECK_THROWS_AS(users.create("canbo", "mot-cua-2026", Role::Admin), InvalidAccount);
  users.setDisabled("canbo", false);
  users.setPassword("canbo", "mot-cua-2026");
  CHECK(users.authenticate("canbo", "mot-cua-2026")->role == Role::Auditor);
  users.setRole("canbo", Role::Clerk);
  CHECK(users.authenticate("canbo", "mot-cua-2026")->role == Role::Clerk);
  CHECK_THROWS_AS(users.setPassword("canbo", "ngan"), InvalidAccount);
  CHECK_THROWS_AS(users.setRole("khong-co", Role::Clerk), sohoa::indexer::NotFound);
  CHECK_THROWS_AS(users.setDisabled("khong-co", true), sohoa::indexer::NotFound);

  CHECK_THROWS_AS(users.save("cán bộ", "mot-cua-2025", Role::Clerk), InvalidAccount);
  CHECK_THROWS_AS(users.save("canbo2", "ngan", Role::Clerk), InvalidAccount);
  CHECK(users.count() == 1);
}

TEST_CASE("sessions carry their user, role and CSRF token until they end", "[viewer][sessions]") {
  SessionTable sessions;
  const auto first = sessions.start("canbo", Role::Clerk);
  const auto second = sessions.start("canbo", Role::Clerk);
  const auto other = sessions.start("kiemtra", Role::Auditor);
  CHECK(first.token.size() == 64);
  CHECK(first.token != second.token);
  CHECK(first.csrfToken != first.token);
  REQUIRE(sessions.find(first.token));
  CHECK(sessions.find(first.token)->csrfToken == first.csrfToken);
  CHECK_FALSE(sessions.find("00" + first.token.substr(2)));
  sessions.end(first.token);
  CHECK_FALSE(sessions.find(first.token));
  CHECK(sessions.find(second.token));
  sessions.endAllOf("canbo");
  CHECK_FALSE(sessions.find(second.token));
  CHECK(sessions.find(other.token)->role == Role::Auditor);
  CHECK(sameSecret(other.csrfToken, other.csrfToken));
  CHECK_FALSE(sameSecret(other.csrfToken, first.csrfToken));
  CHECK_FALSE(sameSecret("", ""));
}

namespace {

// A clock the test moves by hand.
struct TestClock {
  LoginThrottle::Clock::time_point now = LoginThrottle::Clock::now();
  std::function<LoginThrottle::Clock::time_point()> reader() {
    return [this] { return now; };
  }
};

void fail(LoginThrottle& throttle, const std::string& name, const std::string& client) {
  auto attempt = throttle.admit(name, client);
  REQUIRE(attempt.admitted());
  attempt.failed();
}

}  // namespace

TEST_CASE("after exactly 3 wrong passwords a name waits at that address, longer each time", "[viewer][throttle]") {
  TestClock clock;
  LoginThrottle throttle(clock.reader());
  for (int i = 0; i < LoginThrottle::kFreeFailuresPerName; ++i) fail(throttle, "canbo", "10.0.0.5");
  const auto fourth = throttle.admit("canbo", "10.0.0.5");
  CHECK_FALSE(fourth.admitted());
  CHECK(fourth.secondsToWait() == 2);
  clock.now += std::chrono::seconds(2);
  fail(throttle, "canbo", "10.0.0.5");  // one attempt after the wait, then a longer wait
  CHECK(throttle.admit("canbo", "10.0.0.5").secondsToWait() == 4);
  clock.now += std::chrono::seconds(4);
  fail(throttle, "canbo", "10.0.0.5");
  CHECK(throttle.admit("canbo", "10.0.0.5").secondsToWait() == 8);
  // The guesser's address does not lock the real user out elsewhere, nor other names here.
  CHECK(throttle.admit("canbo", "10.0.0.9").admitted());
  CHECK(throttle.admit("kiemtra", "10.0.0.5").admitted());
  // A success clears the name's count at that address; an hour without failures forgets it.
  clock.now += std::chrono::seconds(8);
  throttle.admit("canbo", "10.0.0.5").succeeded();
  for (int i = 0; i < LoginThrottle::kFreeFailuresPerName; ++i) fail(throttle, "canbo", "10.0.0.5");
  CHECK_FALSE(throttle.admit("canbo", "10.0.0.5").admitted());
  clock.now += LoginThrottle::kForgetAfter + std::chrono::seconds(1);
  CHECK(throttle.admit("canbo", "10.0.0.5").admitted());
}

TEST_CASE("concurrent attempts get no more password checks than sequential ones", "[viewer][throttle]") {
  LoginThrottle throttle;
  constexpr int kAttempts = 40;
  std::atomic<int> admitted = 0;
  std::barrier allAsked(kAttempts);
  std::vector<std::thread> guessers;
  for (int i = 0; i < kAttempts; ++i)
    guessers.emplace_back([&] {
      auto attempt = throttle.admit("kiemtra", "10.0.0.7");
      if (attempt.admitted()) ++admitted;
      allAsked.arrive_and_wait();  // every attempt is asked for before any password is found wrong
      attempt.failed();
    });
  for (auto& guesser : guessers) guesser.join();
  CHECK(admitted == LoginThrottle::kFreeFailuresPerName);
  CHECK_FALSE(throttle.admit("kiemtra", "10.0.0.7").admitted());
}

TEST_CASE("an address guessing many names waits after 10, and a success of its own does not reset it",
          "[viewer][throttle]") {
  LoginThrottle throttle;
  for (int i = 0; i < LoginThrottle::kFreeFailuresPerClient - 1; ++i)
    fail(throttle, "name" + std::to_string(i), "10.0.0.8");
  throttle.admit("canbo", "10.0.0.8").succeeded();  // the guesser logs into their own account
  fail(throttle, "another", "10.0.0.8");
  CHECK_FALSE(throttle.admit("yet-another", "10.0.0.8").admitted());
  CHECK(throttle.admit("yet-another", "10.0.0.3").admitted());
  {
    auto broken = throttle.admit("canbo", "10.0.0.4");  // the store failed: neither outcome
    REQUIRE(broken.admitted());
  }
  for (int i = 0; i < LoginThrottle::kFreeFailuresPerName; ++i) fail(throttle, "canbo", "10.0.0.4");
}

TEST_CASE("the audit log keeps who did what, filtered by user, action and day", "[viewer][audit]") {
  TempDir dir;
  RecordStore store = sohoa::indexer::openMigratedStore({dir.path()});
  recordAudit(store, {0, "", "canbo", "search", "ho thanh phuc", "hits=3", "127.0.0.1"});
  recordAudit(store, {0, "", "canbo", "view", "document:abc-p1", "", "127.0.0.1"});
  recordAudit(store, {0, "", "kiemtra", "view", "dossier:000.14.22.H08-250605-1271", "", "127.0.0.1"});
  CHECK(readAudit(store, {}).size() == 3);
  CHECK(readAudit(store, {}).front().target == "dossier:000.14.22.H08-250605-1271");  // newest first
  CHECK(readAudit(store, {std::string("canbo"), std::nullopt, std::nullopt, std::nullopt}).size() == 2);
  CHECK(readAudit(store, {std::nullopt, std::string("view"), std::nullopt, std::nullopt}).size() == 2);
  const auto today = readAudit(store, {}).front().at.substr(0, 10);
  CHECK(readAudit(store, {std::nullopt, std::nullopt, today, today}).size() == 3);
  CHECK(readAudit(store, {std::nullopt, std::nullopt, std::string("2099-01-01"), std::nullopt}).empty());
}

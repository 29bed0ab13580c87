#include <catch2/catch.hpp>

#include "indexer/RecordStore.hpp"
#include "tests/support/TestSupport.hpp"
#include "viewer/AuditLog.hpp"
#include "viewer/LoginThrottle.hpp"
#include "viewer/SessionTable.hpp"
#include "viewer/UserAccounts.hpp"

using namespace sohoa::viewer;
using sohoa::indexer::RecordStore;
using sohoa::test::TempDir;

TEST_CASE("users are stored with an Argon2id hash and log in only with their password", "[viewer][users]") {
  TempDir dir;
  RecordStore store({dir.path()});
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

  users.save("canbo", "mat-khau-moi", Role::Auditor);  // a new password and role
  CHECK_FALSE(users.authenticate("canbo", "mot-cua-2025"));
  CHECK(users.authenticate("canbo", "mat-khau-moi")->role == Role::Auditor);
  users.setDisabled("canbo", true);
  CHECK_FALSE(users.authenticate("canbo", "mat-khau-moi"));

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

TEST_CASE("failed logins make the next attempts wait, longer each time, until one succeeds", "[viewer][throttle]") {
  LoginThrottle throttle;
  for (int i = 0; i < LoginThrottle::kFreeFailuresPerName; ++i) {
    CHECK(throttle.secondsToWait("canbo", "10.0.0.5") == 0);
    throttle.failed("canbo", "10.0.0.5");
  }
  CHECK(throttle.secondsToWait("canbo", "10.0.0.5") == 0);  // the third failure is still free
  throttle.failed("canbo", "10.0.0.5");
  const int firstWait = throttle.secondsToWait("canbo", "10.0.0.9");  // the name is blocked from anywhere
  CHECK(firstWait >= 1);
  throttle.failed("canbo", "10.0.0.5");
  CHECK(throttle.secondsToWait("canbo", "10.0.0.5") > firstWait);
  CHECK(throttle.secondsToWait("kiemtra", "10.0.0.9") == 0);
  throttle.succeeded("canbo", "10.0.0.5");
  CHECK(throttle.secondsToWait("canbo", "10.0.0.5") == 0);
}

TEST_CASE("the audit log keeps who did what, filtered by user, action and day", "[viewer][audit]") {
  TempDir dir;
  RecordStore store({dir.path()});
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

#pragma once
// Signed-in browsers: a random session token (the HttpOnly cookie) names the user, their
// role and a CSRF token every state-changing request must echo. Sessions end at logout,
// after 30 minutes unused, or 10 hours after login; they live in memory, so restarting the
// viewer signs everyone out.
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "viewer/access/UserAccounts.hpp"

namespace sohoa::viewer {

struct Session {
  std::string token;
  std::string csrfToken;
  std::string username;
  Role role = Role::Clerk;
  std::chrono::steady_clock::time_point started, lastUsed;
};

class SessionTable {
 public:
  static constexpr std::chrono::minutes kIdleLimit{30};
  static constexpr std::chrono::hours kLifetime{10};

  Session start(const std::string& username, Role role);
  // The session, its last use moved to now; nothing for an unknown, ended or expired token.
  std::optional<Session> find(const std::string& token);
  void end(const std::string& token);
  // Ends every session of a user (their password or role changed, or they were disabled).
  void endAllOf(const std::string& username);

 private:
  std::mutex mutex_;
  std::map<std::string, Session> sessions_;
};

// Hex of `bytes` random bytes from the system's secure source.
std::string randomToken(std::size_t bytes = 32);
// Compares in time independent of where the strings differ.
bool sameSecret(const std::string& a, const std::string& b);

}  // namespace sohoa::viewer

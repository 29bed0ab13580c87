#pragma once
// Slows down password guessing: after 3 failed logins for the same user name, or 10 from
// the same address (an office may share one), each further attempt must wait, 2 s, then 4 s, 8 s… up to 15 minutes,
// until a login succeeds. Kept in memory (a restart forgets, as it also signs everyone out).
#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace sohoa::viewer {

class LoginThrottle {
 public:
  static constexpr int kFreeFailuresPerName = 3;
  static constexpr int kFreeFailuresPerClient = 10;
  static constexpr std::chrono::seconds kLongestWait{900};

  // Seconds to wait before this name, from this address, may try again; 0: may try now.
  int secondsToWait(const std::string& username, const std::string& client);
  void failed(const std::string& username, const std::string& client);
  void succeeded(const std::string& username, const std::string& client);

 private:
  struct Failures {
    int count = 0;
    std::chrono::steady_clock::time_point blockedUntil;
  };
  void fail(Failures& failures, int freeFailures, std::chrono::steady_clock::time_point now);

  std::mutex mutex_;
  std::map<std::string, Failures> byName_, byClient_;
};

}  // namespace sohoa::viewer

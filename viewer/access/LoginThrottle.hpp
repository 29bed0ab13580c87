#pragma once
// Slows down password guessing, counting failed logins per (user name, address) and per
// address:
//  - after 3 wrong passwords for one name from one address, the next attempt of that name
//    from there waits 2 s, then 4 s, 8 s… up to 15 minutes;
//  - after 10 failed logins from one address (any names; an office may share one), every
//    attempt from it waits the same way;
//  - failures from one address never hold up the name from another: a guesser cannot lock
//    the real user out;
//  - an attempt counts as a failure while its password is being checked, so concurrent
//    attempts get no more checks than sequential ones (3, then one after each wait);
//  - a successful login clears its own (name, address) count only: logging into one's own
//    account does not buy an address more guesses at other names;
//  - counts are forgotten an hour after their last failure.
// Kept in memory (a restart forgets, as it also signs everyone out).
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace sohoa::viewer {

class LoginThrottle {
 public:
  static constexpr int kFreeFailuresPerName = 3;
  static constexpr int kFreeFailuresPerClient = 10;
  static constexpr std::chrono::seconds kLongestWait{900};
  static constexpr std::chrono::hours kForgetAfter{1};

  // One login attempt: admitted (its password may be checked now) or told how long to wait.
  // An admitted attempt ends as failed() or succeeded(); one that ends otherwise (an error)
  // counts as neither.
  class Attempt {
   public:
    Attempt(Attempt&& other) noexcept;
    Attempt& operator=(Attempt&&) = delete;
    ~Attempt();
    bool admitted() const { return throttle_ != nullptr; }
    int secondsToWait() const { return secondsToWait_; }
    void failed();
    void succeeded();

   private:
    friend class LoginThrottle;
    Attempt(LoginThrottle* throttle, std::string username, std::string client, int secondsToWait);
    LoginThrottle* throttle_;
    std::string username_, client_;
    int secondsToWait_;
  };

  using Clock = std::chrono::steady_clock;
  // `now` reads the time (tests pass their own clock).
  LoginThrottle() : LoginThrottle(Clock::now) {}
  explicit LoginThrottle(std::function<Clock::time_point()> now) : now_(std::move(now)) {}

  Attempt admit(const std::string& username, const std::string& client);

 private:
  struct Count {
    int failures = 0;
    int pending = 0;  // attempts being checked
    Clock::time_point blockedUntil, lastFailure;
  };
  enum class Outcome { Failed, Succeeded, Abandoned };
  static Clock::duration waitFor(Count& count, int freeFailures, Clock::time_point now);
  static void conclude(Count& count, bool failed, int freeFailures, Clock::time_point now);
  void end(const std::string& username, const std::string& client, Outcome outcome);
  void forgetOld(Clock::time_point now);

  std::function<Clock::time_point()> now_;
  std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, Count> byNameAndClient_;
  std::map<std::string, Count> byClient_;
};

}  // namespace sohoa::viewer

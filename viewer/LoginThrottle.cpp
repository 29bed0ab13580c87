#include "viewer/LoginThrottle.hpp"

#include <algorithm>

namespace sohoa::viewer {

int LoginThrottle::secondsToWait(const std::string& username, const std::string& client) {
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  auto wait = std::chrono::steady_clock::duration::zero();
  for (auto* table : {&byName_, &byClient_}) {
    const auto found = table->find(table == &byName_ ? username : client);
    if (found != table->end() && found->second.blockedUntil > now)
      wait = std::max(wait, found->second.blockedUntil - now);
  }
  return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(wait).count());
}

void LoginThrottle::fail(Failures& failures, int freeFailures, std::chrono::steady_clock::time_point now) {
  ++failures.count;
  if (failures.count <= freeFailures) return;
  const int doublings = std::min(failures.count - freeFailures, 10);
  const auto wait = std::min<std::chrono::seconds>(std::chrono::seconds(1 << doublings), kLongestWait);
  failures.blockedUntil = now + wait;
}

void LoginThrottle::failed(const std::string& username, const std::string& client) {
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  fail(byName_[username], kFreeFailuresPerName, now);
  fail(byClient_[client], kFreeFailuresPerClient, now);
}

void LoginThrottle::succeeded(const std::string& username, const std::string& client) {
  std::lock_guard lock(mutex_);
  byName_.erase(username);
  byClient_.erase(client);
}

}  // namespace sohoa::viewer

#include "viewer/access/LoginThrottle.hpp"

#include <algorithm>

namespace sohoa::viewer {
namespace {

constexpr std::size_t kMostCounts = 100000;  // beyond this, counts past kForgetAfter are dropped

}  // namespace

LoginThrottle::Attempt::Attempt(LoginThrottle* throttle, std::string username, std::string client, int secondsToWait)
    : throttle_(throttle), username_(std::move(username)), client_(std::move(client)), secondsToWait_(secondsToWait) {}

LoginThrottle::Attempt::Attempt(Attempt&& other) noexcept
    : throttle_(std::exchange(other.throttle_, nullptr)),
      username_(std::move(other.username_)),
      client_(std::move(other.client_)),
      secondsToWait_(other.secondsToWait_) {}

LoginThrottle::Attempt::~Attempt() {
  if (throttle_) throttle_->end(username_, client_, Outcome::Abandoned);
}

void LoginThrottle::Attempt::failed() {
  if (auto* throttle = std::exchange(throttle_, nullptr)) throttle->end(username_, client_, Outcome::Failed);
}

void LoginThrottle::Attempt::succeeded() {
  if (auto* throttle = std::exchange(throttle_, nullptr)) throttle->end(username_, client_, Outcome::Succeeded);
}

// How long `count` holds an attempt back; zero when it may go ahead.
LoginThrottle::Clock::duration LoginThrottle::waitFor(Count& count, int freeFailures, Clock::time_point now) {
  if (count.pending == 0 && count.failures > 0 && now - count.lastFailure > kForgetAfter) count = {};
  if (count.blockedUntil > now) return count.blockedUntil - now;
  // The free attempts, then one at a time after each wait.
  if (count.failures + count.pending < freeFailures || (count.failures >= freeFailures && count.pending == 0))
    return Clock::duration::zero();
  return std::chrono::seconds(1);  // another attempt is being checked: its outcome decides
}

void LoginThrottle::conclude(Count& count, bool failed, int freeFailures, Clock::time_point now) {
  count.pending = std::max(count.pending - 1, 0);
  if (!failed) return;
  ++count.failures;
  count.lastFailure = now;
  if (count.failures < freeFailures) return;
  const int doublings = std::min(count.failures - freeFailures + 1, 10);
  count.blockedUntil = now + std::min<Clock::duration>(std::chrono::seconds(1 << doublings), kLongestWait);
}

LoginThrottle::Attempt LoginThrottle::admit(const std::string& username, const std::string& client) {
  const auto now = now_();
  std::lock_guard lock(mutex_);
  forgetOld(now);
  Count& ofName = byNameAndClient_[{username, client}];
  Count& ofClient = byClient_[client];
  const auto wait =
      std::max(waitFor(ofName, kFreeFailuresPerName, now), waitFor(ofClient, kFreeFailuresPerClient, now));
  if (wait > Clock::duration::zero())
    return Attempt(nullptr, username, client, static_cast<int>(std::chrono::ceil<std::chrono::seconds>(wait).count()));
  ++ofName.pending;
  ++ofClient.pending;
  return Attempt(this, username, client, 0);
}

void LoginThrottle::end(const std::string& username, const std::string& client, Outcome outcome) {
  const auto now = now_();
  std::lock_guard lock(mutex_);
  Count& ofName = byNameAndClient_[{username, client}];
  conclude(ofName, outcome == Outcome::Failed, kFreeFailuresPerName, now);
  conclude(byClient_[client], outcome == Outcome::Failed, kFreeFailuresPerClient, now);
  if (outcome == Outcome::Succeeded && ofName.pending == 0) byNameAndClient_.erase({username, client});
}

void LoginThrottle::forgetOld(Clock::time_point now) {
  if (byNameAndClient_.size() + byClient_.size() < kMostCounts) return;
  auto old = [&](const auto& entry) {
    const auto& count = entry.second;
    return count.pending == 0 && count.blockedUntil <= now &&
           (count.failures == 0 || now - count.lastFailure > kForgetAfter);
  };
  std::erase_if(byNameAndClient_, old);
  std::erase_if(byClient_, old);
}

}  // namespace sohoa::viewer

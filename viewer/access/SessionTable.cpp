#include "viewer/access/SessionTable.hpp"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace sohoa::viewer {

std::string randomToken(std::size_t bytes) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
  hex.pop_back();
  return hex;
}

bool sameSecret(const std::string& a, const std::string& b) {
  return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

Session SessionTable::start(const std::string& username, Role role) {
  const auto now = std::chrono::steady_clock::now();
  Session session{randomToken(), randomToken(), username, role, now, now};
  std::lock_guard lock(mutex_);
  sessions_[session.token] = session;
  return session;
}

std::optional<Session> SessionTable::find(const std::string& token) {
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  // Expired sessions are swept as they are met; a token that was never issued is not in the map.
  auto found = sessions_.find(token);
  if (found == sessions_.end()) return std::nullopt;
  Session& session = found->second;
  if (now - session.lastUsed > kIdleLimit || now - session.started > kLifetime) {
    sessions_.erase(found);
    return std::nullopt;
  }
  session.lastUsed = now;
  return session;
}

void SessionTable::end(const std::string& token) {
  std::lock_guard lock(mutex_);
  sessions_.erase(token);
}

void SessionTable::endAllOf(const std::string& username) {
  std::lock_guard lock(mutex_);
  std::erase_if(sessions_, [&](const auto& entry) { return entry.second.username == username; });
}

}  // namespace sohoa::viewer

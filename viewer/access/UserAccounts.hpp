#pragma once
// The viewer's users, kept in the store's users table: a name, a role and an Argon2id hash.
//  - clerk: searches, views, corrects fields, marks reuse, reads reports;
//  - auditor: reads records (CCCD numbers partly masked) and reports, changes nothing;
//  - admin: all of the clerk's work, and manages users and reads the audit log.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "indexer/store/StoreError.hpp"
#include "indexer/store/UserRows.hpp"

namespace sohoa::viewer {

enum class Role { Admin, Clerk, Auditor };
std::string roleName(Role role);
// The role as users read it: "quản trị", "cán bộ một cửa", "kiểm tra".
std::string roleLabel(Role role);
std::optional<Role> roleNamed(const std::string& name);

struct UserAccount {
  std::int64_t id = 0;
  std::string name;
  Role role = Role::Clerk;
  bool disabled = false;
  std::string createdAt;
};

// A name or password that cannot be used, with the reason in words for the person.
class InvalidAccount : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

inline constexpr std::size_t kShortestPassword = 8;

// Each change is its own action, so that resetting a password never changes a role. Changes
// to a user who does not exist throw indexer::NotFound.
class UserAccounts {
 public:
  explicit UserAccounts(indexer::RecordStore& store) : rows_(store) {}

  // Creates a user, or sets a new password and role for an existing one (the command line's
  // --add-user, run by whoever holds the store).
  UserAccount save(const std::string& name, const std::string& password, Role role);
  // A new user (disabled from the start if asked); InvalidAccount when the name is taken.
  UserAccount create(const std::string& name, const std::string& password, Role role, bool disabled = false);
  void setPassword(const std::string& name, const std::string& password);
  void setRole(const std::string& name, Role role);
  void setDisabled(const std::string& name, bool disabled);
  // The user whose password this is; nothing for a wrong name, password or a disabled user
  // (a wrong name costs the same time as a wrong password).
  std::optional<UserAccount> authenticate(const std::string& name, const std::string& password);
  std::optional<UserAccount> find(const std::string& name);
  std::vector<UserAccount> list();
  std::int64_t count();

 private:
  indexer::UserRows rows_;
};

}  // namespace sohoa::viewer

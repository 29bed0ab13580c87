#pragma once
// The viewer's users as the store keeps them (the users table): a name, a role by its name, an
// Argon2id hash and whether the account is disabled. Checking names and passwords and hashing
// are the viewer's (viewer/UserAccounts); this only reads and writes the rows.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct UserRow {
  std::int64_t id = 0;
  std::string name;
  std::string role;  // admin, clerk, auditor
  bool disabled = false;
  std::string createdAt;
};

struct UserCredentials {
  std::string passwordHash;
  bool disabled = false;
};

class UserRows {
 public:
  explicit UserRows(RecordStore& store) : store_(store) {}

  // A new user or new role and hash for an existing one, enabled again.
  void save(const std::string& name, const std::string& role, const std::string& passwordHash);
  // A new user; false when the name is taken.
  bool insert(const std::string& name, const std::string& role, const std::string& passwordHash, bool disabled);
  // Changes to one user; false when there is no such user.
  bool setPasswordHash(const std::string& name, const std::string& passwordHash);
  bool setRole(const std::string& name, const std::string& role);
  bool setDisabled(const std::string& name, bool disabled);

  std::optional<UserCredentials> credentials(const std::string& name);
  std::optional<UserRow> find(const std::string& name);
  std::vector<UserRow> list();  // by name
  std::int64_t count();

 private:
  RecordStore& store_;
};

}  // namespace sohoa::indexer

#include "viewer/access/UserAccounts.hpp"

#include <algorithm>
#include <cctype>

#include "viewer/access/PasswordHash.hpp"

namespace sohoa::viewer {
namespace {

UserAccount account(const indexer::UserRow& row) {
  return {row.id, row.name, roleNamed(row.role).value_or(Role::Auditor), row.disabled, row.createdAt};
}

void checkName(const std::string& name) {
  const bool fits = !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '_' || c == '-';
  });
  if (!fits)
    throw InvalidAccount(
        "Tên đăng nhập gồm 1 đến 64 chữ cái không dấu, chữ số, '.', '_' hoặc '-' (không dấu cách, không dấu tiếng "
        "Việt)");
}

void checkPassword(const std::string& password) {
  if (password.size() < kShortestPassword) throw InvalidAccount("Mật khẩu cần ít nhất 8 ký tự");
}

}  // namespace

std::string roleName(Role role) {
  switch (role) {
    case Role::Admin:
      return "admin";
    case Role::Clerk:
      return "clerk";
    case Role::Auditor:
      return "auditor";
  }
  return "auditor";
}

std::string roleLabel(Role role) {
  switch (role) {
    case Role::Admin:
      return "quản trị";
    case Role::Clerk:
      return "cán bộ một cửa";
    case Role::Auditor:
      return "kiểm tra";
  }
  return "kiểm tra";
}

std::optional<Role> roleNamed(const std::string& name) {
  for (Role role : {Role::Admin, Role::Clerk, Role::Auditor})
    if (roleName(role) == name) return role;
  return std::nullopt;
}

UserAccount UserAccounts::save(const std::string& name, const std::string& password, Role role) {
  checkName(name);
  checkPassword(password);
  rows_.save(name, roleName(role), hashPassword(password));
  return *find(name);
}

UserAccount UserAccounts::create(const std::string& name, const std::string& password, Role role, bool disabled) {
  checkName(name);
  checkPassword(password);
  if (find(name) || !rows_.insert(name, roleName(role), hashPassword(password), disabled))
    throw InvalidAccount("Đã có người dùng " + name);
  return *find(name);
}

void UserAccounts::setPassword(const std::string& name, const std::string& password) {
  checkPassword(password);
  if (!find(name) || !rows_.setPasswordHash(name, hashPassword(password))) throw indexer::NotFound("no user " + name);
}

void UserAccounts::setRole(const std::string& name, Role role) {
  if (!rows_.setRole(name, roleName(role))) throw indexer::NotFound("no user " + name);
}

void UserAccounts::setDisabled(const std::string& name, bool disabled) {
  if (!rows_.setDisabled(name, disabled)) throw indexer::NotFound("no user " + name);
}

std::optional<UserAccount> UserAccounts::authenticate(const std::string& name, const std::string& password) {
  const auto credentials = rows_.credentials(name);
  if (!credentials) {
    // Hash anyway, so a wrong name cannot be told from a wrong password by the time taken.
    static const std::string unknownUserHash = hashPassword("no such user, no such password");
    passwordMatches(unknownUserHash, password);
    return std::nullopt;
  }
  const bool matches = passwordMatches(credentials->passwordHash, password);
  if (!matches || credentials->disabled) return std::nullopt;
  return find(name);
}

std::optional<UserAccount> UserAccounts::find(const std::string& name) {
  const auto row = rows_.find(name);
  if (!row) return std::nullopt;
  return account(*row);
}

std::vector<UserAccount> UserAccounts::list() {
  std::vector<UserAccount> users;
  for (const auto& row : rows_.list()) users.push_back(account(row));
  return users;
}

std::int64_t UserAccounts::count() { return rows_.count(); }

}  // namespace sohoa::viewer

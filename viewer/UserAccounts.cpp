#include "viewer/UserAccounts.hpp"

#include <algorithm>
#include <cctype>

#include "viewer/PasswordHash.hpp"

namespace sohoa::viewer {
namespace {

constexpr const char* kColumns = "SELECT id, name, role, disabled, created_at FROM users ";

UserAccount readAccount(indexer::SqliteStatement& row) {
  return {row.integer(0), row.text(1), roleNamed(row.text(2)).value_or(Role::Auditor), row.integer(3) != 0,
          row.text(4)};
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
  store_.db()
      .prepare(
          "INSERT INTO users (name, role, password_hash) VALUES (?, ?, ?) "
          "ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, disabled = 0")
      .bindAll(name, roleName(role), hashPassword(password))
      .run();
  return *find(name);
}

UserAccount UserAccounts::create(const std::string& name, const std::string& password, Role role) {
  checkName(name);
  checkPassword(password);
  if (find(name)) throw InvalidAccount("Đã có người dùng " + name);
  store_.db()
      .prepare("INSERT INTO users (name, role, password_hash) VALUES (?, ?, ?)")
      .bindAll(name, roleName(role), hashPassword(password))
      .run();
  return *find(name);
}

void UserAccounts::setPassword(const std::string& name, const std::string& password) {
  checkPassword(password);
  if (!find(name)) throw std::out_of_range("no user " + name);
  store_.db().prepare("UPDATE users SET password_hash = ? WHERE name = ?").bindAll(hashPassword(password), name).run();
}

void UserAccounts::setRole(const std::string& name, Role role) {
  if (!find(name)) throw std::out_of_range("no user " + name);
  store_.db().prepare("UPDATE users SET role = ? WHERE name = ?").bindAll(roleName(role), name).run();
}

void UserAccounts::setDisabled(const std::string& name, bool disabled) {
  if (!find(name)) throw std::out_of_range("no user " + name);
  store_.db().prepare("UPDATE users SET disabled = ? WHERE name = ?").bindAll(disabled ? 1 : 0, name).run();
}

std::optional<UserAccount> UserAccounts::authenticate(const std::string& name, const std::string& password) {
  auto row = store_.db().prepare("SELECT password_hash, disabled FROM users WHERE name = ?");
  row.bindAll(name);
  if (!row.step()) {
    // Hash anyway, so a wrong name cannot be told from a wrong password by the time taken.
    static const std::string unknownUserHash = hashPassword("no such user, no such password");
    passwordMatches(unknownUserHash, password);
    return std::nullopt;
  }
  const bool matches = passwordMatches(row.text(0), password);
  if (!matches || row.integer(1) != 0) return std::nullopt;
  return find(name);
}

std::optional<UserAccount> UserAccounts::find(const std::string& name) {
  auto row = store_.db().prepare(std::string(kColumns) + "WHERE name = ?");
  row.bindAll(name);
  if (!row.step()) return std::nullopt;
  return readAccount(row);
}

std::vector<UserAccount> UserAccounts::list() {
  std::vector<UserAccount> users;
  auto rows = store_.db().prepare(std::string(kColumns) + "ORDER BY name");
  while (rows.step()) users.push_back(readAccount(rows));
  return users;
}

std::int64_t UserAccounts::count() {
  auto row = store_.db().prepare("SELECT count(*) FROM users");
  row.step();
  return row.integer(0);
}

}  // namespace sohoa::viewer

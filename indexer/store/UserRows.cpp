#include "indexer/store/UserRows.hpp"

#include <sqlite3.h>

namespace sohoa::indexer {
namespace {

constexpr const char* kColumns = "SELECT id, name, role, disabled, created_at FROM users ";

UserRow readUser(StoreStatement& row) {
  return {row.integer(0), row.text(1), row.text(2), row.integer(3) != 0, row.text(4)};
}

}  // namespace

void UserRows::save(const std::string& name, const std::string& role, const std::string& passwordHash) {
  store_.db()
      .prepare(
          "INSERT INTO users (name, role, password_hash) VALUES (?, ?, ?) "
          "ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, disabled = 0")
      .bindAll(name, role, passwordHash)
      .run();
}

bool UserRows::insert(const std::string& name, const std::string& role, const std::string& passwordHash,
                      bool disabled) {
  store_.db()
      .prepare(
          "INSERT INTO users (name, role, password_hash, disabled) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")
      .bindAll(name, role, passwordHash, disabled ? 1 : 0)
      .run();
  return store_.db().changes() > 0;
}

bool UserRows::setPasswordHash(const std::string& name, const std::string& passwordHash) {
  store_.db().prepare("UPDATE users SET password_hash = ? WHERE name = ?").bindAll(passwordHash, name).run();
  return store_.db().changes() > 0;
}

bool UserRows::setRole(const std::string& name, const std::string& role) {
  store_.db().prepare("UPDATE users SET role = ? WHERE name = ?").bindAll(role, name).run();
  return store_.db().changes() > 0;
}

bool UserRows::setDisabled(const std::string& name, bool disabled) {
  store_.db().prepare("UPDATE users SET disabled = ? WHERE name = ?").bindAll(disabled ? 1 : 0, name).run();
  return store_.db().changes() > 0;
}

std::optional<UserCredentials> UserRows::credentials(const std::string& name) {
  auto row = store_.db().prepare("SELECT password_hash, disabled FROM users WHERE name = ?");
  row.bindAll(name);
  if (!row.step()) return std::nullopt;
  return UserCredentials{row.text(0), row.integer(1) != 0};
}

std::optional<UserRow> UserRows::find(const std::string& name) {
  auto row = store_.db().prepare(std::string(kColumns) + "WHERE name = ?");
  row.bindAll(name);
  if (!row.step()) return std::nullopt;
  return readUser(row);
}

std::vector<UserRow> UserRows::list() {
  std::vector<UserRow> users;
  auto rows = store_.db().prepare(std::string(kColumns) + "ORDER BY name");
  while (rows.step()) users.push_back(readUser(rows));
  return users;
}

std::int64_t UserRows::count() {
  auto row = store_.db().prepare("SELECT count(*) FROM users");
  row.step();
  return row.integer(0);
}

}  // namespace sohoa::indexer

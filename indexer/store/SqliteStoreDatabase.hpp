#pragma once
// A desk's SQLite file as a StoreDatabase: statements are SqliteStatements, a transaction is
// BEGIN IMMEDIATE (the write lock at once, so two writers never deadlock half way).
#include "indexer/store/Sqlite.hpp"
#include "indexer/store/StoreDatabase.hpp"

namespace sohoa::indexer {

class SqliteStoreDatabase : public StoreDatabase {
 public:
  explicit SqliteStoreDatabase(SqliteDatabase& db) : db_(db) {}
  SqlDialect dialect() const override { return SqlDialect::Sqlite; }
  StoreStatement prepare(std::string_view sql) override;
  void execute(std::string_view sql) override { db_.execute(sql); }
  std::int64_t changes() const override { return sqlite3_changes64(db_.handle()); }
  void begin() override { db_.execute("BEGIN IMMEDIATE"); }
  void commit() override { db_.execute("COMMIT"); }
  void rollback() noexcept override { sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr); }
  bool inTransaction() const override { return sqlite3_get_autocommit(db_.handle()) == 0; }

 private:
  SqliteDatabase& db_;
};

}  // namespace sohoa::indexer

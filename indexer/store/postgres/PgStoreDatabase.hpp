#pragma once
// A province's PostgreSQL store as a StoreDatabase, so the repositories written for a desk's
// SQLite file (documents, register, users, audit…) read and write it with the same SQL. Their
// `?` and `?N` parameters become `$N`; numbers are sent typed (bigint, double precision),
// texts as text, blobs as bytea; a boolean read as an integer is 1 or 0, as SQLite gives it.
#include <string>
#include <string_view>

#include "indexer/store/StoreDatabase.hpp"
#include "indexer/store/postgres/PgConnection.hpp"

namespace sohoa::indexer {

// SQLite's `?` and `?N` parameters as PostgreSQL's `$N` (none inside quotes or comments).
std::string postgresParameters(std::string_view sql);

class PgStoreDatabase : public StoreDatabase {
 public:
  explicit PgStoreDatabase(PgConnection& connection) : connection_(connection) {}
  SqlDialect dialect() const override { return SqlDialect::Postgres; }
  StoreStatement prepare(std::string_view sql) override;
  void execute(std::string_view sql) override { connection_.runScript(std::string(sql)); }
  std::int64_t changes() const override { return changes_; }
  void begin() override { connection_.run("BEGIN"); }
  void commit() override { connection_.run("COMMIT"); }
  void rollback() noexcept override;
  bool inTransaction() const override;
  // What the last statement run through it changed (kept for changes()).
  void noteChanges(std::int64_t rows) { changes_ = rows; }
  PgConnection& connection() { return connection_; }

 private:
  PgConnection& connection_;
  std::int64_t changes_ = 0;
};

}  // namespace sohoa::indexer

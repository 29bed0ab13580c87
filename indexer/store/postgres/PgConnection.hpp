#pragma once
// A thin C++ handle over libpq, PostgreSQL's C API: one connection, statements run with
// their values as parameters (PQexecParams, never spliced into the SQL), results owned and
// freed, and scoped transactions. A province's shared store lives on a server; its failures
// are told apart by kind like the SQLite ones (StoreError): a server that is down or busy is
// "try again", a constraint is a conflict, the rest a storage failure.
#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/store/StoreError.hpp"
#include "indexer/store/StoreLayout.hpp"  // isPostgresUrl

namespace sohoa::indexer {

// The kind of a failure from its SQLSTATE (five characters; empty when the connection broke):
// class 08 (connection), 53 (resources), 57 (operator intervention, shutdown), 40 (rollback:
// serialization, deadlock) → Busy; 23 (integrity constraint) → Conflict; 22 (data) →
// InvalidInput; anything else → StorageFailure.
ErrorKind postgresErrorKind(std::string_view sqlState);

class PgError : public StoreError {
 public:
  PgError(const std::string& what, std::string sqlState)
      : StoreError(postgresErrorKind(sqlState), what), sqlState_(std::move(sqlState)) {}
  const std::string& sqlState() const { return sqlState_; }

 private:
  std::string sqlState_;
};

// A value for a parameter: text (PostgreSQL reads it as the column's type), SQL NULL, or
// bytes sent as they are (bytea).
struct PgValue {
  std::optional<std::string> bytes;
  bool binary = false;
  // The parameter's type (a pg_type oid: 20 bigint, 25 text…); 0 lets the server infer it.
  unsigned type = 0;
  static PgValue null() { return {}; }
  static PgValue text(std::string value) { return {std::move(value), false, 0}; }
  static PgValue blob(std::string value) { return {std::move(value), true, 0}; }
};

// The rows a statement returned, all values as text (bytea as its bytes).
class PgResult {
 public:
  explicit PgResult(PGresult* result) : result_(result, &PQclear) {}
  int rows() const { return PQntuples(result_.get()); }
  bool isNull(int row, int column) const { return PQgetisnull(result_.get(), row, column) != 0; }
  std::string text(int row, int column) const;
  std::optional<std::string> optionalText(int row, int column) const;
  std::int64_t integer(int row, int column) const;
  double real(int row, int column) const;
  // A bytea column's bytes (text results carry it hex-escaped).
  std::string bytes(int row, int column) const;
  int columns() const { return PQnfields(result_.get()); }
  // The column's type (a pg_type oid: 17 is bytea, 16 boolean).
  unsigned type(int column) const { return PQftype(result_.get(), column); }
  // Rows an INSERT, UPDATE or DELETE changed.
  std::int64_t changed() const;

 private:
  std::unique_ptr<PGresult, decltype(&PQclear)> result_;
};

class PgConnection {
 public:
  // A libpq connection string or URL (postgresql://user@host/db, postgresql:///db?host=/run/dir).
  explicit PgConnection(const std::string& url);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  // Runs one statement with $1, $2… bound to `values`; throws PgError when it fails.
  PgResult run(std::string_view sql, const std::vector<PgValue>& values = {});
  template <typename... Texts>
  PgResult runWith(std::string_view sql, const Texts&... texts) {
    return run(sql, {PgValue::text(std::string(texts))...});
  }
  // Runs several statements with no parameters (a migration).
  void runScript(const std::string& sql);
  PGconn* handle() const { return connection_; }

 private:
  PGconn* connection_ = nullptr;
};

// BEGIN on construction; ROLLBACK unless commit() was called.
class PgTransaction {
 public:
  explicit PgTransaction(PgConnection& connection);
  ~PgTransaction();
  PgTransaction(const PgTransaction&) = delete;
  PgTransaction& operator=(const PgTransaction&) = delete;
  void commit();

 private:
  PgConnection& connection_;
  bool done_ = false;
};

}  // namespace sohoa::indexer

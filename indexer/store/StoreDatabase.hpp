#pragma once
// The store's database as the repositories see it, whichever server keeps it: a desk's SQLite
// file or a province's PostgreSQL (issue 19). Repositories write one SQL text for both: `?`
// parameters, `ON CONFLICT … DO NOTHING`, `RETURNING id`, standard functions; where the two
// dialects differ (dates, pattern matching) they ask `dialect()`. Full-text search is not
// here: FTS5 and tsvector queries keep their own rooms (indexer/search/, its postgres/).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace sohoa::indexer {

enum class SqlDialect { Sqlite, Postgres };

// One server's prepared statement (SqliteStatementBackend, PgStatementBackend).
class StatementBackend {
 public:
  virtual ~StatementBackend() = default;
  virtual void bindInteger(int index, std::int64_t value) = 0;
  virtual void bindReal(int index, double value) = 0;
  virtual void bindText(int index, std::string_view value) = 0;
  virtual void bindBlob(int index, std::string_view bytes) = 0;
  virtual void bindNull(int index) = 0;
  virtual bool step() = 0;
  virtual void reset() = 0;
  virtual bool isNull(int column) const = 0;
  virtual std::int64_t integer(int column) const = 0;
  virtual double real(int column) const = 0;
  // A text column's characters, or a blob's bytes.
  virtual std::string text(int column) const = 0;
};

// A statement with typed binding, read row by row; the same calls as SqliteStatement.
class StoreStatement {
 public:
  explicit StoreStatement(std::unique_ptr<StatementBackend> backend) : backend_(std::move(backend)) {}

  StoreStatement& bind(int index, std::int64_t value) { return backend_->bindInteger(index, value), *this; }
  StoreStatement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  StoreStatement& bind(int index, double value) { return backend_->bindReal(index, value), *this; }
  StoreStatement& bind(int index, std::string_view value) { return backend_->bindText(index, value), *this; }
  StoreStatement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  StoreStatement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  StoreStatement& bind(int index, std::nullopt_t) { return backend_->bindNull(index), *this; }
  template <typename T>
  StoreStatement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind(index, std::nullopt);
  }
  StoreStatement& bindBlob(int index, std::string_view bytes) { return backend_->bindBlob(index, bytes), *this; }
  template <typename... Values>
  StoreStatement& bindAll(const Values&... values) {
    int index = 0;
    (bind(++index, values), ...);
    return *this;
  }

  // True while a row is available.
  bool step() { return backend_->step(); }
  // Runs a statement that returns no rows.
  void run() {
    while (step()) {
    }
    reset();
  }
  // Ready to run again; the values bound are cleared.
  void reset() { backend_->reset(); }

  bool isNull(int column) const { return backend_->isNull(column); }
  std::int64_t integer(int column) const { return backend_->integer(column); }
  double real(int column) const { return backend_->real(column); }
  std::string text(int column) const { return backend_->text(column); }
  std::optional<std::string> optionalText(int column) const {
    if (isNull(column)) return std::nullopt;
    return text(column);
  }

 private:
  std::unique_ptr<StatementBackend> backend_;
};

class StoreDatabase {
 public:
  virtual ~StoreDatabase() = default;
  virtual SqlDialect dialect() const = 0;
  virtual StoreStatement prepare(std::string_view sql) = 0;
  // Runs statements with no parameters.
  virtual void execute(std::string_view sql) = 0;
  // Rows the last INSERT, UPDATE or DELETE changed.
  virtual std::int64_t changes() const = 0;
  // A write transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE).
  virtual void begin() = 0;
  virtual void commit() = 0;
  // Never throws: called while unwinding.
  virtual void rollback() noexcept = 0;
  virtual bool inTransaction() const = 0;
  bool postgres() const { return dialect() == SqlDialect::Postgres; }
};

// begin() on construction; ROLLBACK unless commit() was called.
class StoreDbTransaction {
 public:
  explicit StoreDbTransaction(StoreDatabase& db) : db_(db) { db_.begin(); }
  ~StoreDbTransaction() {
    if (!done_) db_.rollback();
  }
  StoreDbTransaction(const StoreDbTransaction&) = delete;
  StoreDbTransaction& operator=(const StoreDbTransaction&) = delete;
  void commit() {
    db_.commit();
    done_ = true;
  }

 private:
  StoreDatabase& db_;
  bool done_ = false;
};

}  // namespace sohoa::indexer

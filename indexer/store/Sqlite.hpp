#pragma once
// A thin C++ handle over the SQLite C API: one database connection, prepared statements
// with typed binding, and scoped transactions.
#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "indexer/store/StoreError.hpp"

namespace sohoa::indexer {

// The kind of a SQLite result code, decided here once: busy, locked or interrupted → Busy;
// a constraint → Conflict; anything else (damaged, full, unreadable, misused) → StorageFailure.
ErrorKind sqliteErrorKind(int code);

// A failure of SQLite, with its (extended) result code and its kind: callers tell a busy or
// locked store (try again later) from a broken one without reading the message.
class SqliteError : public StoreError {
 public:
  explicit SqliteError(const std::string& what, int code = SQLITE_ERROR)
      : StoreError(sqliteErrorKind(code), what), code_(code) {}
  int code() const { return code_; }
  // Another process holds the store's lock longer than the busy timeout.
  bool busy() const { return (code_ & 0xff) == SQLITE_BUSY || (code_ & 0xff) == SQLITE_LOCKED; }
  // Stopped by a SqliteTimeBudget.
  bool interrupted() const { return (code_ & 0xff) == SQLITE_INTERRUPT; }

 private:
  int code_;
};

class SqliteStatement {
 public:
  SqliteStatement(sqlite3* db, std::string_view sql);
  ~SqliteStatement();
  SqliteStatement(SqliteStatement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  SqliteStatement& bind(int index, std::int64_t value);
  SqliteStatement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  SqliteStatement& bind(int index, double value);
  SqliteStatement& bind(int index, std::string_view value);
  SqliteStatement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  SqliteStatement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  SqliteStatement& bind(int index, std::nullopt_t);
  template <typename T>
  SqliteStatement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind(index, std::nullopt);
  }
  SqliteStatement& bindBlob(int index, std::string_view bytes);

  template <typename... Values>
  SqliteStatement& bindAll(const Values&... values) {
    int index = 0;
    (bind(++index, values), ...);
    return *this;
  }

  // True while a row is available.
  bool step();
  // Runs a statement that returns no rows.
  void run();
  void reset();

  bool isNull(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  std::optional<std::string> optionalText(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class SqliteDatabase {
 public:
  // Opens (creating if needed) a database file; `readOnly` opens without write access;
  // `immutable` (with readOnly) reads a file nobody writes without SQLite's -shm and -wal files,
  // which a read-only folder cannot hold.
  explicit SqliteDatabase(const std::filesystem::path& file, bool readOnly = false, bool immutable = false);
  ~SqliteDatabase();
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  void execute(std::string_view sql);
  // `execute`, tried again for up to the busy timeout where SQLite says busy without waiting
  // (WAL corner cases; Sqlite.cpp says which).
  void executeWaitingOutBusy(std::string_view sql);
  SqliteStatement prepare(std::string_view sql) { return SqliteStatement(db_, sql); }
  std::int64_t lastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

// A deadline for everything `db` runs while this object lives: SQLite's progress handler,
// called every few thousand steps of its virtual machine, interrupts the running statement
// once the budget is spent (it fails with SQLITE_INTERRUPT). One budget per connection at
// a time.
class SqliteTimeBudget {
 public:
  SqliteTimeBudget(SqliteDatabase& db, std::chrono::milliseconds budget);
  ~SqliteTimeBudget();
  SqliteTimeBudget(const SqliteTimeBudget&) = delete;
  SqliteTimeBudget& operator=(const SqliteTimeBudget&) = delete;
  bool spent() const { return std::chrono::steady_clock::now() >= deadline_; }

 private:
  SqliteDatabase& db_;
  std::chrono::steady_clock::time_point deadline_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK unless commit() was called.
class SqliteTransaction {
 public:
  explicit SqliteTransaction(SqliteDatabase& db);
  ~SqliteTransaction();
  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;
  void commit();

 private:
  SqliteDatabase& db_;
  bool done_ = false;
};

}  // namespace sohoa::indexer

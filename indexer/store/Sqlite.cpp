#include "indexer/store/Sqlite.hpp"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <thread>

namespace sohoa::indexer {
namespace {

// A busy store is named, with what to do: the message reaches a clerk as it is.
[[noreturn]] void fail(sqlite3* db, std::string_view what) {
  if (!db) throw SqliteError(std::string(what) + ": out of memory", SQLITE_NOMEM);
  const int code = sqlite3_extended_errcode(db);
  std::string message = std::string(what) + ": " + sqlite3_errmsg(db);
  if (sqliteErrorKind(code) == ErrorKind::Busy && (code & 0xff) != SQLITE_INTERRUPT) {
    const char* file = sqlite3_db_filename(db, "main");
    message += std::string(" (") + (file && *file ? file : "the store") +
               " is held by another program writing to it; try again when it is done)";
  }
  throw SqliteError(message, code);
}

// SQLite answers busy at once, without waiting through the busy timeout, where waiting could
// deadlock or during WAL's corner cases (sqlite.org/wal.html): a new connection's first read
// while another program's last connection removes its WAL on close, and two programs turning a
// new store to WAL at once (the second's upgrade from its read lock is refused). Two ingests into
// one new store stopped "busy" that way under load. Such a statement is tried again.
constexpr std::chrono::milliseconds kBusyTimeout(10000);

int waitingOutBusy(sqlite3* db, const std::string& sql) {
  const auto deadline = std::chrono::steady_clock::now() + kBusyTimeout;
  for (;;) {
    const int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    if ((code & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline) return code;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

// file:<path, percent-encoded>?mode=ro&immutable=1
std::string immutableUri(const std::filesystem::path& file) {
  std::string uri = "file:";
  for (const unsigned char c : std::filesystem::absolute(file).string()) {
    if (std::isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_') {
      uri += static_cast<char>(c);
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", c);
      uri += escaped;
    }
  }
  return uri + "?mode=ro&immutable=1";
}

}  // namespace

ErrorKind sqliteErrorKind(int code) {
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_INTERRUPT:
      return ErrorKind::Busy;
    case SQLITE_CONSTRAINT:
      return ErrorKind::Conflict;
    default:
      return ErrorKind::StorageFailure;
  }
}

SqliteStatement::SqliteStatement(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
    fail(db, "SQL prepare failed for [" + std::string(sql.substr(0, 80)) + "]");
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) fail(db_, "bind");
  return *this;
}
SqliteStatement& SqliteStatement::bind(int index, double value) {
  if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) fail(db_, "bind");
  return *this;
}
SqliteStatement& SqliteStatement::bind(int index, std::string_view value) {
  if (sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
    fail(db_, "bind");
  return *this;
}
SqliteStatement& SqliteStatement::bind(int index, std::nullopt_t) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail(db_, "bind");
  return *this;
}
SqliteStatement& SqliteStatement::bindBlob(int index, std::string_view bytes) {
  if (sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT) != SQLITE_OK)
    fail(db_, "bind");
  return *this;
}

bool SqliteStatement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  fail(db_, "SQL step failed");
}

void SqliteStatement::run() {
  while (step()) {
  }
  reset();
}

void SqliteStatement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
std::int64_t SqliteStatement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double SqliteStatement::real(int column) const { return sqlite3_column_double(stmt_, column); }
std::string SqliteStatement::text(int column) const {
  const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
  return bytes ? std::string(bytes, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}
std::optional<std::string> SqliteStatement::optionalText(int column) const {
  if (isNull(column)) return std::nullopt;
  return text(column);
}

SqliteDatabase::SqliteDatabase(const std::filesystem::path& file, bool readOnly, bool immutable) {
  const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  const std::string name = readOnly && immutable ? immutableUri(file) : file.string();
  if (sqlite3_open_v2(name.c_str(), &db_, flags | SQLITE_OPEN_FULLMUTEX | (immutable ? SQLITE_OPEN_URI : 0), nullptr) !=
      SQLITE_OK) {
    const std::string message = "cannot open database " + file.string() + ": " + sqlite3_errmsg(db_);
    const int code = db_ ? sqlite3_extended_errcode(db_) : SQLITE_CANTOPEN;
    sqlite3_close(db_);
    throw SqliteError(message, code);
  }
  sqlite3_busy_timeout(db_, static_cast<int>(kBusyTimeout.count()));
  sqlite3_extended_result_codes(db_, 1);
  waitingOutBusy(db_, "SELECT count(*) FROM sqlite_master");  // what still fails, the next statement reports
}

SqliteDatabase::~SqliteDatabase() { sqlite3_close_v2(db_); }

void SqliteDatabase::execute(std::string_view sql) {
  if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) fail(db_, "SQL failed");
}

void SqliteDatabase::executeWaitingOutBusy(std::string_view sql) {
  if (waitingOutBusy(db_, std::string(sql)) != SQLITE_OK) fail(db_, "SQL failed");
}

SqliteTimeBudget::SqliteTimeBudget(SqliteDatabase& db, std::chrono::milliseconds budget)
    : db_(db), deadline_(std::chrono::steady_clock::now() + budget) {
  sqlite3_progress_handler(
      db_.handle(), 1000, [](void* budget) { return static_cast<const SqliteTimeBudget*>(budget)->spent() ? 1 : 0; },
      this);
}

SqliteTimeBudget::~SqliteTimeBudget() { sqlite3_progress_handler(db_.handle(), 0, nullptr, nullptr); }

SqliteTransaction::SqliteTransaction(SqliteDatabase& db) : db_(db) { db_.execute("BEGIN IMMEDIATE"); }

SqliteTransaction::~SqliteTransaction() {
  if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit() {
  db_.execute("COMMIT");
  done_ = true;
}

}  // namespace sohoa::indexer

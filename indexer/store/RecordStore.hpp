#pragma once
// The store's database: records.db in WAL mode. Opening it does not migrate it: programs that
// write take that step themselves (StoreMigration.hpp); a read-only open refuses an older schema.
// One RecordStore per thread; SQLite serialises writers between processes.
// Only `ingest` makes a store (ReadWrite): every other command opens one that exists, so a
// clerk in the wrong folder is told there is no store there instead of being shown an empty
// one. Commands that only read (search, show, export, report, archive --check) open it read-only:
// they work on a store they may not write (a backup, a read-only share). SQLite reads a WAL database read-only through
// its -shm file; in a folder where that file cannot be made, and when no write-ahead log exists (nobody is writing),
// the file is read as immutable. Commands that write refuse a read-only store with a clear error (StoreReadOnly) before
// they start.
#include <memory>
#include <stdexcept>

#include "indexer/store/Sqlite.hpp"
#include "indexer/store/StoreDatabase.hpp"
#include "indexer/store/StoreError.hpp"
#include "indexer/store/StoreLayout.hpp"

namespace sohoa::indexer {

// A command that writes, on a store it may not write: a storage failure.
class StoreReadOnly : public StoreError {
 public:
  explicit StoreReadOnly(const std::string& what) : StoreError(ErrorKind::StorageFailure, what) {}
};

// No records.db where a command expected a store (a typo in --store, the wrong folder).
class StoreMissing : public NotFound {
 public:
  using NotFound::NotFound;
};

// ReadWrite makes the store when missing (ingest); Update writes one that must exist.
enum class StoreAccess { ReadWrite, ReadOnly, Update };

class PgConnection;
class PostgresStore;

class RecordStore {
 public:
  // ReadWrite creates the store's folders and database if missing, and throws StoreReadOnly
  // when it cannot be written; ReadOnly and Update throw StoreMissing when there is no store.
  explicit RecordStore(const StoreLayout& layout, StoreAccess access = StoreAccess::ReadWrite);
  // A --store as a clerk gives it: a folder (StoreLayout::resolve: the option, $SOHOA_STORE,
  // ./sohoa-data) or a PostgreSQL URL, whose files root (originals, pages, archive) is the one
  // kept in its settings. A PostgreSQL store is migrated unless opened ReadOnly.
  static RecordStore open(const std::string& storeOption, StoreAccess access);
  RecordStore(RecordStore&&) noexcept;
  ~RecordStore();

  const StoreLayout& layout() const { return layout_; }
  // The records, whichever server keeps them.
  StoreDatabase& db() { return *db_; }
  // The SQLite file itself, for what only SQLite has (FTS5, its schema, its journal);
  // a PostgreSQL store throws StoreError (InvalidInput) naming `what`.
  SqliteDatabase& sqlite(std::string_view what = "this");
  bool postgres() const { return postgres_ != nullptr; }
  // The PostgreSQL store and its connection (postgres() only).
  PostgresStore& postgresStore();
  PgConnection& postgresConnection();

 private:
  struct OnServer {};
  RecordStore(OnServer, const std::string& url, StoreAccess access);

  StoreLayout layout_;
  std::unique_ptr<SqliteDatabase> sqlite_;
  std::unique_ptr<PostgresStore> postgres_;
  std::unique_ptr<StoreDatabase> db_;
};

}  // namespace sohoa::indexer

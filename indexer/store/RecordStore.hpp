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

class RecordStore {
 public:
  // ReadWrite creates the store's folders and database if missing, and throws StoreReadOnly
  // when it cannot be written; ReadOnly and Update throw StoreMissing when there is no store.
  explicit RecordStore(const StoreLayout& layout, StoreAccess access = StoreAccess::ReadWrite);

  const StoreLayout& layout() const { return layout_; }
  SqliteDatabase& db() { return *db_; }

 private:
  StoreLayout layout_;
  std::unique_ptr<SqliteDatabase> db_;
};

}  // namespace sohoa::indexer

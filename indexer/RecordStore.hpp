#pragma once
// The store's database: records.db in WAL mode, migrated to the latest schema on open.
// One RecordStore per thread; SQLite serialises writers between processes.
#include "indexer/Sqlite.hpp"
#include "indexer/StoreLayout.hpp"

namespace sohoa::indexer {

class RecordStore {
 public:
  // Creates the store's folders and database if missing.
  explicit RecordStore(const StoreLayout& layout);

  const StoreLayout& layout() const { return layout_; }
  SqliteDatabase& db() { return db_; }

 private:
  StoreLayout layout_;
  SqliteDatabase db_;
};

}  // namespace sohoa::indexer

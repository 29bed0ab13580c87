#include "indexer/store/StoreMigration.hpp"

#include "indexer/store/SchemaMigrations.hpp"

namespace sohoa::indexer {

void migrateStore(RecordStore& store) {
  if (!store.postgres()) migrateSchema(store.sqlite());  // PostgreSQL: migrated when opened
}

RecordStore openMigratedStore(const StoreLayout& layout, StoreAccess access) {
  RecordStore store(layout, access);
  migrateStore(store);
  return store;
}

}  // namespace sohoa::indexer

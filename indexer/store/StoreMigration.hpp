#pragma once
// Migrating the store is a step of its own, taken once by each program that writes: every
// `sohoa` command that writes, right after opening the store, and the viewer once at start-up
// (its per-request connections then find the schema done). Opening a store never migrates it;
// a store opened read-only with an older schema is refused with what to run.
#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

// Brings the store to the latest schema (a new store: its tables); throws StoreError
// (StorageFailure) when the store was written by a newer program.
void migrateStore(RecordStore& store);

// A store opened for writing and migrated: where tests and tools start.
RecordStore openMigratedStore(const StoreLayout& layout, StoreAccess access = StoreAccess::ReadWrite);

}  // namespace sohoa::indexer

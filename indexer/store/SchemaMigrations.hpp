#pragma once
// The store's schema, versioned: the missing migrations run once, in order, in one transaction
// under the write lock (two programs may open a new store at once), and PRAGMA user_version
// records how far a database has come.
#include "indexer/store/Sqlite.hpp"

namespace sohoa::indexer {

int latestSchemaVersion();
// Brings `db` to the latest version; throws if the database is newer than this program.
void migrateSchema(SqliteDatabase& db);
// For a store opened read-only: throws unless it is at the latest version (an older one needs
// a program that may write it to upgrade it).
void requireSchema(SqliteDatabase& db);

}  // namespace sohoa::indexer

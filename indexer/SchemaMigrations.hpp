#pragma once
// The store's schema, versioned: each migration runs once, in order, inside a transaction,
// and PRAGMA user_version records how far a database has come.
#include "indexer/Sqlite.hpp"

namespace sohoa::indexer {

int latestSchemaVersion();
// Brings `db` to the latest version; throws if the database is newer than this program.
void migrateSchema(SqliteDatabase& db);

}  // namespace sohoa::indexer

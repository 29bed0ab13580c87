#pragma once
// The tables of a store on PostgreSQL, made by explicit migrations like the SQLite store's
// (SchemaMigrations): numbered, append only, the version kept in `schema_version`. They
// mirror the SQLite columns one for one (ids kept as they are, dates as the same ISO text,
// the page model as bytea) so that a store copied there loses nothing; pages also carry
// their words as a tsvector for search (PgPageSearch), and so do the values a clerk corrected.
#include "indexer/store/postgres/PgConnection.hpp"

namespace sohoa::indexer {

int latestPostgresSchemaVersion();
// Brings the database to the latest schema; two programs doing it at once wait for each
// other (an advisory lock), and whoever comes second finds the work done. Refuses a schema
// newer than this program knows.
void migratePostgresSchema(PgConnection& connection);

// Gives the corrected values that have none their words for search (after a copy, or a
// migration from a schema without them).
void fillCorrectedWords(PgConnection& connection);

}  // namespace sohoa::indexer

#pragma once
// The FTS5 extension API of a connection, through which tokenizers and ranking functions
// are registered.
#include <sqlite3.h>

namespace sohoa::indexer {

// Throws std::runtime_error when this SQLite has no FTS5.
fts5_api& fts5ApiOf(sqlite3* db);

}  // namespace sohoa::indexer

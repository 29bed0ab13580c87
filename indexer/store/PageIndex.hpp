#pragma once
// What makes a stored page findable: its text in the full-text index and its identifiers
// as exact keys. Runs inside the caller's transaction.
#include <cstdint>
#include <string>

#include "indexer/store/Sqlite.hpp"

namespace sohoa::indexer {

void indexPage(SqliteDatabase& db, std::int64_t pageId, const std::string& text);

}  // namespace sohoa::indexer

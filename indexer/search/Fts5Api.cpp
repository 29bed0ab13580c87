#include "indexer/search/Fts5Api.hpp"

#include <stdexcept>

namespace sohoa::indexer {

fts5_api& fts5ApiOf(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
  }
  sqlite3_finalize(statement);
  if (api == nullptr) throw std::runtime_error("this SQLite has no FTS5");
  return *api;
}

}  // namespace sohoa::indexer

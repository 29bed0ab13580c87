#pragma once
// Small read-only looks into a store's database for end-to-end assertions.
#include <cstdint>
#include <filesystem>
#include <string>

#include "indexer/Sqlite.hpp"
#include "indexer/VietnameseTokenizer.hpp"

namespace sohoa::test {

inline std::int64_t countRows(const std::filesystem::path& store, const std::string& sql) {
  indexer::SqliteDatabase db(store / "records.db", true);
  indexer::registerVietnameseTokenizer(db.handle());
  auto query = db.prepare(sql);
  query.step();
  return query.integer(0);
}

}  // namespace sohoa::test

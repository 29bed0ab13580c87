#pragma once
// Small read-only looks into a store (its database, its export) for end-to-end assertions.
#include <cstdint>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "indexer/search/VietnameseTokenizer.hpp"
#include "indexer/store/Sqlite.hpp"
#include "tests/support/TestSupport.hpp"

namespace sohoa::test {

inline std::int64_t countRows(const std::filesystem::path& store, const std::string& sql) {
  indexer::SqliteDatabase db(store / "records.db", true);
  indexer::registerVietnameseTokenizer(db.handle());
  auto query = db.prepare(sql);
  query.step();
  return query.integer(0);
}

// Every document of a store, as `sohoa export --jsonl` writes it.
inline std::vector<nlohmann::json> exportedDocuments(const std::string& store) {
  const auto result = runCommand({sohoaBinary(), "export", "--store", store, "--jsonl"});
  if (result.exitCode != 0) throw std::runtime_error("sohoa export failed: " + result.err);
  std::vector<nlohmann::json> documents;
  std::istringstream lines(result.out);
  for (std::string line; std::getline(lines, line);) documents.push_back(nlohmann::json::parse(line));
  return documents;
}

}  // namespace sohoa::test

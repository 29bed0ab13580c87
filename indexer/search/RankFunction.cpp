#include "indexer/search/RankFunction.hpp"

#include <stdexcept>

#include <vector>
#include "indexer/search/Fts5Api.hpp"

namespace sohoa::indexer {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int, sqlite3_value**) {
  const int phrases = api->xPhraseCount(fts);
  int instances = 0;
  if (api->xInstCount(fts, &instances) != SQLITE_OK) {
    sqlite3_result_error(context, "sohoa_rank: cannot read matches", -1);
    return;
  }
  std::vector<int> frequency(static_cast<std::size_t>(phrases), 0);
  for (int i = 0; i < instances; ++i) {
    int phrase = 0, column = 0, offset = 0;
    if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase >= 0 && phrase < phrases)
      ++frequency[static_cast<std::size_t>(phrase)];
  }
  int length = 0;
  sqlite3_int64 rows = 0, totalTokens = 0;
  api->xColumnSize(fts, 0, &length);
  api->xRowCount(fts, &rows);
  api->xColumnTotalSize(fts, 0, &totalTokens);
  const double average =
      rows > 0 && totalTokens > 0 ? static_cast<double>(totalTokens) / static_cast<double>(rows) : 1.0;
  const double norm = kK1 * (1 - kB + kB * length / average);
  double score = 0;
  for (int count : frequency) score += count * (kK1 + 1) / (count + norm);
  sqlite3_result_double(context, -score);  // FTS5 sorts rank ascending, like bm25()
}

}  // namespace

void registerRankFunction(sqlite3* db) {
  fts5_api& api = fts5ApiOf(db);
  if (api.xCreateFunction(&api, "sohoa_rank", nullptr, rank, nullptr) != SQLITE_OK)
    throw std::runtime_error("cannot register sohoa_rank");
}

}  // namespace sohoa::indexer

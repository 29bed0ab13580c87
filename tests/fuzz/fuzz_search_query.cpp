// What a clerk types in the search box: the FTS5 expressions made of it must never be a
// syntax error for SQLite (the promise of FtsQuery), whatever the input.
#include <cstdlib>

#include "indexer/search/FtsQuery.hpp"
#include "indexer/search/VietnameseTokenizer.hpp"
#include "indexer/store/Sqlite.hpp"

using namespace sohoa::indexer;

namespace {

SqliteDatabase& index() {
  static SqliteDatabase db(":memory:");
  return db;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static bool ready = [] {
    registerVietnameseTokenizer(index().handle());
    index().execute("CREATE VIRTUAL TABLE page_text USING fts5(text, tokenize='sohoa_vi')");
    index().execute("INSERT INTO page_text VALUES ('Quyết định số 15/QĐ-UBND về việc công nhận đường Nguyễn Huệ')");
    return true;
  }();
  (void)ready;
  const auto expressions = toFtsMatchExpressions(std::string_view(reinterpret_cast<const char*>(data), size));
  for (const auto& expression : {expressions.asWritten, expressions.anyForm}) {
    if (expression.empty()) continue;
    try {
      auto match = index().prepare("SELECT count(*) FROM page_text WHERE page_text MATCH ?");
      match.bindAll(expression);
      match.step();
    } catch (const SqliteError&) {
      std::abort();  // an expression FTS5 cannot parse
    }
  }
  return 0;
}

#pragma once
// `sohoa_rank(page_text)`: an FTS5 ranking function, BM25's term-frequency and length
// parts without its IDF. FTS5's own bm25() counts, for every query, all the pages that hold
// each phrase, which over a million pages costs more than the whole rest of a query for a
// common word; pages matched by search hold every phrase anyway. Lower is better, as with
// bm25(), so `rank MATCH 'sohoa_rank()' ORDER BY rank` lets FTS5 sort by it itself.
#include <sqlite3.h>

namespace sohoa::indexer {

void registerRankFunction(sqlite3* db);

}  // namespace sohoa::indexer

#pragma once
// Search over a store on PostgreSQL, giving the answers PageSearch gives over SQLite: the
// same query parser, the same tiers in the same order (an identifier's pages by key, then the
// plain words in a row as typed and in any form, then the words as typed, then in any form),
// pages with the words as typed marked exact, the newest kRankedMatches matches ranked. Within
// a tier pages are ranked by PostgreSQL's ts_rank_cd (shorter pages first among equal matches), not sohoa_rank
// (BM25-like), so the order inside a tier may differ from SQLite's; the pages found and the tiers do not. The
// filters are SQLite's own conditions (SearchFilters), date order and the counts are MatchedPages' SQL, and the
// did-you-mean of a citizen number is the same. Values corrected by a person (the viewer's) are not searched here
// yet: corrections are not copied to PostgreSQL.
#include "indexer/search/PageSearch.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"

namespace sohoa::indexer {

class PgPageSearch {
 public:
  explicit PgPageSearch(PostgresStore& store) : connection_(store.connection()) {}
  // Throws SearchRefused like PageSearch (too long, too many words, over its time budget).
  SearchResult search(const SearchQuery& query);

 private:
  PgConnection& connection_;
};

}  // namespace sohoa::indexer

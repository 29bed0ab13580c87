#pragma once
// Search over a store on PostgreSQL, giving the answers PageSearch gives over SQLite: the
// same query parser, the same tiers in the same order (an identifier's pages by key, then the
// plain words in a row as typed and in any form, then the words as typed, then in any form),
// pages with the words as typed marked exact. Within a tier every match is ranked inside the RUM
// index (search_words <=> query: ts_rank's measure over the words' positions), where SQLite ranks
// the newest kRankedMatches by sohoa_rank (BM25-like): the order inside a tier may differ, and so
// may the pages on the first screen of a tier with more matches than SQLite ranks; the pages
// matched, their count and the tiers do not. The filters are SQLite's own conditions
// (SearchFilters), date order and the counts are MatchedPages' SQL, and the did-you-mean of a
// citizen number is the same. Values corrected by a person (the viewer's) are not searched here
// yet: corrections are not copied to PostgreSQL.
#include "indexer/search/MatchedPages.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"

namespace sohoa::indexer {

class PgPageSearch {
 public:
  explicit PgPageSearch(PostgresStore& store) : connection_(store.connection()) {}
  explicit PgPageSearch(PgConnection& connection) : connection_(connection) {}
  // Throws SearchRefused like PageSearch (too long, too many words, over its time budget).
  SearchResult search(const SearchQuery& query);
  // Every document the query matches (its first matching page, its pages matched), as
  // MatchedPages' matchedDocuments gives them on SQLite: what the groups by citizen start from.
  std::vector<MatchedDocument> matchedDocuments(const SearchQuery& query);

 private:
  PgConnection& connection_;
};

}  // namespace sohoa::indexer

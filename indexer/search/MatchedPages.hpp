#pragma once
// Every page a query matches under its filters (its words in either form, its identifier's
// key, values a clerk corrected), not only the window PageSearch ranks: the true count shown
// beside the hits ("280 kết quả", not the 50 on screen), and the hits in date order.
// A document's day is its issued date, else its dossier's receipt day in the register
// (few documents print an issued date the extraction reads; every registered dossier has a
// receipt day), else none: undated documents come last.
#include <cstdint>
#include <optional>
#include <vector>

#include "indexer/search/FtsQuery.hpp"
#include "indexer/search/IdentifierKeys.hpp"
#include "indexer/search/PageSearch.hpp"

namespace sohoa::indexer {

// SQL of a document `d`'s day (ISO), or NULL.
inline constexpr const char* kDocumentDay =
    "coalesce((SELECT value FROM fields f WHERE f.document_id = d.id AND f.name = 'issued_date' AND f.value <> '' "
    "LIMIT 1), "
    "(SELECT substr(r.received_at, 1, 10) FROM dossiers r WHERE r.code = d.dossier_code))";

// What a query's words ask for, read once.
struct QueryMatch {
  FtsExpressions words;
  std::optional<IdentifierKey> identifier;
  bool empty() const { return words.asWritten.empty() && !identifier; }
};

// Counts stop here: a common word matches most of a province's million pages, and counting
// them all took 1.4 s of a one-word search's 1.5 s budget (scripts/bench-search.sh); "more than
// 10,000" tells a clerk as much.
inline constexpr std::int64_t kCountUpTo = 10000;

// How many pages match (filters only: how many documents pass them), up to kCountUpTo + 1.
std::int64_t countMatches(SqliteDatabase& db, const SearchQuery& query, const QueryMatch& match);
// With a date filter, how many matches it leaves out for having no day of its kind (filters
// only: documents), up to kCountUpTo + 1; 0 without one.
std::int64_t countUndated(SqliteDatabase& db, const SearchQuery& query, const QueryMatch& match);
// The matching pages, their documents' day newest first (then newest stored), from `offset`.
std::vector<std::int64_t> matchesByDate(SqliteDatabase& db, const SearchQuery& query, const QueryMatch& match,
                                        int offset, int limit);

// A document with matches (or a page not yet in a document): its first matching page, and
// how many of its pages match (filters alone: all of them).
struct MatchedDocument {
  std::int64_t firstPage = 0;
  std::int64_t pages = 0;
};
// Every document the query matches, in no particular order (the groups by citizen sort them).
std::vector<MatchedDocument> matchedDocuments(SqliteDatabase& db, const SearchQuery& query, const QueryMatch& match);

}  // namespace sohoa::indexer

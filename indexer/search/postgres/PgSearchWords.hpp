#pragma once
// Page words for PostgreSQL's full-text search, cut by sohoa's own tokenizer (the one the
// SQLite index uses, VietnameseTokenizer) rather than a PostgreSQL configuration: each word
// goes into the page's tsvector as written (lower case) and, when it has marks, also folded
// at the same position, set apart by kPgFoldedMarker. Queries are read by the same parser as
// SQLite's (QueryWords): a word typed with marks matches that written form only; a word typed
// without marks matches the written form, or (in the any-form query) the folded form of every
// marked word. Lexemes are given in tsvector/tsquery syntax and cast, so PostgreSQL takes them
// as they are (no stemming, no lower-casing of its own).
#include <string>
#include <string_view>

namespace sohoa::indexer {

// Word characters are letters, digits and marks, so no written word starts with it.
inline constexpr char kPgFoldedMarker = '~';
// tsvector positions stop at 16383: words further down a page share the last position.
inline constexpr int kPgLastPosition = 16383;

// The tsvector (as text, to be cast with ::tsvector) of a page's text.
std::string pgSearchWords(std::string_view text);

// A user's query as tsquery texts (to be cast with ::tsquery), like FtsExpressions: asWritten
// matches every word as typed; anyForm ("" when it would find the same pages) also lets words
// typed without marks match marked forms; the phrase forms ask for the plain words typed in a
// row (two or more, no OR, quotes or prefix). All "" when the query has no searchable word.
struct PgTextQueries {
  std::string asWritten;
  std::string anyForm;
  std::string phraseAsWritten;
  std::string phraseAnyForm;
};
PgTextQueries toPgTextQueries(std::string_view userQuery);

}  // namespace sohoa::indexer

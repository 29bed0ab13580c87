#include "indexer/search/postgres/PgPageSearch.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "indexer/search/IdentifierKeys.hpp"
#include "indexer/search/MatchedPages.hpp"
#include "indexer/search/QueryWords.hpp"
#include "indexer/search/SearchFilters.hpp"
#include "indexer/search/postgres/PgSearchWords.hpp"

namespace sohoa::indexer {
namespace {

// A search's filters, SQLite's own (SearchFilters: the same conditions, so the same documents
// pass them), as SQL over `p` and `d` with their values numbered from `first`; `extra`, when
// given, is one more condition.
struct PgFilters {
  std::string sql;  // " AND …" for each condition
  std::vector<PgValue> values;
};

PgFilters pgFilters(const SearchQuery& query, int first, const std::string& extra = "") {
  SearchConditions conditions = searchFilters(query);
  if (!extra.empty()) conditions.sql.push_back(extra);
  PgFilters filters;
  int next = first;
  for (const auto& condition : conditions.sql) {
    filters.sql += " AND ";
    for (const char c : condition) filters.sql += c == '?' ? "$" + std::to_string(next++) : std::string(1, c);
  }
  for (const auto& value : conditions.parameters) filters.values.push_back(PgValue::text(value));
  return filters;
}

std::vector<PgValue> joined(std::vector<PgValue> first, const std::vector<PgValue>& then) {
  first.insert(first.end(), then.begin(), then.end());
  return first;
}

constexpr const char* kPageAndDocument = " FROM pages p LEFT JOIN documents d ON d.id = p.document_id ";

void addPages(const PgResult& rows, bool exact, std::set<std::int64_t>& seen, std::vector<SearchHit>& hits) {
  for (int row = 0; row < rows.rows(); ++row) {
    SearchHit hit;
    hit.pageId = rows.integer(row, 0);
    hit.exact = exact;
    if (seen.insert(hit.pageId).second) hits.push_back(std::move(hit));
  }
}

// A statement that wants a few rows of many matches (the best 20, the first 10,001 to count)
// walks the RUM index in its order and stops there. Left to itself, the planner gathers every
// match in a bitmap and fetches each page: over 1,000,000 pages, ranking `hành chính` (62,813
// matches) took 21.7 s that way, and 0.43 s walking the index. (A second sort key, even the
// page id, makes PostgreSQL sort every match again: the index's order is the only one.)
void walkIndexInOrder(PgConnection& connection, bool walk) {
  const std::string on = walk ? "on" : "off", off = walk ? "off" : "on";
  connection.run("SELECT set_config('enable_indexscan', $1, true), set_config('enable_bitmapscan', $2, true)",
                 {PgValue::text(on), PgValue::text(off)});
}

// The page a corrected value was read from (or its document's first page): SQL giving the ids of
// those whose words match `tsQuery` (a tsquery expression), through the partial index on the
// corrected values' words.
std::string correctedValuePages(const std::string& tsQuery) {
  return "p.id = ANY(ARRAY(SELECT coalesce(f.page_id, (SELECT min(q.id) FROM pages q WHERE q.document_id = "
         "f.document_id)) FROM fields f WHERE f.search_words IS NOT NULL AND f.search_words @@ (" +
         tsQuery + ")))";
}

// Values a person corrected (a misread name put right) are found like page text, after it, newest first.
void addCorrectedValues(PgConnection& connection, const std::string& tsQuery, const PgFilters& filters,
                        const SearchQuery& query, bool exact, std::set<std::int64_t>& seen,
                        std::vector<SearchHit>& hits) {
  addPages(
      connection.run("SELECT p.id" + std::string(kPageAndDocument) + "WHERE " + correctedValuePages("$1::tsquery") +
                         filters.sql + " ORDER BY p.id DESC LIMIT " + std::to_string(query.limit),
                     joined({PgValue::text(tsQuery)}, filters.values)),
      exact, seen, hits);
}

// The pages matching a tsquery under the filters, best first: the RUM index ranks every match
// by the words' positions (search_words <=> query, ts_rank's measure) and hands them over in
// that order, so only the first `limit` are read. Its ordered scan is an index scan, which
// the search otherwise keeps off (see search()); newest first reads the matches' ids instead.
void rankTextMatches(PgConnection& connection, const std::string& tsQuery, const PgFilters& filters,
                     const SearchQuery& query, bool exact, std::set<std::int64_t>& seen, std::vector<SearchHit>& hits) {
  const std::string sql = "SELECT p.id" + std::string(kPageAndDocument) + "WHERE p.search_words @@ $1::tsquery" +
                          filters.sql +
                          (query.newestFirst ? " ORDER BY p.id DESC" : " ORDER BY p.search_words <=> $1::tsquery") +
                          " LIMIT " + std::to_string(query.limit);
  if (!query.newestFirst) walkIndexInOrder(connection, true);
  addPages(connection.run(sql, joined({PgValue::text(tsQuery)}, filters.values)), exact, seen, hits);
  if (!query.newestFirst) walkIndexInOrder(connection, false);
}

// Every page the query's words or identifier match, as a condition on page `p` with its values
// ($1…): one condition, not a UNION of page ids, so that PostgreSQL ORs the indexes' bitmaps and
// a count stops at its limit (the UNION gathered every id first: 240 ms for 4,000 matches).
struct PgMatching {
  std::string condition;
  std::vector<PgValue> values;
  bool byIdentifier = false;  // an identifier's pages are among the alternatives
};

PgMatching matchingPages(const std::optional<IdentifierKey>& identifier, const PgTextQueries& words) {
  PgMatching matching;
  std::vector<std::string> alternatives;
  if (identifier) {
    alternatives.push_back("p.id = ANY(ARRAY(SELECT page_id FROM identifiers WHERE kind = $1 AND key = $2))");
    matching.values = {PgValue::text(identifier->kind), PgValue::text(identifier->key)};
    matching.byIdentifier = true;
  }
  // The words in either form as one tsquery (`||`), which one index scan can walk.
  std::string either;
  for (const auto* tsQuery : {&words.asWritten, &words.anyForm}) {
    if (tsQuery->empty()) continue;
    matching.values.push_back(PgValue::text(*tsQuery));
    either += (either.empty() ? "" : " || ") + ("$" + std::to_string(matching.values.size()) + "::tsquery");
  }
  if (!either.empty()) {
    alternatives.push_back("p.search_words @@ (" + either + ")");
    alternatives.push_back(correctedValuePages(either));
  }
  for (const auto& alternative : alternatives)
    matching.condition += (matching.condition.empty() ? "(" : " OR ") + alternative;
  if (!matching.condition.empty()) matching.condition += ")";
  return matching;
}

std::int64_t countRows(PgConnection& connection, const std::string& rows, const std::vector<PgValue>& values) {
  return connection
      .run("SELECT count(*) FROM (" + rows + " LIMIT " + std::to_string(kCountUpTo + 1) + ") counted", values)
      .integer(0, 0);
}

// Every page that matches under the filters (and `extra`), counted up to kCountUpTo + 1.
std::int64_t countMatching(PgConnection& connection, const SearchQuery& query, const PgMatching& matching,
                           const std::string& extra = "") {
  const PgFilters filters = pgFilters(query, static_cast<int>(matching.values.size()) + 1, extra);
  // A word's matches are counted walking the index, which stops at the limit; an identifier's
  // few pages through their bitmap.
  const bool wordsOnly = !matching.byIdentifier;
  if (wordsOnly) walkIndexInOrder(connection, true);
  const auto count =
      countRows(connection, "SELECT p.id" + std::string(kPageAndDocument) + "WHERE " + matching.condition + filters.sql,
                joined(matching.values, filters.values));
  if (wordsOnly) walkIndexInOrder(connection, false);
  return count;
}

// Filters alone: the documents that pass them (and `extra`), up to kCountUpTo + 1.
std::int64_t countDocuments(PgConnection& connection, const SearchQuery& query, const std::string& extra = "") {
  const PgFilters filters = pgFilters(query, 1, extra);
  return countRows(
      connection,
      "SELECT 1 FROM documents d WHERE EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id)" + filters.sql,
      filters.values);
}

// With a date filter, the matches it leaves out for having no day of its kind; 0 without one.
std::int64_t countUndated(PgConnection& connection, const SearchQuery& query, const PgMatching& matching) {
  if (!query.dateFrom && !query.dateTo) return 0;
  SearchQuery undated = query;
  undated.dateFrom.reset();
  undated.dateTo.reset();
  const std::string condition = undatedCondition(query.dateKind);
  return matching.condition.empty() ? countDocuments(connection, undated, condition)
                                    : countMatching(connection, undated, matching, condition);
}

// A statement stopped by the search's statement_timeout (query_canceled) is the search over its
// budget, told as SQLite's is; any other failure goes on as it is.
[[noreturn]] void refuseWhenOverBudget(const PgError& error, const SearchQuery& query) {
  if (error.sqlState() != "57014") throw error;
  throw SearchRefused(SearchRefused::Reason::TooSlow, "the search ran longer than " +
                                                          std::to_string(query.timeBudget.count()) +
                                                          " ms and was stopped; add words or filters to narrow it");
}

// Hits found in date order match the words as typed, or only in another form: said per page.
void markExact(PgConnection& connection, const PgTextQueries& words, std::vector<SearchHit>& hits) {
  if (words.asWritten.empty()) return;
  for (auto& hit : hits)
    hit.exact = connection
                    .run("SELECT 1 FROM pages WHERE id = $1 AND search_words @@ $2::tsquery",
                         {PgValue::text(std::to_string(hit.pageId)), PgValue::text(words.asWritten)})
                    .rows() > 0;
}

// The stored citizen numbers one misreading away from `number` (the clerk's did-you-mean).
std::vector<std::string> storedNumbersNear(PgConnection& connection, const std::string& number) {
  std::vector<std::string> found;
  for (const auto& variant : oneConfusionAway(number))
    if (connection
            .run("SELECT 1 WHERE EXISTS (SELECT 1 FROM identifiers WHERE kind IN ('cccd', 'cmnd') AND key = $1) "
                 "OR EXISTS (SELECT 1 FROM fields WHERE name = 'citizen_ids' AND value = $1)",
                 {PgValue::text(variant)})
            .rows() > 0)
      found.push_back(variant);
  return found;
}

// The text around what matched, sohoa's own excerpt (QueryWords), else the page's opening.
std::string snippetOf(const std::string& text, const std::string& query, bool exact) {
  if (auto excerpt = excerptMatching(text, query, exact)) return *excerpt;
  if (auto excerpt = excerptMatching(text, query, false)) return *excerpt;
  std::size_t end = std::min<std::size_t>(text.size(), 160);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return text.substr(0, end) + (end < text.size() ? "…" : "");
}

void readHit(PgConnection& connection, SearchHit& hit, const std::string& query) {
  const PgResult row = connection.runWith(
      "SELECT d.public_id, d.dossier_code, d.type_label, "
      "(SELECT value FROM fields f WHERE f.document_id = d.id AND f.name = 'issued_date' AND f.value <> '' LIMIT 1), "
      "s.given_path, p.source_page, "
      "(SELECT substr(r.received_at, 1, 10) FROM dossiers r WHERE r.code = d.dossier_code), "
      "(SELECT string_agg(value, '/' ORDER BY f.name) FROM fields f WHERE f.document_id = d.id AND "
      "f.name IN ('code_number', 'code_notation')), "
      "(SELECT value FROM fields f WHERE f.document_id = d.id AND f.name = 'person_name' AND f.value <> '' "
      "ORDER BY f.id LIMIT 1), "
      "p.text FROM pages p JOIN sources s ON s.id = p.source_id LEFT JOIN documents d ON d.id = p.document_id "
      "WHERE p.id = $1",
      std::to_string(hit.pageId));
  if (row.rows() == 0) return;
  hit.documentId = row.optionalText(0, 0);
  hit.dossierCode = row.optionalText(0, 1);
  hit.typeLabel = row.optionalText(0, 2);
  hit.issuedDate = row.optionalText(0, 3);
  hit.source = row.text(0, 4);
  hit.sourcePage = static_cast<int>(row.integer(0, 5));
  hit.receivedDate = row.optionalText(0, 6);
  hit.number = row.optionalText(0, 7);
  hit.personName = row.optionalText(0, 8);
  hit.snippet = snippetOf(row.text(0, 9), query, hit.exact);
}

}  // namespace

SearchResult PgPageSearch::search(const SearchQuery& asked) {
  if (auto refusal = queryRefusal(asked.text)) throw *refusal;
  SearchQuery query = asked;
  query.offset = std::clamp(asked.offset, 0, kFurthestOffset);
  query.limit = query.offset + std::max(asked.limit, 1);
  const PgTextQueries words = toPgTextQueries(query.text);
  const auto identifier = identifierInQuery(query.text);
  const bool anyFilter = query.citizenId || query.dossierCode || query.typeLabel || query.kind || query.procedureCode ||
                         query.organName || query.dateFrom || query.dateTo;
  SearchResult result;
  if (words.asWritten.empty() && !identifier && !anyFilter) return result;  // nothing asked

  // The budget, as PostgreSQL keeps it: statements of this transaction stop when it is spent.
  PgTransaction transaction(connection_);
  connection_.run("SELECT set_config('statement_timeout', $1, true)",
                  {PgValue::text(std::to_string(query.timeBudget.count()))});
  // PostgreSQL guesses that a tsquery matches most pages (62% where 6% did, measured), and
  // then reads every page's words in turn (a seq scan, or the primary key backwards for the
  // newest) rather than asking the GIN index: 670 ms instead of 190 ms for two common words
  // over 20,000 pages. The index is the way for every statement here.
  // Those plans then cost 1e10 on paper, which would set the JIT compiling each statement
  // (200 ms, measured): a search's statements are small and need none.
  connection_.run(
      "SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true), "
      "set_config('jit', 'off', true)");
  try {
    std::set<std::int64_t> seen;
    std::vector<SearchHit>& hits = result.hits;
    if (words.asWritten.empty() && !identifier) {
      // Filters alone: each document's first page, the documents newest first.
      const PgFilters filters = pgFilters(query, 1);
      addPages(connection_.run("SELECT min(p.id) FROM documents d JOIN pages p ON p.document_id = d.id WHERE true" +
                                   filters.sql + " GROUP BY d.id ORDER BY " + kDocumentDay +
                                   " DESC NULLS LAST, d.id DESC LIMIT " + std::to_string(query.limit),
                               filters.values),
               true, seen, hits);
      result.total = countDocuments(connection_, query);
      result.undated = countUndated(connection_, query, {});
    } else {
      const PgMatching matching = matchingPages(identifier, words);
      if (query.order == SearchOrder::Date && !query.newestFirst) {
        // Every match, its document's day newest first (undated last), as SQLite orders them.
        const PgFilters filters = pgFilters(query, static_cast<int>(matching.values.size()) + 1);
        addPages(connection_.run("SELECT p.id" + std::string(kPageAndDocument) + "WHERE " + matching.condition +
                                     filters.sql + " ORDER BY " + kDocumentDay + " DESC NULLS LAST, p.id DESC" +
                                     " LIMIT " + std::to_string(query.limit),
                                 joined(matching.values, filters.values)),
                 true, seen, hits);
        markExact(connection_, words, hits);
      } else {
        const PgFilters filters = pgFilters(query, 2);
        if (identifier) {  // exact keys first
          const PgFilters keyFilters = pgFilters(query, 3);
          addPages(connection_.run(
                       std::string("SELECT p.id") + kPageAndDocument +
                           "JOIN identifiers i ON i.page_id = p.id WHERE i.kind = $1 AND i.key = $2" + keyFilters.sql +
                           " ORDER BY p.id DESC LIMIT " + std::to_string(query.limit),
                       joined({PgValue::text(identifier->kind), PgValue::text(identifier->key)}, keyFilters.values)),
                   true, seen, hits);
        }
        // The plain words in a row before scattered; as typed before any form; newest first has no ranks.
        for (const auto* tsQuery : {&words.phraseAsWritten, &words.phraseAnyForm, &words.asWritten, &words.anyForm}) {
          const bool phrase = tsQuery == &words.phraseAsWritten || tsQuery == &words.phraseAnyForm;
          if (tsQuery->empty() || (phrase && query.newestFirst) ||
              (!query.newestFirst && static_cast<int>(hits.size()) >= query.limit))
            continue;
          rankTextMatches(connection_, *tsQuery, filters, query,
                          tsQuery == &words.phraseAsWritten || tsQuery == &words.asWritten, seen, hits);
        }
        for (const auto* tsQuery : {&words.asWritten, &words.anyForm})
          if (!tsQuery->empty() && static_cast<int>(hits.size()) < query.limit)
            addCorrectedValues(connection_, *tsQuery, filters, query, tsQuery == &words.asWritten, seen, hits);
        if (query.newestFirst)
          std::stable_sort(hits.begin(), hits.end(),
                           [](const SearchHit& a, const SearchHit& b) { return a.pageId > b.pageId; });
      }
      result.total = countMatching(connection_, query, matching);
      result.undated = countUndated(connection_, query, matching);
    }
    result.undated = std::min(result.undated, kCountUpTo);
    if (result.total > kCountUpTo) {
      result.total = kCountUpTo;
      result.totalAtLeast = true;
    }
    if (static_cast<int>(hits.size()) > query.limit) hits.resize(static_cast<std::size_t>(query.limit));
    hits.erase(hits.begin(), hits.begin() + std::min<std::size_t>(hits.size(), query.offset));
    for (auto& hit : hits) readHit(connection_, hit, query.text);
    if (hits.empty()) {
      if (const auto number = citizenNumberAsked(query, identifier))
        result.didYouMean = storedNumbersNear(connection_, *number);
    }
  } catch (const PgError& error) {
    refuseWhenOverBudget(error, query);
  }
  transaction.commit();
  return result;
}

std::vector<MatchedDocument> PgPageSearch::matchedDocuments(const SearchQuery& query) {
  if (auto refusal = queryRefusal(query.text)) throw *refusal;
  const PgTextQueries words = toPgTextQueries(query.text);
  const auto identifier = identifierInQuery(query.text);
  PgTransaction transaction(connection_);
  connection_.run("SELECT set_config('statement_timeout', $1, true), set_config('jit', 'off', true)",
                  {PgValue::text(std::to_string(query.timeBudget.count()))});
  std::vector<MatchedDocument> documents;
  try {
    std::optional<PgResult> rows;
    if (words.asWritten.empty() && !identifier) {  // filters alone: every page of each document that passes them
      const PgFilters filters = pgFilters(query, 1);
      if (filters.sql.empty()) return documents;
      rows = connection_.run(
          "SELECT min(p.id), count(*) FROM documents d JOIN pages p ON p.document_id = d.id WHERE true" + filters.sql +
              " GROUP BY d.id",
          filters.values);
    } else {
      const PgMatching matching = matchingPages(identifier, words);
      const PgFilters filters = pgFilters(query, static_cast<int>(matching.values.size()) + 1);
      // A page still being read has no document yet: it stands alone.
      rows = connection_.run("SELECT min(p.id), count(*)" + std::string(kPageAndDocument) + "WHERE " +
                                 matching.condition + filters.sql + " GROUP BY coalesce(p.document_id, -p.id)",
                             joined(matching.values, filters.values));
    }
    for (int row = 0; row < rows->rows(); ++row) documents.push_back({rows->integer(row, 0), rows->integer(row, 1)});
  } catch (const PgError& error) {
    refuseWhenOverBudget(error, query);
  }
  transaction.commit();
  return documents;
}

}  // namespace sohoa::indexer

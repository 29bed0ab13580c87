#include "indexer/search/PageSearch.hpp"

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

#include "indexer/search/FtsQuery.hpp"
#include "indexer/search/IdentifierKeys.hpp"
#include "indexer/search/MatchedPages.hpp"
#include "indexer/search/SearchFilters.hpp"
#include "indexer/search/postgres/PgPageSearch.hpp"
#include "indexer/store/IndexCatchUp.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

constexpr const char* kHitColumns =
    "SELECT p.id, d.public_id, d.dossier_code, d.type_label, "
    "(SELECT value FROM fields f WHERE f.document_id = d.id AND f.name = 'issued_date' AND f.value <> '' LIMIT 1) AS "
    "issued, "
    "s.given_path, p.source_page, "
    "(SELECT substr(r.received_at, 1, 10) FROM dossiers r WHERE r.code = d.dossier_code) AS received, "
    "(SELECT group_concat(value, '/') FROM (SELECT value FROM fields f WHERE f.document_id = d.id AND "
    "f.name IN ('code_number', 'code_notation') ORDER BY f.name)) AS number, "
    "(SELECT value FROM fields f WHERE f.document_id = d.id AND f.name = 'person_name' AND f.value <> '' "
    "ORDER BY f.id LIMIT 1) "
    "AS person, ";
constexpr const char* kHitJoins =
    " JOIN sources s ON s.id = p.source_id LEFT JOIN documents d ON d.id = p.document_id ";

SearchHit readHit(SqliteStatement& row) {
  SearchHit hit;
  hit.pageId = row.integer(0);
  hit.documentId = row.optionalText(1);
  hit.dossierCode = row.optionalText(2);
  hit.typeLabel = row.optionalText(3);
  hit.issuedDate = row.optionalText(4);
  hit.source = row.text(5);
  hit.sourcePage = static_cast<int>(row.integer(6));
  hit.receivedDate = row.optionalText(7);
  hit.number = row.optionalText(8);
  hit.personName = row.optionalText(9);
  hit.snippet = row.text(10);
  return hit;
}

void collect(SqliteStatement& statement, const std::vector<std::string>& parameters, bool exact,
             std::set<std::int64_t>& seen, std::vector<SearchHit>& hits) {
  for (std::size_t i = 0; i < parameters.size(); ++i) statement.bind(static_cast<int>(i + 1), parameters[i]);
  while (statement.step()) {
    SearchHit hit = readHit(statement);
    hit.exact = exact;
    if (seen.insert(hit.pageId).second) hits.push_back(std::move(hit));
  }
}

// The national motto heads nearly every page; a list of results shows what follows it.
bool isMottoLine(std::string_view line) {
  const std::string folded = foldMarks(lowerCase(line));
  for (const char* motto : {"cong hoa xa hoi", "doc lap", "hanh phuc"})
    if (folded.find(motto) != std::string::npos) return true;
  return std::none_of(line.begin(), line.end(), [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
}

// The motto where a snippet holds it unmarked (the words asked for are elsewhere): two
// lines of every page that tell one result from another nothing.
std::string withoutMotto(const std::string& snippet) {
  static const std::regex motto(
      "(CỘNG HÒA|CỘNG HOÀ|Cộng hòa|Cộng hoà) (XÃ HỘI CHỦ NGHĨA VIỆT NAM|xã hội chủ nghĩa Việt Nam)\\s*|"
      "(Độc lập|ĐỘC LẬP)\\s*(-|–|—)\\s*(Tự do|TỰ DO)\\s*(-|–|—)\\s*(Hạnh phúc|HẠNH PHÚC)\\s*");
  return std::regex_replace(snippet, motto, "");
}

// About `length` bytes of the page's opening, after the motto (cut at a word).
std::string opening(const std::string& text, std::size_t length = 160) {
  std::size_t from = 0;
  for (int line = 0; line < 6 && from < text.size(); ++line) {
    const std::size_t end = std::min(text.find('\n', from), text.size());
    if (!isMottoLine(std::string_view(text).substr(from, end - from))) break;
    from = end + 1;
  }
  if (from >= text.size()) from = 0;
  std::size_t end = std::min(text.size(), from + length);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;  // whole characters
  return text.substr(from, end - from) + (end < text.size() ? "…" : "");
}

// The text around the first place `needle` appears, marked; the opening of the page otherwise.
std::string excerpt(const std::string& text, const std::string& needle) {
  const auto at = needle.empty() ? std::string::npos : text.find(needle);
  if (at == std::string::npos) return opening(text);
  auto start = at < 60 ? 0 : text.rfind(' ', at - 60);
  if (start == std::string::npos) start = 0;
  auto end = text.find(' ', std::min(text.size(), at + needle.size() + 60));
  if (end == std::string::npos) end = text.size();
  // Mark the whole printed identifier ("15/" finds "15/KH-UBND").
  auto hitEnd = at + needle.size();
  while (hitEnd < text.size() && !std::isspace(static_cast<unsigned char>(text[hitEnd])) && text[hitEnd] != ',' &&
         text[hitEnd] != ';')
    ++hitEnd;
  end = std::max(end, hitEnd);
  return (start > 0 ? "…" : "") + text.substr(start, at - start) + kHitStart + text.substr(at, hitEnd - at) + kHitEnd +
         text.substr(hitEnd, end - hitEnd) + (end < text.size() ? "…" : "");
}

std::vector<std::string> storedNumbersNear(SqliteDatabase& db, const std::string& number) {
  std::vector<std::string> found;
  auto query = db.prepare(
      "SELECT 1 WHERE EXISTS (SELECT 1 FROM identifiers WHERE kind IN ('cccd', 'cmnd') AND key = ?1) "
      "OR EXISTS (SELECT 1 FROM fields WHERE name = 'citizen_ids' AND value = ?1)");
  for (const auto& variant : oneConfusionAway(number)) {
    query.bindAll(variant);
    if (query.step()) found.push_back(variant);
    query.reset();
  }
  return found;
}

// A ranked page not yet read: only the pages shown (past the offset, within the limit) get
// their document and snippet. A stored page always has a source, so an empty one marks it.
SearchHit unshownHit(std::int64_t pageId, bool exact) {
  SearchHit hit;
  hit.pageId = pageId;
  hit.exact = exact;
  return hit;
}

// The hit's document and snippet: the words' snippet as the page matched them (as written,
// or in any form), else the text around the identifier, else the page's start.
std::optional<SearchHit> showHit(SqliteDatabase& db, const SearchHit& unshown, const QueryMatch& match) {
  auto snippet = db.prepare(std::string(kHitColumns) +
                            "snippet(page_text, 0, char(2), char(3), '…', 20) FROM page_text "
                            "JOIN pages p ON p.id = page_text.rowid" +
                            kHitJoins + " WHERE page_text MATCH ? AND page_text.rowid = ?");
  const bool tryAsWritten = unshown.exact && !match.words.asWritten.empty();
  for (const auto* expression : {&match.words.asWritten, &match.words.anyForm}) {
    if (expression->empty() || (expression == &match.words.asWritten && !tryAsWritten)) continue;
    snippet.bindAll(*expression, unshown.pageId);
    if (snippet.step()) {
      SearchHit hit = readHit(snippet);
      hit.snippet = withoutMotto(hit.snippet);
      hit.exact = expression == &match.words.asWritten;
      return hit;
    }
    snippet.reset();
  }
  auto plain = db.prepare(std::string(kHitColumns) + "p.text FROM pages p" + kHitJoins + " WHERE p.id = ?");
  plain.bindAll(unshown.pageId);
  if (!plain.step()) return std::nullopt;
  SearchHit hit = readHit(plain);
  hit.exact = unshown.exact;
  const auto& key = match.identifier;
  hit.snippet = excerpt(hit.snippet, !key                      ? std::string()
                                     : key->kind == "notation" ? key->key.substr(0, key->key.find('/') + 1)
                                                               : key->key);
  return hit;
}

// Ranks the pages matching `expression` (sohoa_rank, best first). Ranking costs time for
// every page it scores, so only the newest `rankedMatches` matches are ranked: the cutoff is
// found by walking matches newest first. With filters, the window grows (x8) until enough
// pages pass them.
void rankTextMatches(SqliteDatabase& db, const std::string& expression, const SearchConditions& filters,
                     const SearchQuery& query, bool exact, std::set<std::int64_t>& seen, SearchResult& result) {
  std::vector<std::string> parameters{expression};
  parameters.insert(parameters.end(), filters.parameters.begin(), filters.parameters.end());
  // Ranking picks page ids only; joins and snippets are made for the pages shown (showHits).
  const std::string ranked = filters.sql.empty()
                                 ? std::string("SELECT page_text.rowid FROM page_text WHERE page_text MATCH ?")
                                 : std::string(
                                       "SELECT page_text.rowid FROM page_text JOIN pages p ON p.id = page_text.rowid "
                                       "LEFT JOIN documents d ON d.id = p.document_id") +
                                       filters.where("page_text MATCH ?");
  const std::string limit = " LIMIT " + std::to_string(std::max(query.limit, 1));
  if (query.newestFirst) {
    auto statement = db.prepare(ranked + " ORDER BY page_text.rowid DESC" + limit);
    for (std::size_t i = 0; i < parameters.size(); ++i) statement.bind(static_cast<int>(i + 1), parameters[i]);
    while (statement.step())
      if (const std::int64_t pageId = statement.integer(0); seen.insert(pageId).second)
        result.hits.push_back(unshownHit(pageId, exact));
    return;
  }
  for (std::int64_t window = std::max(query.rankedMatches, 1);; window *= 8) {
    // Where the newest `window` matches begin: walking matches newest first is cheap.
    auto cutoff = db.prepare("SELECT rowid FROM page_text WHERE page_text MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET " +
                             std::to_string(window - 1));
    cutoff.bindAll(expression);
    const bool bounded = cutoff.step();
    const std::int64_t from = bounded ? cutoff.integer(0) : 0;
    const std::string bound = bounded ? " AND page_text.rowid >= " + std::to_string(from) : "";
    // Pages ranked alike (copies of one form) in a fixed order, so that screens of results
    // asked with different offsets neither repeat nor skip one.
    auto statement =
        db.prepare(ranked + bound + " AND rank MATCH 'sohoa_rank()' ORDER BY rank, page_text.rowid DESC" + limit);
    for (std::size_t i = 0; i < parameters.size(); ++i) statement.bind(static_cast<int>(i + 1), parameters[i]);
    std::set<std::int64_t> roundSeen = seen;
    std::vector<SearchHit> roundHits;
    while (statement.step())
      if (const std::int64_t pageId = statement.integer(0); roundSeen.insert(pageId).second)
        roundHits.push_back(unshownHit(pageId, exact));
    const bool enough = static_cast<int>(result.hits.size() + roundHits.size()) >= query.limit;
    if (!bounded || enough || filters.sql.empty()) {
      result.rankedNewestOnly = result.rankedNewestOnly || bounded;
      seen = std::move(roundSeen);
      for (auto& hit : roundHits) result.hits.push_back(std::move(hit));
      return;
    }
  }
}

// Values a person corrected (a misread name put right) are found like page text, on the
// page the field was read from (or the document's first page).
void collectCorrectedValues(SqliteDatabase& db, const std::string& expression, const SearchConditions& filters,
                            const SearchQuery& query, bool exact, std::set<std::int64_t>& seen,
                            std::vector<SearchHit>& hits) {
  auto statement = db.prepare(std::string(kHitColumns) +
                              "highlight(corrected_fields, 0, char(2), char(3)) FROM corrected_fields "
                              "JOIN fields f ON f.id = corrected_fields.rowid "
                              "JOIN pages p ON p.id = coalesce(f.page_id, (SELECT min(q.id) FROM pages q WHERE "
                              "q.document_id = f.document_id))" +
                              kHitJoins + filters.where("corrected_fields MATCH ?") +
                              (query.newestFirst ? " ORDER BY p.id DESC" : " ORDER BY rank, p.id DESC") + " LIMIT " +
                              std::to_string(std::max(query.limit, 1)));
  std::vector<std::string> parameters{expression};
  parameters.insert(parameters.end(), filters.parameters.begin(), filters.parameters.end());
  collect(statement, parameters, exact, seen, hits);
}

}  // namespace

std::optional<std::string> citizenNumberAsked(const SearchQuery& query,
                                              const std::optional<IdentifierKey>& identifier) {
  if (query.citizenId) return query.citizenId;
  if (identifier && (identifier->kind == "cccd" || identifier->kind == "cmnd")) return identifier->key;
  return std::nullopt;
}

std::optional<SearchRefused> queryRefusal(std::string_view text) {
  if (text.size() > kLongestQuery)
    return SearchRefused(SearchRefused::Reason::TooLong, "the query is " + std::to_string(text.size()) +
                                                             " bytes long; at most " + std::to_string(kLongestQuery) +
                                                             " are searched");
  std::size_t words = 0;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i < text.size()) ++words;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  }
  if (words > kMostQueryWords)
    return SearchRefused(SearchRefused::Reason::TooManyWords, "the query has " + std::to_string(words) +
                                                                  " words; at most " + std::to_string(kMostQueryWords) +
                                                                  " are searched");
  return std::nullopt;
}

SearchResult PageSearch::search(const SearchQuery& query) {
  if (store_.postgres()) return PgPageSearch(store_.postgresConnection()).search(query);
  if (auto refusal = queryRefusal(query.text)) throw *refusal;
  SqliteTimeBudget budget(store_.sqlite("this search"), query.timeBudget);
  try {
    return searchWithinBudget(query);
  } catch (const SqliteError& error) {
    if (!error.interrupted()) throw;
    throw SearchRefused(SearchRefused::Reason::TooSlow, "the search ran longer than " +
                                                            std::to_string(query.timeBudget.count()) +
                                                            " ms and was stopped; add words or filters to narrow it");
  }
}

SearchResult PageSearch::searchWithinBudget(const SearchQuery& asked) {
  SearchResult result;
  if (auto pending = IndexCatchUp(store_).pending()) result.pagesNotIndexed = pending->pagesLeft;
  // Hits are gathered up to the last one shown, then those before the offset are dropped.
  SearchQuery query = asked;
  query.offset = std::clamp(asked.offset, 0, kFurthestOffset);
  query.limit = query.offset + std::max(asked.limit, 1);
  const SearchConditions filters = searchFilters(query);
  auto& db = store_.sqlite("this search");
  std::set<std::int64_t> seen;

  const QueryMatch match{toFtsMatchExpressions(query.text), identifierInQuery(query.text)};
  const auto& identifier = match.identifier;
  if (match.empty() && filters.sql.empty()) return result;  // nothing asked
  result.total = countMatches(db, query, match);
  if (result.total > kCountUpTo) {
    result.total = kCountUpTo;
    result.totalAtLeast = true;
  }
  result.undated = std::min(countUndated(db, query, match), kCountUpTo);
  if (match.empty()) {
    // Filters alone: one line per document, newest first (the citizen's records view), shown
    // by its first page (min(): SQLite then takes the other columns from that page's row).
    // Inner joins, so the planner starts from the filters' indexes rather than every page.
    auto statement =
        db.prepare(std::string(kHitColumns) +
                   "substr(p.text, 1, 800), min(p.id) FROM documents d JOIN pages p ON p.document_id = d.id "
                   "JOIN sources s ON s.id = p.source_id" +
                   filters.where() + " GROUP BY d.id ORDER BY " + kDocumentDay + " DESC NULLS LAST, d.id DESC LIMIT " +
                   std::to_string(asked.limit) + " OFFSET " + std::to_string(query.offset));
    collect(statement, filters.parameters, true, seen, result.hits);
    for (auto& hit : result.hits) hit.snippet = opening(hit.snippet);
  } else if (query.order == SearchOrder::Date && !query.newestFirst) {
    for (const std::int64_t pageId : matchesByDate(db, query, match, query.offset, std::max(asked.limit, 1)))
      if (auto hit = showHit(db, unshownHit(pageId, true), match)) result.hits.push_back(std::move(*hit));
  } else {
    const std::string limit = " LIMIT " + std::to_string(query.limit);
    if (identifier) {
      // Exact keys first: "5/qd-ubnd" finds "05/QĐ-UBND" where the words alone would not.
      auto statement =
          db.prepare(std::string(kHitColumns) + "p.text FROM identifiers i JOIN pages p ON p.id = i.page_id" +
                     kHitJoins + filters.where("i.kind = ? AND i.key = ?") + " ORDER BY p.id DESC" + limit);
      std::vector<std::string> parameters{identifier->kind, identifier->key};
      parameters.insert(parameters.end(), filters.parameters.begin(), filters.parameters.end());
      std::vector<SearchHit> byKey;
      collect(statement, parameters, true, seen, byKey);
      const std::string needle =
          identifier->kind == "notation" ? identifier->key.substr(0, identifier->key.find('/') + 1) : identifier->key;
      for (auto& hit : byKey) hit.snippet = excerpt(hit.snippet, needle);
      result.hits = std::move(byKey);
    }
    // Words typed in a row (a name, mostly) first where they stand in a row: "Hồ Thanh Phúc"
    // before "Bùi Thanh Phúc … hồ sơ". Newest first has no ranks to order.
    for (const auto* expression : {&match.words.phraseAsWritten, &match.words.phraseAnyForm}) {
      if (expression->empty() || query.newestFirst || static_cast<int>(result.hits.size()) >= query.limit) continue;
      rankTextMatches(db, *expression, filters, query, expression == &match.words.phraseAsWritten, seen, result);
    }
    for (const auto* expression : {&match.words.asWritten, &match.words.anyForm}) {
      // Newest first, both forms are asked: the newest pages of either may be the newest.
      if (expression->empty() || (!query.newestFirst && static_cast<int>(result.hits.size()) >= query.limit)) continue;
      collectCorrectedValues(db, *expression, filters, query, expression == &match.words.asWritten, seen, result.hits);
      rankTextMatches(db, *expression, filters, query, expression == &match.words.asWritten, seen, result);
    }
    if (query.newestFirst)
      std::stable_sort(result.hits.begin(), result.hits.end(),
                       [](const SearchHit& a, const SearchHit& b) { return a.pageId > b.pageId; });
    if (static_cast<int>(result.hits.size()) > query.limit) result.hits.resize(static_cast<std::size_t>(query.limit));
    result.hits.erase(result.hits.begin(),
                      result.hits.begin() + std::min<std::size_t>(result.hits.size(), query.offset));
    std::vector<SearchHit> shown;
    for (auto& hit : result.hits)
      if (!hit.source.empty()) {
        shown.push_back(std::move(hit));
      } else if (auto read = showHit(db, hit, match)) {
        shown.push_back(std::move(*read));
      }
    result.hits = std::move(shown);
  }

  if (result.hits.empty()) {
    if (const auto number = citizenNumberAsked(query, identifier)) result.didYouMean = storedNumbersNear(db, *number);
  }
  return result;
}

}  // namespace sohoa::indexer

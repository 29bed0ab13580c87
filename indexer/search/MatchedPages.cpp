#include "indexer/search/MatchedPages.hpp"

#include "indexer/search/SearchFilters.hpp"

namespace sohoa::indexer {
namespace {

struct MatchedSql {
  std::string sql;  // SELECT p.id, p.document_id FROM pages p LEFT JOIN documents d … WHERE …
  std::vector<std::string> parameters;
};

MatchedSql matchedPages(const SearchQuery& query, const QueryMatch& match, const std::string& extraCondition = "") {
  MatchedSql out;
  std::string union_;
  auto part = [&](const std::string& sql, std::vector<std::string> parameters) {
    union_ += (union_.empty() ? "" : " UNION ") + sql;
    out.parameters.insert(out.parameters.end(), parameters.begin(), parameters.end());
  };
  if (match.identifier)
    part("SELECT page_id FROM identifiers WHERE kind = ? AND key = ?", {match.identifier->kind, match.identifier->key});
  for (const auto* expression : {&match.words.asWritten, &match.words.anyForm}) {
    if (expression->empty()) continue;
    part("SELECT rowid FROM page_text WHERE page_text MATCH ?", {*expression});
    part(
        "SELECT coalesce(f.page_id, (SELECT min(q.id) FROM pages q WHERE q.document_id = f.document_id)) "
        "FROM corrected_fields JOIN fields f ON f.id = corrected_fields.rowid WHERE corrected_fields MATCH ?",
        {*expression});
  }
  SearchConditions filters = searchFilters(query);
  if (!extraCondition.empty()) filters.sql.push_back(extraCondition);
  out.sql = "SELECT p.id, p.document_id FROM pages p LEFT JOIN documents d ON d.id = p.document_id" +
            filters.where("p.id IN (" + union_ + ")");
  out.parameters.insert(out.parameters.end(), filters.parameters.begin(), filters.parameters.end());
  return out;
}

void bind(SqliteStatement& statement, const std::vector<std::string>& parameters) {
  for (std::size_t i = 0; i < parameters.size(); ++i) statement.bind(static_cast<int>(i + 1), parameters[i]);
}

std::int64_t countWhere(SqliteDatabase& db, const SearchQuery& query, const QueryMatch& match,
                        const std::string& extraCondition) {
  if (match.empty()) {
    SearchConditions filters = searchFilters(query);
    if (!extraCondition.empty()) filters.sql.push_back(extraCondition);
    if (filters.sql.empty()) return 0;
    auto statement = db.prepare("SELECT count(*) FROM (SELECT 1 FROM documents d" + filters.where() +
                                " AND EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id) LIMIT " +
                                std::to_string(kCountUpTo + 1) + ")");
    bind(statement, filters.parameters);
    statement.step();
    return statement.integer(0);
  }
  const MatchedSql matched = matchedPages(query, match, extraCondition);
  auto statement =
      db.prepare("SELECT count(*) FROM (" + matched.sql + " LIMIT " + std::to_string(kCountUpTo + 1) + ")");
  bind(statement, matched.parameters);
  statement.step();
  return statement.integer(0);
}

}  // namespace

std::int64_t countMatches(SqliteDatabase& db, const SearchQuery& query, const QueryMatch& match) {
  return countWhere(db, query, match, "");
}

std::int64_t countUndated(SqliteDatabase& db, const SearchQuery& query, const QueryMatch& match) {
  if (!query.dateFrom && !query.dateTo) return 0;
  SearchQuery undated = query;
  undated.dateFrom.reset();
  undated.dateTo.reset();
  return countWhere(db, undated, match, undatedCondition(query.dateKind));
}

std::vector<std::int64_t> matchesByDate(SqliteDatabase& db, const SearchQuery& query, const QueryMatch& match,
                                        int offset, int limit) {
  const MatchedSql matched = matchedPages(query, match);
  auto statement = db.prepare(matched.sql + " ORDER BY " + kDocumentDay + " DESC NULLS LAST, p.id DESC LIMIT " +
                              std::to_string(std::max(limit, 1)) + " OFFSET " + std::to_string(std::max(offset, 0)));
  bind(statement, matched.parameters);
  std::vector<std::int64_t> pages;
  while (statement.step()) pages.push_back(statement.integer(0));
  return pages;
}

std::vector<MatchedDocument> matchedDocuments(SqliteDatabase& db, const SearchQuery& query, const QueryMatch& match) {
  std::vector<MatchedDocument> documents;
  if (match.empty()) {  // filters alone: every page of each document that passes them
    const SearchConditions filters = searchFilters(query);
    if (filters.sql.empty()) return documents;
    auto statement = db.prepare("SELECT min(p.id), count(*) FROM documents d JOIN pages p ON p.document_id = d.id" +
                                filters.where() + " GROUP BY d.id");
    bind(statement, filters.parameters);
    while (statement.step()) documents.push_back({statement.integer(0), statement.integer(1)});
    return documents;
  }
  const MatchedSql matched = matchedPages(query, match);
  // A page still being ingested has no document yet: it stands alone.
  auto statement =
      db.prepare("SELECT min(m.id), count(*) FROM (" + matched.sql + ") m GROUP BY coalesce(m.document_id, -m.id)");
  bind(statement, matched.parameters);
  while (statement.step()) documents.push_back({statement.integer(0), statement.integer(1)});
  return documents;
}

}  // namespace sohoa::indexer

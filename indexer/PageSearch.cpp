#include "indexer/PageSearch.hpp"

#include "indexer/FtsQuery.hpp"

namespace sohoa::indexer {
namespace {

std::string fieldExists(const char* name, const char* comparison) {
  return std::string("EXISTS (SELECT 1 FROM fields f WHERE f.document_id = d.id AND f.name = '") + name +
         "' AND f.value " + comparison + " ?)";
}

}  // namespace

std::vector<SearchHit> PageSearch::search(const SearchQuery& query) {
  const std::string match = toFtsMatchExpression(query.text);
  std::vector<std::string> conditions;
  std::vector<std::string> parameters;
  std::string sql =
      "SELECT p.id, d.public_id, d.dossier_code, d.type_label, "
      "(SELECT value FROM fields f WHERE f.document_id = d.id AND f.name = 'issued_date' LIMIT 1), "
      "s.given_path, p.source_page, ";
  if (!match.empty()) {
    sql +=
        "snippet(page_text, 0, char(2), char(3), '…', 20) FROM page_text "
        "JOIN pages p ON p.id = page_text.rowid ";
    conditions.push_back("page_text MATCH ?");
    parameters.push_back(match);
  } else {
    sql += "substr(p.text, 1, 160) FROM pages p ";
  }
  sql += "JOIN sources s ON s.id = p.source_id LEFT JOIN documents d ON d.id = p.document_id ";
  if (query.dossierCode) {
    conditions.push_back("d.dossier_code = ?");
    parameters.push_back(*query.dossierCode);
  }
  if (query.typeLabel) {
    conditions.push_back("d.type_label = ?");
    parameters.push_back(*query.typeLabel);
  }
  if (query.citizenId) {
    conditions.push_back(fieldExists("citizen_id", "="));
    parameters.push_back(*query.citizenId);
  }
  if (query.issuedFrom) {
    conditions.push_back(fieldExists("issued_date", ">="));
    parameters.push_back(*query.issuedFrom);
  }
  if (query.issuedTo) {
    conditions.push_back(fieldExists("issued_date", "<="));
    parameters.push_back(*query.issuedTo);
  }
  if (conditions.empty()) return {};  // nothing asked
  for (std::size_t i = 0; i < conditions.size(); ++i) sql += (i == 0 ? "WHERE " : " AND ") + conditions[i];
  sql += match.empty() ? " ORDER BY d.id DESC, p.source_page" : " ORDER BY rank";
  sql += " LIMIT " + std::to_string(std::max(query.limit, 1));

  auto statement = store_.db().prepare(sql);
  for (std::size_t i = 0; i < parameters.size(); ++i) statement.bind(static_cast<int>(i + 1), parameters[i]);
  std::vector<SearchHit> hits;
  while (statement.step()) {
    SearchHit hit;
    hit.pageId = statement.integer(0);
    hit.documentId = statement.optionalText(1);
    hit.dossierCode = statement.optionalText(2);
    hit.typeLabel = statement.optionalText(3);
    hit.issuedDate = statement.optionalText(4);
    hit.source = statement.text(5);
    hit.sourcePage = static_cast<int>(statement.integer(6));
    hit.snippet = statement.text(7);
    hits.push_back(std::move(hit));
  }
  return hits;
}

}  // namespace sohoa::indexer

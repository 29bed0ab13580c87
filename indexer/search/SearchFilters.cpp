#include "indexer/search/SearchFilters.hpp"

#include "indexer/extract/FieldNames.hpp"

namespace sohoa::indexer {
namespace {

std::string fieldIs(const char* name, const char* comparison) {
  return std::string("EXISTS (SELECT 1 FROM fields f WHERE f.document_id = d.id AND f.name = '") + name +
         "' AND f.value " + comparison + " ?)";
}

}  // namespace

std::string undatedCondition(DateKind kind) {
  return kind == DateKind::Issued
             ? "NOT EXISTS (SELECT 1 FROM fields f WHERE f.document_id = d.id AND f.name = 'issued_date' AND "
               "f.value <> '')"
             : "NOT EXISTS (SELECT 1 FROM dossiers r WHERE r.code = d.dossier_code AND r.received_at IS NOT NULL)";
}

std::string SearchConditions::where(const std::string& first) const {
  std::string out;
  std::vector<std::string> all = sql;
  if (!first.empty()) all.insert(all.begin(), first);
  for (std::size_t i = 0; i < all.size(); ++i) out += (i == 0 ? " WHERE " : " AND ") + all[i];
  return out;
}

SearchConditions searchFilters(const SearchQuery& query) {
  SearchConditions conditions;
  if (query.dossierCode) conditions.add("d.dossier_code = ?", *query.dossierCode);
  if (query.typeLabel) conditions.add("d.type_label = ?", *query.typeLabel);
  if (query.kind) conditions.add("d.kind = ?", *query.kind);
  if (query.procedureCode) conditions.add(fieldIs(fieldname::kProcedureCode, "="), *query.procedureCode);
  if (query.organName) conditions.add(fieldIs(fieldname::kOrganName, "="), *query.organName);
  for (const auto& [day, comparison] : {std::pair{query.dateFrom, ">="}, std::pair{query.dateTo, "<="}}) {
    if (!day) continue;
    if (query.dateKind == DateKind::Issued) {
      conditions.add(fieldIs(fieldname::kIssuedDate, comparison), *day);
    } else {
      conditions.add(std::string("EXISTS (SELECT 1 FROM dossiers r WHERE r.code = d.dossier_code AND "
                                 "substr(r.received_at, 1, 10) ") +
                         comparison + " ?)",
                     *day);
    }
  }
  if (query.citizenId) {
    // Read as a field by extraction, or printed anywhere on one of the document's pages;
    // both lookups go through indexes, so this stays fast however large the store.
    conditions.sql.push_back(
        "d.id IN (SELECT q.document_id FROM identifiers i JOIN pages q ON q.id = i.page_id "
        "WHERE i.kind IN ('cccd', 'cmnd') AND i.key = ? "
        "UNION SELECT f.document_id FROM fields f WHERE f.name = 'citizen_ids' AND f.value = ?)");
    conditions.parameters.push_back(*query.citizenId);
    conditions.parameters.push_back(*query.citizenId);
  }
  return conditions;
}

}  // namespace sohoa::indexer

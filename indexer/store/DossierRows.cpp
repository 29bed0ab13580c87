#include "indexer/store/DossierRows.hpp"

namespace sohoa::indexer {
namespace {

constexpr const char* kReuseColumns =
    "SELECT d.public_id, d.type_label, d.dossier_code, r.dossier_code, r.recorded_by, r.recorded_at "
    "FROM reuse_events r JOIN documents d ON d.id = r.document_id ";

std::vector<ReuseRow> readReuses(StoreStatement& rows) {
  std::vector<ReuseRow> reuses;
  while (rows.step())
    reuses.push_back(
        {rows.text(0), rows.optionalText(1), rows.optionalText(2), rows.text(3), rows.text(4), rows.text(5)});
  return reuses;
}

}  // namespace

std::optional<RegisteredDossier> registeredDossier(RecordStore& store, const std::string& code) {
  auto row = store.db().prepare(
      "SELECT d.procedure_code, p.name, p.field, d.channel, d.received_at, d.due_at, d.finished_at, d.status, "
      "d.applicant_name, d.applicant_id FROM dossiers d LEFT JOIN procedures p ON p.code = d.procedure_code "
      "WHERE d.code = ?");
  row.bindAll(code);
  if (!row.step()) return std::nullopt;
  return RegisteredDossier{row.optionalText(0), row.optionalText(1), row.optionalText(2), row.integer(3),
                           row.optionalText(4), row.optionalText(5), row.optionalText(6), row.optionalText(7),
                           row.optionalText(8), row.optionalText(9)};
}

std::vector<std::pair<std::string, std::optional<std::string>>> dossierCitizenIds(RecordStore& store,
                                                                                  const std::string& code) {
  auto rows = store.db().prepare(
      "SELECT f.value, f.previous_value FROM fields f JOIN documents d ON d.id = f.document_id "
      "WHERE d.dossier_code = ?1 AND f.name = 'citizen_ids' "
      "UNION ALL SELECT applicant_id, NULL FROM dossiers WHERE code = ?1 AND applicant_id IS NOT NULL");
  rows.bindAll(code);
  std::vector<std::pair<std::string, std::optional<std::string>>> numbers;
  while (rows.step()) numbers.emplace_back(rows.text(0), rows.optionalText(1));
  return numbers;
}

std::vector<ReuseRow> reusesOfDocument(RecordStore& store, const std::string& documentId) {
  auto rows = store.db().prepare(std::string(kReuseColumns) + "WHERE d.public_id = ? ORDER BY r.id");
  rows.bindAll(documentId);
  return readReuses(rows);
}

std::vector<ReuseRow> reusesForDossier(RecordStore& store, const std::string& dossierCode) {
  auto rows = store.db().prepare(std::string(kReuseColumns) + "WHERE r.dossier_code = ? ORDER BY r.id");
  rows.bindAll(dossierCode);
  return readReuses(rows);
}

}  // namespace sohoa::indexer

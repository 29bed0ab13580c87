#include "viewer/DocumentMask.hpp"

#include <stdexcept>

namespace sohoa::viewer {

PersonalDataMask documentMask(indexer::RecordStore& store, const indexer::DocumentRecord& document) {
  PersonalDataMask mask;
  for (const auto& field : document.fields)
    if (field.name == "citizen_ids") {
      mask.knowNumber(field.value);
      if (field.extractedValue) mask.knowNumber(*field.extractedValue);
    }
  if (document.dossierCode) {
    auto numbers = store.db().prepare(
        "SELECT f.value, f.previous_value FROM fields f JOIN documents d ON d.id = f.document_id "
        "WHERE d.dossier_code = ?1 AND f.name = 'citizen_ids' "
        "UNION ALL SELECT applicant_id, NULL FROM dossiers WHERE code = ?1 AND applicant_id IS NOT NULL");
    numbers.bindAll(*document.dossierCode);
    while (numbers.step()) {
      mask.knowNumber(numbers.text(0));
      if (!numbers.isNull(1)) mask.knowNumber(numbers.text(1));
    }
  }
  for (const auto& page : document.pages) mask.learnFrom(page.text);
  return mask;
}

PersonalDataMask pageMask(indexer::RecordStore& store, std::int64_t pageId) {
  auto row = store.db().prepare(
      "SELECT d.public_id, p.text FROM pages p LEFT JOIN documents d ON d.id = p.document_id WHERE p.id = ?");
  row.bindAll(pageId);
  if (!row.step()) throw std::out_of_range("no page " + std::to_string(pageId));
  if (!row.isNull(0))
    if (const auto document = indexer::DocumentCatalog(store).find(row.text(0))) return documentMask(store, *document);
  PersonalDataMask mask;
  mask.learnFrom(row.text(1));
  return mask;
}

}  // namespace sohoa::viewer

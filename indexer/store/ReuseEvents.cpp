#include "indexer/store/ReuseEvents.hpp"

#include "indexer/store/StoreError.hpp"

namespace sohoa::indexer {

void recordReuse(RecordStore& store, const std::string& dossierCode, const std::string& documentId,
                 const std::string& recordedBy) {
  auto& db = store.db();
  auto dossier = db.prepare("SELECT 1 FROM dossiers WHERE code = ?");
  dossier.bindAll(dossierCode);
  if (!dossier.step()) throw NotFound("no dossier " + dossierCode + " in the register (sohoa register import)");
  auto document = db.prepare("SELECT id FROM documents WHERE public_id = ?");
  document.bindAll(documentId);
  if (!document.step()) throw NotFound("no document " + documentId + " in the store");
  db.prepare(
        "INSERT INTO reuse_events (dossier_code, document_id, recorded_by) VALUES (?, ?, ?) "
        "ON CONFLICT (dossier_code, document_id) DO NOTHING")
      .bindAll(dossierCode, document.integer(0), recordedBy)
      .run();
}

bool undoReuse(RecordStore& store, const std::string& dossierCode, const std::string& documentId) {
  const char* const which =
      "FROM reuse_events WHERE dossier_code = ? AND document_id = (SELECT id FROM documents WHERE public_id = ?)";
  auto found = store.db().prepare(std::string("SELECT 1 ") + which);
  found.bindAll(dossierCode, documentId);
  if (!found.step()) return false;
  store.db().prepare(std::string("DELETE ") + which).bindAll(dossierCode, documentId).run();
  return true;
}

}  // namespace sohoa::indexer

#include "indexer/store/DocumentRows.hpp"

#include "indexer/extract/FieldNames.hpp"

namespace sohoa::indexer {

std::optional<std::string> documentPart(const PlannedDocument& document) {
  return document.cut.part ? std::optional(partName(*document.cut.part)) : std::nullopt;
}

std::string documentKind(const PlannedDocument& document) {
  return kindName(document.extraction.type ? document.extraction.type->kind : DocumentKind::Other);
}

std::optional<std::string> documentTypeLabel(const PlannedDocument& document) {
  return document.extraction.type ? std::optional(document.extraction.type->label) : std::nullopt;
}

std::optional<std::int64_t> fieldPageId(const ExtractedField& field, const PlannedDocument& document,
                                        const std::vector<BatchPage>& pages) {
  if (field.page < 0) return std::nullopt;
  return pages[document.cut.pages[static_cast<std::size_t>(field.page)]].id;
}

namespace {

// The next place in a dossier (?1: its code; NULL for a document without one).
constexpr const char* kNextOrder =
    "CASE WHEN ?1 IS NULL THEN NULL ELSE "
    "(SELECT coalesce(max(dossier_order), 0) + 1 FROM documents WHERE dossier_code = ?1) END";

}  // namespace

std::optional<std::int64_t> insertDocumentRow(RecordStore& store, const PlannedDocument& document,
                                              std::int64_t sourceId, const std::string& batchPath) {
  auto& db = store.db();
  auto insert = db.prepare(
      std::string("INSERT INTO documents (dossier_code, public_id, source_id, kind, type_label, dossier_part, "
                  "batch_path, dossier_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ") +
      kNextOrder + ") ON CONFLICT (public_id) DO NOTHING RETURNING id");
  insert.bindAll(document.cut.dossierCode, document.publicId, sourceId, documentKind(document),
                 documentTypeLabel(document), documentPart(document), batchPath);
  if (!insert.step()) return std::nullopt;  // assembled by an earlier run
  const std::int64_t row = insert.integer(0);
  insert.reset();
  return row;
}

void updateDocumentRow(RecordStore& store, std::int64_t row, const PlannedDocument& document,
                       const std::string& batchPath) {
  store.db()
      .prepare(std::string("UPDATE documents SET dossier_order = CASE WHEN dossier_code IS NOT DISTINCT FROM ?1 THEN "
                           "dossier_order ELSE ") +
               kNextOrder +
               " END, dossier_code = ?1, kind = ?2, type_label = ?3, dossier_part = ?4, batch_path = ?5 WHERE id = ?6")
      .bindAll(document.cut.dossierCode, documentKind(document), documentTypeLabel(document), documentPart(document),
               batchPath, row)
      .run();
}

void fileDocumentPages(RecordStore& store, std::int64_t row, const PlannedDocument& document,
                       const std::vector<BatchPage>& pages) {
  auto filePage = store.db().prepare("UPDATE pages SET document_id = ?, batch_position = ? WHERE id = ?");
  for (std::size_t index : document.cut.pages) filePage.bindAll(row, pages[index].position, pages[index].id).run();
}

int insertFields(RecordStore& store, std::int64_t row, const PlannedDocument& document,
                 const std::vector<BatchPage>& pages, const CorrectedFields& corrected) {
  auto insert = store.db().prepare(
      "INSERT INTO fields (document_id, name, value, page_id, x0, y0, x1, y1, confidence, method, needs_review, note) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  int forReview = 0;
  for (const auto& field : document.extraction.fields) {
    if (field.name == fieldname::kCitizenIds ? corrected.citizenIds.contains(field.value)
                                             : corrected.names.contains(field.name))
      continue;
    insert
        .bindAll(row, field.name, field.value, fieldPageId(field, document, pages), field.box.x0, field.box.y0,
                 field.box.x1, field.box.y1, static_cast<double>(field.confidence), field.method,
                 field.needsReview ? 1 : 0, field.note.empty() ? std::nullopt : std::optional(field.note))
        .run();
    if (field.needsReview) ++forReview;
  }
  return forReview;
}

}  // namespace sohoa::indexer

#include "indexer/store/postgres/PgDocumentRows.hpp"

#include "indexer/store/DocumentRows.hpp"
#include "indexer/store/postgres/PgValues.hpp"

namespace sohoa::indexer {

std::optional<std::int64_t> insertPgDocumentRow(PostgresStore& store, const PlannedDocument& document,
                                                std::int64_t sourceId, const std::string& batchPath) {
  // Batches of one dossier may be assembled at once by different workers: each takes the next
  // place in the dossier in turn (the lock is held until the assembly commits).
  if (document.cut.dossierCode)
    store.connection().run("SELECT pg_advisory_xact_lock(hashtext($1))", {PgValue::text(*document.cut.dossierCode)});
  const PgResult inserted = store.connection().run(
      std::string("INSERT INTO documents (dossier_code, public_id, source_id, kind, type_label, dossier_part, "
                  "batch_path, dossier_order, created_at) VALUES ($1::text, $2, $3, $4, $5, $6, $7, CASE WHEN $1 IS "
                  "NULL THEN NULL ELSE (SELECT coalesce(max(dossier_order), 0) + 1 FROM documents WHERE dossier_code "
                  "= $1) END, ") +
          kPgNowText + ") ON CONFLICT (public_id) DO NOTHING RETURNING id",
      {pgOptionalText(document.cut.dossierCode), PgValue::text(document.publicId), pgNumber(sourceId),
       PgValue::text(documentKind(document)), pgOptionalText(documentTypeLabel(document)),
       pgOptionalText(documentPart(document)), PgValue::text(batchPath)});
  if (inserted.rows() == 0) return std::nullopt;
  return inserted.integer(0, 0);
}

void filePgDocumentPages(PostgresStore& store, std::int64_t row, const PlannedDocument& document,
                         const std::vector<BatchPage>& pages) {
  for (std::size_t index : document.cut.pages)
    store.connection().run("UPDATE pages SET document_id = $1, batch_position = $2 WHERE id = $3",
                           {pgNumber(row), pgNumber(std::int64_t{pages[index].position}), pgNumber(pages[index].id)});
}

int insertPgFields(PostgresStore& store, std::int64_t row, const PlannedDocument& document,
                   const std::vector<BatchPage>& pages) {
  int forReview = 0;
  for (const auto& field : document.extraction.fields) {
    const auto pageId = fieldPageId(field, document, pages);
    store.connection().run(
        "INSERT INTO fields (document_id, name, value, page_id, x0, y0, x1, y1, confidence, method, needs_review, "
        "note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        {pgNumber(row), PgValue::text(field.name), PgValue::text(field.value),
         pageId ? pgNumber(*pageId) : PgValue::null(), pgNumber(std::int64_t{field.box.x0}),
         pgNumber(std::int64_t{field.box.y0}), pgNumber(std::int64_t{field.box.x1}),
         pgNumber(std::int64_t{field.box.y1}), pgNumber(static_cast<double>(field.confidence)),
         PgValue::text(field.method), pgNumber(std::int64_t{field.needsReview ? 1 : 0}),
         field.note.empty() ? PgValue::null() : PgValue::text(field.note)});
    if (field.needsReview) ++forReview;
  }
  return forReview;
}

}  // namespace sohoa::indexer

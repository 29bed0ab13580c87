#include "indexer/store/DocumentCatalog.hpp"

namespace sohoa::indexer {
namespace {

constexpr const char* kDocumentColumns =
    "SELECT d.id, d.public_id, d.dossier_code, coalesce(d.batch_path, s.given_path), d.kind, d.type_label, "
    "d.archive_file, d.dossier_part, d.dossier_order, d.archive_missing_reason "
    "FROM documents d JOIN sources s ON s.id = d.source_id ";

DocumentRecord readDocument(StoreStatement& row) {
  DocumentRecord document;
  document.documentId = row.text(1);
  document.dossierCode = row.optionalText(2);
  document.source = row.text(3);
  document.kind = row.text(4);
  document.typeLabel = row.optionalText(5);
  document.archiveFile = row.optionalText(6);
  document.dossierPart = row.optionalText(7);
  if (!row.isNull(8)) document.dossierOrder = static_cast<int>(row.integer(8));
  document.archiveMissingReason = row.optionalText(9);
  return document;
}

}  // namespace

void DocumentCatalog::loadPagesAndFields(std::int64_t rowId, DocumentRecord& document) {
  auto pages = store_.db().prepare(
      "SELECT p.id, coalesce(p.batch_position, p.source_page), p.text, p.confidence, p.rotation, p.skew, p.dpi, "
      "p.origin, s.given_path, p.source_page, p.width, p.height, s.sha256, p.blank, p.uncovered_ink FROM pages p JOIN "
      "sources s ON s.id "
      "= "
      "p.source_id "
      "WHERE p.document_id = ? ORDER BY 2");
  pages.bindAll(rowId);
  while (pages.step()) {
    PageRecord page;
    page.id = pages.integer(0);
    page.sourcePage = static_cast<int>(pages.integer(1));
    page.text = pages.text(2);
    page.confidence = pages.real(3);
    page.rotation = static_cast<int>(pages.integer(4));
    page.skew = pages.real(5);
    if (!pages.isNull(6)) page.dpi = static_cast<int>(pages.integer(6));
    page.origin = pages.text(7);
    page.file = pages.text(8);
    page.filePage = static_cast<int>(pages.integer(9));
    page.width = static_cast<int>(pages.integer(10));
    page.height = static_cast<int>(pages.integer(11));
    page.preview = StoreLayout::pageFile(pages.text(12), page.filePage, "jpg");
    page.blank = pages.integer(13) != 0;
    if (!pages.isNull(14)) page.uncoveredInk = pages.real(14);
    document.pages.push_back(std::move(page));
  }
  auto fields = store_.db().prepare(
      "SELECT name, value, page_id, x0, y0, x1, y1, confidence, method, needs_review, note, id, previous_value, "
      "corrected_by, corrected_at FROM fields "
      "WHERE document_id = ? ORDER BY id");
  fields.bindAll(rowId);
  while (fields.step()) {
    FieldRecord field;
    field.name = fields.text(0);
    field.value = fields.text(1);
    if (!fields.isNull(2)) field.pageId = fields.integer(2);
    field.box = {static_cast<int>(fields.integer(3)), static_cast<int>(fields.integer(4)),
                 static_cast<int>(fields.integer(5)), static_cast<int>(fields.integer(6))};
    field.confidence = fields.real(7);
    field.method = fields.text(8);
    field.needsReview = fields.integer(9) != 0;
    field.note = fields.optionalText(10).value_or("");
    field.id = fields.integer(11);
    field.extractedValue = fields.optionalText(12);
    field.correctedBy = fields.optionalText(13);
    field.correctedAt = fields.optionalText(14);
    document.fields.push_back(std::move(field));
  }
}

std::vector<DocumentRecord> DocumentCatalog::select(const std::string& where, const std::string& parameter) {
  std::vector<std::pair<std::int64_t, DocumentRecord>> rows;
  {
    auto query = store_.db().prepare(std::string(kDocumentColumns) + where + " ORDER BY d.dossier_order, d.id");
    query.bindAll(parameter);
    while (query.step()) rows.emplace_back(query.integer(0), readDocument(query));
  }
  std::vector<DocumentRecord> documents;
  for (auto& [rowId, document] : rows) {
    loadPagesAndFields(rowId, document);
    documents.push_back(std::move(document));
  }
  return documents;
}

std::optional<DocumentRecord> DocumentCatalog::find(const std::string& documentId) {
  auto found = select("WHERE d.public_id = ?", documentId);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<DocumentRecord> DocumentCatalog::ofDossier(const std::string& dossierCode) {
  return select("WHERE d.dossier_code = ?", dossierCode);
}

void DocumentCatalog::forEach(const std::function<void(const DocumentRecord&)>& visit) {
  // Page through by row id so no statement stays open while the caller works.
  std::int64_t after = 0;
  while (true) {
    auto query = store_.db().prepare(std::string(kDocumentColumns) + "WHERE d.id > ? ORDER BY d.id LIMIT 1");
    query.bindAll(after);
    if (!query.step()) return;
    after = query.integer(0);
    DocumentRecord document = readDocument(query);
    loadPagesAndFields(after, document);
    visit(document);
  }
}

std::int64_t DocumentCatalog::count() {
  auto query = store_.db().prepare("SELECT count(*) FROM documents");
  query.step();
  return query.integer(0);
}

}  // namespace sohoa::indexer

#include "indexer/BatchAssembly.hpp"

#include <set>

#include "indexer/PageWords.hpp"
#include "indexer/extract/DocumentExtraction.hpp"

namespace sohoa::indexer {
namespace {

struct BatchPage {
  std::int64_t id = 0;
  std::int64_t sourceId = 0;
  int sourcePage = 0;
  int position = 0;  // in the batch, from 1
  std::string sha256;
  ocr::Page page;
};

std::vector<BatchPage> loadPages(SqliteDatabase& db, const std::vector<std::int64_t>& sourceIds) {
  std::vector<BatchPage> pages;
  int offset = 0;
  auto select = db.prepare(
      "SELECT p.id, p.source_page, p.words, p.width, p.height, p.rotation, p.skew, coalesce(p.dpi, 0), s.sha256 "
      "FROM pages p JOIN sources s ON s.id = p.source_id "
      "WHERE p.source_id = ? AND p.document_id IS NULL ORDER BY p.source_page");
  auto codes = db.prepare("SELECT text, x0, y0, x1, y1 FROM page_codes WHERE page_id = ?");
  auto pageCount = db.prepare("SELECT page_count FROM sources WHERE id = ?");
  for (const std::int64_t sourceId : sourceIds) {
    select.bindAll(sourceId);
    while (select.step()) {
      BatchPage page;
      page.id = select.integer(0);
      page.sourceId = sourceId;
      page.sourcePage = static_cast<int>(select.integer(1));
      page.position = offset + page.sourcePage;
      decodePageWords(select.text(2), page.page);
      page.page.width = static_cast<int>(select.integer(3));
      page.page.height = static_cast<int>(select.integer(4));
      page.page.rotation = static_cast<int>(select.integer(5));
      page.page.skew = select.real(6);
      page.page.dpi = static_cast<int>(select.integer(7));
      page.sha256 = select.text(8);
      codes.bindAll(page.id);
      while (codes.step())
        page.page.codes.push_back({codes.text(0),
                                   {static_cast<int>(codes.integer(1)), static_cast<int>(codes.integer(2)),
                                    static_cast<int>(codes.integer(3)), static_cast<int>(codes.integer(4))}});
      codes.reset();
      pages.push_back(std::move(page));
    }
    select.reset();
    pageCount.bindAll(sourceId);
    if (pageCount.step()) offset += static_cast<int>(pageCount.integer(0));
    pageCount.reset();
  }
  return pages;
}

}  // namespace

AssembledBatch BatchAssembly::assemble(const std::vector<std::int64_t>& sourceIds, const std::string& batchPath,
                                       const SplitOptions& options) {
  auto& db = store_.db();
  SqliteTransaction transaction(db);
  const auto pages = loadPages(db, sourceIds);
  std::vector<PageSignals> signals;
  for (const auto& page : pages) signals.push_back(pageSignals(page.page));
  AssembledBatch assembled;
  std::set<int> dossiers;

  auto insertDocument = db.prepare(
      "INSERT INTO documents (public_id, source_id, dossier_code, kind, type_label, dossier_part, dossier_order, "
      "batch_path) VALUES (?, ?, ?, ?, ?, ?, "
      "CASE WHEN ?3 IS NULL THEN NULL ELSE "
      "(SELECT coalesce(max(dossier_order), 0) + 1 FROM documents WHERE dossier_code = ?3) END, ?) "
      "ON CONFLICT (public_id) DO NOTHING");
  auto filePage = db.prepare("UPDATE pages SET document_id = ?, batch_position = ? WHERE id = ?");
  auto insertField = db.prepare(
      "INSERT INTO fields (document_id, name, value, page_id, x0, y0, x1, y1, confidence, method, needs_review, note) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const auto& document : splitBatch(signals, options)) {
    std::vector<const ocr::Page*> documentPages;
    for (std::size_t index : document.pages) documentPages.push_back(&pages[index].page);
    const DocumentExtraction extraction = extractDocument(documentPages);
    const BatchPage& first = pages[document.pages.front()];
    const std::string publicId = first.sha256.substr(0, 12) + "-p" + std::to_string(first.sourcePage);
    insertDocument
        .bindAll(publicId, first.sourceId, document.dossierCode,
                 kindName(extraction.type ? extraction.type->kind : DocumentKind::Other),
                 extraction.type ? std::optional(extraction.type->label) : std::nullopt,
                 document.part ? std::optional(partName(*document.part)) : std::nullopt)
        .bind(7, batchPath)
        .run();
    if (sqlite3_changes(db.handle()) == 0) continue;  // assembled by an earlier run
    const std::int64_t documentRow = db.lastInsertId();
    for (std::size_t index : document.pages)
      filePage.bindAll(documentRow, pages[index].position, pages[index].id).run();
    for (const auto& field : extraction.fields) {
      const std::optional<std::int64_t> pageId =
          field.page >= 0 ? std::optional(pages[document.pages[static_cast<std::size_t>(field.page)]].id)
                          : std::nullopt;
      insertField
          .bindAll(documentRow, field.name, field.value, pageId, field.box.x0, field.box.y0, field.box.x1, field.box.y1,
                   static_cast<double>(field.confidence), field.method, field.needsReview ? 1 : 0,
                   field.note.empty() ? std::nullopt : std::optional(field.note))
          .run();
      if (field.needsReview) ++assembled.fieldsForReview;
    }
    if (document.dossier >= 0) dossiers.insert(document.dossier);
    assembled.documentIds.push_back(publicId);
  }
  auto done = db.prepare(
      "UPDATE sources SET status = 'done', finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?");
  for (const std::int64_t sourceId : sourceIds) done.bindAll(sourceId).run();
  transaction.commit();
  assembled.dossiers = static_cast<int>(dossiers.size());
  return assembled;
}

}  // namespace sohoa::indexer

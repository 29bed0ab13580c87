#include "indexer/assembly/BatchPages.hpp"

#include <map>

#include "indexer/extract/BatchBodies.hpp"
#include "indexer/extract/DossierNames.hpp"
#include "indexer/store/PageWords.hpp"

namespace sohoa::indexer {

std::vector<BatchPage> loadBatchPages(SqliteDatabase& db, const std::vector<std::int64_t>& sourceIds,
                                      bool unfiledOnly) {
  std::vector<BatchPage> pages;
  int offset = 0;
  auto select = db.prepare(
      std::string(
          "SELECT p.id, p.source_page, p.words, p.width, p.height, p.rotation, p.skew, coalesce(p.dpi, 0), s.sha256 "
          "FROM pages p JOIN sources s ON s.id = p.source_id WHERE p.source_id = ? ") +
      (unfiledOnly ? "AND p.document_id IS NULL " : "") + "ORDER BY p.source_page");
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

std::vector<PlannedDocument> planDocuments(const std::vector<BatchPage>& pages, const SplitOptions& options,
                                           const CalendarDay& today) {
  std::vector<PageSignals> signals;
  for (const auto& page : pages) signals.push_back(pageSignals(page.page, today));
  std::vector<PlannedDocument> planned;
  for (auto& cut : splitBatch(signals, options)) {
    std::vector<const ocr::Page*> documentPages;
    for (std::size_t index : cut.pages) documentPages.push_back(&pages[index].page);
    const BatchPage& first = pages[cut.pages.front()];
    std::string publicId = first.sha256.substr(0, 12) + "-p" + std::to_string(first.sourcePage);
    planned.push_back({std::move(cut), extractDocument(documentPages, today), std::move(publicId)});
  }
  std::map<int, std::vector<DocumentExtraction*>> dossiers;
  for (auto& document : planned)
    if (document.cut.dossier >= 0) dossiers[document.cut.dossier].push_back(&document.extraction);
  for (const auto& [dossier, documents] : dossiers) settleNamesAcrossDossier(documents);
  std::vector<DocumentExtraction*> batch;
  for (auto& document : planned) batch.push_back(&document.extraction);
  confirmBodiesAcrossBatch(batch);
  return planned;
}

}  // namespace sohoa::indexer

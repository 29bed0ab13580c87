#include "indexer/store/BatchPageRows.hpp"

#include "indexer/store/StoredPageModel.hpp"
#include "indexer/store/StoredPages.hpp"

namespace sohoa::indexer {

std::vector<BatchPage> loadBatchPages(RecordStore& store, const std::vector<std::int64_t>& sourceIds,
                                      bool unfiledOnly) {
  auto& db = store.db();
  std::vector<BatchPage> pages;
  int offset = 0;
  auto select = db.prepare("SELECT p.id, p.source_page, s.sha256, " + std::string(kPageModelColumns) +
                           " FROM pages p JOIN sources s ON s.id = p.source_id WHERE p.source_id = ? " +
                           (unfiledOnly ? "AND p.document_id IS NULL " : "") + "ORDER BY p.source_page");
  auto pageCount = db.prepare("SELECT page_count FROM sources WHERE id = ?");
  for (const std::int64_t sourceId : sourceIds) {
    select.bindAll(sourceId);
    while (select.step()) {
      BatchPage page;
      page.id = select.integer(0);
      page.sourceId = sourceId;
      page.sourcePage = static_cast<int>(select.integer(1));
      page.position = offset + page.sourcePage;
      page.sha256 = select.text(2);
      readPageModel(select, 3, page.page);
      page.page.codes = storedCodes(store, page.id);
      pages.push_back(std::move(page));
    }
    select.reset();
    pageCount.bindAll(sourceId);
    // A source's pages count in the offset even when filed already (a resumed ingest).
    if (pageCount.step()) offset += static_cast<int>(pageCount.integer(0));
    pageCount.reset();
  }
  return pages;
}

}  // namespace sohoa::indexer

#include "indexer/store/StoredPages.hpp"

namespace sohoa::indexer {

std::optional<StoredPageText> storedPageText(RecordStore& store, std::int64_t pageId) {
  auto row = store.db().prepare(
      "SELECT p.text, p.document_id, d.public_id FROM pages p LEFT JOIN documents d ON d.id = p.document_id "
      "WHERE p.id = ?");
  row.bindAll(pageId);
  if (!row.step()) return std::nullopt;
  StoredPageText page{row.text(0), std::nullopt, row.optionalText(2)};
  if (!row.isNull(1)) page.documentRow = row.integer(1);
  return page;
}

std::vector<ocr::PageCode> storedCodes(RecordStore& store, std::int64_t pageId) {
  std::vector<ocr::PageCode> codes;
  auto rows = store.db().prepare("SELECT text, x0, y0, x1, y1 FROM page_codes WHERE page_id = ?");
  rows.bindAll(pageId);
  while (rows.step())
    codes.push_back({rows.text(0),
                     {static_cast<int>(rows.integer(1)), static_cast<int>(rows.integer(2)),
                      static_cast<int>(rows.integer(3)), static_cast<int>(rows.integer(4))}});
  return codes;
}

std::vector<ocr::Box> storedCodeBoxes(RecordStore& store, std::int64_t pageId) {
  std::vector<ocr::Box> boxes;
  for (const auto& code : storedCodes(store, pageId)) boxes.push_back(code.box);
  return boxes;
}

std::optional<std::string> pagePreviewFile(RecordStore& store, std::int64_t pageId) {
  auto row = store.db().prepare(
      "SELECT s.sha256, p.source_page FROM pages p JOIN sources s ON s.id = p.source_id WHERE p.id = ?");
  row.bindAll(pageId);
  if (!row.step()) return std::nullopt;
  return StoreLayout::pageFile(row.text(0), static_cast<int>(row.integer(1)), "jpg");
}

std::vector<ScannedPageSource> scannedPages(RecordStore& store) {
  std::vector<ScannedPageSource> pages;
  auto rows = store.db().prepare(
      "SELECT s.sha256, s.original_file, s.file_type, p.source_page, p.rotation, p.skew, p.sheet FROM pages p "
      "JOIN sources s ON s.id = p.source_id WHERE p.origin = 'ocr' ORDER BY s.id, p.source_page");
  while (rows.step()) {
    ScannedPageSource page{rows.text(0), rows.text(1), rows.text(2), static_cast<int>(rows.integer(3)), {}};
    page.geometry.rotation = static_cast<int>(rows.integer(4));
    page.geometry.skew = rows.real(5);
    if (!rows.isNull(6)) page.geometry.sheet = ocr::SheetCorners::fromText(rows.text(6));
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace sohoa::indexer

#pragma once
// One stored page's rows read back for the viewer and the preview writer: its text and the
// document it belongs to, the codes (QR) read on it, where its preview image lies, and the
// scanned pages whose preview may need writing again. (Words and boxes: PageWords; search:
// indexer/search.)
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"
#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

struct StoredPageText {
  std::string text;
  std::optional<std::int64_t> documentRow;  // nothing: the page is in no document yet
  std::optional<std::string> documentId;    // the document's public id
};

// A scanned page's place in its original, and the geometry ingest found (rotation, skew, a
// photo's sheet) so its preview can be drawn again the same way.
struct ScannedPageSource {
  std::string sourceSha256, originalFile, fileType;
  int sourcePage = 0;
  ocr::Page geometry;  // rotation, skew and sheet only
};

std::optional<StoredPageText> storedPageText(RecordStore& store, std::int64_t pageId);
// The codes ingest read on a page (QR codes): their text and boxes in the page's pixels.
std::vector<ocr::PageCode> storedCodes(RecordStore& store, std::int64_t pageId);
// Only their boxes.
std::vector<ocr::Box> storedCodeBoxes(RecordStore& store, std::int64_t pageId);
// The page's preview image under the store's root; nothing when there is no such page.
std::optional<std::string> pagePreviewFile(RecordStore& store, std::int64_t pageId);
// Every page read by OCR, by source and page.
std::vector<ScannedPageSource> scannedPages(RecordStore& store);

}  // namespace sohoa::indexer

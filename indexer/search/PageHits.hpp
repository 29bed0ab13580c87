#pragma once
// Where a search's words stand on a page, so the viewer can outline them on the scan: the
// boxes of the page's words that match a query word the way search matches it (typed with
// marks: exactly; typed without: any marked form; see QueryWords), and of identifiers found
// by their key.
#include <cstdint>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"
#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

struct PageHits {
  int width = 0, height = 0;  // the page's pixels the boxes are in
  std::vector<ocr::Box> boxes;
};

// The boxes on `page` of the words matching `query`; its width and height come along.
std::vector<ocr::Box> hitBoxes(const ocr::Page& page, const std::string& query);
// The same for a stored page (throws NotFound for an unknown page id).
PageHits storedPageHits(RecordStore& store, std::int64_t pageId, const std::string& query);
// The stored page's words (page size included), for masking or outlining.
ocr::Page storedPageWords(RecordStore& store, std::int64_t pageId);

}  // namespace sohoa::indexer

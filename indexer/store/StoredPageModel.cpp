#include "indexer/store/StoredPageModel.hpp"

#include "indexer/store/PageWords.hpp"

namespace sohoa::indexer {

void fillPageModel(const StoredPageValues& values, ocr::Page& page) {
  decodePageWords(values.words, page);
  page.width = values.width;
  page.height = values.height;
  page.rotation = values.rotation;
  page.skew = values.skew;
  page.dpi = values.dpi;
}

void readPageModel(const StoreStatement& row, int first, ocr::Page& page) {
  fillPageModel(
      {row.text(first), static_cast<int>(row.integer(first + 1)), static_cast<int>(row.integer(first + 2)),
       static_cast<int>(row.integer(first + 3)), row.real(first + 4), static_cast<int>(row.integer(first + 5))},
      page);
}

}  // namespace sohoa::indexer

#include "indexer/store/StoredPageModel.hpp"

#include "indexer/store/PageWords.hpp"

namespace sohoa::indexer {

void readPageModel(const SqliteStatement& row, int first, ocr::Page& page) {
  decodePageWords(row.text(first), page);
  page.width = static_cast<int>(row.integer(first + 1));
  page.height = static_cast<int>(row.integer(first + 2));
  page.rotation = static_cast<int>(row.integer(first + 3));
  page.skew = row.real(first + 4);
  page.dpi = static_cast<int>(row.integer(first + 5));
}

}  // namespace sohoa::indexer

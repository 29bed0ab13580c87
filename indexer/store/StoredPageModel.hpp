#pragma once
// A stored page rebuilt as the page model (ocr::Page) the extraction rules and the archive
// writer read: its words and boxes (PageWords) and its geometry (pixel size, rotation, skew,
// dpi). One column list for every reader, so a column added to the page is read everywhere.
#include <string>
#include <string_view>

#include "indexer/store/StoreDatabase.hpp"
#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

// The columns of `pages p` readPageModel reads, in its order.
inline constexpr std::string_view kPageModelColumns =
    "p.words, p.width, p.height, p.rotation, p.skew, coalesce(p.dpi, 0)";
inline constexpr int kPageModelColumnCount = 6;

// The values of those columns, however a store (SQLite, PostgreSQL) read them.
struct StoredPageValues {
  std::string words;  // PageWords' encoding
  int width = 0, height = 0, rotation = 0;
  double skew = 0;
  int dpi = 0;  // 0: not known
};

void fillPageModel(const StoredPageValues& values, ocr::Page& page);
// Fills `page` from the kPageModelColumns of `row`, the first at column `first`.
void readPageModel(const StoreStatement& row, int first, ocr::Page& page);

}  // namespace sohoa::indexer

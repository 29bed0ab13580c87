#include "indexer/store/postgres/PgBatchPages.hpp"

#include <map>

#include "indexer/store/StoredPageModel.hpp"
#include "indexer/store/postgres/PgValues.hpp"

namespace sohoa::indexer {
namespace {

// The batch's sources with a stored page, each with the pages of those before it.
constexpr const char* kMembers =
    "WITH members AS (SELECT s.id, s.sha256, s.batch_order, coalesce(sum(s.page_count) OVER (ORDER BY s.batch_order, "
    "s.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS pages_before FROM sources s WHERE s.batch_id = $1 "
    "AND EXISTS (SELECT 1 FROM pages p WHERE p.source_id = s.id)) ";

void readCodes(PostgresStore& store, std::int64_t batchId, std::vector<BatchPage>& pages) {
  std::map<std::int64_t, BatchPage*> byId;
  for (auto& page : pages) byId[page.id] = &page;
  const PgResult codes = store.connection().run(
      "SELECT c.page_id, c.text, c.x0, c.y0, c.x1, c.y1 FROM page_codes c JOIN pages p ON p.id = c.page_id "
      "JOIN sources s ON s.id = p.source_id WHERE s.batch_id = $1",
      {pgNumber(batchId)});
  for (int row = 0; row < codes.rows(); ++row) {
    const auto page = byId.find(codes.integer(row, 0));
    if (page == byId.end()) continue;  // filed already
    page->second->page.codes.push_back(
        {codes.text(row, 1),
         {static_cast<int>(codes.integer(row, 2)), static_cast<int>(codes.integer(row, 3)),
          static_cast<int>(codes.integer(row, 4)), static_cast<int>(codes.integer(row, 5))}});
  }
}

}  // namespace

std::vector<BatchPage> loadPgBatchPages(PostgresStore& store, std::int64_t batchId) {
  const PgResult rows = store.connection().run(
      std::string(kMembers) + "SELECT p.id, m.id, p.source_page, m.pages_before + p.source_page, m.sha256, " +
          std::string(kPageModelColumns) +
          " FROM members m JOIN pages p ON p.source_id = m.id WHERE p.document_id IS NULL "
          "ORDER BY m.batch_order, m.id, p.source_page",
      {pgNumber(batchId)});
  std::vector<BatchPage> pages;
  for (int row = 0; row < rows.rows(); ++row) {
    BatchPage page;
    page.id = rows.integer(row, 0);
    page.sourceId = rows.integer(row, 1);
    page.sourcePage = static_cast<int>(rows.integer(row, 2));
    page.position = static_cast<int>(rows.integer(row, 3));
    page.sha256 = rows.text(row, 4);
    fillPageModel({rows.bytes(row, 5), static_cast<int>(rows.integer(row, 6)), static_cast<int>(rows.integer(row, 7)),
                   static_cast<int>(rows.integer(row, 8)), rows.real(row, 9), static_cast<int>(rows.integer(row, 10))},
                  page.page);
    pages.push_back(std::move(page));
  }
  readCodes(store, batchId, pages);
  return pages;
}

}  // namespace sohoa::indexer

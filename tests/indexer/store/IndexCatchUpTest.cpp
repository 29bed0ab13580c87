#include <catch2/catch.hpp>

#include "indexer/assembly/BatchAssembly.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/store/IndexCatchUp.hpp"
#include "indexer/store/IngestJournal.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;

TEST_CASE("pages left out of the index are indexed in batches and an interrupted catch-up resumes",
          "[indexer][reindex]") {
  sohoa::test::TempDir dir;
  RecordStore store = openMigratedStore({dir.path()});
  IngestJournal journal(store);
  const auto source = journal.beginSource({0, "beef", "old.pdf", "o", "pdf", 1, 5, false});
  for (int i = 1; i <= 5; ++i) {
    sohoa::ocr::Page page;
    page.width = page.height = 100;
    page.blocks.push_back({{}, {{{}, {{"trang số " + std::to_string(i) + " đường", {0, 0, 10, 10}, 1.0f}}}}});
    journal.storePage(source.id, i, page, "");
  }
  BatchAssembly(store).assemble({source.id}, "scans/test.pdf", {});
  // What an upgrade of the tokenizer leaves: an empty index and a range to catch up.
  store.db().execute("INSERT INTO page_text(page_text) VALUES ('delete-all')");
  store.db().execute("DELETE FROM identifiers");
  store.db().execute("INSERT INTO index_catch_up SELECT min(id), max(id) FROM pages");

  SearchQuery query;
  query.text = "duong";
  IndexCatchUp catchUp(store);
  REQUIRE(catchUp.pending());
  CHECK(catchUp.pending()->pagesLeft == 5);
  CHECK(PageSearch(store).search(query).pagesNotIndexed == 5);
  CHECK(catchUp.step(2));  // then the program is stopped
  CHECK(PageSearch(store).search(query).hits.size() == 2);

  IndexCatchUp again(store);
  CHECK(again.pending()->pagesLeft == 3);
  again.run();
  CHECK_FALSE(again.pending());
  const auto result = PageSearch(store).search(query);
  CHECK(result.hits.size() == 5);
  CHECK(result.pagesNotIndexed == 0);
  CHECK_NOTHROW(store.db().execute("INSERT INTO page_text(page_text) VALUES ('integrity-check')"));
}

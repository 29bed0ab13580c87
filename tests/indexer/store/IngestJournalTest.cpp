#include <catch2/catch.hpp>

#include "indexer/assembly/BatchAssembly.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/store/DocumentCatalog.hpp"
#include "indexer/store/IngestJournal.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;
using sohoa::ocr::Page;
using sohoa::test::TempDir;

namespace {

Page pageWithText(const std::vector<std::string>& words) {
  Page page;
  page.width = 2480;
  page.height = 3508;
  page.dpi = 300;
  page.blocks.emplace_back();
  page.blocks.back().lines.emplace_back();
  int x = 100;
  for (const auto& word : words) {
    page.blocks.back().lines.back().words.push_back({word, {x, 100, x + 80, 140}, 0.9f});
    x += 100;
  }
  return page;
}

SourceRecord newSource(const std::string& sha, int pages) {
  return {0, sha, "scans/" + sha + ".pdf", "originals/" + sha, "pdf", 1234, pages, false};
}

SearchQuery words(const std::string& text) {
  SearchQuery query;
  query.text = text;
  return query;
}

std::int64_t count(RecordStore& store, const std::string& table) {
  auto query = store.db().prepare("SELECT count(*) FROM " + table);
  query.step();
  return query.integer(0);
}

}  // namespace

TEST_CASE("a page stored twice is kept once, in the table and in the full-text index", "[indexer][journal]") {
  TempDir dir;
  RecordStore store = openMigratedStore({dir.path()});
  IngestJournal journal(store);
  const auto source = journal.beginSource(newSource("aaaa11112222", 2));
  CHECK_FALSE(source.done);
  CHECK(journal.beginSource(newSource("aaaa11112222", 2)).id == source.id);  // same content: same source

  journal.storePage(source.id, 1, pageWithText({"Kế", "hoạch", "cải", "cách", "hành", "chính"}), "pages/a/0001.hocr");
  journal.storePage(source.id, 1, pageWithText({"something", "else"}), "pages/a/0001.hocr");
  CHECK(count(store, "pages") == 1);
  CHECK(count(store, "page_text") == 1);
  CHECK(journal.storedPages(source.id) == std::set<int>{1});

  PageSearch search(store);
  CHECK(search.search(words("cải cách")).hits.size() == 1);
  CHECK(search.search(words("something")).hits.empty());
}

TEST_CASE("assembling a source without headings files its pages in one document and marks it done",
          "[indexer][journal]") {
  TempDir dir;
  RecordStore store = openMigratedStore({dir.path()});
  IngestJournal journal(store);
  const auto source = journal.beginSource(newSource("bbbb33334444", 2));
  journal.storePage(source.id, 2, pageWithText({"trang", "hai"}), "");
  journal.storePage(source.id, 1, pageWithText({"trang", "một"}), "");
  BatchAssembly assembly(store);
  const auto assembled = assembly.assemble({source.id}, "scans/bbbb33334444.pdf", {});
  REQUIRE(assembled.documentIds.size() == 1);
  const auto documentId = assembled.documentIds.front();
  CHECK(documentId == "bbbb33334444-p1");
  CHECK(journal.findSource("bbbb33334444")->done);

  const auto document = DocumentCatalog(store).find(documentId);
  REQUIRE(document);
  REQUIRE(document->pages.size() == 2);
  CHECK(document->pages[0].sourcePage == 1);
  CHECK(document->pages[1].text == "trang hai\n");
  CHECK(document->source == "scans/bbbb33334444.pdf");

  // Assembling again (a resumed run) changes nothing.
  CHECK(assembly.assemble({source.id}, "scans/bbbb33334444.pdf", {}).documentIds.empty());
  CHECK(count(store, "documents") == 1);
}

TEST_CASE("a page error is recorded and cleared once the page is stored", "[indexer][journal]") {
  TempDir dir;
  RecordStore store = openMigratedStore({dir.path()});
  IngestJournal journal(store);
  const auto source = journal.beginSource(newSource("cccc", 1));
  journal.recordPageError(source.id, 1, "damaged");
  CHECK(count(store, "page_errors") == 1);
  journal.storePage(source.id, 1, pageWithText({"ok"}), "");
  CHECK(count(store, "page_errors") == 0);
}

TEST_CASE("search marks the hits in its snippet and finds phrases and prefixes", "[indexer][search]") {
  TempDir dir;
  RecordStore store = openMigratedStore({dir.path()});
  IngestJournal journal(store);
  const auto source = journal.beginSource(newSource("dddd", 1));
  journal.storePage(source.id, 1, pageWithText({"Số:", "15/QĐ-UBND", "về", "việc", "cấp", "giấy", "khai", "sinh"}), "");
  BatchAssembly(store).assemble({source.id}, "scans/dddd.pdf", {});
  PageSearch search(store);

  const auto hits = search.search(words("giấy khai sinh")).hits;
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].snippet.find(std::string(1, kHitStart) + "giấy" + kHitEnd) != std::string::npos);
  CHECK(hits[0].documentId == "dddd-p1");
  CHECK(hits[0].sourcePage == 1);
  CHECK(search.search(words("\"khai sinh\"")).hits.size() == 1);
  CHECK(search.search(words("\"sinh khai\"")).hits.empty());
  CHECK(search.search(words("kha*")).hits.size() == 1);
  CHECK(search.search(words("15/QĐ-UBND")).hits.size() == 1);
  CHECK(search.search(words("giấy kết hôn")).hits.empty());
  CHECK(search.search(words("-- \" ( *")).hits.empty());  // nothing to find, and no SQL error
}

#include <catch2/catch.hpp>

#include "indexer/assembly/BatchAssembly.hpp"
#include "indexer/store/BatchPageRows.hpp"
#include "indexer/store/BatchRows.hpp"
#include "indexer/store/IngestJournal.hpp"
#include "indexer/store/ReassembledDocuments.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;
using sohoa::ocr::Page;
using sohoa::test::TempDir;

namespace {

Page pageSaying(const std::string& word) {
  Page page;
  page.width = 1240;
  page.height = 1754;
  page.dpi = 150;
  page.rotation = 90;
  page.blocks.emplace_back();
  page.blocks.back().lines.emplace_back();
  page.blocks.back().lines.back().words.push_back({word, {100, 100, 300, 140}, 0.9f});
  return page;
}

// A source of `pages` pages, all stored.
std::int64_t storedSource(IngestJournal& journal, const std::string& sha, int pages) {
  const auto source =
      journal.beginSource({0, sha, "scans/" + sha + ".pdf", "originals/" + sha, "pdf", 10, pages, false});
  for (int page = 1; page <= pages; ++page)
    journal.storePage(source.id, page, pageSaying(sha + std::to_string(page)), "");
  return source.id;
}

std::vector<int> positions(const std::vector<BatchPage>& pages) {
  std::vector<int> out;
  for (const auto& page : pages) out.push_back(page.position);
  return out;
}

}  // namespace

TEST_CASE("a batch's pages come back in batch order with their geometry and codes, counted across sources",
          "[indexer][store]") {
  TempDir dir;
  RecordStore store = openMigratedStore({dir.path()});
  IngestJournal journal(store);
  const auto first = storedSource(journal, "aaaa", 3);
  const auto second = storedSource(journal, "bbbb", 2);
  Page coded = pageSaying("qr");
  coded.codes.push_back({"000.00.21.H08-250314-0042", {10, 20, 110, 120}});
  const auto third = journal.beginSource({0, "cccc", "scans/cccc.png", "originals/cccc", "png", 10, 1, false}).id;
  journal.storePage(third, 1, coded, "");

  const auto pages = loadBatchPages(store, {second, first, third}, false);
  CHECK(positions(pages) == std::vector<int>{1, 2, 3, 4, 5, 6});
  CHECK(pages[0].sha256 == "bbbb");
  CHECK(pages[2].sourcePage == 1);
  CHECK(pages[2].sourceId == first);
  CHECK(pages[2].page.text() == "aaaa1\n");
  CHECK(pages[2].page.width == 1240);
  CHECK(pages[2].page.dpi == 150);
  CHECK(pages[2].page.rotation == 90);
  REQUIRE(pages[5].page.codes.size() == 1);
  CHECK(pages[5].page.codes[0] == coded.codes[0]);

  // The batch's first source filed (an earlier, killed run): the rest keep their places.
  BatchAssembly(store).assemble({second}, "scans/bbbb.pdf", {});
  CHECK(positions(loadBatchPages(store, {second, first, third}, true)) == std::vector<int>{3, 4, 5, 6});
}

TEST_CASE("a batch recorded again keeps its row, and is read back with its sources in order", "[indexer][store]") {
  TempDir dir;
  RecordStore store = openMigratedStore({dir.path()});
  IngestJournal journal(store);
  const auto first = storedSource(journal, "aaaa", 1);
  const auto second = storedSource(journal, "bbbb", 1);
  const auto third = storedSource(journal, "cccc", 1);
  recordBatch(store, {second, first}, "scans/folder", std::string("000.00.21.H08-250314-0042"),
              std::string("component"));
  recordBatch(store, {second, first}, "scans/folder", std::nullopt, std::nullopt);
  recordBatch(store, {third}, "scans/cccc.pdf", std::nullopt, std::nullopt);

  const auto batches = storedBatches(store);
  REQUIRE(batches.size() == 2);
  CHECK(batches[0].path == "scans/folder");
  CHECK(batches[0].sources == std::vector<std::int64_t>{second, first});
  CHECK(batches[0].dossierCode == "000.00.21.H08-250314-0042");
  CHECK(batches[0].dossierPart == "component");
  CHECK(batches[1].sources == std::vector<std::int64_t>{third});
  CHECK_FALSE(batches[1].dossierCode);

  markSourcesDone(store, {second});
  CHECK(journal.findSource("bbbb")->done);
  CHECK_FALSE(journal.findSource("aaaa")->done);
}

TEST_CASE("a batch's documents are found by their sources, told apart by signature, and removed", "[indexer][store]") {
  TempDir dir;
  RecordStore store = openMigratedStore({dir.path()});
  IngestJournal journal(store);
  const auto source = storedSource(journal, "aaaa", 2);
  const auto other = storedSource(journal, "bbbb", 1);
  BatchAssembly(store).assemble({source}, "scans/aaaa.pdf", {});
  BatchAssembly(store).assemble({other}, "scans/bbbb.pdf", {});

  const auto documents = documentsOfSources(store, {source});
  REQUIRE(documents.size() == 1);
  CHECK(documents[0].publicId == "aaaa-p1");
  const std::string before = documentSignature(store, documents[0].row);
  CHECK(before == documentSignature(store, documents[0].row));
  CHECK(before != documentSignature(store, documentsOfSources(store, {other})[0].row));

  unfileSourcePages(store, {source});
  CHECK(documentSignature(store, documents[0].row) != before);  // its pages left it
  CHECK(correctedFields(store, documents[0].row).empty());

  deleteDocument(store, documents[0].row);
  CHECK(documentsOfSources(store, {source}).empty());
  CHECK(documentsOfSources(store, {other}).size() == 1);
}

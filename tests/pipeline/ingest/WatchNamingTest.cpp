#include <catch2/catch.hpp>

#include "pipeline/ingest/SettledEntries.hpp"
#include "pipeline/ingest/WatchNaming.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::pipeline;
using sohoa::indexer::DossierPart;
using sohoa::test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("a scanner file named after its dossier is filed under it, as the part its name says", "[watch]") {
  const auto result = dossierFromName("000.21.25.H08-250106-0001_ketqua.pdf");
  REQUIRE(result);
  CHECK(result->dossier == "000.21.25.H08-250106-0001");
  CHECK(result->part == DossierPart::Result);
  CHECK(dossierFromName("000.21.25.H08-250106-0001_Kết quả.pdf")->part == DossierPart::Result);
  CHECK(dossierFromName("000.21.25.H08-250106-0001_thanh-phan_2.tif")->part == DossierPart::Component);
  CHECK(dossierFromName("000.21.25.H08-250106-0001 TP.pdf")->part == DossierPart::Component);
  const auto bare = dossierFromName("000.21.25.H08-250106-0001.pdf");
  REQUIRE(bare);
  CHECK_FALSE(bare->part);  // the pages say which part it is
  CHECK_FALSE(dossierFromName("scan_0001.pdf"));
  CHECK_FALSE(dossierFromName("000.21.25.H08-251399-0001_ketqua.pdf"));  // no 99th of the 13th month
}

TEST_CASE("a file moved to done/ never overwrites one already there", "[watch]") {
  TempDir dir;
  CHECK(freeNameIn(dir.path(), "a.pdf") == dir / "a.pdf");
  sohoa::test::writeFile(dir / "a.pdf", "x");
  sohoa::test::writeFile(dir / "a (2).pdf", "x");
  CHECK(freeNameIn(dir.path(), "a.pdf") == dir / "a (3).pdf");
}

TEST_CASE("a file still growing, or under a temporary name, is not offered, and a settled one is", "[watch]") {
  TempDir dir;
  fs::create_directories(dir / "done");
  SettledEntries entries(dir.path(), std::chrono::seconds(5), {dir / "done"});
  const auto start = SettledEntries::Clock::now();
  sohoa::test::writeFile(dir / "scan.pdf", "%PDF-1.4 half");
  sohoa::test::writeFile(dir / "next.pdf.part", "%PDF-1.4 being copied");
  sohoa::test::writeFile(dir / "done" / "old.pdf", "%PDF-1.4 read before");
  fs::create_directories(dir / "batch");
  sohoa::test::writeFile(dir / "batch" / "p1.png", "png");
  sohoa::test::writeFile(dir / "batch" / "p2.png.tmp", "png being written");
  CHECK(entries.poll(start).empty());                            // first sight
  CHECK(entries.poll(start + std::chrono::seconds(3)).empty());  // not yet 5 s
  sohoa::test::writeFile(dir / "scan.pdf", "%PDF-1.4 half and the rest");
  CHECK(entries.poll(start + std::chrono::seconds(6)).empty());  // it grew: the clock starts again
  CHECK(entries.pending() == 2);
  const auto settled = entries.poll(start + std::chrono::seconds(12));
  REQUIRE(settled.size() == 1);  // not the .part file, not done/, not the folder still holding a .tmp
  CHECK(settled[0].filename() == "scan.pdf");
  fs::rename(dir / "batch" / "p2.png.tmp", dir / "batch" / "p2.png");
  entries.forget(settled[0]);
  fs::remove(dir / "scan.pdf");
  CHECK(entries.poll(start + std::chrono::seconds(13)).empty());  // the folder changed
  const auto folder = entries.poll(start + std::chrono::seconds(19));
  REQUIRE(folder.size() == 1);
  CHECK(folder[0].filename() == "batch");
}

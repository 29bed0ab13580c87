#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>

#include "ocr/PixPtr.hpp"
#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

TEST_CASE("the blank back of a sheet is stored as a blank page of its document, not read", "[e2e][blank]") {
  TempDir dir;
  const fs::path batch = dir / "scanner";
  fs::create_directories(batch);
  fs::copy_file(scansDir() / "to-khai/trang-1.jpg", batch / "0001.jpg");
  sohoa::ocr::PixPtr back(pixCreate(1654, 2339, 8));  // A4 at 200 dpi, paper grey
  pixSetAllArbitrary(back.get(), 232);
  pixSetResolution(back.get(), 200, 200);
  REQUIRE(pixWrite((batch / "0002.png").c_str(), back.get(), IFF_PNG) == 0);

  const std::string store = dir / "store";
  const auto ingest = runCommand({sohoaBinary(), "ingest", "--store", store, batch.string()});
  INFO(ingest.err);
  REQUIRE(ingest.exitCode == 0);
  const auto documents = exportedDocuments(store);
  REQUIRE(documents.size() == 1);  // the back belongs to the page before it
  const auto& pages = documents[0]["pages"];
  REQUIRE(pages.size() == 2);
  CHECK_FALSE(pages[0].contains("blank"));
  CHECK(pages[0]["text"].get<std::string>().size() > 100);
  CHECK(pages[1]["blank"] == true);
  CHECK(pages[1]["text"] == "");
}

#include <catch2/catch.hpp>
#include <cstdlib>
#include <thread>

#include "ocr/PixPtr.hpp"
#include "ocr/ScanReading.hpp"
#include "ocr/engine/EnginePool.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using namespace sohoa::test;

TEST_CASE("Tesseract reads its own Vietnamese test image as 'tiếng'", "[ocr][tesseract]") {
  PixPtr image(pixRead((corpusDir() / "tesseract-viet" / "viet.tif").c_str()));
  REQUIRE(image);
  OcrSettings settings;
  settings.languages = "vie";
  TesseractEngine engine(settings);
  // A single line, as in Tesseract's own unit test.
  const Page page = engine.read(image.get(), 0, Layout::Line).page;
  CHECK(page.text() == "tiếng\n");
}

TEST_CASE("a scanned sample page comes back as words with boxes inside the page", "[ocr][tesseract]") {
  PixPtr image(pixRead((scansDir() / "to-khai" / "trang-2.png").c_str()));
  REQUIRE(image);
  TesseractEngine engine(OcrSettings{});
  const Page page = readScan(engine, image.get(), 200, OcrSettings{});
  CHECK(page.dpi == 200);
  CHECK(page.width == pixGetWidth(image.get()));
  CHECK(page.text().find("Lạng Sơn") != std::string::npos);
  CHECK(page.text().find("Nơi nhận") != std::string::npos);
  CHECK(page.wordCount() > 150);
  CHECK(page.meanConfidence() > 0.85);
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words) {
        CHECK_FALSE(word.box.empty());
        CHECK(word.box.x1 <= page.width);
        CHECK(word.box.y1 <= page.height);
        CHECK(word.confidence >= 0.0f);
        CHECK(word.confidence <= 1.0f);
      }
}

TEST_CASE("the engine pool lends each engine to one thread at a time", "[ocr][tesseract]") {
  PixPtr image(pixRead((corpusDir() / "tesseract-viet" / "viet.tif").c_str()));
  REQUIRE(image);
  EnginePool pool(2, [] { return std::make_unique<TesseractEngine>(OcrSettings{}); });
  REQUIRE(pool.size() == 2);
  std::string first, second;
  std::thread a([&] { first = pool.acquire()->read(image.get(), 0, Layout::Line).page.text(); });
  std::thread b([&] { second = pool.acquire()->read(image.get(), 0, Layout::Line).page.text(); });
  a.join();
  b.join();
  CHECK(first == "tiếng\n");
  CHECK(second == first);
}

TEST_CASE("an engine refuses to start unless OMP_THREAD_LIMIT=1 is in force", "[ocr][tesseract]") {
  unsetenv("OMP_THREAD_LIMIT");
  CHECK_THROWS_AS(TesseractEngine(OcrSettings{}), std::logic_error);
  setenv("OMP_THREAD_LIMIT", "1", 1);
}

TEST_CASE("a missing language model is a clear error", "[ocr][tesseract]") {
  OcrSettings settings;
  settings.languages = "xyz";
  CHECK_THROWS_WITH(TesseractEngine(settings), Catch::Contains("xyz"));
}

// A generated page (tests/data/forms/README.md): a birth certificate scanned bilevel, its
// black seal over the signer's name.
TEST_CASE("no word is blank: a seal's blank box no longer hides the signer's name beside it", "[ocr][tesseract]") {
  PixPtr image(pixRead((formsDir() / "birth-certificate-seal-bilevel.png").c_str()));
  REQUIRE(image);
  TesseractEngine engine(OcrSettings{});
  const Recognition found = engine.read(image.get(), 300, Layout::Page);
  for (const auto& block : found.page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words) CHECK(word.text.find_first_not_of(" \t\n") != std::string::npos);
  // The name under the seal, read again from the ink no word covers.
  const std::string text = readScan(engine, image.get(), 300, OcrSettings{}).text();
  CHECK(text.find("Khoa") != std::string::npos);
}

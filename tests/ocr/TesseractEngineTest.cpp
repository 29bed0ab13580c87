#include <catch2/catch.hpp>
#include <cstdlib>
#include <thread>

#include "ocr/PixPtr.hpp"
#include "ocr/TesseractEnginePool.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using namespace sohoa::test;

TEST_CASE("Tesseract reads its own Vietnamese test image as 'tiếng'", "[ocr][tesseract]") {
  PixPtr image(pixRead((corpusDir() / "tesseract-viet" / "viet.tif").c_str()));
  REQUIRE(image);
  OcrSettings settings;
  settings.languages = "vie";
  settings.pageSegMode = 7;  // a single line, as in Tesseract's own unit test
  TesseractEngine engine(settings);
  const Page page = engine.recognise(image.get(), 0);
  CHECK(page.text() == "tiếng\n");
}

TEST_CASE("a scanned sample page comes back as words with boxes inside the page", "[ocr][tesseract]") {
  PixPtr image(pixRead((scansDir() / "to-khai" / "trang-2.png").c_str()));
  REQUIRE(image);
  TesseractEngine engine(OcrSettings{});
  const Page page = engine.recognise(image.get(), 200);
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
  OcrSettings settings;
  settings.pageSegMode = 7;
  TesseractEnginePool pool(2, settings);
  REQUIRE(pool.size() == 2);
  std::string first, second;
  std::thread a([&] { first = pool.acquire()->recognise(image.get(), 0).text(); });
  std::thread b([&] { second = pool.acquire()->recognise(image.get(), 0).text(); });
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

TEST_CASE("a page scanned upside down is turned upright before it is read", "[ocr][prepare]") {
  PixPtr image(pixRead((scansDir() / "to-khai" / "trang-2.png").c_str()));
  REQUIRE(image);
  PixPtr upsideDown(pixRotateOrth(image.get(), 2));
  TesseractEngine engine(OcrSettings{});
  const Page page = engine.recognise(upsideDown.get(), 200);
  CHECK(page.rotation == 180);
  CHECK(page.text().find("Lạng Sơn") != std::string::npos);
  CHECK(page.meanConfidence() > 0.85);

  OcrSettings asScanned;
  asScanned.turnUpright = false;
  const Page unturned = TesseractEngine(asScanned).recognise(upsideDown.get(), 200);
  CHECK(unturned.rotation == 0);
  CHECK(unturned.meanConfidence() < page.meanConfidence());
}

TEST_CASE("a skewed page is straightened and its skew recorded", "[ocr][prepare]") {
  PixPtr image(pixRead((scansDir() / "to-khai" / "trang-2.png").c_str()));
  REQUIRE(image);
  const float radians = 3.0f * 3.14159265f / 180.0f;
  PixPtr skewed(pixRotate(image.get(), radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
  TesseractEngine engine(OcrSettings{});
  const Page page = engine.recognise(skewed.get(), 200);
  CHECK(std::abs(std::abs(page.skew) - 3.0) < 0.3);
  CHECK(page.rotation == 0);
  CHECK(page.text().find("Lạng Sơn") != std::string::npos);
}

TEST_CASE("pages scanned sideways either way are recorded and read upright", "[ocr][prepare]") {
  PixPtr image(pixRead((scansDir() / "to-khai" / "trang-2.png").c_str()));
  REQUIRE(image);
  TesseractEngine engine(OcrSettings{});
  for (int quarters : {1, 3}) {
    PixPtr sideways(pixRotateOrth(image.get(), quarters));
    const Page page = engine.recognise(sideways.get(), 200);
    CHECK(page.rotation == quarters * 90);
    CHECK(page.width == pixGetWidth(image.get()));  // boxes are on the upright page
    CHECK(page.text().find("Lạng Sơn") != std::string::npos);
  }
}

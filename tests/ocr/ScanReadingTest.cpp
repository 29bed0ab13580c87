#include <catch2/catch.hpp>

#include "ocr/PixPtr.hpp"
#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using namespace sohoa::test;

TEST_CASE("a page scanned upside down is turned upright before it is read", "[ocr][prepare]") {
  PixPtr image(pixRead((scansDir() / "to-khai" / "trang-2.png").c_str()));
  REQUIRE(image);
  PixPtr upsideDown(pixRotateOrth(image.get(), 2));
  TesseractEngine engine(OcrSettings{});
  const Page page = readScan(engine, upsideDown.get(), 200, OcrSettings{});
  CHECK(page.rotation == 180);
  CHECK(page.text().find("Lạng Sơn") != std::string::npos);
  CHECK(page.meanConfidence() > 0.85);

  OcrSettings asScanned;
  asScanned.turnUpright = false;
  const Page unturned = readScan(engine, upsideDown.get(), 200, asScanned);
  CHECK(unturned.rotation == 0);
  CHECK(unturned.meanConfidence() < page.meanConfidence());
}

TEST_CASE("a skewed page is straightened and its skew recorded", "[ocr][prepare]") {
  PixPtr image(pixRead((scansDir() / "to-khai" / "trang-2.png").c_str()));
  REQUIRE(image);
  const float radians = 3.0f * 3.14159265f / 180.0f;
  PixPtr skewed(pixRotate(image.get(), radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
  TesseractEngine engine(OcrSettings{});
  const Page page = readScan(engine, skewed.get(), 200, OcrSettings{});
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
    const Page page = readScan(engine, sideways.get(), 200, OcrSettings{});
    CHECK(page.rotation == quarters * 90);
    CHECK(page.width == pixGetWidth(image.get()));  // boxes are on the upright page
    CHECK(page.text().find("Lạng Sơn") != std::string::npos);
  }
}

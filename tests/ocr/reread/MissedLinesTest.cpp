#include <catch2/catch.hpp>

#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using sohoa::test::formsDir;

TEST_CASE("print under a word of no letter read over a signature is read again", "[ocr][missed]") {
  // The first reading took the signature and `ghi rõ họ, chữ đệm,` for one word of symbols, which
  // goes in the end as noise: the print under it is missed ink, not ink a word covers.
  PixPtr image(pixRead((formsDir() / "signing-hint-noise-bilevel.png").c_str()));
  REQUIRE(image);
  OcrSettings settings;
  TesseractEngine engine(settings);
  const Page page = readScan(engine, image.get(), 300, settings);
  INFO(page.text());
  CHECK(page.text().find("(Ký, ghi rõ họ, chữ đệm, tên)") != std::string::npos);
  CHECK(page.text().find("Đặng Hoài Hương") != std::string::npos);
  OcrSettings firstReading = settings;
  firstReading.rereadMissedInk = false;
  const Page first = readScan(engine, image.get(), 300, firstReading);
  INFO(first.text());
  CHECK(first.text().find("ghi rõ") == std::string::npos);  // what the step is for
}

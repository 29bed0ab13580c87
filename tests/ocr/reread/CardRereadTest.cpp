#include <catch2/catch.hpp>
#include <string>

#include <leptonica/allheaders.h>

#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using sohoa::test::formsDir;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

// A chứng thực: a CĂN CƯỚC's front and back copied on A4 above the certification, bilevel at
// 300 dpi (seed 31's dev page 027). Read with the page, the card's motto came out
// `CỘNG hỌA h bộ lãnh dj NAM` and its English line not at all.
TEST_CASE("a card's small print garbled with the page is read from the card alone", "[ocr][cards]") {
  PixPtr image(pixRead((formsDir() / "certified-copy-card-small-print-bilevel.png").c_str()));
  REQUIRE(image);
  OcrSettings settings;
  TesseractEngine engine(settings);
  const std::string text = readScan(engine, image.get(), 300, settings).text();
  INFO(text);
  CHECK(has(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  CHECK(has(text, "SOCIALIST REPUBLIC OF VI"));
  CHECK(has(text, "Số định danh cá nhân / "));
  // What the page read well stays: the card's number and name, its zone, the certification.
  CHECK(has(text, "010066144257"));
  CHECK(has(text, "HOÀNG NGỌC TRỌNG"));
  CHECK(has(text, "IDVNM0661442573010066144257<<6"));
  CHECK(has(text, "ỦY BAN NHÂN DÂN XÃ MỸ LỢI"));
  CHECK(has(text, "CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH"));

  OcrSettings pageOnly = settings;
  pageOnly.rereadCards = false;
  const std::string first = readScan(engine, image.get(), 300, pageOnly).text();
  INFO(first);
  CHECK_FALSE(has(first, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"));  // what the step is for
  CHECK_FALSE(has(first, "SOCIALIST REPUBLIC"));
}

#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>

#include "ocr/prepare/BlankPage.hpp"
#include "tests/support/TestSupport.hpp"

using sohoa::ocr::PixPtr;

namespace {

// An A4 back of a sheet at 300 dpi: paper grey, grain, and a few specks of dust.
PixPtr backOfSheet() {
  PixPtr page(pixCreate(2480, 3508, 8));
  pixSetAllArbitrary(page.get(), 236);
  for (int i = 0; i < 40; ++i) {
    Box* speck = boxCreate(100 + i * 53, 200 + i * 71, 3, 3);
    pixClearInRect(page.get(), speck);
    boxDestroy(&speck);
  }
  return page;
}

}  // namespace

TEST_CASE("a back of a sheet is blank, a page with one short line of text is not", "[ocr][blank]") {
  const PixPtr back = backOfSheet();
  CHECK(sohoa::ocr::isBlankPage(back.get(), 300));

  PixPtr oneLine(pixCopy(nullptr, back.get()));
  for (int letter = 0; letter < 6; ++letter) {  // six 2.5 mm letters
    Box* stroke = boxCreate(300 + letter * 40, 400, 8, 30);
    pixClearInRect(oneLine.get(), stroke);
    boxDestroy(&stroke);
  }
  CHECK_FALSE(sohoa::ocr::isBlankPage(oneLine.get(), 300));

  PixPtr sample(pixRead((sohoa::test::scansDir() / "to-khai/trang-2.png").c_str()));
  REQUIRE(sample);
  CHECK_FALSE(sohoa::ocr::isBlankPage(sample.get(), 200));
}

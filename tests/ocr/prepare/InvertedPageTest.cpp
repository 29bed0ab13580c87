#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>

#include "ocr/prepare/InvertedPage.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using namespace sohoa::test;

TEST_CASE("a page drawn white on black is told and turned dark on light", "[ocr][inverted][hostile]") {
  PixPtr page(pixRead((scansDir() / "to-khai" / "trang-2.png").c_str()));
  REQUIRE(page);
  PixPtr grey(pixConvertTo8(page.get(), 0));
  CHECK_FALSE(looksInverted(grey.get()));
  CHECK_FALSE(turnedPositive(grey.get()));

  PixPtr negative(pixInvert(nullptr, grey.get()));
  CHECK(looksInverted(negative.get()));
  PixPtr positive = turnedPositive(negative.get());
  REQUIRE(positive);
  l_int32 same = 0;
  pixEqual(positive.get(), grey.get(), &same);
  CHECK(same == 1);

  PixPtr bilevel(pixThresholdToBinary(negative.get(), 128));  // a negative bilevel scan
  CHECK(looksInverted(bilevel.get()));
}

TEST_CASE("a small sheet on the open lid's black is not an inverted page", "[ocr][inverted]") {
  PixPtr page(pixRead((scansDir() / "to-khai" / "trang-2.png").c_str()));
  PixPtr grey(pixConvertTo8(page.get(), 0));
  const int width = pixGetWidth(grey.get()), height = pixGetHeight(grey.get());
  PixPtr small(pixScale(grey.get(), 0.5f, 0.5f));
  PixPtr lid(pixCreate(width, height, 8));  // black
  pixRasterop(lid.get(), width / 4, height / 4, pixGetWidth(small.get()), pixGetHeight(small.get()), PIX_SRC,
              small.get(), 0, 0);
  CHECK_FALSE(looksInverted(lid.get()));
}

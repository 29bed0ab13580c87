#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>

#include "ocr/prepare/ColourInkDropout.hpp"

using sohoa::ocr::PixPtr;

namespace {

void paint(Pix* page, int x, int y, int w, int h, int r, int g, int b) {
  l_uint32 colour = 0;
  composeRGBPixel(r, g, b, &colour);
  for (int row = y; row < y + h; ++row)
    for (int column = x; column < x + w; ++column) pixSetPixel(page, column, row, colour);
}

int greyAt(Pix* page, int x, int y) {
  l_uint32 value = 0;
  pixGetPixel(page, x, y, &value);
  return static_cast<int>(value);
}

}  // namespace

TEST_CASE("a red seal and its pale fringe go, black text under it and blue pen stay", "[ocr][dropout]") {
  PixPtr page(pixCreate(400, 200, 32));
  paint(page.get(), 0, 0, 400, 200, 238, 236, 228);   // paper, slightly warm
  paint(page.get(), 20, 20, 120, 30, 30, 30, 30);     // black print
  paint(page.get(), 200, 20, 150, 12, 205, 45, 50);   // the seal's red stroke (JPEG: not pure)
  paint(page.get(), 200, 32, 150, 2, 226, 178, 180);  // its pale pink fringe
  paint(page.get(), 200, 60, 150, 20, 120, 25, 25);   // black text under the seal: dark red
  paint(page.get(), 20, 120, 120, 10, 40, 60, 190);   // blue ballpoint
  paint(page.get(), 20, 150, 120, 10, 25, 30, 60);    // navy-black print ink
  const PixPtr grey = sohoa::ocr::greyWithoutColourInk(page.get());
  REQUIRE(pixGetDepth(grey.get()) == 8);
  CHECK(greyAt(grey.get(), 300, 25) == 255);  // seal
  CHECK(greyAt(grey.get(), 300, 33) == 255);  // fringe
  CHECK(greyAt(grey.get(), 60, 125) < 100);   // blue pen: a citizen's handwriting on a form
  CHECK(greyAt(grey.get(), 60, 35) < 40);     // print
  CHECK(greyAt(grey.get(), 300, 70) < 70);    // text under the seal
  CHECK(greyAt(grey.get(), 60, 155) < 50);    // navy print
  CHECK(greyAt(grey.get(), 300, 150) > 220);  // paper stays paper
  CHECK(greyAt(grey.get(), 300, 150) < 255);
}

#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>

#include "ocr/prepare/ScanBorders.hpp"
#include "tests/support/TestSupport.hpp"

using sohoa::ocr::PixPtr;

namespace {

PixPtr clip(Pix* page, int x, int y, int w, int h) {
  Box* box = boxCreate(x, y, w, h);
  PixPtr part(pixClipRectangle(page, box, nullptr));
  boxDestroy(&box);
  return part;
}

double meanGrey(Pix* page, int x, int y, int w, int h) {
  PixPtr part = clip(page, x, y, w, h);
  l_float32 mean = 0;
  pixGetAverageMasked(part.get(), nullptr, 0, 0, 1, L_MEAN_ABSVAL, &mean);
  return mean;
}

void blacken(Pix* page, int x, int y, int w, int h) {
  Box* box = boxCreate(x, y, w, h);
  pixClearInRect(page, box);
  boxDestroy(&box);
}

bool same(Pix* a, Pix* b) {
  l_int32 equal = 0;
  pixEqual(a, b, &equal);
  return equal != 0;
}

}  // namespace

TEST_CASE("a scanner's dark borders and punch holes are whitened, the text is left alone", "[ocr][borders]") {
  // A real 200 dpi grey page of the samples, given a scanner's borders and two punch holes.
  PixPtr page(pixRead((sohoa::test::scansDir() / "to-khai/trang-2.png").c_str()));
  REQUIRE(page);
  PixPtr grey(pixConvertTo8(page.get(), 0));
  const int width = static_cast<int>(pixGetWidth(grey.get())), height = static_cast<int>(pixGetHeight(grey.get()));
  PixPtr scanned(pixCopy(nullptr, grey.get()));
  blacken(scanned.get(), 0, 0, 60, height);           // the lid's shadow down the left edge
  blacken(scanned.get(), 0, 0, width, 40);            // and along the top
  blacken(scanned.get(), width - 30, 0, 30, height);  // the platen's edge on the right
  blacken(scanned.get(), 80, height / 3, 60, 60);     // punch holes, 7.6 mm at 200 dpi
  blacken(scanned.get(), 80, 2 * height / 3, 60, 60);

  const PixPtr cleaned = sohoa::ocr::withoutDarkBorders(scanned.get(), 200);
  CHECK(meanGrey(cleaned.get(), 0, 0, 60, height) > 240);
  CHECK(meanGrey(cleaned.get(), 0, 0, width, 40) > 240);
  CHECK(meanGrey(cleaned.get(), width - 30, 0, 30, height) > 240);
  CHECK(meanGrey(cleaned.get(), 80, height / 3, 60, 60) > 240);
  CHECK(meanGrey(cleaned.get(), 80, 2 * height / 3, 60, 60) > 240);
  // The text block, well inside the page, is exactly as scanned.
  const int left = width / 6, top = height / 10;
  CHECK(same(clip(cleaned.get(), left, top, width - 2 * left, height - 2 * top).get(),
             clip(grey.get(), left, top, width - 2 * left, height - 2 * top).get()));

  // A page without borders comes back as it was.
  const PixPtr untouched = sohoa::ocr::withoutDarkBorders(grey.get(), 200);
  CHECK(same(untouched.get(), grey.get()));
}

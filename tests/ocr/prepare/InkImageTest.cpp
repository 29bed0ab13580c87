#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>

#include "ocr/prepare/InkImage.hpp"
#include "tests/support/TestSupport.hpp"

using sohoa::ocr::PixPtr;

namespace {

l_int32 inkIn(Pix* ink, int x, int y, int w, int h) {
  Box* box = boxCreate(x, y, w, h);
  PixPtr part(pixClipRectangle(ink, box, nullptr));
  boxDestroy(&box);
  l_int32 count = 0;
  pixCountPixels(part.get(), &count, nullptr);
  return count;
}

}  // namespace

TEST_CASE("a photocopy's grey is taken out: the same letters give the same ink as on a clean scan", "[ocr][ink]") {
  PixPtr scan(pixRead((sohoa::test::scansDir() / "to-khai/trang-2.png").c_str()));
  REQUIRE(scan);
  PixPtr clean(pixConvertTo8(scan.get(), 0));
  const int width = static_cast<int>(pixGetWidth(clean.get())), height = static_cast<int>(pixGetHeight(clean.get()));
  // The right half copied grey: its paper falls to about 110, under any fixed threshold's middle.
  PixPtr grey(pixCopy(nullptr, clean.get()));
  for (int y = 0; y < height; ++y)
    for (int x = width / 2; x < width; ++x) {
      l_uint32 value = 0;
      pixGetPixel(grey.get(), x, y, &value);
      pixSetPixel(grey.get(), x, y, value * 45 / 100);
    }
  const PixPtr fromClean = sohoa::ocr::inkImage(clean.get());
  const PixPtr fromGrey = sohoa::ocr::inkImage(grey.get());
  REQUIRE(pixGetDepth(fromGrey.get()) == 1);
  const l_int32 cleanInk = inkIn(fromClean.get(), width / 2 + 20, 0, width / 2 - 40, height);
  const l_int32 greyInk = inkIn(fromGrey.get(), width / 2 + 20, 0, width / 2 - 40, height);
  REQUIRE(cleanInk > 1000);  // the half holds text
  // Letters on grey come out a little bolder (measured 1.4 times the pixels), never the paper:
  // a fixed threshold takes the whole grey half for ink.
  CHECK(greyInk > cleanInk * 8 / 10);
  CHECK(greyInk < cleanInk * 16 / 10);
  PixPtr fixed(pixThresholdToBinary(grey.get(), 128));
  CHECK(inkIn(fixed.get(), width / 2 + 20, 0, width / 2 - 40, height) > 10 * cleanInk);
  // A 1-bit page is its own ink.
  PixPtr binary(pixThresholdToBinary(clean.get(), 128));
  const PixPtr same = sohoa::ocr::inkImage(binary.get());
  l_int32 equal = 0;
  pixEqual(same.get(), binary.get(), &equal);
  CHECK(equal == 1);
}

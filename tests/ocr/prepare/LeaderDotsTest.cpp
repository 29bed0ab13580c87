#include <catch2/catch.hpp>

#include "ocr/prepare/LeaderDots.hpp"

using namespace sohoa::ocr;

namespace {

void fill(Pix* image, int x, int y, int w, int h) {
  ::Box* box = boxCreate(x, y, w, h);
  if (pixGetDepth(image) == 1)
    pixSetInRect(image, box);  // 1 bit: 1 is ink
  else
    pixClearInRect(image, box);
  boxDestroy(&box);
}

int inkIn(Pix* image, int x, int y, int w, int h) {
  ::Box* box = boxCreate(x, y, w, h);
  l_int32 count = 0;
  if (pixGetDepth(image) == 1) {
    pixCountPixelsInRect(image, box, &count, nullptr);
  } else {
    PixPtr ink(pixThresholdToBinary(image, 128));
    pixCountPixelsInRect(ink.get(), box, &count, nullptr);
  }
  boxDestroy(&box);
  return count;
}

// A label (three letter blobs, one with a dot-sized mark above it as `ộ` has), a leader of
// 30 dots at a 22-pixel step, and a value over the leader's end: a form's line at 300 dpi.
PixPtr formLine(int depth) {
  PixPtr line(pixCreate(1200, 120, depth));
  if (depth == 8) pixSetAll(line.get());
  for (int k = 0; k < 3; ++k) fill(line.get(), 20 + 40 * k, 40, 30, 40);
  fill(line.get(), 62, 28, 6, 6);  // a mark above a letter
  for (int k = 0; k < 30; ++k) fill(line.get(), 160 + 22 * k, 74, 6, 6);
  for (int k = 0; k < 4; ++k) fill(line.get(), 900 + 40 * k, 40, 30, 40);
  return line;
}

}  // namespace

TEST_CASE("a form's dotted leader is whitened and its label, marks and value stay", "[ocr][prepare]") {
  for (int depth : {8, 1}) {
    PixPtr line = formLine(depth);
    CHECK(whitenLeaderDots(line.get(), 300) == 30);
    CHECK(inkIn(line.get(), 150, 60, 700, 30) == 0);    // the leader
    CHECK(inkIn(line.get(), 20, 40, 110, 40) > 3000);   // the label
    CHECK(inkIn(line.get(), 62, 28, 6, 6) == 36);       // the mark above a letter
    CHECK(inkIn(line.get(), 900, 40, 160, 40) > 4000);  // the value
  }
}

TEST_CASE("the leader of a form scanned sideways is whitened down its column", "[ocr][prepare]") {
  for (int depth : {8, 1}) {
    for (int turn : {1, 3}) {  // the line read from bottom to top, and from top to bottom
      const PixPtr upright = formLine(depth);
      PixPtr sideways(pixRotateOrth(upright.get(), turn));
      REQUIRE(pixGetHeight(sideways.get()) == 1200);
      CHECK(whitenLeaderDots(sideways.get(), 300) == 30);
      const PixPtr back(pixRotateOrth(sideways.get(), 4 - turn));
      CHECK(inkIn(back.get(), 150, 60, 700, 30) == 0);    // the leader
      CHECK(inkIn(back.get(), 20, 40, 110, 40) > 3000);   // the label
      CHECK(inkIn(back.get(), 900, 40, 160, 40) > 4000);  // the value
    }
  }
}

TEST_CASE("specks and a list's dashes down a column are no leader though eight specks in a row are", "[ocr][prepare]") {
  PixPtr page(pixCreate(600, 800, 8));
  pixSetAll(page.get());
  for (int k = 0; k < 8; ++k) fill(page.get(), 100, 100 + 22 * k, 6, 6);  // eight specks down a column
  for (int k = 0; k < 16; ++k) fill(page.get(), 40, 20 + 30 * k, 9, 3);   // a list's dashes, a line apart
  CHECK(whitenLeaderDots(page.get(), 300) == 0);
  for (int k = 0; k < 8; ++k) fill(page.get(), 250 + 22 * k, 400, 6, 6);  // along a row
  CHECK(whitenLeaderDots(page.get(), 300) == 8);
}

TEST_CASE("dot-sized marks that do not line up evenly are not a leader", "[ocr][prepare]") {
  PixPtr line(pixCreate(1200, 120, 8));
  pixSetAll(line.get());
  // Six marks on one baseline at uneven steps: letters' marks, commas.
  int x = 40;
  for (int step : {22, 60, 15, 90, 30, 0}) {
    fill(line.get(), x, 74, 6, 6);
    x += step;
  }
  CHECK(whitenLeaderDots(line.get(), 300) == 0);
}

TEST_CASE("a leader on a page scanned 4 degrees askew is whitened from end to end", "[ocr][prepare]") {
  // 30 dots at a 22-pixel step falling 1.5 pixels a dot (tan 4°): 45 pixels from first to
  // last, five dot heights. The dots were grouped by the first one's height and ran out after three.
  PixPtr line(pixCreate(1200, 160, 8));
  pixSetAll(line.get());
  for (int k = 0; k < 30; ++k) fill(line.get(), 160 + 22 * k, 40 + (k * 3) / 2, 6, 6);
  for (int k = 0; k < 4; ++k) fill(line.get(), 900 + 40 * k, 60, 30, 40);  // a value after it
  CHECK(whitenLeaderDots(line.get(), 300) == 30);
  CHECK(inkIn(line.get(), 150, 30, 700, 100) == 0);
  CHECK(inkIn(line.get(), 900, 60, 160, 40) > 4000);
}

TEST_CASE("the dots of a leader left between the words of a value typed over it are whitened too", "[ocr][prepare]") {
  // `tên: Đinh Văn Long ……`: the leader runs under the value; its dots between the words (and
  // under letters, not touching them) were read as periods (`.Đinh.Văn`) or as a nặng's dot.
  PixPtr line(pixCreate(1200, 140, 8));
  pixSetAll(line.get());
  for (int x : {20, 60, 100}) fill(line.get(), x, 40, 30, 40);  // the label
  fill(line.get(), 138, 52, 6, 6);                              // its colon, on the leader's step
  fill(line.get(), 138, 74, 6, 6);
  for (int x : {170, 200, 230, 300, 330, 360, 420, 450}) fill(line.get(), x, 40, 28, 40);  // three words
  fill(line.get(), 270, 74, 6, 6);                                                         // the leader's dots
  fill(line.get(), 402, 74, 6, 6);                                                         // between them
  fill(line.get(), 292, 86, 6, 6);                                          // a nặng's dot, on the step but lower
  for (int k = 15; k <= 40; ++k) fill(line.get(), 160 + 22 * k, 74, 6, 6);  // the leader after the value
  CHECK(whitenLeaderDots(line.get(), 300) == 28);
  CHECK(inkIn(line.get(), 270, 74, 6, 6) == 0);
  CHECK(inkIn(line.get(), 402, 74, 6, 6) == 0);
  CHECK(inkIn(line.get(), 138, 74, 6, 6) == 36);  // the colon keeps its dots
  CHECK(inkIn(line.get(), 138, 52, 6, 6) == 36);
  CHECK(inkIn(line.get(), 292, 86, 6, 6) == 36);             // and the nặng its own
  CHECK(inkIn(line.get(), 170, 40, 310, 40) > 8 * 28 * 39);  // the words stay whole
}

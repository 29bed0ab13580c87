// What readScan does around recognition, with an engine that needs no Tesseract
// (tests/support/FakeOcrEngine): orientation by reading, missed ink read again.
#include <catch2/catch.hpp>

#include "ocr/PixPtr.hpp"
#include "ocr/ScanReading.hpp"
#include "tests/support/FakeOcrEngine.hpp"

using namespace sohoa::ocr;
using sohoa::test::FakeOcrEngine;

namespace {

void fill(Pix* image, int x, int y, int w, int h) {
  ::Box* box = boxCreate(x, y, w, h);
  pixClearInRect(image, box);  // 8 bits: 0 is black
  boxDestroy(&box);
}

// A page of four rows of five word-sized blobs, upright by the fake engine's corner mark.
PixPtr pageOfWords() {
  PixPtr page(pixCreate(1000, 800, 8));
  pixSetAll(page.get());
  fill(page.get(), 3, 3, 6, 6);
  for (int row : {100, 200, 500, 600})
    for (int k = 0; k < 5; ++k) fill(page.get(), 100 + 60 * k, row, 40, 30);
  return page;
}

OcrSettings withoutDeskew() {
  OcrSettings settings;
  settings.straighten = false;
  return settings;
}

}  // namespace

TEST_CASE("lines the page reading dropped are found by their ink and read again as lines", "[ocr][reading]") {
  FakeOcrEngine engine;
  engine.pageDropsBelow = 0.5;
  const PixPtr scan = pageOfWords();
  const Page page = readScan(engine, scan.get(), 300, withoutDeskew());
  CHECK(page.wordCount() == 20);
  CHECK(page.uncoveredInk < 0.01);
  CHECK(std::count(engine.readsAsked.begin(), engine.readsAsked.end(), Layout::Line) >= 2);

  OcrSettings asRead = withoutDeskew();
  asRead.rereadMissedInk = false;
  FakeOcrEngine again;
  again.pageDropsBelow = 0.5;
  const Page dropped = readScan(again, scan.get(), 300, asRead);
  CHECK(dropped.wordCount() == 10);
  CHECK(dropped.uncoveredInk == -1);
}

TEST_CASE("a page the orientation model cannot place is turned the way it reads best", "[ocr][reading]") {
  const PixPtr upright = pageOfWords();
  for (int quarters : {1, 2, 3}) {
    // Turned counter-clockwise by `quarters`, the page was scanned turned clockwise by 360 - 90q.
    PixPtr scan(pixRotateOrth(upright.get(), 4 - quarters));
    FakeOcrEngine engine;
    const Page page = readScan(engine, scan.get(), 300, withoutDeskew());
    CHECK(page.rotation == (4 - quarters) * 90);
    CHECK(page.text().find("chữ") != std::string::npos);
    CHECK(page.text().find("ẩ") == std::string::npos);
  }
}

TEST_CASE("an upright page is not turned when the orientation model is unsure", "[ocr][reading]") {
  FakeOcrEngine engine;
  const PixPtr scan = pageOfWords();
  const Page page = readScan(engine, scan.get(), 300, withoutDeskew());
  CHECK(page.rotation == 0);
  CHECK(page.wordCount() == 20);
}

TEST_CASE("a sure orientation model whose turn reads worse than the scan is overruled by reading", "[ocr][reading]") {
  const PixPtr upright = pageOfWords();
  PixPtr scan(pixRotateOrth(upright.get(), 1));  // scanned turned 90 degrees clockwise
  FakeOcrEngine engine;
  engine.orientationAnswer = {270, 5.3f};  // sure, and wrong: a card copy's small print misled it
  const Page page = readScan(engine, scan.get(), 300, withoutDeskew());
  CHECK(page.rotation == 90);
  CHECK(page.text().find("ẩ") == std::string::npos);
}

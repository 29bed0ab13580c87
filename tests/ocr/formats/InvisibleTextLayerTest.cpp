#include <catch2/catch.hpp>

#include "ocr/formats/InvisibleTextLayer.hpp"

using namespace sohoa::ocr;

namespace {

Page pageWithWords(int rotation, double skew) {
  Page page;
  page.width = 2480, page.height = 3508, page.dpi = 300, page.rotation = rotation, page.skew = skew;
  page.blocks.push_back({{}, {{{}, {{"Hồ", {100, 200, 180, 240}, 0.9f}, {"Thanh", {200, 200, 400, 240}, 0.9f}}}}});
  return page;
}

}  // namespace

TEST_CASE("word boxes of the upright page are carried back onto the scan as it came", "[ocr][archive]") {
  double x = 0, y = 0;
  const ScanGeometry portrait{2480, 3508, 300};
  pointOnScan(pageWithWords(0, 0), portrait, 100, 200, x, y);
  CHECK(x == Approx(100));
  CHECK(y == Approx(200));
  pointOnScan(pageWithWords(180, 0), portrait, 100, 200, x, y);  // scanned upside down
  CHECK(x == Approx(2380));
  CHECK(y == Approx(3308));
  Page sideways = pageWithWords(90, 0);  // scanned turned a quarter clockwise: the scan is landscape
  sideways.width = 3508, sideways.height = 2480;
  pointOnScan(sideways, {2480, 3508, 300}, 100, 200, x, y);
  CHECK(x == Approx(2280));
  CHECK(y == Approx(100));
  pointOnScan(pageWithWords(0, 2.0), portrait, 1240, 1754, x, y);  // the centre stays where it is
  CHECK(x == Approx(1240));
  CHECK(y == Approx(1754));
  CHECK(displayRotation(pageWithWords(0, 0)) == 0);
  CHECK(displayRotation(pageWithWords(180, 0)) == 180);
  CHECK(displayRotation(pageWithWords(90, 0)) == 270);
}

TEST_CASE("the text layer draws each line as its own run, each word stretched to its box, a space between",
          "[ocr][archive]") {
  const std::string operators = invisibleTextOperators(pageWithWords(0, 0), {2480, 3508, 300}, "F0");
  CHECK(operators.starts_with("BT\n3 Tr\n/F0 1 Tf\n"));  // render mode 3: invisible
  CHECK(operators.ends_with("ET\n"));
  // "Hồ" in NFC code units, on the line's baseline, 40 px high at 300 dpi, its 80 px of box
  // from two 4.8 pt glyphs; then the space stretched over the 20 px to "Thanh", the last word.
  CHECK(operators.find("200.00 Tz 9.60 0.00 0.00 9.60 24.00 784.32 Tm <00481ED3> Tj\n") != std::string::npos);
  CHECK(operators.find("100.00 Tz 9.60 0.00 0.00 9.60 43.20 784.32 Tm <0020> Tj\n") != std::string::npos);
  CHECK(operators.find("<005400680061006E0068> Tj\nET\n") != std::string::npos);
  const std::string upsideDown = invisibleTextOperators(pageWithWords(180, 0), {2480, 3508, 300}, "F0");
  CHECK(upsideDown.find("-9.60 0.00 0.00 -9.60 571.20") != std::string::npos);  // drawn turned with the scan
}

TEST_CASE("a line's words are laid out apart: a word gives up the end of a box that reaches the next",
          "[ocr][archive]") {
  Line line;
  line.words = {{"CN", {300, 200, 352, 234}, 0.9f},
                {"ng;", {355, 206, 410, 244}, 0.9f},  // three pixels after: too close for a reader
                {"Họ,", {420, 200, 480, 240}, 0.9f},
                {"chữ", {470, 200, 540, 240}, 0.9f},  // overlapping the word before
                {"", {545, 200, 560, 240}, 0.9f},     // nothing read: not drawn
                {"tên", {600, 200, 660, 240}, 0.9f}};
  const LineLayout layout = layoutLine(line);
  CHECK(layout.size == 40);       // the median height of its words
  CHECK(layout.baseline == 240);  // the median bottom: not the descender's
  REQUIRE(layout.words.size() == 5);
  for (std::size_t i = 0; i < layout.words.size(); ++i) {
    const auto& placed = layout.words[i];
    INFO(placed.word->text);
    CHECK(placed.start >= placed.word->box.x0);
    CHECK(placed.end > placed.start);
    if (i + 1 < layout.words.size()) CHECK(layout.words[i + 1].start - placed.end >= 0.25 * layout.size);
  }
  CHECK(layout.turn == 0);
  CHECK(layout.words[0].start == 300);  // a word with room keeps its box
  CHECK(layout.words[4].end == 660);
}

TEST_CASE("a line OCR read running down the page is laid out down it, its baseline on the letters' left",
          "[ocr][archive]") {
  Line line;  // "CĂN CƯỚC CÔNG DÂN" on a card copied turned a quarter on its sheet
  line.words = {{"CĂN", {1894, 419, 1914, 473}, 0.9f},
                {"CƯỚC", {1895, 484, 1918, 558}, 0.9f},
                {"CÔNG", {1896, 568, 1919, 644}, 0.9f},
                {"DÂN", {1897, 655, 1920, 710}, 0.9f}};
  LineLayout layout = layoutLine(line);
  CHECK(layout.turn == 90);
  CHECK(layout.size == 23);
  CHECK(layout.baseline == 1896);
  REQUIRE(layout.words.size() == 4);
  CHECK(layout.words[1].start == 484);
  CHECK(layout.words[1].end == 558);
  double x = 0, y = 0;
  layout.point(500, x, y);
  CHECK(x == 1896);
  CHECK(y == 500);
  // The same card turned the other way: read upwards, the line runs up.
  for (auto& word : line.words) word.box = {word.box.x0, 1000 - word.box.y1, word.box.x1, 1000 - word.box.y0};
  layout = layoutLine(line);
  CHECK(layout.turn == 270);
  CHECK(layout.baseline == 1919);
  layout.point(layout.words[0].start, x, y);
  CHECK(y == 1000 - 419);  // the first word starts at its box's bottom
}

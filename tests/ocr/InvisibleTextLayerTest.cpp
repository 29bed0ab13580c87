#include <catch2/catch.hpp>

#include "ocr/InvisibleTextLayer.hpp"

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

TEST_CASE("the text layer draws each word invisibly, as UTF-16, with a space between words", "[ocr][archive]") {
  const std::string operators = invisibleTextOperators(pageWithWords(0, 0), {2480, 3508, 300}, "F0");
  CHECK(operators.starts_with("BT\n3 Tr\n"));                               // render mode 3: invisible
  CHECK(operators.find("<00481ED30020> Tj") != std::string::npos);          // "Hồ " in NFC code units
  CHECK(operators.find("<005400680061006E0068> Tj") != std::string::npos);  // the line's last word: no space
  CHECK(operators.find("/F0 9.60 Tf") != std::string::npos);                // 40 px at 300 dpi
  CHECK(operators.find("24.00 784.32 Tm") != std::string::npos);            // baseline start, from the bottom
  const std::string upsideDown = invisibleTextOperators(pageWithWords(180, 0), {2480, 3508, 300}, "F0");
  CHECK(upsideDown.find("-1 -0 0 -1 571.20") != std::string::npos);  // drawn turned with the scan
}

#include <catch2/catch.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>

#include "ocr/PixMat.hpp"
#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/layout/TableRows.hpp"
#include "tests/ocr/LaidOutLines.hpp"

using namespace sohoa::ocr;

namespace {

constexpr int kDpi = 300;

// An A4 page at 300 dpi with a form ruled as a table: `labels` in the left cells, `values` in
// the right ones, rows 120 pixels high from y = 900, the line between the cells at x = 1150.
cv::Mat ruledForm(const std::vector<std::string>& labels, const std::vector<std::string>& values) {
  cv::Mat page(3508, 2480, CV_8U, cv::Scalar(255));
  int y = 900;
  for (std::size_t i = 0; i < labels.size(); ++i, y += 120) {
    cv::rectangle(page, {150, y}, {2330, y + 120}, 0, 3);
    cv::line(page, {1150, y}, {1150, y + 120}, 0, 3);
    cv::putText(page, labels[i], {180, y + 80}, cv::FONT_HERSHEY_SIMPLEX, 1.6, 0, 3);
    cv::putText(page, values[i], {1180, y + 80}, cv::FONT_HERSHEY_SIMPLEX, 1.6, 0, 3);
  }
  return page;
}

Line laidOut(std::string_view text, int x, int y) { return sohoa::test::laidOutLine(text, x, y, 40, 20, 14); }

}  // namespace

TEST_CASE("the rows of a ruled table are found between its rules", "[ocr][table]") {
  const cv::Mat form = ruledForm({"Ho ten", "Noi cu tru", "Dan toc"}, {"Nguyen Van An", "Thon Phuoc Son", "Kinh"});
  const auto rows = findTableRows(greyPix(form, kDpi).get(), kDpi);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].y0 > 900);
  CHECK(rows[0].y1 < 1020);
  CHECK(rows[2].y0 > 1140);
  CHECK(rows[0].x0 <= 152);
  CHECK(rows[0].x1 >= 2328);
}

TEST_CASE("a boxed note, a card's outline, underlined values and a streak are no table", "[ocr][table]") {
  cv::Mat page(3508, 2480, CV_8U, cv::Scalar(255));
  // A note in a box of one row, with a mark in a cell of its own.
  cv::rectangle(page, {150, 300}, {2330, 420}, 0, 3);
  cv::line(page, {300, 300}, {300, 420}, 0, 3);
  // A card's outline with its photo framed inside.
  cv::rectangle(page, {200, 700}, {1210, 1338}, 0, 3);
  cv::rectangle(page, {250, 850}, {550, 1250}, 0, 3);
  // Values on rules, one under another.
  for (int y = 1600; y < 2000; y += 100) cv::line(page, {600, y}, {2000, y}, 0, 3);
  // A copier's streak down the sheet through two rules of one extent.
  cv::line(page, {150, 2400}, {2330, 2400}, 0, 3);
  cv::line(page, {150, 2500}, {2330, 2500}, 0, 3);
  cv::line(page, {150, 2600}, {2330, 2600}, 0, 3);
  cv::line(page, {1240, 0}, {1240, 3507}, 0, 4);
  cv::line(page, {1700, 2350}, {1700, 2650}, 0, 3);  // a stroke past the rules, no cell's edge
  CHECK(findTableRows(greyPix(page, kDpi).get(), kDpi).empty());
}

TEST_CASE("a table's rows are read across its cells, a cell's lines beside the next cell's", "[ocr][table]") {
  Page page;
  page.width = 2480;
  page.height = 3508;
  // Tesseract's reading: the heading, the column of labels, then the column of values.
  page.blocks = {
      {{}, {laidOut("TỜ KHAI", 1100, 700)}},
      {{},
       {laidOut("Họ, chữ đệm, tên", 180, 980), laidOut("Nơi cư trú", 180, 1100), laidOut("thường xuyên", 180, 1150)}},
      {{}, {laidOut("Nguyễn Thị Minh Thư", 1180, 980), laidOut("Thôn Phước Sơn", 1180, 1100)}},
      {{}, {laidOut("Làm tại Đức Lạng", 1400, 1500)}}};
  for (auto& block : page.blocks) {
    block.box = block.lines.front().box;
    for (const auto& line : block.lines) block.box = block.box.united(line.box);
  }
  const std::size_t words = page.wordCount();
  readTableRowsAcross(page, {{150, 903, 2330, 1017}, {150, 1023, 2330, 1177}});
  CHECK(page.text() ==
        "TỜ KHAI\n\n"
        "Họ, chữ đệm, tên Nguyễn Thị Minh Thư\nNơi cư trú Thôn Phước Sơn\nthường xuyên\n\n"
        "Làm tại Đức Lạng\n");
  CHECK(page.wordCount() == words);
  REQUIRE(page.blocks.size() == 3);
  CHECK(page.blocks[1].box.x0 == 180);
  CHECK(page.blocks[1].box.x1 > 1180);
}

TEST_CASE("a form ruled as a table reads each label with its value", "[ocr][table]") {
  // Words no Vietnamese syllable, which the marks' correction leaves as read.
  const cv::Mat form = ruledForm({"Full name", "Address", "Ethnicity", "Country"},
                                 {"Peter Smith", "Baker Street 12", "Kinh", "Vietnam"});
  static TesseractEngine engine{OcrSettings{}};
  const std::string text = readScan(engine, greyPix(form, kDpi).get(), kDpi, OcrSettings{}).text();
  INFO(text);
  CHECK(text.find("Full name Peter Smith\n") != std::string::npos);
  CHECK(text.find("Address Baker Street 12\n") != std::string::npos);
  CHECK(text.find("Country Vietnam\n") != std::string::npos);  // the line between the cells no `|`
  OcrSettings columns;
  columns.readTablesAcross = false;
  TesseractEngine asBefore{columns};
  const std::string before = readScan(asBefore, greyPix(form, kDpi).get(), kDpi, columns).text();
  INFO(before);
  CHECK(before.find("Full name Peter Smith") == std::string::npos);  // Tesseract's columns
}

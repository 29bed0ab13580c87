#include <algorithm>
#include <catch2/catch.hpp>

#include "ocr/reread/PrintedBlanks.hpp"

using namespace sohoa::ocr;

namespace {

// One header line of words laid left to right, 20 pixels a character, 50 high, at y 400.
Page headerLine(const std::vector<std::pair<std::string, float>>& words) {
  Page page;
  page.width = 2400;
  page.height = 3400;
  Line line;
  int x = 400;
  for (const auto& [text, confidence] : words) {
    const int characters =
        static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
    line.words.push_back({text, {x, 400, x + 20 * characters, 450}, confidence});
    x += 20 * characters + 25;
  }
  line.box = {400, 400, x, 450};
  page.blocks.push_back({line.box, {line}});
  return page;
}

// `page` with its lines and words `dy` pixels lower.
Page lowered(Page page, int dy) {
  for (auto& block : page.blocks)
    for (auto& line : block.lines) {
      for (auto& word : line.words) word.box.y0 += dy, word.box.y1 += dy;
      line.box.y0 += dy;
      line.box.y1 += dy;
    }
  return page;
}

}  // namespace

TEST_CASE("the number's blank lies between Số: and the notation's slash, whatever OCR read there", "[ocr][blanks]") {
  const Page page = headerLine({{"Số:", 0.95f}, {"đ4", 0.06f}, {"/QĐ-UBND", 0.78f}});
  const auto blanks = findPrintedBlanks(page);
  REQUIRE(blanks.size() == 1);
  const auto& blank = blanks[0];
  CHECK(blank.kind == BlankKind::Number);
  CHECK(blank.readThere == "đ4");
  CHECK(blank.readConfidence == Approx(0.06f));
  CHECK(blank.first == 1);
  CHECK(blank.last == 2);  // the garbage goes, the notation stays as it is
  CHECK_FALSE(blank.before);
  CHECK_FALSE(blank.after);
  CHECK(blank.area.x0 == page.blocks[0].lines[0].words[0].box.x1);
  CHECK(blank.area.x1 == page.blocks[0].lines[0].words[2].box.x0);
}

TEST_CASE("a label read together with the handwriting is split off it", "[ocr][blanks]") {
  const Page page = headerLine({{"Só:83", 0.0f}, {"/TTr-UBND", 0.79f}});
  const auto blanks = findPrintedBlanks(page);
  REQUIRE(blanks.size() == 1);
  CHECK(blanks[0].readThere == "83");
  REQUIRE(blanks[0].before);
  CHECK(blanks[0].before->text == "Số:");
  CHECK(blanks[0].first == 0);
  CHECK(blanks[0].last == 1);
  CHECK(blanks[0].area.x0 > page.blocks[0].lines[0].words[0].box.x0);
  CHECK(blanks[0].area.x0 < page.blocks[0].lines[0].words[0].box.x1);
}

TEST_CASE("the day's blank is found in ngày…tháng read as one word", "[ocr][blanks]") {
  const Page page = headerLine(
      {{"Quảng", 0.96f}, {"Ngãi,", 0.93f}, {"ngày40tháng", 0.17f}, {"01", 0.97f}, {"năm", 0.97f}, {"2025", 0.96f}});
  const auto blanks = findPrintedBlanks(page);
  // The month's label shares that word: its blank is not looked at (a typed month reads well).
  REQUIRE(blanks.size() == 1);
  CHECK(blanks[0].kind == BlankKind::Day);
  CHECK(blanks[0].readThere == "40");
  REQUIRE(blanks[0].before);
  REQUIRE(blanks[0].after);
  CHECK(blanks[0].before->text == "ngày");
  CHECK(blanks[0].after->text == "tháng");
  CHECK(blanks[0].leftEstimated);
  CHECK(blanks[0].rightEstimated);
}

TEST_CASE("the day's and the month's blanks lie between ngày, tháng and năm", "[ocr][blanks]") {
  const Page page = headerLine({{"Quảng", 0.96f},
                                {"Ngãi,", 0.93f},
                                {"ngày", 0.93f},
                                {"{Ệ", 0.25f},
                                {"tháng", 0.97f},
                                {"01", 0.96f},
                                {"năm", 0.97f}});
  const auto blanks = findPrintedBlanks(page);
  REQUIRE(blanks.size() == 2);
  CHECK(blanks[0].kind == BlankKind::Day);
  CHECK(blanks[0].readThere == "{Ệ");
  CHECK(blanks[0].first == 3);
  CHECK(blanks[0].last == 4);
  CHECK_FALSE(blanks[0].leftEstimated);
  CHECK(blanks[1].kind == BlankKind::Month);
  CHECK(blanks[1].readThere == "01");
  CHECK(blanks[1].readConfidence == Approx(0.96f));
}

TEST_CASE("a date blank between two printed words is as high as the taller of them", "[ocr][blanks]") {
  // `tháng` has ascenders and `năm` none: read alone, `năm`'s box starts 8 pixels lower
  // (as on a tờ khai scanned at 200 dpi, its month written above the line).
  Page page = headerLine({{"ngày", 0.97f}, {"08", 0.3f}, {"tháng", 0.97f}, {"năm", 0.97f}, {"2025", 0.97f}});
  auto& words = page.blocks[0].lines[0].words;
  for (auto* word : {&words[0], &words[3]}) word->box.y0 += 8;  // x-height and accents only
  const auto blanks = findPrintedBlanks(page);
  REQUIRE(blanks.size() == 2);
  CHECK(blanks[1].kind == BlankKind::Month);
  CHECK(blanks[1].area.y0 == 400);
  CHECK(blanks[1].area.y1 == 450);
  CHECK(blanks[1].letterHeight == 50);
}

TEST_CASE("a form dated where it is signed has its day and month blanks in the signing column", "[ocr][blanks]") {
  auto movedTo = [](Page page, int x, int y) {
    for (auto& block : page.blocks)
      for (auto& line : block.lines) {
        for (auto& word : line.words) word.box = {word.box.x0 + x - 400, y, word.box.x1 + x - 400, y + 50};
        line.box = {line.box.x0 + x - 400, y, line.box.x1 + x - 400, y + 50};
      }
    return page;
  };
  const Page signingLine = headerLine({{"Làm", 0.96f},
                                       {"tại:", 0.96f},
                                       {"Mỹ", 0.96f},
                                       {"Lợi,", 0.97f},
                                       {"ngày", 0.96f},
                                       {"“3", 0.54f},
                                       {"tháng", 0.92f},
                                       {"®", 0.89f},
                                       {"năm", 0.96f},
                                       {"2025", 0.96f}});
  const auto blanks = findPrintedBlanks(movedTo(signingLine, 1000, 1700));
  REQUIRE(blanks.size() == 2);
  CHECK(blanks[0].kind == BlankKind::Day);
  CHECK(blanks[0].readThere == "“3");
  CHECK(blanks[1].kind == BlankKind::Month);
  // The same words in the body's left-hand column are prose, not a signing line.
  CHECK(findPrintedBlanks(movedTo(signingLine, 300, 1700)).empty());
}

TEST_CASE("a certificate's number blank ends where the book's number is printed on its line", "[ocr][blanks]") {
  const Page page = headerLine({{"số:", 0.93f}, {"*é%", 0.34f}, {"Quyển", 0.97f}, {"số:", 0.93f}, {"0VA&Ø2~", 0.19f}});
  const auto blanks = findPrintedBlanks(page);
  REQUIRE(blanks.size() == 1);
  const auto& words = page.blocks[0].lines[0].words;
  CHECK(blanks[0].bare);
  CHECK(blanks[0].readThere == "*é%");
  CHECK(blanks[0].first == 1);
  CHECK(blanks[0].last == 2);
  CHECK(blanks[0].area.x0 == words[0].box.x1);
  CHECK(blanks[0].area.x1 == words[2].box.x0);
  // A line of more words than a label and a number, with no printed word to end the blank, has none.
  CHECK(findPrintedBlanks(headerLine({{"Số:", 0.93f}, {"*é%", 0.34f}, {"\\⁄", 0.2f}, {"0VA&Ø2~", 0.19f}})).empty());
}

TEST_CASE("a certification's number blank follows Số chứng thực wherever its block is on the page", "[ocr][blanks]") {
  // The block under a certified copy, low in the page's left-hand column.
  const Page page = lowered(headerLine({{"Số", 0.96f},
                                        {"chứng", 0.95f},
                                        {"thực:", 0.93f},
                                        {"|3%_", 0.21f},
                                        {"Quyển", 0.97f},
                                        {"số:", 0.93f},
                                        {"01/2025-SCT/BS", 0.9f}}),
                            2400);
  const auto blanks = findPrintedBlanks(page);
  REQUIRE(blanks.size() == 1);
  const auto& words = page.blocks[0].lines[0].words;
  CHECK(blanks[0].kind == BlankKind::Number);
  CHECK(blanks[0].bare);
  CHECK_FALSE(blanks[0].onSigningLine);
  CHECK(blanks[0].readThere == "|3%_");
  CHECK(blanks[0].first == 3);
  CHECK(blanks[0].last == 4);
  CHECK(blanks[0].area.x0 == words[2].box.x1);
  CHECK(blanks[0].area.x1 == words[4].box.x0);
  // A leader's dot read with a typed number is not part of what was read there.
  Page typed = page;
  typed.blocks[0].lines[0].words[3].text = "650.";
  REQUIRE(findPrintedBlanks(typed).size() == 1);
  CHECK(findPrintedBlanks(typed)[0].readThere == "650");
  // A bare `Số:` that low is no header's number.
  CHECK(
      findPrintedBlanks(lowered(headerLine({{"Số:", 0.96f}, {"|3%_", 0.21f}, {"Quyển", 0.97f}, {"số:", 0.93f}}), 2400))
          .empty());
}

TEST_CASE("lines that are not the header's number or date have no blanks", "[ocr][blanks]") {
  CHECK(
      findPrintedBlanks(headerLine({{"Căn", 0.97f}, {"cứ", 0.97f}, {"ngày", 0.97f}, {"12/12/2011,", 0.97f}})).empty());
  CHECK(findPrintedBlanks(headerLine({{"số", 0.97f}, {"27/2017/NQ-HĐND", 0.9f}})).empty());
  CHECK(findPrintedBlanks(headerLine({{"Số:", 0.97f}, {"Quyết", 0.9f}, {"định", 0.9f}})).empty());
}

TEST_CASE("a blank holds a day of the month, a month of the year, a number of up to five digits", "[ocr][blanks]") {
  CHECK(plausibleInBlank(BlankKind::Day, "03"));
  CHECK(plausibleInBlank(BlankKind::Day, "31"));
  CHECK_FALSE(plausibleInBlank(BlankKind::Day, "32"));
  CHECK_FALSE(plausibleInBlank(BlankKind::Day, "00"));
  CHECK(plausibleInBlank(BlankKind::Month, "12"));
  CHECK_FALSE(plausibleInBlank(BlankKind::Month, "13"));
  CHECK(plausibleInBlank(BlankKind::Number, "2770"));
  CHECK_FALSE(plausibleInBlank(BlankKind::Number, "123456"));
  CHECK_FALSE(plausibleInBlank(BlankKind::Number, "8ð"));
  CHECK_FALSE(plausibleInBlank(BlankKind::Number, ""));
}

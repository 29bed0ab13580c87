#include <leptonica/allheaders.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "ocr/PixPtr.hpp"
#include "ocr/layout/CardRegions.hpp"
#include "tests/ocr/LaidOutLines.hpp"

using namespace sohoa::ocr;

namespace {

// An A4 sheet at 300 dpi, white.
PixPtr sheet() {
  PixPtr page(pixCreate(2480, 3508, 8));
  pixSetAll(page.get());
  return page;
}

void fill(Pix* page, int x, int y, int w, int h, int grey) {
  BOX* box = boxCreate(x, y, w, h);
  pixSetInRectArbitrary(page, box, static_cast<l_uint32>(grey));
  boxDestroy(&box);
}

// A card's outline as a bilevel copy keeps it: 4 px of black around white.
void outline(Pix* page, int x, int y, int w, int h) {
  fill(page, x, y, w, h, 0);
  fill(page, x + 4, y + 4, w - 8, h - 8, 255);
}

// A line of words starting at x on baseline y, 30 px letters, words as wide as their bytes × 15.
Line laidOut(std::string_view text, int x, int y) { return sohoa::test::laidOutLine(text, x, y, 30, 15, 10); }

}  // namespace

TEST_CASE("grey cards side by side are found though a copier's streak runs through one", "[ocr][layout][cards]") {
  auto page = sheet();
  fill(page.get(), 150, 200, 1011, 638, 200);   // the front: 85.6 × 54 mm at 300 dpi
  fill(page.get(), 1300, 200, 1011, 638, 200);  // the back
  fill(page.get(), 700, 0, 3, 3508, 60);        // a streak down the sheet through the front
  fill(page.get(), 400, 1800, 1700, 700, 0);    // the certification's box: too long for a card
  fill(page.get(), 402, 1802, 1696, 696, 255);
  const auto cards = findCards(page.get(), 300);
  REQUIRE(cards.size() == 2);
  for (const auto& card : cards) {
    CHECK(card.y0 == Approx(200).margin(8));
    CHECK(card.width() == Approx(1011).margin(12));
  }
}

// A photocopy's paper darkens across the sheet, here from 240 at its left edge to 190 at its
// right: more than a pale card is darker than the paper around it (35).
TEST_CASE("pale cards on a photocopy darkening across the sheet are found", "[ocr][layout][cards]") {
  auto page = sheet();
  auto paperAt = [](int x) { return 240 - 50 * x / 2480; };
  for (int x = 0; x < 2480; x += 8) fill(page.get(), x, 0, 8, 3508, paperAt(x));
  for (const int left : {150, 1300})
    for (int x = left; x < left + 1011; x += 8)
      fill(page.get(), x, 300, std::min(8, left + 1011 - x), 638, paperAt(x) - 35);
  const auto cards = findCards(page.get(), 300);
  REQUIRE(cards.size() == 2);
  for (const auto& card : cards) {  // the darker paper beside the back may take its edge
    CHECK(card.y0 == Approx(300).margin(8));
    CHECK(card.width() > 1011 * 0.9);
  }
}

TEST_CASE("a bilevel copy's card outlines are cards and other boxes or an empty sheet are not",
          "[ocr][layout][cards]") {
  auto page = sheet();
  CHECK(findCards(page.get(), 300).empty());
  outline(page.get(), 200, 300, 1011, 638);
  outline(page.get(), 200, 1100, 1011, 638);
  fill(page.get(), 1400, 300, 600, 600, 0);   // a square photo: no card's proportions
  outline(page.get(), 1400, 1100, 500, 316);  // a card's proportions at half its size
  PixPtr bilevel(pixConvertTo1(page.get(), 128));
  const auto cards = findCards(bilevel.get(), 300);
  REQUIRE(cards.size() == 2);
  CHECK(cards[0].x0 == Approx(200).margin(8));
  CHECK(cards[1].x0 == Approx(200).margin(8));
}

TEST_CASE("lines joined across two cards are cut at the card's edge and each card is read whole with the front first",
          "[ocr][layout][cards]") {
  const std::vector<sohoa::ocr::Box> cards{{1300, 200, 2311, 838}, {150, 200, 1161, 838}};  // back found first
  Page page;
  page.width = 2480;
  page.height = 3508;
  auto rowAcross = [](std::string_view front, std::string_view back, int y) {
    Line joined = laidOut(front, 200, y);
    const Line other = laidOut(back, 1350, y);
    joined.words.insert(joined.words.end(), other.words.begin(), other.words.end());
    joined.box = joined.box.united(other.box);
    return joined;
  };
  page.blocks.push_back({{200, 240, 2300, 330}, {rowAcross("CĂN CƯỚC", "Nơi cư trú: Thôn Bắc Sơn", 270)}});
  page.blocks.push_back({{200, 340, 2300, 400}, {rowAcross("IDENTITY CARD", "BỘ CÔNG AN", 370)}});
  page.blocks.push_back({{1350, 600, 2300, 700}, {laidOut("IDVNM1740239462075174023946<<8", 1350, 650)}});
  page.blocks.push_back({{300, 2000, 2000, 2100}, {laidOut("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 300, 2050)}});
  page.blocks.insert(page.blocks.begin(), Block{{300, 100, 900, 140}, {laidOut("Bản sao", 300, 130)}});
  readCardsInOrder(page, cards);
  CHECK(sohoa::test::linesText(page) ==
        "Bản sao\nCĂN CƯỚC\nIDENTITY CARD\nNơi cư trú: Thôn Bắc Sơn\nBỘ CÔNG AN\nIDVNM1740239462075174023946<<8\n"
        "CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH\n");
  REQUIRE(page.blocks.size() == 7);
  CHECK(page.blocks[1].box.x1 < 1161);  // the front's part of the first row, cut at its edge
  CHECK(page.blocks[3].box.x0 >= 1300);

  Page untouched = page;
  readCardsInOrder(untouched, {});
  CHECK(sohoa::test::linesText(untouched) == sohoa::test::linesText(page));
}

// Seed 43's CĂN CƯỚC copy (a scratch family's chứng thực): Tesseract gave the front's blocks by its
// own columns, the fields beside the photo before the card's title.
TEST_CASE("a card's blocks are read in rows from its top whatever order Tesseract gave them", "[ocr][layout][cards]") {
  const std::vector<sohoa::ocr::Box> cards{{100, 100, 1111, 738}};
  Page page;
  page.width = 2480;
  page.height = 3508;
  auto block = [](std::string_view text, int x, int y) {
    const Line line = laidOut(text, x, y);
    return Block{line.box, {line}};
  };
  page.blocks.push_back(block("IDENTITY CARD", 500, 250));
  page.blocks.push_back(block("052187944037", 400, 380));
  page.blocks.push_back(block("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 330, 150));
  page.blocks.push_back(block("Quốc tịch: Việt Nam", 720, 600));
  page.blocks.push_back(block("CĂN CƯỚC", 520, 200));
  page.blocks.push_back(block("Giới tính / Sex: Nữ", 400, 602));
  page.blocks.push_back(block("Số định danh cá nhân", 400, 330));
  page.blocks.push_back(block("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 300, 1500));
  readCardsInOrder(page, cards);
  CHECK(sohoa::test::linesText(page) ==
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCĂN CƯỚC\nIDENTITY CARD\nSố định danh cá nhân\n052187944037\n"
        "Giới tính / Sex: Nữ\nQuốc tịch: Việt Nam\nCHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH\n");
}

TEST_CASE("a page a few pixels across holds no card and is no error", "[ocr][layout][cards]") {
  for (const int side : {1, 5, 12}) {
    PixPtr tiny(pixCreate(side, side, 8));
    pixSetAll(tiny.get());
    CHECK(findCards(tiny.get(), 300).empty());
  }
}

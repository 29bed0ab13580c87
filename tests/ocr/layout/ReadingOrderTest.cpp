#include <catch2/catch.hpp>
#include <string_view>

#include "ocr/layout/ReadingOrder.hpp"
#include "tests/ocr/LaidOutLines.hpp"

using namespace sohoa::ocr;

namespace {

// A line of words starting at x on baseline y, 40 px letters, words as wide as their bytes × 20.
Line laidOut(std::string_view text, int x, int y) { return sohoa::test::laidOutLine(text, x, y, 40, 20, 14); }

// Two columns of `left` at x 280 and `right` at x 1300 joined into one line each.
Line row(const std::string& left, const std::string& right, int y) {
  Line joined = laidOut(left, 280, y);
  const Line second = laidOut(right, 1300, y);
  joined.words.insert(joined.words.end(), second.words.begin(), second.words.end());
  joined.box = joined.box.united(second.box);
  return joined;
}

Page a4(std::vector<Block> blocks) {
  Page page;
  page.width = 2480;
  page.height = 3508;
  page.blocks = std::move(blocks);
  return page;
}

}  // namespace

TEST_CASE("a header read row by row is put back column by column", "[ocr][reading-order]") {
  Page page = a4({{{}, {row("UBND HUYỆN TÂY SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160)}},
                  {{},
                   {row("UBND XÃ TÂY THUẬN", "Độc lập - Tự do - Hạnh phúc", 210),
                    row("Số: 15/KH-UBND", "Tây Thuận, ngày 05 tháng 02 năm 2025", 270)}},
                  {{}, {laidOut("KẾ HOẠCH", 1150, 380), laidOut("Thực hiện theo Kế hoạch số 283/KH-UBND", 280, 600)}}});
  const std::size_t words = page.wordCount();
  readColumnsInOrder(page);
  CHECK(page.text() ==
        "UBND HUYỆN TÂY SƠN\nUBND XÃ TÂY THUẬN\nSố: 15/KH-UBND\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTây Thuận, ngày 05 tháng 02 năm 2025\n\n"
        "KẾ HOẠCH\nThực hiện theo Kế hoạch số 283/KH-UBND\n");
  REQUIRE(page.blocks.size() == 3);
  CHECK(page.blocks[0].box.x1 < 1300);  // the left column's block stays left of the gutter
  CHECK(page.blocks[1].box.x0 == 1300);
  CHECK(page.wordCount() == words);  // nothing lost or doubled
}

TEST_CASE("body text, lines with one column and table rows keep their order", "[ocr][reading-order]") {
  Page page = a4({{{},
                   {laidOut("Căn cứ Luật Tổ chức chính quyền địa phương", 280, 600),
                    laidOut("ngày 19 tháng 6 năm 2015;", 280, 650)}},
                  {{}, {[] {
                     Line table = row("STT", "Họ và tên", 800);
                     const Line third = laidOut("Ngày sinh", 2000, 800);
                     table.words.insert(table.words.end(), third.words.begin(), third.words.end());
                     return table;
                   }()}}});
  const std::string before = page.text();
  readColumnsInOrder(page);
  CHECK(page.text() == before);
  CHECK(page.blocks.size() == 2);
}

TEST_CASE("rows whose columns do not share one gutter are separate runs", "[ocr][reading-order]") {
  Line signatures = row("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", 2500);
  // The next row's right part starts inside the first row's left column: no shared gutter.
  Line shifted = laidOut("Phúc", 100, 2800);
  const Line inside = laidOut("Trần Văn Lực", 500, 2800);
  shifted.words.insert(shifted.words.end(), inside.words.begin(), inside.words.end());
  Page page = a4({{{}, {signatures, shifted}}});
  readColumnsInOrder(page);
  CHECK(page.text() == "NGƯỜI NỘP HỒ SƠ\n\nNGƯỜI TIẾP NHẬN HỒ SƠ\n\nPhúc\n\nTrần Văn Lực\n");
}

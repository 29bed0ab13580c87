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

namespace {

Block blockOfLines(std::vector<Line> lines) {
  Box box = lines.front().box;
  for (const auto& line : lines) box = box.united(line.box);
  return {box, std::move(lines)};
}

}  // namespace

TEST_CASE("recipients and the signing block beside them read one column after the other", "[ocr][reading-order]") {
  // As Tesseract cut a real report's last page: blocks ordered by height, the two columns interleaved.
  Page page = a4({blockOfLines({laidOut("Kính trình Hội đồng nhân dân tỉnh xem xét, quyết nghị./.", 280, 2400)}),
                  blockOfLines({laidOut("Nơi nhận:", 280, 2500), laidOut("- Như trên;", 280, 2550)}),
                  blockOfLines({laidOut("TM. ỦY BAN NHÂN DÂN", 1500, 2520), laidOut("CHỦ TỊCH", 1600, 2570)}),
                  blockOfLines({laidOut("- Sở Tư pháp;", 280, 2650), laidOut("- Lưu: VT.", 280, 2700)}),
                  blockOfLines({laidOut("Trần Hoàng Tuấn", 1550, 2900)})});
  const std::size_t words = page.wordCount();
  readEndColumnsInOrder(page);
  CHECK(sohoa::test::linesText(page) ==
        "Kính trình Hội đồng nhân dân tỉnh xem xét, quyết nghị./.\nNơi nhận:\n- Như trên;\n- Sở Tư pháp;\n- Lưu: "
        "VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Hoàng Tuấn\n");
  CHECK(page.wordCount() == words);
}

TEST_CASE("blocks that only follow each other across a gutter keep their order", "[ocr][reading-order]") {
  // A date on the right above a paragraph on the left: one below the other, not side by side.
  Page staggered = a4({blockOfLines({laidOut("Tây Thuận, ngày 05 tháng 02 năm 2025", 1500, 300)}),
                       blockOfLines({laidOut("Kính gửi: Ủy ban nhân dân xã", 280, 500)})});
  const std::string before = sohoa::test::linesText(staggered);
  readEndColumnsInOrder(staggered);
  CHECK(sohoa::test::linesText(staggered) == before);
  // Columns whose gutter a later full-width line crosses are not the page's end.
  Page crossed = a4({blockOfLines({laidOut("Nơi nhận:", 280, 2500)}), blockOfLines({laidOut("CHỦ TỊCH", 1600, 2490)}),
                     blockOfLines({laidOut("- Như trên;", 280, 2550)}),
                     blockOfLines({laidOut("Ghi chú: bản này được gửi kèm hồ sơ của người yêu cầu", 280, 2800)})});
  const std::string crossedBefore = sohoa::test::linesText(crossed);
  readEndColumnsInOrder(crossed);
  CHECK(sohoa::test::linesText(crossed) == crossedBefore);
}

TEST_CASE("a form's rows cut into blocks are read across and its signers below column by column",
          "[ocr][reading-order]") {
  // A birth certificate as Tesseract cut it: a row of two labelled fields in two blocks, then the
  // midwife on the left and the director on the right.
  Page page =
      a4({blockOfLines({laidOut("Số con trong lần sinh này: 01", 280, 2000)}),
          blockOfLines({laidOut("Giới tính của con: Nam", 1500, 2000)}),
          blockOfLines({laidOut("Cân nặng: 3563 gam", 280, 2100)}), blockOfLines({laidOut("Người đỡ đẻ", 400, 2300)}),
          blockOfLines({laidOut("GIÁM ĐỐC", 1600, 2300)}), blockOfLines({laidOut("Phan Thị Oanh", 380, 2600)}),
          blockOfLines({laidOut("BS. Vũ Văn Khoa", 1550, 2600)})});
  readEndColumnsInOrder(page);
  CHECK(sohoa::test::linesText(page) ==
        "Số con trong lần sinh này: 01\nGiới tính của con: Nam\nCân nặng: 3563 gam\nNgười đỡ đẻ\nPhan Thị Oanh\n"
        "GIÁM ĐỐC\nBS. Vũ Văn Khoa\n");
}

TEST_CASE("a công văn's subject under its number is read with the header's left column", "[ocr][reading-order]") {
  // As Tesseract cut a real công văn (299/UBND-TTHC): the left column, the right one, then the
  // subject's lines and `Kính gửi:` in one block.
  Page page = a4(
      {blockOfLines({laidOut("ỦY BAN NHÂN DÂN", 420, 315), laidOut("TỈNH QUẢNG NGÃI", 420, 387),
                     laidOut("Số: 299 /UBND-TTHC", 400, 488)}),
       blockOfLines({laidOut("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1090, 328),
                     laidOut("Độc lập - Tự do - Hạnh phúc", 1300, 397),
                     laidOut("Quảng Ngãi, ngày 15 tháng 01 năm 2025", 1214, 506)}),
       blockOfLines({laidOut("V/v công bố Danh mục TTHC", 344, 559), laidOut("và xây dựng quy trình nội bộ", 360, 635),
                     laidOut("giải quyết TTHC", 490, 686), laidOut("Kính gửi:", 898, 875)}),
       blockOfLines({laidOut("- Sở Giao thông vận tải;", 1107, 944)})});
  const std::size_t words = page.wordCount();
  readHeaderColumnsInOrder(page);
  CHECK(sohoa::test::linesText(page) ==
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 299 /UBND-TTHC\nV/v công bố Danh mục TTHC\nvà xây dựng quy trình nội "
        "bộ\ngiải quyết TTHC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 15 "
        "tháng 01 năm 2025\nKính gửi:\n- Sở Giao thông vận tải;\n");
  CHECK(page.blocks.size() == 4);
  CHECK(page.wordCount() == words);
  // A line further below (a paragraph after a blank line) is not the column's.
  Page apart = a4({blockOfLines({laidOut("ỦY BAN NHÂN DÂN", 420, 315), laidOut("Số: 12/UBND", 420, 387)}),
                   blockOfLines({laidOut("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1090, 328)}),
                   blockOfLines({laidOut("Căn cứ Luật", 300, 700)})});
  const std::string before = sohoa::test::linesText(apart);
  readHeaderColumnsInOrder(apart);
  CHECK(sohoa::test::linesText(apart) == before);
}

TEST_CASE("a form's row cut in two at the top is no header", "[ocr][reading-order]") {
  Page page = a4({blockOfLines({laidOut("Tôi tên là: Dương Thanh Phượng", 280, 900)}),
                  blockOfLines({laidOut("Sinh ngày: 28/10/1970", 280, 960)}),
                  blockOfLines({laidOut("Giới tính: Nữ", 1500, 960)}),
                  blockOfLines({laidOut("Số định danh cá nhân: 052170112050", 280, 1020),
                                laidOut("Nơi cư trú: Thôn Mỹ Thạnh", 280, 1080)})});
  const std::string before = sohoa::test::linesText(page);
  readHeaderColumnsInOrder(page);
  CHECK(sohoa::test::linesText(page) == before);
}

TEST_CASE("header rows read across a narrow gutter are cut at it", "[ocr][reading-order]") {
  // A real decision (87/QĐ-UBND): the first row read across a gap of 140 pixels (under three
  // letter heights), the number's row with two wide gaps (the number's blank and the gutter).
  Line first = laidOut("ỦY BAN NHÂN DÂN", 457, 260);
  const Line title = laidOut("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", first.box.x1 + 140, 260);
  first.words.insert(first.words.end(), title.words.begin(), title.words.end());
  first.box = first.box.united(title.box);
  Line number = laidOut("Số:", 481, 410);
  const Line notation = laidOut("/QĐ-UBND", 693, 410), date = laidOut("Quảng Ngãi, ngày tháng 01 năm 2025", 1202, 410);
  number.words.insert(number.words.end(), notation.words.begin(), notation.words.end());
  number.words.insert(number.words.end(), date.words.begin(), date.words.end());
  number.box = number.box.united(notation.box).united(date.box);
  Page page = a4({blockOfLines({first}), blockOfLines({laidOut("TỈNH QUẢNG NGÃI", 468, 330)}),
                  blockOfLines({laidOut("Độc lập - Tự do - Hạnh phúc", 1298, 336)}),
                  blockOfLines({number, laidOut("QUYẾT ĐỊNH", 1094, 545)})});
  const std::size_t words = page.wordCount();
  readHeaderColumnsInOrder(page);
  CHECK(sohoa::test::linesText(page) ==
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: /QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
        "phúc\nQuảng Ngãi, ngày tháng 01 năm 2025\nQUYẾT ĐỊNH\n");
  CHECK(page.blocks.size() == 3);
  CHECK(page.wordCount() == words);
}

// A CCCD's front copied on A4 (seed 7321's batch-03 page 6): the motto's English line under the
// national title read as `Indeper … Happiness`, its middle lost, which readColumnsInOrder cut into
// two blocks side by side. The card's title under them, in letters twice the motto's, has word
// spaces wider than a letter of the motto: it is no row cut at their gutter (it was, and the
// document's type was read `CĂN CƯỚC`).
TEST_CASE("a title in large letters under a row read in two parts is not cut at their gap", "[ocr][reading-order]") {
  Page page = a4({blockOfLines({sohoa::test::laidOutLine("Indeper", 679, 389, 19, 12, 10)}),
                  blockOfLines({sohoa::test::laidOutLine("Happiness", 947, 390, 19, 12, 10)}),
                  blockOfLines({sohoa::test::laidOutLine("CĂN CƯỚC CÔNG DÂN", 663, 432, 34, 18, 23)})});
  readHeaderColumnsInOrder(page);
  CHECK(sohoa::test::linesText(page) == "Indeper\nHappiness\nCĂN CƯỚC CÔNG DÂN\n");
}

namespace {

// A death notice photographed with a phone (seed 31's page 031), its sheet flattened: Tesseract
// cut it into a block a line and ordered them down its left side, then up its right side.
std::vector<Block> noticeBlocks() {
  std::vector<Block> blocks;
  for (const Line& line :
       {laidOut("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1400, 410), laidOut("SỞ Y TẾ NGHỆ AN", 400, 410),
        laidOut("TRUNG TÂM Y TẾ HUYỆN NGHI LỘC", 400, 480), laidOut("Số: 335/GBT", 400, 570),
        laidOut("Họ, chữ đệm, tên: Lương Hoài Vy", 500, 898), laidOut("GIẤY BÁO TỬ", 1000, 754),
        laidOut("Giới tính: Nữ", 500, 972), laidOut("Dân tộc: Kinh", 500, 1048),
        laidOut("Độc lập - Tự do - Hạnh phúc", 1500, 486), laidOut("Nghi Lộc, ngày 13 tháng 11 năm 2025", 1450, 576),
        laidOut("Ngày sinh: 08/02/1947", 1480, 970), laidOut("Quốc tịch: Việt Nam", 1480, 1045)})
    blocks.push_back(blockOfLines({line}));
  return blocks;
}

}  // namespace

TEST_CASE("a header Tesseract gave a block a line is read column by column", "[ocr][reading-order]") {
  Page page = a4(noticeBlocks());
  readRowsInOrder(page);
  const std::size_t words = page.wordCount();
  readHeaderColumnsInOrder(page);
  CHECK(sohoa::test::linesText(page) ==
        "SỞ Y TẾ NGHỆ AN\nTRUNG TÂM Y TẾ HUYỆN NGHI LỘC\nSố: 335/GBT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự "
        "do - Hạnh phúc\nNghi Lộc, ngày 13 tháng 11 năm 2025\nGIẤY BÁO TỬ\nHọ, chữ đệm, tên: Lương Hoài Vy\nGiới "
        "tính: Nữ\nNgày sinh: 08/02/1947\nDân tộc: Kinh\nQuốc tịch: Việt Nam\n");
  CHECK(page.wordCount() == words);
}

TEST_CASE("a page cut into a block a line is read in rows and blocks of several lines keep their order",
          "[ocr][reading-order]") {
  Page page = a4(noticeBlocks());
  readRowsInOrder(page);
  CHECK(sohoa::test::linesText(page) ==
        "SỞ Y TẾ NGHỆ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRUNG TÂM Y TẾ HUYỆN NGHI LỘC\nĐộc lập - Tự do - Hạnh "
        "phúc\nSố: 335/GBT\nNghi Lộc, ngày 13 tháng 11 năm 2025\nGIẤY BÁO TỬ\nHọ, chữ đệm, tên: Lương Hoài Vy\nGiới "
        "tính: Nữ\nNgày sinh: 08/02/1947\nDân tộc: Kinh\nQuốc tịch: Việt Nam\n");
  // Two cards side by side that were not found, each a block of lines: rows would interleave them.
  Page cards = a4({blockOfLines({laidOut("CĂN CƯỚC", 300, 400), laidOut("Số định danh cá nhân", 300, 460),
                                 laidOut("052187944037", 300, 520)}),
                   blockOfLines({laidOut("Nơi cư trú: Thôn Bắc Sơn", 1400, 400), laidOut("BỘ CÔNG AN", 1400, 460)}),
                   blockOfLines({laidOut("IDVNM1879440373052187944037<<0", 1300, 520)})});
  const std::string before = sohoa::test::linesText(cards);
  readRowsInOrder(cards);
  CHECK(sohoa::test::linesText(cards) == before);
}

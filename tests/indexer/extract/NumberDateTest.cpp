#include <catch2/catch.hpp>

#include "indexer/extract/DocumentExtraction.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;

namespace {

constexpr CalendarDay kToday{2026, 6, 1};

// "<asked>": nothing of the field was read where a paper of its kind has it; a clerk is asked.
std::string stored(const DocumentExtraction& extraction, const std::string& name) {
  const auto* field = extraction.find(name);
  if (!field) return "<absent>";
  if (field->note == kNoDateNote || field->note == kNoNumberNote) return "<asked>";
  return field->needsReview ? "<review>" : field->value;
}

// A civil-status result as commune templates print it: title, heading, number, no block.
LaidOutPage certificate(std::string_view number, float confidence) {
  LaidOutPage page;
  page.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("Độc lập - Tự do - Hạnh phúc", 210);
  page.centred("GIẤY KHAI SINH", 330);
  page.line(number, 300, 420, confidence).line("Quyển số: 01/2025", 1500, 420);
  page.line("Họ, chữ đệm, tên: Dương Hoài Quyên", 300, 520);
  page.line("Ngày, tháng, năm đăng ký: 22/11/2024", 300, 1500);
  return page;
}

}  // namespace

TEST_CASE("numbers of certificates and legal documents, the chứng thực number, not the book", "[indexer][number]") {
  auto birth = certificate("Số: 129", 0.95f);
  auto extraction = extractDocument({&birth.page}, kToday);
  CHECK(stored(extraction, "code_number") == "129");
  CHECK(stored(extraction, "code_notation") == "<absent>");
  CHECK(stored(extraction, "issued_date") == "2024-11-22");
  // The register book close beside the number, in the left half, or read in one line with it.
  for (const int bookAt : {900, 0}) {
    LaidOutPage near;
    near.centred("GIẤY KHAI SINH", 330);
    if (bookAt == 0)
      near.line("Số: 154 Quyển số: 01/2025.", 300, 420);
    else
      near.line("Số: 154", 300, 420).line("Quyển số: 01/2025.", bookAt, 420);
    CHECK(stored(extractDocument({&near.page}, kToday), "code_number") == "154");
  }
  // Seed 5151's death notice: a speck between the columns read as `¬` on the number's row, and
  // the number and the dateline across from it read as one line where such a mark bridges them.
  for (const bool oneLine : {false, true}) {
    LaidOutPage bridged;
    bridged.line("CÔNG AN XÃ NGHI TRUNG", 300, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
    if (oneLine) {
      bridged.line("Số: 101/GBT ¬ Nghi Trung, ngày 26 tháng 8 năm 2025", 300, 300);
      auto& words = bridged.page.blocks.back().lines[0].words;
      for (std::size_t i = 3; i < words.size(); ++i) words[i].box.x0 += 700, words[i].box.x1 += 700;
      bridged.page.blocks.back().lines[0].box.x1 = words.back().box.x1;
      bridged.page.blocks.back().box = bridged.page.blocks.back().lines[0].box;
    } else {
      bridged.line("Số: 101/GBT", 300, 300).line("¬", 700, 300).line("Nghi Trung, ngày 26 tháng 8 năm 2025", 1300, 300);
    }
    bridged.centred("GIẤY BÁO TỬ", 420);
    extraction = extractDocument({&bridged.page}, kToday);
    INFO("one line: " << oneLine);
    CHECK(stored(extraction, "code_number") == "101");
    CHECK(stored(extraction, "code_notation") == "GBT");
    CHECK(stored(extraction, "issued_date") == "2025-08-26");
  }

  LaidOutPage runTogether;  // seed 5151: the book's label read as one word, `Quyểnsố:`
  runTogether.centred("GIẤY KHAI SINH", 330);
  runTogether.line("Số: 120", 300, 420).line("__", 600, 420, 0.15f).line("Quyểnsố: 01/2025", 900, 420);
  CHECK(stored(extractDocument({&runTogether.page}, kToday), "code_number") == "120");
  auto handwritten = certificate("Số: 1595", 0.55f);  // a pen's digits read unsurely
  CHECK(stored(extractDocument({&handwritten.page}, kToday), "code_number") == "<review>");

  LaidOutPage decree;
  decree.line("CHÍNH PHỦ", 380, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  decree.line("Số: 155/2020/NĐ-CP", 300, 230).line("Hà Nội, ngày 31 tháng 12 năm 2020", 1350, 230);
  decree.centred("NGHỊ ĐỊNH", 400);
  extraction = extractDocument({&decree.page}, kToday);
  CHECK(stored(extraction, "code_number") == "155");
  CHECK(stored(extraction, "code_notation") == "2020/NĐ-CP");
  CHECK(stored(extraction, "issued_date") == "2020-12-31");

  LaidOutPage death;  // a notation the table lacks, read cleanly, is kept as read
  death.line("BỆNH VIỆN ĐA KHOA TỈNH", 250, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  death.line("Số: 1858/GBT", 300, 230).line("Ngày sinh: 18/10/1937", 1350, 300);
  death.centred("GIẤY BÁO TỬ", 420);
  extraction = extractDocument({&death.page}, kToday);
  CHECK(stored(extraction, "code_notation") == "GBT");
  CHECK(stored(extraction, "issued_date") == "<asked>");  // a birth date is no issued date

  LaidOutPage copy;
  copy.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 500, 300).line("CĂN CƯỚC CÔNG DÂN", 620, 480);
  copy.line("UBND XÃ MỸ LỢI", 300, 2300).line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 300, 2360);
  copy.line("Số chứng thực: 630 Quyển số: 01/2025-SCT/BS", 300, 2420).line("Ngày 31/01/2025", 300, 2480);
  extraction = extractDocument({&copy.page}, kToday);
  CHECK(stored(extraction, "code_number") == "630");
  CHECK(stored(extraction, "issued_date") == "2025-01-31");
}

TEST_CASE("a tờ khai is dated on its signing line at the bottom, a date after today waits for review",
          "[indexer][date]") {
  LaidOutPage form;
  form.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("TỜ KHAI ĐĂNG KÝ KHAI SINH", 330);
  form.line("Họ, chữ đệm, tên người yêu cầu: Lý Thu Ánh", 300, 500).line("Ngày sinh: 07/04/1990", 300, 560);
  form.line("Làm tại: Đức Lạng, ngày 07 tháng 9 năm 2025", 1200, 2800).line("Người yêu cầu", 1500, 2860);
  CHECK(stored(extractDocument({&form.page}, kToday), "issued_date") == "2025-09-07");
  LaidOutPage later = form;
  later.line("Làm tại: Đức Lạng, ngày 07 tháng 9 năm 2026", 1200, 3000);  // the lowest one is read
  const auto extraction = extractDocument({&later.page}, kToday);
  const auto* date = extraction.find("issued_date");
  REQUIRE(date);
  CHECK(date->value == "2026-09-07");
  CHECK(date->needsReview);
}

TEST_CASE("a handwritten number left unread: the printed notation is still read, mended where a mark went wrong",
          "[indexer][number]") {
  auto header = [](std::string_view left, std::string_view right) {
    LaidOutPage page;
    page.line("ỦY BAN NHÂN DÂN", 300, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
    page.line("TỈNH QUẢNG NGÃI", 330, 210).line("Độc lập - Tự do - Hạnh phúc", 1400, 210);
    page.line(left, 300, 290);
    if (!right.empty()) page.line(right, 620, 290);  // after the blank the pen filled
    page.centred("QUYẾT ĐỊNH", 420);
    return page;
  };
  auto blank = header("Số:", "/QĐ-UBND");
  auto extraction = extractDocument({&blank.page}, kToday);
  CHECK(stored(extraction, "code_notation") == "QĐ-UBND");
  CHECK(stored(extraction, "code_number") == "<review>");  // empty, for a clerk, never a guess
  CHECK(extraction.find("code_number")->value.empty());
  auto scrawl = header("Số: 0+", "/QĐ-BCĐ138");
  CHECK(stored(extractDocument({&scrawl.page}, kToday), "code_notation") == "QĐ-BCĐ138");
  // The pen's 512 read with a slash among its digits: the notation after it, the number for a clerk.
  auto slashed = header("Số:", "/2/UBND-KTTH");
  auto slashedRead = extractDocument({&slashed.page}, kToday);
  CHECK(stored(slashedRead, "code_notation") == "UBND-KTTH");
  CHECK(stored(slashedRead, "code_number") == "<review>");
  auto doubled = header("Số: 09/2025/NQ-HĐDND", "");
  CHECK(stored(extractDocument({&doubled.page}, kToday), "code_notation") == "2025/NQ-HĐND");
  auto card = header("Số định danh cá nhân / Personal identification number", "");
  CHECK(stored(extractDocument({&card.page}, kToday), "code_notation") == "<absent>");
}

TEST_CASE("the time of a death is no signing line", "[indexer][date]") {
  LaidOutPage notice;
  notice.line("BỆNH VIỆN ĐA KHOA TỈNH", 250, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  notice.centred("GIẤY BÁO TỬ", 420);
  notice.line("Đã chết vào lúc 14 giờ 16 phút, ngày 10 tháng 5 năm 2025", 300, 900);
  CHECK(stored(extractDocument({&notice.page}, kToday), "issued_date") == "<asked>");
  notice.line("Phù Mỹ, ngày 11 tháng 5 năm 2025", 1300, 2600);
  CHECK(stored(extractDocument({&notice.page}, kToday), "issued_date") == "2025-05-11");
}

TEST_CASE("digits read unsurely before a good notation wait for review (465 for a printed 155)", "[indexer][number]") {
  LaidOutPage decree;
  decree.line("CHÍNH PHỦ", 380, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  decree.line("Số: 465", 300, 230, 0.3f).line("/2020/NĐ-CP", 520, 230);
  decree.centred("NGHỊ ĐỊNH", 400);
  const auto extraction = extractDocument({&decree.page}, kToday);
  CHECK(stored(extraction, "code_number") == "<review>");
  CHECK(stored(extraction, "code_notation") == "2020/NĐ-CP");
}

// Place-and-date lines as OCR read them on scanned notices and tờ khai (the dev families' pages).
static std::string issuedDateOf(std::initializer_list<std::string_view> rightColumn) {
  LaidOutPage page;
  page.line("SỞ Y TẾ BÌNH ĐỊNH", 280, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1234, 160);
  page.line("TRUNG TÂM Y TẾ HUYỆN PHÙ MỸ", 233, 220).line("Độc lập - Tự do - Hạnh phúc", 1378, 220);
  int y = 300;
  page.line("Số: 103/GBT", 505, y);
  for (const auto line : rightColumn) {
    page.line(line, 1324, y);
    y += 60;
  }
  page.centred("GIẤY BÁO TỬ", 560);
  return stored(extractDocument({&page.page}, kToday), "issued_date");
}

TEST_CASE("a date in words is read through OCR's noise: a word a letter off, dots, glued digits, a line break",
          "[indexer][date]") {
  CHECK(issuedDateOf({"Phù Mỹ, hgày 11 tháng 5 năm 2025"}) == "2025-05-11");  // `ngày` read `hgày`
  CHECK(issuedDateOf({"Phù Mỹ, ngày 09_ áng 5 năm 2025"}) == "2025-05-09");   // `tháng` lost its `th`
  CHECK(issuedDateOf({"Mỹ Lợi, ngày ...... 03 tháng 2 năm 2025"}) == "2025-02-03");
  CHECK(issuedDateOf({"Mỹ Lợi, ngày O3tháng 2 năm 2025"}) == "2025-02-03");
  CHECK(issuedDateOf({"Thành phố Quảng Ngãi, ngày 05 tháng 3", "năm 2025"}) == "2025-03-05");
  CHECK(issuedDateOf({"Mỹ Lợi, ngày 1 5 tháng 7 năm 2025"}) == "2025-07-15");  // a pen's 15 in two words
  CHECK(issuedDateOf({"Hà Nội, ngày 26 tháng 3 năm 202]"}) == "2021-03-26");   // Nghị định 28/2021's 1 read `]`
  // What is not a date is never stored: a month that does not exist leaves the date line to a
  // clerk; a labelled line and a line that is no date line give no date, and the clerk is asked
  // for the paper's date.
  CHECK(issuedDateOf({"Mỹ Lợi, ngày 11 tháng 15 năm 2025"}) == "<review>");
  CHECK(issuedDateOf({"Làm tại: Mỹ Lợi, ngày tháng ®#È_ năm 2025"}) == "<asked>");
  CHECK(issuedDateOf({"Mỹ Lợi, ngày 11 tháng 5 nay 2025"}) == "<asked>");
}

TEST_CASE("a notation spelling the initials of the page's type is checked by it (41/GBT under GIẤY BÁO TỬ)",
          "[indexer][number]") {
  auto notice = [](std::string_view heading) {
    LaidOutPage page;  // as OCR read a death notice: the number's word scored 0.80
    page.line("SỞ Y TẾ BÌNH ĐỊNH", 266, 179).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 807, 180);
    page.line("TRUNG TÂM Y TẾ HUYỆN PHÙ MỸ", 133, 227).line("Độc lập - Tự do - Hạnh phúc", 938, 229);
    page.line("Số: 41/GBT", 338, 283, 0.80f).line("Phù Mỹ, ngày 11 tháng 5 năm 2025", 901, 296);
    page.centred(heading, 420);
    return page;
  };
  auto death = notice("GIẤY BÁO TỬ");
  auto extraction = extractDocument({&death.page}, kToday);
  CHECK(stored(extraction, "code_number") == "41");
  CHECK(stored(extraction, "code_notation") == "GBT");
  auto birth = notice("GIẤY CHỨNG SINH");  // initials GCS: GBT is not checked by this heading
  extraction = extractDocument({&birth.page}, kToday);
  CHECK(stored(extraction, "code_number") == "<review>");
  CHECK(stored(extraction, "code_notation") == "<review>");
}

TEST_CASE("a stray mark after the number line is no part of the notation", "[indexer][number]") {
  LaidOutPage birth;  // a birth paper as OCR read it: the pen's stroke after the notation read `_`
  birth.line("SỞ Y TẾ BÌNH ĐỊNH", 429, 280).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1234, 280);
  birth.line("TRUNG TÂM Y TẾ HUYỆN PHÙ MỸ", 421, 401).line("Độc lập - Tự do - Hạnh phúc", 1157, 354);
  birth.line("Số: 2876/GCS", 478, 485, 0.92f).line("_", 800, 485, 0.75f);
  birth.centred("GIẤY CHỨNG SINH", 640);
  const auto extraction = extractDocument({&birth.page}, kToday);
  CHECK(stored(extraction, "code_number") == "2876");
  CHECK(stored(extraction, "code_notation") == "GCS");
}

TEST_CASE("a speck read as a word before the number line does not hide it", "[indexer][number]") {
  LaidOutPage birth;  // as OCR read a bilevel copy: a dot of toner left of `Số:`, scored 0.61
  birth.line("SỞ Y TẾ HÀ TĨNH", 456, 260).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1235, 260);
  birth.line("TRUNG TÂM Y TẾ", 421, 320).line("Độc lập - Tự do - Hạnh phúc", 1157, 320);
  birth.line("HUYỆN ĐỨC THỌ", 438, 400);
  birth.line(".", 440, 460, 0.61f).line("Số: 1012/GCS", 491, 460, 0.93f);
  birth.centred("GIẤY CHỨNG SINH", 640);
  const auto extraction = extractDocument({&birth.page}, kToday);
  CHECK(stored(extraction, "code_number") == "1012");
  CHECK(stored(extraction, "code_notation") == "GCS");
}

TEST_CASE("a card copy's dates are the card's and never the paper's issued date", "[indexer][date]") {
  // A card copied onto A4 as OCR reads it: its date of issue in the top right, no label colon.
  LaidOutPage card;
  card.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 300, 160).line("CĂN CƯỚC", 520, 420);
  card.line("Ngày, tháng, năm cấp / Date of issue", 1300, 300).line("\"5/09/2022.", 1900, 360);
  card.line("Ngày, tháng, năm sinh / Date of birth", 300, 560).line("28/10/1969", 300, 620);
  CHECK(stored(extractDocument({&card.page}, kToday), "issued_date") == "<absent>");

  // The same card certified: the block's own date read as noise leaves the date empty, for a clerk
  // over the block's date line; the card's date of issue above the block is not taken for it.
  LaidOutPage certified = card;
  certified.line("ỦY BAN NHÂN DÂN XÃ TÂY THUẬN", 300, 2300);
  certified.line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 300, 2360);
  certified.line("Số chứng thực: 38 Quyển số: 01/2025-SCT/BS", 300, 2420).line("Ngày €3 /2025", 300, 2480);
  CHECK(stored(extractDocument({&certified.page}, kToday), "issued_date") == "<review>");
  certified.line("Ngày 03/05/2025", 300, 2540);
  CHECK(stored(extractDocument({&certified.page}, kToday), "issued_date") == "2025-05-03");
}

TEST_CASE("a certificate's register date label is matched by its letters through OCR's slips", "[indexer][date]") {
  for (const std::string_view label : {"Ngày, tháng, năm đăng ký: 16/11/2025", "Ngày tháng. năm đăng kỷ: 16/11/2025",
                                       "Ngay, thang, nãm đăng kv 16/11/2025"}) {
    LaidOutPage result;
    result.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("GIẤY KHAI SINH", 330);
    result.line("Họ và tên: Châu Kim Thủy", 300, 520).line("Ngày, tháng, năm sinh: 05/11/2025", 300, 580);
    result.line(label, 300, 1500);
    CHECK(stored(extractDocument({&result.page}, kToday), "issued_date") == "2025-11-16");
  }
}

TEST_CASE("a date whose row OCR cut in two is read across the cut: a ruled form's cell and a wide blank",
          "[indexer][date]") {
  LaidOutPage ruled;  // the label's cell and the value's cell are two segments of one row
  ruled.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("TRÍCH LỤC KHAI TỬ", 330);
  ruled.line("Họ, chữ đệm, tên người chết: | Hồ Văn Trọng", 300, 520);
  ruled.line("Ngày, tháng, năm đăng ký: |", 300, 1500).line("16/11/2025", 1400, 1500);
  CHECK(stored(extractDocument({&ruled.page}, kToday), "issued_date") == "2025-11-16");

  LaidOutPage form;  // the day written by hand in a blank wide enough to cut the line
  form.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("TỜ KHAI ĐĂNG KÝ KHAI SINH", 330);
  form.line("Họ, chữ đệm, tên người yêu cầu: Lý Thu Ánh", 300, 500);
  form.line("Làm tại: Đức Lạng, ngày", 1100, 2800).line("13 tháng 5 năm 2025", 1750, 2800);
  form.line("Người yêu cầu", 1500, 2860);
  CHECK(stored(extractDocument({&form.page}, kToday), "issued_date") == "2025-05-13");
}

TEST_CASE("a certified copy is dated by its chứng thực block and never by the copied paper's dates",
          "[indexer][date]") {
  LaidOutPage copy;  // a birth certificate copied with the block under it
  copy.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("GIẤY KHAI SINH", 330);
  copy.line("Họ và tên: Châu Kim Thủy", 300, 520).line("Ngày, tháng, năm sinh: 05/11/2025", 300, 580);
  copy.line("Ngày, tháng, năm đăng ký: 16/11/2025", 300, 1500);
  copy.line("ỦY BAN NHÂN DÂN XÃ MỸ LỢI", 300, 2300).line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 300, 2360);
  copy.line("Số chứng thực: 74 Quyển số: 01/2025-SCT/BS", 300, 2420).line("Ngày O3/0Ý /2025 |-", 300, 2480);
  CHECK(stored(extractDocument({&copy.page}, kToday), "issued_date") == "<review>");
  copy.line("Ngày 03/12/2025", 300, 2540);
  CHECK(stored(extractDocument({&copy.page}, kToday), "issued_date") == "2025-12-03");
}

TEST_CASE("a typed date OCR cut at its separator is read across the cut", "[indexer][date]") {
  const auto certifiedOn = [](const std::string& dateLine) {
    LaidOutPage copy;
    copy.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("GIẤY KHAI SINH", 330);
    copy.line("ỦY BAN NHÂN DÂN XÃ MỸ LỢI", 300, 2300).line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 300, 2360);
    copy.line("Số chứng thực: 616 Quyển số: 01/2025-SCT/BS", 300, 2420).line(dateLine, 300, 2480);
    return stored(extractDocument({&copy.page}, kToday), "issued_date");
  };
  CHECK(certifiedOn("Ngày 27/ 12/2024") == "2024-12-27");
  CHECK(certifiedOn("Ngày 27/12 /2024") == "2024-12-27");
  // Two numbers side by side are no date: the block's date line waits for a clerk.
  CHECK(certifiedOn("Ngày 27 12/2024") == "<review>");
}

// HandwrittenDates writes a stamp's day and month read by hand before the printed year: at
// Tesseract's and the classifier's confidence when both read it, at one reader's for review.
TEST_CASE("a stamp's handwritten day and month are stored when two readers read them and asked for when one did",
          "[indexer][date][review]") {
  const auto certified = [](float handConfidence) {
    LaidOutPage copy;
    copy.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("GIẤY KHAI SINH", 330);
    copy.line("ỦY BAN NHÂN DÂN XÃ MỸ LỢI", 300, 2300).line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 300, 2360);
    copy.line("Số chứng thực: 616 Quyển số: 01/2025-SCT/BS", 300, 2420).line("Ngày 14/03 /2025", 300, 2480);
    for (auto& word : copy.page.blocks.back().lines[0].words)
      if (word.text == "14/03") {
        word.source = sohoa::ocr::WordSource::Handwriting;
        word.confidence = handConfidence;
      }
    return extractDocument({&copy.page}, kToday);
  };
  const auto twoReaders = certified(0.9f);
  CHECK(stored(twoReaders, "issued_date") == "2025-03-14");
  const auto oneReader = certified(sohoa::ocr::kOneReaderConfidence);
  CHECK(stored(oneReader, "issued_date") == "<review>");
  const auto* date = oneReader.find("issued_date");
  REQUIRE(date);
  CHECK(date->value == "2025-03-14");
  CHECK(date->note == kOneReaderNote);
}

TEST_CASE("a certificate's number and register date written by hand and not read wait for a clerk",
          "[indexer][number][date][review]") {
  // A marriage certificate as OCR leaves it when the pen's number and date could not be read: the
  // number's blank emptied, the register date's digits read as noise.
  LaidOutPage result;
  result.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("GIẤY CHỨNG NHẬN KẾT HÔN", 330);
  result.line("Số:", 300, 420).line("Quyển số: 0VA&Ø2~", 1500, 420);
  result.line("Họ và tên chồng: Huỳnh Quốc Trọng", 300, 520);
  result.line("Ngày, tháng, năm đăng ký: Ž/Ð⁄?ØZ5", 300, 1500);
  auto extraction = extractDocument({&result.page}, kToday);
  const auto* number = extraction.find("code_number");
  REQUIRE(number);
  CHECK(number->value.empty());
  CHECK(number->needsReview);
  CHECK(number->note == "number not read (handwritten?): Số:");
  const auto* date = extraction.find("issued_date");
  REQUIRE(date);
  CHECK(date->value.empty());
  CHECK(date->needsReview);
  CHECK(date->note == "date not read (handwritten?): Ngày, tháng, năm đăng ký: Ž/Ð⁄?ØZ5");
  CHECK(date->box.y1 == 1500);

  // A certified copy's chứng thực number left as noise waits too; the copied paper's own empty
  // `Số:` above the block is not asked for.
  LaidOutPage copy = result;
  copy.line("ỦY BAN NHÂN DÂN XÃ MỸ LỢI", 300, 2300).line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 300, 2360);
  copy.line("Số chứng thực: *é% Quyển số: 01/2025-SCT/BS", 300, 2420).line("Ngày 03/12/2025", 300, 2480);
  extraction = extractDocument({&copy.page}, kToday);
  number = extraction.find("code_number");
  REQUIRE(number);
  CHECK(number->value.empty());
  CHECK(number->note.starts_with("number not read (handwritten?): Số chứng thực:"));
  CHECK(stored(extraction, "issued_date") == "2025-12-03");

  // A certificate whose number line OCR lost altogether still asks for its number; a tờ khai,
  // which has none, does not.
  LaidOutPage lost;
  lost.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("GIẤY KHAI SINH", 330);
  lost.line("Ngày, tháng, năm đăng ký: 16/11/2025", 300, 1500);
  CHECK(stored(extractDocument({&lost.page}, kToday), "code_number") == "<asked>");
  LaidOutPage form;
  form.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("TỜ KHAI ĐĂNG KÝ KHAI SINH", 330);
  form.line("Làm tại: Đức Lạng, ngày 13 tháng 5 năm 2025", 1100, 2800);
  CHECK(stored(extractDocument({&form.page}, kToday), "code_number") == "<absent>");
  CHECK(stored(extractDocument({&form.page}, kToday), "issued_date") == "2025-05-13");
}

#include <catch2/catch.hpp>

#include "indexer/extract/DocumentExtraction.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;

namespace {

constexpr CalendarDay kToday{2026, 6, 1};

// A header whose left block has the given lines, the national title on the right.
LaidOutPage header(const std::vector<std::string>& block, const char* heading = "QUYẾT ĐỊNH") {
  LaidOutPage page;
  page.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160).line("Độc lập - Tự do - Hạnh phúc", 1400, 210);
  int y = 160;
  for (const auto& line : block) {
    page.line(line, 250, y);
    y += 50;
  }
  page.line("Số: 12/QĐ-UBND", 300, y + 40).centred(heading, y + 200);
  return page;
}

std::string organOf(const LaidOutPage& page, bool* review = nullptr) {
  const auto extraction = extractDocument({&page.page}, kToday);
  const auto* organ = extraction.find("organ_name");
  if (review) *review = organ && organ->needsReview;
  return organ ? organ->value : "<absent>";
}

}  // namespace

TEST_CASE("the issuing body is the block under its parent, its lines joined", "[indexer][organ]") {
  CHECK(organOf(header({"ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"})) == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI");
  CHECK(organOf(header({"UBND XÃ MỸ LỢI", "BỘ PHẬN TIẾP NHẬN", "VÀ TRẢ KẾT QUẢ"})) ==
        "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ");
  CHECK(organOf(header({"SỞ Y TẾ BÌNH ĐỊNH", "TRUNG TÂM Y TẾ HUYỆN TÂY SƠN"})) == "TRUNG TÂM Y TẾ HUYỆN TÂY SƠN");
  CHECK(organOf(header({"UBND HUYỆN TÂY SƠN", "UBND XÃ TÂY THUẬN"})) == "UBND XÃ TÂY THUẬN");
  CHECK(organOf(header({"ỦY BAN NHÂN DÂN HUYỆN NGHI LỘC", "ỦY BAN NHÂN DÂN", "XÃ NGHI TRUNG"})) ==
        "ỦY BAN NHÂN DÂN XÃ NGHI TRUNG");
  // The parent read on one line with the national title; a digit in the body's name.
  LaidOutPage joined;
  joined.line("UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 400, 160);
  joined.line("BAN CHÍ ĐẠO 138", 500, 215).line("Độc lập - Tự do - Hạnh phúc", 1400, 215);
  joined.line("Số: 04/QĐ-BCĐ138", 490, 300).centred("QUYẾT ĐỊNH", 450);
  CHECK(organOf(joined) == "BAN CHỈ ĐẠO 138");
  // Marks OCR got wrong on the words every body's name is made of.
  CHECK(organOf(header({"HỘI ĐÔNG NHÂN DÂN", "TĨNH QUẢNG GNGÃI"})) == "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI");
}

TEST_CASE("a word of a body's name that OCR cut in two is spelled whole", "[indexer][organ]") {
  // A receipt's unit read `BỘ PH` | `ẬN TIẾP NHẬN…` (its letters stood apart) was stored as `BỘ PH ẬN…`.
  CHECK(organOf(header({"UBND XÃ TÂY THUẬN", "BỘ PH ẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"})) ==
        "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ");
  CHECK(organOf(header({"UBND HUYỆN TÂY SƠN", "ỦY BAN NHÂN D ÂN THỊ TRẤN PHÚ PHONG"})) ==
        "ỦY BAN NHÂN DÂN THỊ TRẤN PHÚ PHONG");
}

TEST_CASE("a place's own word that folds like a kind or a level keeps its marks", "[indexer][organ]") {
  // Sơn Tịnh (Quảng Ngãi) and Phú Phong (Bình Định) were stored as SƠN TỈNH and PHÚ PHÒNG.
  CHECK(organOf(header({"UBND TỈNH QUẢNG NGÃI", "UBND HUYỆN SƠN TỊNH"})) == "UBND HUYỆN SƠN TỊNH");
  CHECK(organOf(header({"UBND HUYỆN TÂY SƠN", "UBND THỊ TRẤN PHÚ PHONG"})) == "UBND THỊ TRẤN PHÚ PHONG");
  // Before the place, the kind's marks are still put back.
  CHECK(organOf(header({"SỞ Y TẾ BÌNH ĐỊNH", "PHONG Y TẾ HUYỆN TÂY SƠN"})) == "PHÒNG Y TẾ HUYỆN TÂY SƠN");
}

TEST_CASE("specks read at the end of a body's line are no part of its name", "[indexer][organ]") {
  LaidOutPage page = header({"SỞ Y TẾ BÌNH ĐỊNH", "TRUNG TÂM Y TẾ HUYỆN TÂY SƠN _."});
  for (auto& block : page.page.blocks)
    for (auto& word : block.lines.front().words)
      if (word.text == "_.") word.confidence = 0.3f;  // as Tesseract scores a streak's remains
  bool review = true;
  CHECK(organOf(page, &review) == "TRUNG TÂM Y TẾ HUYỆN TÂY SƠN");
  CHECK_FALSE(review);
}

TEST_CASE("a speck glued to a word the tables spell lowers that word's score and not the body's", "[indexer][organ]") {
  LaidOutPage page = header({"SỞ Y TẾ HÀ TĨNH", "'TRUNG TÂM Y TẾ", "HUYỆN ĐỨC THỌ"});
  const auto score = [&](float speckled, float district) {
    for (auto& block : page.page.blocks)
      for (auto& line : block.lines)
        for (auto& word : line.words) {
          if (word.text == "'TRUNG") word.confidence = speckled;
          if (word.text == "ĐỨC" || word.text == "THỌ") word.confidence = district;
        }
  };
  score(0.70f, 0.96f);  // as Tesseract scored them on a bilevel copy
  bool review = true;
  CHECK(organOf(page, &review) == "TRUNG TÂM Y TẾ HUYỆN ĐỨC THỌ");
  CHECK_FALSE(review);
  score(0.96f, 0.70f);  // the district's own letters in doubt: no table checks them
  CHECK(organOf(page, &review) == "TRUNG TÂM Y TẾ HUYỆN ĐỨC THỌ");
  CHECK(review);
}

TEST_CASE("no block: the body in a result's text, above a chứng thực block, none on a card, unsure goes to review",
          "[indexer][organ]") {
  LaidOutPage birth;
  birth.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("GIẤY KHAI SINH", 300);
  birth.line("Họ, chữ đệm, tên: Dương Hoài Quyên", 300, 500);
  birth.line("Nơi đăng ký: Ủy ban nhân dân xã Tây Thuận, huyện Tây Sơn, tỉnh Bình Định", 300, 1400);
  CHECK(organOf(birth) == "Ủy ban nhân dân xã Tây Thuận");

  LaidOutPage copy;
  copy.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 500, 300).line("CĂN CƯỚC CÔNG DÂN", 620, 480);
  copy.line("UBND XÃ MỸ LỢI", 300, 2300).line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 300, 2360);
  CHECK(organOf(copy) == "UBND XÃ MỸ LỢI");

  LaidOutPage card;
  card.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 500, 300).line("CĂN CƯỚC CÔNG DÂN", 620, 480);
  card.line("IDENTITY CARD", 300, 540);
  CHECK(organOf(card) == "<absent>");

  bool review = false;
  CHECK(organOf(header({"NHÂN DÂN", "TỈNH QUẢNG NGÃI"}), &review) == "NHÂN DÂN TỈNH QUẢNG NGÃI");
  CHECK(review);  // no body's name opens so: a line was lost
}

TEST_CASE("a body's name made only of known words stands though OCR doubted it, an unknown one waits",
          "[indexer][organ]") {
  LaidOutPage known;
  known.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160).line("Độc lập - Tự do - Hạnh phúc", 1400, 210);
  known.line("HỘI ĐÓNG NHÂN DÂN", 250, 160, 0.4f).line("TÍNH QUẢNG NGÃI", 280, 210, 0.4f);
  known.centred("NGHỊ QUYẾT", 450);
  bool review = true;
  CHECK(organOf(known, &review) == "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI");
  CHECK_FALSE(review);
  LaidOutPage commune;
  commune.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  commune.line("UBND XÃ TÂY THUÂN", 250, 160, 0.4f).centred("QUYẾT ĐỊNH", 450);
  CHECK(organOf(commune, &review) == "UBND XÃ TÂY THUÂN");
  CHECK(review);  // the commune's name is in no table: OCR's doubt stands
}

TEST_CASE("a result's body in its text is read through the form's leader dots glued to it", "[indexer][organ]") {
  LaidOutPage result;  // a marriage certificate of the dotted forms, as OCR read it
  result.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("GIẤY CHỨNG NHẬN KẾT HÔN", 330);
  result.line("Số định danh cá nhân: 040198571431", 198, 750);
  result.line("Nơi đăng ký: .Ủy.ban nhân dân xã Mỹ Lợi.", 198, 805);
  result.line("Ngày, tháng, năm đăng ký: 04/02/2025", 198, 857);
  bool review = true;
  CHECK(organOf(result, &review) == "Ủy ban nhân dân xã Mỹ Lợi");
  CHECK_FALSE(review);
}

TEST_CASE("a result's body read doubtfully beside leader dots stands when its place is read surely elsewhere",
          "[indexer][organ]") {
  auto certificate = [](bool placeElsewhere) {
    LaidOutPage result;
    result.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("GIẤY KHAI SINH", 330);
    if (placeElsewhere) result.line("Nơi cư trú: Thôn Trung Hòa, xã Mỹ Lợi, huyện Phù Mỹ", 198, 700);
    result.line("Nơi đăng ký: .Ủy.ban nhân dân xã Mỹ Lợi.", 198, 805);
    result.page.blocks.back().lines.back().words.back().confidence = 0.43f;  // `Lợi.` with its dot
    return result;
  };
  bool review = false;
  CHECK(organOf(certificate(false), &review) == "Ủy ban nhân dân xã Mỹ Lợi");
  CHECK(review);
  CHECK(organOf(certificate(true), &review) == "Ủy ban nhân dân xã Mỹ Lợi");
  CHECK_FALSE(review);
}

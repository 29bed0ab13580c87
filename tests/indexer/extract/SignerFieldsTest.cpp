#include <catch2/catch.hpp>

#include "indexer/extract/BatchSigners.hpp"
#include "indexer/extract/DocumentExtraction.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;

namespace {

constexpr CalendarDay kToday{2026, 6, 1};

std::string valueOf(const DocumentExtraction& extraction, const std::string& name) {
  const auto* field = extraction.find(name);
  return field && !field->needsReview ? field->value : "<absent>";
}

// The first page of a provincial official letter: header, number, summary, body.
LaidOutPage letterFirstPage() {
  LaidOutPage page;
  page.line("ỦY BAN NHÂN DÂN", 330, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1000, 160);
  page.line("TỈNH QUẢNG NGÃI", 340, 210).line("Độc lập - Tự do - Hạnh phúc", 1130, 210);
  page.line("Số: 299 /UBND-TTHC", 300, 290).line("Quảng Ngãi, ngày 14 tháng 01 năm 2025", 1050, 290);
  page.line("Căn cứ Quyết định số 1744/QĐ-BGTVT ngày 20 tháng 12 năm 2024 của Bộ trưởng", 300, 700);
  return page;
}

}  // namespace

TEST_CASE("the signer is read on the last page, under several authority lines and the seal", "[indexer][signer]") {
  auto first = letterFirstPage();
  LaidOutPage last;
  last.line("công bố đúng thời hạn (đối với các TTHC liên quan đến cấp Giấy phép vận)./.", 300, 400);
  last.line("Nơi nhận:", 280, 560).line("TL. CHỦ TỊCH", 1560, 560);
  last.line("- Như trên;", 280, 610).line("KT CHÁNH VĂN PHÒNG", 1450, 615);  // its dot lost
  last.line("- Lưu: VT, TTHC(Thu).", 280, 660).line("PHÓ CHÁNH VĂN PHÒNG", 1430, 668);
  last.line("Ủy Ha oe", 1500, 800, 0.31f);  // the seal's ring and the pen, read as words
  last.line("~ ƒ⁄", 1600, 880, 0.12f);
  last.line("Nguyễn Quốc Việt", 1520, 1020);
  const auto extraction = extractDocument({&first.page, &last.page}, kToday);
  CHECK(valueOf(extraction, "signer_position") == "PHÓ CHÁNH VĂN PHÒNG");
  CHECK(valueOf(extraction, "signer_name") == "Nguyễn Quốc Việt");
  REQUIRE(extraction.find("signer_name"));
  CHECK(extraction.find("signer_name")->page == 1);
}

TEST_CASE("a signing block without TM./KT. is a position over a name, a rank or title is not the name",
          "[indexer][signer]") {
  auto first = letterFirstPage();
  LaidOutPage last;
  last.line("thi hành Quyết định này./.", 300, 400);
  last.line("Nơi nhận:", 280, 560).line("TRƯỞNG BAN", 1600, 560);
  last.line("- Như Điều 3;", 280, 610).line("CHỦ TỊCH UBND TỈNH", 1480, 615);
  last.line("- Bộ Công an;", 280, 660);
  last.line("- Lê Văn Tâm (để b/c);", 280, 710);  // a name in the list on the left is no signer
  last.line("Trung tá Nguyễn Hoàng Giang", 1400, 900);
  const auto extraction = extractDocument({&first.page, &last.page}, kToday);
  CHECK(valueOf(extraction, "signer_position") == "TRƯỞNG BAN");
  CHECK(valueOf(extraction, "signer_name") == "Nguyễn Hoàng Giang");

  LaidOutPage birth;  // a hospital's paper: the midwife signs on the left, the director on the right
  birth.line("Người đỡ đẻ", 400, 2300).line("GIÁM ĐỐC", 1650, 2300);
  birth.line("Võ Thu Diệp", 380, 2500).line("BS. Quách Đình Khoa", 1520, 2500);
  const auto paper = extractDocument({&birth.page}, kToday);
  CHECK(valueOf(paper, "signer_position") == "GIÁM ĐỐC");
  CHECK(valueOf(paper, "signer_name") == "Quách Đình Khoa");
}

TEST_CASE("a position line half under the seal still heads the signing block and its name is read",
          "[indexer][signer]") {
  auto first = letterFirstPage();
  LaidOutPage last;  // as on a provincial directive: the authority line lost, `CHỦ` under the seal's ring
  last.line("báo cáo Ủy ban nhân dân tỉnh theo quy định./.", 300, 400);
  last.line("Nơi nhận:", 280, 560);
  last.line("- Thường trực Tỉnh ủy (b/cáo);", 280, 610).line("IÚ TỊCH", 1600, 640, 0.42f);
  last.line("- Lưu: VT, P.TH.", 280, 660);
  last.line("Trần Ngọc Căng", 1540, 1000);
  const auto extraction = extractDocument({&first.page, &last.page}, kToday);
  CHECK(valueOf(extraction, "signer_name") == "Trần Ngọc Căng");
  const auto* position = extraction.find("signer_position");
  REQUIRE(position);
  CHECK(position->value == "CHỦ TỊCH");
  CHECK(position->needsReview);  // read through the seal: a clerk confirms it

  LaidOutPage other;  // capitals two letters from no position are not taken for one
  other.line("Nơi nhận:", 280, 560).line("THƯ KÝ", 1600, 640).line("Trần Ngọc Căng", 1540, 1000);
  CHECK(extractDocument({&first.page, &other.page}, kToday).find("signer_name") == nullptr);
}

TEST_CASE("a commune police chief signs a giấy báo tử and the position is checked by the table", "[indexer][signer]") {
  LaidOutPage notice;  // as OCR read a grey copy: the seal over the position, scored 0.62
  notice.line("CÔNG AN HUYỆN ĐỨC THỌ", 300, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  notice.line("CÔNG AN XÃ ĐỨC LẠNG", 320, 210).line("Độc lập - Tự do - Hạnh phúc", 1400, 210);
  notice.centred("GIẤY BÁO TỬ", 420);
  notice.line("Họ và tên: Dương Trọng Lực", 300, 520);
  notice.line("TRƯỞNG CÔNG AN XÃ", 1500, 1400, 0.62f);
  notice.line("Trung tá Nguyễn Hữu Khoa", 1480, 1650);
  const auto extraction = extractDocument({&notice.page}, kToday);
  CHECK(valueOf(extraction, "signer_position") == "TRƯỞNG CÔNG AN XÃ");
  CHECK(valueOf(extraction, "signer_name") == "Nguyễn Hữu Khoa");
}

TEST_CASE("a mark of the pen glued before the signer's name is no part of it", "[indexer][signer]") {
  auto first = letterFirstPage();
  LaidOutPage last;  // a colour scan read with its blue signature: its tail glued to the surname
  last.line("Nơi nhận:", 280, 560).line("KT. CHỦ TỊCH", 1560, 560);
  last.line("- Lưu: VT.", 280, 610).line("_. PHÓ CHỦ TỊCH", 1500, 615);
  last.line("`", 1600, 800, 0.2f);
  last.line("'Đỗ Hữu Việt", 1540, 1000);
  const auto extraction = extractDocument({&first.page, &last.page}, kToday);
  CHECK(valueOf(extraction, "signer_position") == "PHÓ CHỦ TỊCH");
  CHECK(valueOf(extraction, "signer_name") == "Đỗ Hữu Việt");
}

TEST_CASE("a card copy's police director and a receipt's clerk are not the signer", "[indexer][signer]") {
  LaidOutPage card;
  card.line("CĂN CƯỚC CÔNG DÂN", 900, 300);
  card.line("CỤC TRƯỞNG CỤC CẢNH SÁT", 1350, 1500).line("QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", 1300, 1550);
  card.line("Tô Văn Huệ", 1450, 1700);
  card.line("IDVNM0843239252091084323925<<0", 400, 2100);
  auto extraction = extractDocument({&card.page}, kToday);
  CHECK(extraction.find("signer_name") == nullptr);
  CHECK(extraction.find("signer_position") == nullptr);

  // The same card certified by the commune: the block under the certification signs.
  card.line("UBND XÃ MỸ LỢI", 1450, 2500).line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 1150, 2560);
  card.line("KT. CHỦ TỊCH", 1550, 2700).line("PHÓ CHỦ TỊCH", 1540, 2750).line("Tạ Thị Hạnh", 1560, 2950);
  extraction = extractDocument({&card.page}, kToday);
  CHECK(valueOf(extraction, "signer_position") == "PHÓ CHỦ TỊCH");
  CHECK(valueOf(extraction, "signer_name") == "Tạ Thị Hạnh");

  LaidOutPage receipt;
  receipt.line("NGƯỜI NỘP HỒ SƠ", 350, 2400).line("NGƯỜI TIẾP NHẬN HỒ SƠ", 1450, 2400);
  receipt.line("Lý Thu Ánh", 400, 2600).line("Bùi Hữu Lộc", 1550, 2600);
  extraction = extractDocument({&receipt.page}, kToday);
  CHECK(extraction.find("signer_name") == nullptr);
}

TEST_CASE("under KT. the deputy signs: a position line the seal damaged or hid is the deputy's", "[indexer][signer]") {
  // A death notice as OCR read it: the seal took letters from both lines.
  LaidOutPage notice;
  notice.line("Nguyên nhân chết: Suy tim", 298, 1239);
  notice.line("KT. GI' M ĐỐC", 1561, 1376).line("ÓGI M ĐỐC", 1615, 1443).line("TÂM", 1473, 1485, 0.18f);
  auto extraction = extractDocument({&notice.page}, kToday);
  CHECK(valueOf(extraction, "signer_position") == "PHÓ GIÁM ĐỐC");

  // A certified copy: the position under `KT. CHỦ TỊCH` lies in the seal, and OCR read no word there.
  LaidOutPage copy;
  copy.line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 680, 1900).line("Ngày 31/01/2025", 460, 2050);
  copy.line("KT. CHỦ TỊCH", 1420, 2150);
  extraction = extractDocument({&copy.page}, kToday);
  CHECK(valueOf(extraction, "signer_position") == "PHÓ CHỦ TỊCH");

  // A minister's deputy is THỨ TRƯỞNG; under TM. nothing is guessed.
  LaidOutPage decree;
  decree.line("KT. BỘ TRƯỞNG", 1500, 2000);
  CHECK(valueOf(extractDocument({&decree.page}, kToday), "signer_position") == "THỨ TRƯỞNG");
  LaidOutPage result;
  result.line("TM. ỦY BAN NHÂN DÂN", 1430, 2000);
  CHECK(extractDocument({&result.page}, kToday).find("signer_position") == nullptr);
}

TEST_CASE("the end of PHÓ left alone by the seal makes the position a deputy's, for review", "[indexer][signer]") {
  // Seed 6203's death notice, bilevel: `KT. GIÁM ĐỐC` read `LÀM ĐỐC`, `PHÓ GIÁM ĐỐC` read `Ó IÁM ĐỐC`
  // (GIÁM ĐỐC, the nearest position, had been stored).
  LaidOutPage notice;
  notice.line("Nguyên nhân chết: Suy tim", 298, 1239);
  notice.line("LÀM ĐỐC", 1686, 1450).line("\"", 1442, 1523, 0.63f).line("Ó IÁM ĐỐC", 1604, 1530);
  const auto extraction = extractDocument({&notice.page}, kToday);
  CHECK(valueOf(extraction, "signer_position") == "<absent>");
  REQUIRE(extraction.find("signer_position"));
  CHECK(extraction.find("signer_position")->value == "PHÓ GIÁM ĐỐC");

  // Read whole, a deputy's position is stored as it was.
  LaidOutPage whole;
  whole.line("KT. GIÁM ĐỐC", 1561, 1376).line("PHÓ GIÁM ĐỐC", 1580, 1443);
  CHECK(valueOf(extractDocument({&whole.page}, kToday), "signer_position") == "PHÓ GIÁM ĐỐC");
}

TEST_CASE("a position's last word right under TM. or KT. is completed by what the authority says",
          "[indexer][signer]") {
  // Seed 7321: the seal hid `CHỦ` of the position; OCR read the tail unsurely.
  LaidOutPage result;
  result.line("Ngày, tháng, năm đăng ký: 12/03/2025", 300, 1900);
  result.line("TM. ỦY BAN NHÂN DÂN", 1430, 2000).line("TỊCH", 1650, 2060, 0.52f).line("Ighĩa", 1600, 2300, 0.4f);
  CHECK(valueOf(extractDocument({&result.page}, kToday), "signer_position") == "CHỦ TỊCH");
  LaidOutPage copy;
  copy.line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 680, 1900).line("Ngày 27/ 12/2024", 460, 2050);
  copy.line("KT. CHỦ TỊCH", 1420, 2150).line("TỊCH", 1650, 2210, 0.69f);
  CHECK(valueOf(extractDocument({&copy.page}, kToday), "signer_position") == "PHÓ CHỦ TỊCH");

  // A speck read as `|` on its own between them is no line of the block (seed 7321, page 2 of a CHỈ THỊ).
  LaidOutPage speck;
  speck.line("TM. ỦY BAN NHÂN DÂN", 1430, 2000).line("|", 2028, 2020, 0.59f, 4).line("ỦTỊCH", 1683, 2080, 0.48f, 100);
  CHECK(valueOf(extractDocument({&speck.page}, kToday), "signer_position") == "CHỦ TỊCH");

  // A line's room between them: a line may be lost there (`KT. CHỦ TỊCH` under TM.), nothing is completed.
  LaidOutPage gap;
  gap.line("TM. ỦY BAN NHÂN DÂN", 1430, 2000).line("TỊCH", 1650, 2130, 0.52f);
  CHECK(valueOf(extractDocument({&gap.page}, kToday), "signer_position") == "<absent>");
  // Under TM. of a body that is no committee or council, its head is not known.
  LaidOutPage centre;
  centre.line("TM. BAN CHỈ ĐẠO", 1430, 2000).line("TỊCH", 1650, 2060, 0.52f);
  CHECK(valueOf(extractDocument({&centre.page}, kToday), "signer_position") == "<absent>");
}

TEST_CASE("a seal's letters read as a small word at the position line's end are no part of it", "[indexer][signer]") {
  // Seed 7321's chứng thực (batch-03 page 11): its seal, whitened of its rims, left `ai` before what
  // OCR made of `CHỦ TỊCH`.
  LaidOutPage copy;
  copy.line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 680, 1900).line("Ngày 08/09/2025", 460, 2050);
  copy.line("TM. ỦY BAN NHÂN DÂN", 1430, 2150).line("ai IÚU TỊCH", 1560, 2210, 0.6f);
  CHECK(valueOf(extractDocument({&copy.page}, kToday), "signer_position") == "CHỦ TỊCH");
}

TEST_CASE("the end of a long position read alone under the seal heads the block and its name is read",
          "[indexer][signer]") {
  // Seed 5151's certified card copy (batch-05 page 15): the seal over the block's left took
  // `NGƯỜI THỰC H` of its position; the name under it was read whole.
  LaidOutPage copy;
  copy.line("IDVNM0682506410096068250641<<3", 1350, 900);
  copy.line("ỦY BAN NHÂN DÂN XÃ MỸ LỢI", 1000, 1800).line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 700, 1860);
  copy.line("Số chứng thực: 490 Quyển số: 01/2025-SCT/BS", 560, 1930).line("Ngày 06/10 /2025", 560, 1990);
  copy.line("NGI", 1180, 2130, 0.41f).line("IIEN CHỪNG THỨC", 1380, 2135, 0.72f);
  copy.line("Châu Kim Trâm", 1400, 2400, 0.93f);
  auto extraction = extractDocument({&copy.page}, kToday);
  CHECK(valueOf(extraction, "signer_name") == "Châu Kim Trâm");
  REQUIRE(extraction.find("signer_position"));
  CHECK(extraction.find("signer_position")->value == "NGƯỜI THỰC HIỆN CHỨNG THỰC");
  CHECK(extraction.find("signer_position")->needsReview);  // letters were lost: a clerk confirms

  // A tail a deputy's position shares, or too short to tell, names no position.
  LaidOutPage police;
  police.line("Nguyên nhân chết: Bệnh", 300, 1500).line("ƯỞNG CÔNG AN XÃ", 1500, 1650);
  police.line("Đỗ Công Hậu", 1520, 1900);
  extraction = extractDocument({&police.page}, kToday);
  CHECK(extraction.find("signer_position") == nullptr);
  CHECK(extraction.find("signer_name") == nullptr);
  LaidOutPage shorter;
  shorter.line("Nguyên nhân chết: Bệnh", 300, 1500).line("CHỪNG THỨC", 1500, 1650);
  shorter.line("Đỗ Công Hậu", 1520, 1900);
  CHECK(extractDocument({&shorter.page}, kToday).find("signer_position") == nullptr);
}

TEST_CASE("a fragment of the seal's rim beside the position line is not the position", "[indexer][signer]") {
  // Seed 766's certified card copy at 200 dpi: `AN` (of the seal's ring) read just left of and
  // a little lower than `PHÓ CHỦ TỊCH`, whose first word the seal spoilt; the layout puts it first.
  LaidOutPage copy;
  copy.line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 454, 1257).line("Ngày 31/01/2025", 308, 1373);
  copy.page.width = 1654;
  copy.page.height = 2339;
  copy.line("KT. CHỦ TỊCH", 947, 1468, 0.97f, 37);
  copy.line("AN", 901, 1524, 0.67f, 22);
  copy.line("\"HQ CHỦ TỊCH", 950, 1522, 0.94f, 45);
  const auto extraction = extractDocument({&copy.page}, kToday);
  CHECK(valueOf(extraction, "signer_position") == "PHÓ CHỦ TỊCH");
  REQUIRE(extraction.find("signer_position"));
  CHECK_FALSE(extraction.find("signer_position")->needsReview);
}

// 22_TTR.pdf of the real scans: the resolution's `CHỦ TỊCH` stands at the foot of page 3, its
// signature and `Bùi Thị Quỳnh Vân` at the top of page 4, beside the rest of the `Nơi nhận` list.
TEST_CASE("a signing block at the foot of a page finds its name at the top of the next page", "[indexer][signer]") {
  auto first = letterFirstPage();
  LaidOutPage foot;
  foot.line("Kỳ họp thứ 31 thông qua ngày tháng năm 2025 và có hiệu lực thi hành từ ngày thông qua./", 300, 2900);
  foot.line("Nơi nhận:", 280, 3050).line("CHỦ TỊCH", 1650, 3060);
  foot.line("- UBTV Quốc hội, Chính phủ;", 280, 3110);
  foot.line("- Bộ Tài chính;", 280, 3160);
  LaidOutPage over;
  over.line("- Các Ban của HĐND tỉnh;", 280, 200);
  over.line("- Đại biểu HĐND tỉnh;", 280, 250);
  over.line("Sẻ ` 5 Ạ", 1600, 300, 0.2f);  // the seal and the pen
  over.line("- Văn phòng UBND tỉnh;", 280, 420).line("Bùi Thị Quỳnh Vân", 1530, 430);
  over.line("- Lưu: VT, KTNS.", 280, 480);
  const auto extraction = extractDocument({&first.page, &foot.page, &over.page}, kToday);
  CHECK(valueOf(extraction, "signer_position") == "CHỦ TỊCH");
  CHECK(valueOf(extraction, "signer_name") == "Bùi Thị Quỳnh Vân");
  REQUIRE(extraction.find("signer_name"));
  CHECK(extraction.find("signer_name")->page == 2);

  // A block that ends mid-page has its name under it or none: the next page is not its.
  LaidOutPage middle;
  middle.line("thi hành Quyết định này./.", 300, 1400);
  middle.line("Nơi nhận:", 280, 1560).line("CHỦ TỊCH", 1650, 1560);
  middle.line("- Như Điều 3;", 280, 1610);
  LaidOutPage annex;
  annex.line("Phạm Văn Hùng", 1530, 300);
  const auto alone = extractDocument({&first.page, &middle.page, &annex.page}, kToday);
  CHECK(valueOf(alone, "signer_position") == "CHỦ TỊCH");
  CHECK(valueOf(alone, "signer_name") == "<absent>");
}

TEST_CASE("a signer's name with a word's room inside it or with two words only waits for review", "[indexer][signer]") {
  // Bùi Thị Minh Hằng under the seal's letters: `Minh` was not read, the others were.
  const auto signedBy = [](const std::string& name, int shift) {
    auto first = letterFirstPage();
    LaidOutPage last;
    last.line("Nơi nhận:", 280, 560).line("TM. ỦY BAN NHÂN DÂN", 1400, 560);
    last.line("- Lưu: VT.", 280, 610).line("CHỦ TỊCH", 1560, 615);
    last.line(name, 1450, 1000);
    auto& line = last.page.blocks.back().lines[0];
    line.words.back().box.x0 += shift;
    line.words.back().box.x1 += shift;
    line.box.x1 += shift;
    return extractDocument({&first.page, &last.page}, kToday);
  };
  CHECK(valueOf(signedBy("Bùi Thị Hằng", 0), "signer_name") == "Bùi Thị Hằng");
  const auto apart = signedBy("Bùi Thị Hằng", 100);  // 2.8 letters' height apart: room for Minh
  CHECK(valueOf(apart, "signer_name") == "<absent>");
  REQUIRE(apart.find("signer_name"));
  CHECK(apart.find("signer_name")->value == "Bùi Thị Hằng");
  CHECK(apart.find("signer_name")->needsReview);
  // `Kim Phượng` for Bùi Kim Phượng: the surname lost whole under the seal, nothing left of it.
  const auto twoWords = signedBy("Kim Phượng", 0);
  CHECK(valueOf(twoWords, "signer_name") == "<absent>");
  REQUIRE(twoWords.find("signer_name"));
  CHECK(twoWords.find("signer_name")->needsReview);
}

TEST_CASE("a signer's surname read unsurely under the seal is kept when it is a surname and the rest is sure",
          "[indexer][signer]") {
  // As OCR read names under a grey copy's seal (seeds 1204 and 2718): the surname at 0.72-0.89, the
  // words after it at 0.95 and more; a lone paper, so no other reading in the batch vouches for it.
  const auto signedBy = [](const std::string& name, std::vector<float> scores) {
    auto first = letterFirstPage();
    LaidOutPage last;
    last.line("Nơi nhận:", 280, 560).line("TM. ỦY BAN NHÂN DÂN", 1400, 560);
    last.line("- Lưu: VT.", 280, 610).line("CHỦ TỊCH", 1560, 615);
    last.line(name, 1450, 1000);
    auto& words = last.page.blocks.back().lines[0].words;
    for (std::size_t i = 0; i < words.size(); ++i) words[i].confidence = scores[i];
    auto extraction = extractDocument({&first.page, &last.page}, kToday);
    settleSignersAcrossBatch({&extraction});
    return extraction;
  };
  CHECK(valueOf(signedBy("Lương Hữu Long", {0.72f, 0.97f, 0.97f}), "signer_name") == "Lương Hữu Long");
  // `Trăn` is no surname, Trần the only one of its letters: put back and kept.
  CHECK(valueOf(signedBy("Trăn Thanh Bình", {0.76f, 0.96f, 0.97f}), "signer_name") == "Trần Thanh Bình");
  // Two words unsure (`Đính` for Đình): the name waits for a clerk.
  CHECK(valueOf(signedBy("Trần Đính Dũng", {0.72f, 0.72f, 0.97f}), "signer_name") == "<absent>");
  // A surname read poorly may be another surname: waits.
  CHECK(valueOf(signedBy("Trương Đức Tuấn", {0.41f, 0.95f, 0.96f}), "signer_name") == "<absent>");
  // A first word that is no surname is no sure name.
  CHECK(valueOf(signedBy("Quốc Hữu Long", {0.8f, 0.97f, 0.97f}), "signer_name") == "<absent>");
}

TEST_CASE("a signing block with no name read under it asks a clerk for the name where it stands",
          "[indexer][signer][review]") {
  // The seal and the signature over the name: OCR read only their noise under the block.
  auto first = letterFirstPage();
  LaidOutPage last;
  last.line("Nơi nhận:", 280, 560).line("TM. ỦY BAN NHÂN DÂN", 1400, 560);
  last.line("- Lưu: VT.", 280, 610).line("CHỦ TỊCH", 1560, 615);
  last.line("ệ ~~ ;", 1500, 800, 0.2f);
  const auto extraction = extractDocument({&first.page, &last.page}, kToday);
  CHECK(valueOf(extraction, "signer_position") == "CHỦ TỊCH");
  const auto* name = extraction.find("signer_name");
  REQUIRE(name);
  CHECK(name->value.empty());
  CHECK(name->needsReview);
  CHECK(name->note == "the signer's name was not read under the signing block");
  CHECK(name->page == 1);
  const auto& position = last.page.blocks[3].lines[0];  // CHỦ TỊCH
  CHECK(name->box.y0 >= position.box.y1);
  CHECK(name->box.x0 < position.box.x0);
  CHECK(name->box.x1 > position.box.x1);

  // A name read under the block is no such entry.
  last.line("Huỳnh Tấn Hậu", 1480, 1000);
  CHECK(valueOf(extractDocument({&first.page, &last.page}, kToday), "signer_name") == "Huỳnh Tấn Hậu");
}

TEST_CASE("a body's name left alone by the seal over its TM. and position still heads the signing block",
          "[indexer][signer]") {
  // The last page of Nghị định 28/2021 as OCR read it: the national emblem's seal over `TM.` and
  // `THỦ TƯỚNG`, `CHÍNH PHỦ` and the name under the signature left.
  auto first = letterFirstPage();
  LaidOutPage last;
  last.line("Nơi nhận:", 280, 700).line("CHÍNH PHỦ", 1700, 700);
  last.line("- Ban Bí thư Trung ương Đảng;", 280, 750);
  last.line("- Lưu: VT, ĐMDN (2b).", 280, 1300);
  last.line("Nguyễn Xuân Phúc", 1560, 1000);
  const auto extraction = extractDocument({&first.page, &last.page}, kToday);
  CHECK(valueOf(extraction, "signer_name") == "Nguyễn Xuân Phúc");
  const auto* position = extraction.find("signer_position");
  REQUIRE(position);
  CHECK(position->value == "THỦ TƯỚNG");
  CHECK(position->needsReview);  // whether it signed on the body's behalf, the seal hid

  // A body's name with no name under it in its column heads nothing: no signer, nothing asked.
  LaidOutPage alone;
  alone.line("Nơi nhận:", 280, 700).line("CHÍNH PHỦ", 1700, 700);
  alone.line("Nguyễn Xuân Phúc", 300, 1000);
  const auto none = extractDocument({&first.page, &alone.page}, kToday);
  CHECK(none.find("signer_name") == nullptr);
  CHECK(none.find("signer_position") == nullptr);
}

#include <catch2/catch.hpp>

#include "indexer/extract/DocumentExtraction.hpp"
#include "indexer/extract/DocumentTypes.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;

namespace {

constexpr CalendarDay kToday{2026, 6, 1};

std::string labelOf(const std::string& heading) {
  const auto type = typeHeading(heading);
  return type ? type->label : "<none>";
}

std::string kindOf(const std::string& heading) {
  const auto type = typeHeading(heading);
  return type ? kindName(type->kind) : "<none>";
}

}  // namespace

TEST_CASE("every type of Nghị định 30 and every paper of the desk is known, with its kind", "[indexer][types]") {
  // Nghị định 30/2020 Phụ lục III, as OCR reads bold capitals: marks dropped or wrong, words split.
  CHECK(labelOf("CHỈ THỊ") == "CHỈ THỊ");
  CHECK(labelOf("TỜ TRÌNH") == "TỜ TRÌNH");
  CHECK(labelOf("BÁO CÁO") == "BÁO CÁO");
  CHECK(labelOf("QUYÉT ĐỊNH") == "QUYẾT ĐỊNH");
  CHECK(labelOf("QUY ẾT ĐỊNH") == "QUYẾT ĐỊNH");
  CHECK(labelOf("GIẤY UỶ QUYỀN") == "GIẤY ỦY QUYỀN");
  CHECK(labelOf("BẢN THOẢ THUẬN") == "BẢN THỎA THUẬN");
  CHECK(labelOf("THƯ CÔNG") == "THƯ CÔNG");
  CHECK(labelOf("PHIẾU CHUYỂN") == "PHIẾU CHUYỂN");
  CHECK(kindOf("QUYẾT ĐỊNH") == "decision");
  CHECK(kindOf("KẾ HOẠCH") == "other");
  // The 1999 heading names its issuer after the type.
  CHECK(labelOf("QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH") == "QUYẾT ĐỊNH");
  CHECK(kindOf("QUYÉT ĐỊNH CỦA CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH QUẢNG NGÃI") == "decision");
  // Thông tư 04/2020/TT-BTP forms and results, supporting papers, cards, certification, receipts.
  CHECK(kindOf("TỜ KHAI ĐĂNG KÝ KẾT HÔN") == "declaration");
  CHECK(labelOf("TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRANG HÔN NHÂN") == "TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN");
  CHECK(kindOf("TỜ KHAI ĐĂNG KÝ NHẬN CHA, MẸ, CON") == "declaration");
  CHECK(kindOf("TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH") == "result");
  CHECK(labelOf("GIÂY CHỨNG SINH") == "GIẤY CHỨNG SINH");
  CHECK(kindOf("GIẤY CHỨNG SINH") == "supporting");
  CHECK(kindOf("GIẤY BÁO TỬ") == "supporting");
  CHECK(labelOf("GIẤY BÁO TỬ") == "GIẤY BÁO TỬ");  // not GIẤY BÁO, not GIẤY CHỨNG TỬ
  CHECK(kindOf("CĂN CƯỚC CÔNG DÂN") == "id_copy");
  CHECK(kindOf("CHỨNG MINH NHÂN DÂN") == "id_copy");
  CHECK(kindOf("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH") == "certification");
  CHECK(kindOf("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ") == "receipt");
  CHECK(kindOf("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ") == "notice");
  CHECK(kindOf("ĐƠN ĐỀ NGHỊ CẤP BẢN SAO") == "application");
  // A cam đoan stands in for a missing paper (Luật Hộ tịch 2014, Điều 16: no giấy chứng sinh).
  CHECK(labelOf("VĂN BAN CAM ĐOAN") == "VĂN BẢN CAM ĐOAN");
  CHECK(labelOf("GIÂY CAM DOAN") == "GIẤY CAM ĐOAN");
  CHECK(kindOf("VĂN BẢN CAM ĐOAN") == "supporting");
  CHECK(labelOf("ĐỒNG Ý") == "<none>");  // ĐƠN … is a family of words, not of letters
  CHECK(labelOf("NƠI NHẬN") == "<none>");
  CHECK(kindFromName("id_copy") == DocumentKind::IdCopy);
}

TEST_CASE("a card copy with its chứng thực block is a certified copy, a công văn is known by its notation",
          "[indexer][types]") {
  LaidOutPage copy;  // the card's image in the upper left, the certification stamp under it
  copy.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 500, 300).line("Độc lập - Tự do - Hạnh phúc", 560, 350);
  copy.line("CĂN CƯỚC CÔNG DÂN", 620, 480).line("Citizen Identity Card", 640, 530);
  copy.line("Số / No.: 091084323925", 500, 600).line("ĐẶNG ĐÌNH SƠN", 520, 700);
  copy.line("UBND XÃ MỸ LỢI", 300, 2300);
  copy.line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 300, 2360);
  copy.line("Số chứng thực: 986 Quyển số: 01/2025-SCT/BS", 300, 2420).line("Ngày 31/01/2025", 300, 2480);
  auto extraction = extractDocument({&copy.page}, kToday);
  REQUIRE(extraction.type);
  CHECK(extraction.type->label == "CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH");
  CHECK(extraction.type->kind == DocumentKind::Certification);

  LaidOutPage card;  // the same card without a stamp
  card.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 500, 300).line("CĂN CƯỚC CÔNG DÂN", 620, 480);
  card.line("Số / No.: 091084323925", 500, 600);
  extraction = extractDocument({&card.page}, kToday);
  REQUIRE(extraction.type);
  CHECK(extraction.type->kind == DocumentKind::IdCopy);

  LaidOutPage dithered;  // a bilevel photocopy of a new card: two capitals read small
  dithered.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 500, 300).line("CĂN CướCG", 620, 480);
  dithered.line("VŨ BÍCH PHƯỢNG", 520, 700);
  extraction = extractDocument({&dithered.page}, kToday);
  REQUIRE(extraction.type);
  CHECK(extraction.type->kind == DocumentKind::IdCopy);

  LaidOutPage letter;
  letter.line("ỦY BAN NHÂN DÂN", 300, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  letter.line("XÃ NGHI TRUNG", 340, 210).line("Độc lập - Tự do - Hạnh phúc", 1400, 210);
  letter.line("Số: 188/UBND-VP", 300, 290).line("Nghi Trung, ngày 16 tháng 9 năm 2025", 1350, 290);
  letter.line("V/v rà soát, số hóa hồ sơ, kết quả", 260, 350).line("giải quyết thủ tục hành chính", 300, 400);
  letter.centred("Kính gửi: UBND huyện Nghi Lộc", 550);
  extraction = extractDocument({&letter.page}, kToday);
  REQUIRE(extraction.type);
  CHECK(extraction.type->label == "CÔNG VĂN");
  CHECK(extraction.find("subject"));
}

TEST_CASE("a heading printed on two lines is one heading, a summary in capitals under it is not", "[indexer][types]") {
  LaidOutPage request;
  request.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("Độc lập - Tự do - Hạnh phúc", 210);
  request.centred("ĐƠN ĐỀ NGHỊ", 330).centred("CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", 390);
  request.line("Kính gửi: Ủy ban nhân dân xã Mỹ Lợi", 500, 480);
  auto extraction = extractDocument({&request.page}, kToday);
  REQUIRE(extraction.type);
  CHECK(extraction.type->label == "ĐƠN ĐỀ NGHỊ CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN");
  CHECK(extraction.type->kind == DocumentKind::Application);

  LaidOutPage receipt;  // the table's type, split after HỒ SƠ
  receipt.line("UBND XÃ MỸ LỢI", 300, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  receipt.centred("GIẤY TIẾP NHẬN HỒ SƠ", 400).centred("VÀ HẸN TRẢ KẾT QUẢ", 460);
  extraction = extractDocument({&receipt.page}, kToday);
  REQUIRE(extraction.type);
  CHECK(extraction.type->label == "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
  CHECK(extraction.type->kind == DocumentKind::Receipt);

  LaidOutPage decision;  // a summary in capitals, and a second heading far below, are no continuation
  decision.line("UBND XÃ MỸ LỢI", 300, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  decision.centred("QUYẾT ĐỊNH", 400).centred("VỀ VIỆC CÔNG NHẬN TỔ TRƯỞNG TỔ HÒA GIẢI", 460);
  extraction = extractDocument({&decision.page}, kToday);
  REQUIRE(extraction.type);
  CHECK(extraction.type->label == "QUYẾT ĐỊNH");
  LaidOutPage apart;
  apart.centred("ĐƠN ĐỀ NGHỊ", 330).centred("CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", 700);
  extraction = extractDocument({&apart.page}, kToday);
  REQUIRE(extraction.type);
  CHECK(extraction.type->label == "ĐƠN ĐỀ NGHỊ");
}

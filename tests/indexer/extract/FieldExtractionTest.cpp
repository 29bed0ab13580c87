#include <catch2/catch.hpp>

#include "indexer/extract/CitizenId.hpp"
#include "indexer/extract/DocumentExtraction.hpp"
#include "indexer/extract/DocumentTypes.hpp"
#include "indexer/extract/DossierCode.hpp"
#include "indexer/extract/QrPayload.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;

namespace {

// The day these tests are run on, whatever the clock says.
constexpr CalendarDay kToday{2026, 6, 1};

std::string valueOf(const DocumentExtraction& extraction, const std::string& name) {
  const auto* field = extraction.find(name);
  return field ? field->value : "<absent>";
}

std::vector<std::string> citizenIds(const DocumentExtraction& extraction) {
  std::vector<std::string> ids;
  for (const auto& field : extraction.fields)
    if (field.name == "citizen_ids" && !field.needsReview) ids.push_back(field.value);
  return ids;
}

// A commune decision laid out as Nghị định 30 says.
LaidOutPage decisionPage(std::string_view number, std::string_view date) {
  LaidOutPage page;
  page.line("UBND HUYỆN TÂY SƠN", 280, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 800, 160);
  page.line("UBND XÃ TÂY THUẬN", 290, 210).line("Độc lập - Tự do - Hạnh phúc", 930, 210);
  page.line(number, 300, 270).line(date, 880, 270);
  page.centred("QUYẾT ĐỊNH", 380).centred("Về việc công nhận tổ trưởng tổ hòa giải", 440);
  page.centred("thôn Hòa Hiệp", 490);
  page.line("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; căn cứ", 300, 600);
  page.line("Nơi nhận:", 280, 2500).line("TM. ỦY BAN NHÂN DÂN", 1450, 2500);
  page.line("- Lưu: VT.", 280, 2550).line("CHỦ TỊCH", 1600, 2555);
  page.line("ệ ~~", 1500, 2700, 0.2f);  // the signature and seal, read as noise
  page.line("Huỳnh Tấn Hậu", 1540, 2850);
  return page;
}

// The header of a Quảng Ngãi provincial document (Nghị định 30): its rows from `top` down.
LaidOutPage provincialHeader(std::string_view number, std::string_view date, int top) {
  LaidOutPage page;
  page.line("ỦY BAN NHÂN DÂN", 460, top).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1115, top);
  page.line("TỈNH QUẢNG NGÃI", 456, top + 70).line("Độc lập - Tự do - Hạnh phúc", 1318, top + 80);
  page.line(number, 470, top + 210).line(date, 1241, top + 220);
  return page;
}

}  // namespace

TEST_CASE("CCCD numbers are valid only with a real province and a birth year not in the future", "[indexer][cccd]") {
  CHECK(isValidCccd("052095001234", 2026));  // Bình Định, male born 1995
  CHECK(isValidCccd("001203004567", 2026));  // Hà Nội, male born 2003
  CHECK(cccdBirthYear("001303004567") == 2003);
  CHECK(cccdBirthYear("079099001234") == 1999);
  CHECK_FALSE(isValidCccd("003095001234", 2026));  // no province 003
  CHECK(*cccdProblem("003095001234", 2026) == "no province has code 003");
  CHECK_FALSE(isValidCccd("052230001234", 2026));  // born 2030
  CHECK_FALSE(isValidCccd("05209500123", 2026));   // 11 digits
  CHECK(repairedDigits("O52O95OO1234", 8) == "052095001234");
  CHECK(repairedDigits("l52B95", 2) == "152895");
  CHECK_FALSE(repairedDigits("05209X001234", 8));  // X is no digit's look-alike
  CHECK_FALSE(repairedDigits("OOSSlI", 3));        // a word, not a number
}

TEST_CASE("dossier and procedure codes are read with their format and a real receipt date", "[indexer][codes]") {
  CHECK(readDossierCode("000.00.21.H08-250314-0042") == "000.00.21.H08-250314-0042");
  CHECK(readDossierCode("38.98.H29-210519-0003") == "38.98.H29-210519-0003");
  CHECK(readDossierCode("000.00.21.HO8-25O314-0O42") == "000.00.21.H08-250314-0042");
  CHECK_FALSE(readDossierCode("000.00.21.H08-251332-0042"));  // month 13
  CHECK_FALSE(readDossierCode("000.00.21.H08-250230-0042"));  // 30 February
  CHECK_FALSE(readDossierCode("000.00.21-250314-0042"));
  CHECK(readProcedureCode("1.001193") == "1.001193");
  CHECK(readProcedureCode("2.000815.000.00.00.H55") == "2.000815");
  CHECK_FALSE(readProcedureCode("1.00119"));
}

TEST_CASE("a QR payload gives its dossier code, procedure code and CCCD whatever its keys", "[indexer][qr]") {
  const auto payload =
      readQrPayload("MaHoSo:000.14.22.H08-250609-3654|MaTTHC:1.000656|SoDinhDanh:062179370337|TenGiayTo:X", 2026);
  CHECK(payload.dossierCode == "000.14.22.H08-250609-3654");
  CHECK(payload.procedureCode == "1.000656");
  CHECK(payload.citizenId == "062179370337");
  const auto json = readQrPayload(R"({"ma_ho_so": "38.98.H29-210519-0003", "cccd": "003095001234"})", 2026);
  CHECK(json.dossierCode == "38.98.H29-210519-0003");
  CHECK_FALSE(json.citizenId);  // 003 is no province
}

TEST_CASE("type headings are recognised without marks and spelled right", "[indexer][types]") {
  const auto birth = typeHeading("GIÁY KHAI SINH");  // the circumflex lost by OCR
  REQUIRE(birth);
  CHECK(birth->label == "GIẤY KHAI SINH");
  CHECK(birth->kind == DocumentKind::Result);
  CHECK(typeHeading("TỜ KHAI ĐĂNG KÝ KHAI SINH")->kind == DocumentKind::Declaration);
  CHECK(typeHeading("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")->kind == DocumentKind::Receipt);
  CHECK(typeHeading("QUYẾT ĐỊNH")->kind == DocumentKind::Decision);
  CHECK(typeHeading("THÔNG BÁO")->kind == DocumentKind::Other);
  CHECK(typeHeading("TRÍCH LỤC KHAI TỬ")->kind == DocumentKind::Result);
  CHECK_FALSE(typeHeading("NƠI NHẬN"));
  CHECK(isNationalTitle("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  CHECK(isNationalTitle("Độc lập - Tự do - Hạnh phúc"));
}

TEST_CASE("the header of a decision gives body, number, notation, date, type, summary and signer",
          "[indexer][header]") {
  auto page = decisionPage("Số: 15/QĐ-UBND", "Tây Thuận, ngày 05 tháng 02 năm 2025");
  const auto extraction = extractDocument({&page.page}, kToday);
  REQUIRE(extraction.type);
  CHECK(extraction.type->label == "QUYẾT ĐỊNH");
  CHECK(valueOf(extraction, "organ_name") == "UBND XÃ TÂY THUẬN");  // the parent body above is not the issuer
  CHECK(valueOf(extraction, "code_number") == "15");
  CHECK(valueOf(extraction, "code_notation") == "QĐ-UBND");
  CHECK(valueOf(extraction, "issued_date") == "2025-02-05");
  CHECK(valueOf(extraction, "subject") == "Về việc công nhận tổ trưởng tổ hòa giải thôn Hòa Hiệp");
  CHECK(valueOf(extraction, "signer_position") == "CHỦ TỊCH");
  CHECK(valueOf(extraction, "signer_name") == "Huỳnh Tấn Hậu");
  const auto* number = extraction.find("code_number");
  CHECK(number->page == 0);
  CHECK(number->box.x0 > 300);  // the words after "Số:"
  CHECK(number->method == "layout");
}

TEST_CASE("a summary is read whole and ends where the grounds, the addressee or the authority begin",
          "[indexer][header]") {
  // A one-line summary nearly as wide as the text column (Quảng Ngãi's 51/QĐ-UBND), then the
  // authority line and the grounds.
  auto wide = provincialHeader("Số: 51 /QĐ-UBND", "Quảng Ngãi, ngày 17 tháng 01 năm 2025", 360);
  wide.centred("QUYẾT ĐỊNH", 715);
  wide.centred("Về việc phê duyệt Kế hoạch ứng phó sự cố tràn dầu huyện Nghĩa Hành năm 2025", 785);
  wide.centred("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", 965);
  wide.line("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa", 540, 1165);
  auto extraction = extractDocument({&wide.page}, kToday);
  CHECK(valueOf(extraction, "subject") ==
        "Về việc phê duyệt Kế hoạch ứng phó sự cố tràn dầu huyện Nghĩa Hành năm 2025");

  // A tờ trình's summary whose second line is in brackets, then the addressee.
  auto report = provincialHeader("Số: 22 /TTr-UBND", "Quảng Ngãi, ngày 05 tháng 02 năm 2025", 360);
  report.centred("TỜ TRÌNH", 715);
  report.centred("Về việc đề nghị giao dự toán năm 2025 cho Sở Dân tộc - Tôn giáo tỉnh", 785);
  report.centred("(sau khi HĐND tỉnh ban hành Nghị quyết đổi tên cơ quan)", 850);
  report.centred("Kính gửi: Hội đồng nhân dân tỉnh", 950);
  extraction = extractDocument({&report.page}, kToday);
  CHECK(valueOf(extraction, "subject") ==
        "Về việc đề nghị giao dự toán năm 2025 cho Sở Dân tộc - Tôn giáo tỉnh (sau khi HĐND tỉnh ban hành Nghị "
        "quyết đổi tên cơ quan)");

  // An official letter: V/v under the number, then the addressee in the same column.
  auto letter = provincialHeader("Số: 299 /UBND-TTHC", "Quảng Ngãi, ngày 15 tháng 01 năm 2025", 360);
  letter.line("V/v công bố Danh mục TTHC", 470, 640).line("và xây dựng quy trình nội bộ", 480, 700);
  letter.line("giải quyết TTHC", 560, 760).line("Kính gửi:", 500, 830);
  extraction = extractDocument({&letter.page}, kToday);
  CHECK(valueOf(extraction, "subject") == "V/v công bố Danh mục TTHC và xây dựng quy trình nội bộ giải quyết TTHC");
}

TEST_CASE("a summary under marks read as a line of their own in pieces", "[indexer][header]") {
  // Quảng Ngãi's 280/BC-UBND: the tone marks of the summary's first line read apart, above it and
  // overlapping it, as `.^A ,À k4` and `ˆ Lá ˆ A Lá` far apart on one row.
  auto report = provincialHeader("Số: 280 /BC-UBND", "Quảng Ngãi, ngày 22 tháng 11 năm 2024", 246);
  report.centred("BÁO CÁO", 612);
  // The pieces as read: the highest (`ˆ A`) overlaps the summary by less than half its height.
  report.line("ˆ A", 1456, 648, 0.3f, 23).line(".^A ,À k4", 476, 657, 0.3f, 22).line("ˆ Lá", 1104, 656, 0.3f, 22);
  report.centred("Về việc điều chỉnh dự toán ngân sách của một số đơn vị dự toán năm 2024", 680);
  report.centred("Kính gửi: Hội đồng nhân dân tỉnh", 855);
  const auto extraction = extractDocument({&report.page}, kToday);
  CHECK(valueOf(extraction, "subject") == "Về việc điều chỉnh dự toán ngân sách của một số đơn vị dự toán năm 2024");
}

TEST_CASE("a summary whose next line was read only from its middle goes to review", "[indexer][header]") {
  // Quảng Ngãi's 08/CT-UBND: an incoming-mail stamp over the start of the summary's second line
  // (`thực hiện dự án sử dụng vốn …` read from `án`), which is then not centred on the first.
  auto directive = provincialHeader("Số: 08 /CT-UBND", "Quảng Ngãi, ngày 03 tháng 4 năm 2018", 180);
  directive.centred("CHỈ THỊ", 493);
  directive.line("Về việc tăng cường công tác quản lý nhà nước để hỗ trợ nhà đầu tư", 356, 579);
  directive.line("án sử dụng vốn ngoài ngân sách nhà nước tại tỉnh Quảng Ngãi", 660, 631);
  directive.line("Thời gian qua, các cấp, các ngành đã có nhiều cố gắng", 480, 760);
  const auto extraction = extractDocument({&directive.page}, kToday);
  const auto* subject = extraction.find("subject");
  REQUIRE(subject);
  CHECK(subject->needsReview);
  CHECK(subject->value == "Về việc tăng cường công tác quản lý nhà nước để hỗ trợ nhà đầu tư");
  CHECK(subject->note.find("án sử dụng vốn") != std::string::npos);
}

TEST_CASE("numbers and notations in their legal forms, read through OCR slips", "[indexer][header]") {
  auto legal = decisionPage("Số: 09/2025/QD-UBND", "Hà Nội, ngày 31 tháng 12 năm 2024");
  auto extraction = extractDocument({&legal.page}, kToday);
  CHECK(valueOf(extraction, "code_number") == "09");
  CHECK(valueOf(extraction, "code_notation") == "2025/QĐ-UBND");  // QD spelled as the table does
  CHECK(valueOf(extraction, "issued_date") == "2024-12-31");

  auto letter = decisionPage("Số: 123/UBND-VP", "Tây Thuận, ngày 3O tháng 02 năm 2025");
  extraction = extractDocument({&letter.page}, kToday);
  CHECK(valueOf(extraction, "code_notation") == "UBND-VP");
  CHECK(valueOf(extraction, "issued_date").empty());  // 30 February does not exist: for a clerk
  CHECK(extraction.find("issued_date")->needsReview);

  auto doubled = decisionPage("Số: 79/QĐÐ-UBND", "Đức Lạng, ngày 22 tháng 4 năm 2025");
  extraction = extractDocument({&doubled.page}, kToday);
  CHECK(valueOf(extraction, "code_notation") == "QĐ-UBND");  // Đ read twice, once as Ð (eth)

  auto fraction = decisionPage("Số: 223\u2044UBND-XNTTHN", "Mỹ Lợi, ngày 3l tháng 5 năm 2025");
  extraction = extractDocument({&fraction.page}, kToday);
  CHECK(valueOf(extraction, "code_number") == "223");
  CHECK(valueOf(extraction, "issued_date") == "2025-05-31");  // l read as 1 inside the number
}

TEST_CASE("a number and a day written by hand and not read wait for a clerk empty over their blank",
          "[indexer][review]") {
  // As OCR reads a real signed decision: the pen's number and day are gone, the print stays.
  auto page = decisionPage("Số: /QĐ-UBND", "Tây Thuận, ngày tháng 02 năm 2025");
  const auto extraction = extractDocument({&page.page}, kToday);
  CHECK(valueOf(extraction, "code_notation") == "QĐ-UBND");
  const auto* number = extraction.find("code_number");
  REQUIRE(number);
  CHECK(number->value.empty());
  CHECK(number->needsReview);
  CHECK(number->note == "number not read (handwritten?): Số: /QĐ-UBND");
  const auto& words = page.page.blocks[4].lines[0].words;  // "Số:" and "/QĐ-UBND"
  CHECK(number->box.x0 == words[0].box.x1);                // the blank between them
  CHECK(number->box.x1 == words[1].box.x0);
  const auto* date = extraction.find("issued_date");
  REQUIRE(date);
  CHECK(date->value.empty());
  CHECK(date->needsReview);
  CHECK(date->note == "date not read (handwritten?): Tây Thuận, ngày tháng 02 năm 2025");
  CHECK(date->box.x0 >= 880);

  // A number read gives no such entry; a page with no date line at all asks for the date without
  // pointing at a line.
  auto read = decisionPage("Số: 86/QĐ-UBND", "Tây Thuận, tháng Hai năm hai nghìn hai mươi lăm");
  const auto readExtraction = extractDocument({&read.page}, kToday);
  CHECK(valueOf(readExtraction, "code_number") == "86");
  const auto* asked = readExtraction.find("issued_date");
  REQUIRE(asked);
  CHECK(asked->value.empty());
  CHECK(asked->needsReview);
  CHECK(asked->note == "no date read on the paper");
}

TEST_CASE("a signing line OCR parted at the handwritten day it dropped still waits for a clerk", "[indexer][review]") {
  // A death tờ khai of seed 7321: `11` and `9` written in, dropped, and the line read as two
  // lines side by side (two blocks to Tesseract) with the blank between them.
  LaidOutPage page;
  page.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("TỜ KHAI ĐĂNG KÝ KHAI TỬ", 380);
  page.line("Họ, chữ đệm, tên người yêu cầu: Phạm Thanh Tường", 300, 500);
  page.line("Làm tại: Mỹ Lợi, ngày", 1263, 1960);
  page.line("tháng năm 2025", 1886, 1960);
  page.line("Người yêu cầu", 1570, 2030);
  const auto extraction = extractDocument({&page.page}, kToday);
  const auto* date = extraction.find("issued_date");
  REQUIRE(date);
  CHECK(date->value.empty());
  CHECK(date->needsReview);
  CHECK(date->note == "date not read (handwritten?): Làm tại: Mỹ Lợi, ngày tháng năm 2025");

  // A line beginning `tháng` far across the page, or on another row, is no such rest.
  LaidOutPage apart;
  apart.centred("TỜ KHAI ĐĂNG KÝ KHAI TỬ", 380);
  apart.line("Làm tại: Mỹ Lợi, ngày", 300, 1960);
  apart.line("tháng năm 2025", 1886, 1960);
  apart.line("tháng năm 2025", 1400, 2100);
  const auto apartExtraction = extractDocument({&apart.page}, kToday);
  const auto* none = apartExtraction.find("issued_date");
  CHECK((!none || none->note.find("tháng") == std::string::npos));
}

TEST_CASE("misreadings that would make up a value: a number line as a body, a date in the future",
          "[indexer][review]") {
  LaidOutPage page;
  page.line("UBND HUYỆN TÂY SƠN", 280, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 800, 160);
  page.line("UBND XÃ TÂY THUẬN", 290, 210).line("Độc lập - Tự do - Hạnh phúc", 930, 210);
  page.line("SŨ; 22", 400, 270).line("Tây Thuận, ngày 10 tháng 6 năm 2035", 880, 270);
  page.centred("GIẤY CHỨNG NHẬN KẾT HÔN", 380);
  page.line("TM. ỦY BAN NHÂN DÂN", 1450, 2500).line("KT. CHỦ TỊCH", 1550, 2555).line("__ PHÓ CHỦ TỊCH", 1500, 2610);
  page.line("Trần Văn Cường", 1540, 2850);
  const auto extraction = extractDocument({&page.page}, kToday);
  CHECK(valueOf(extraction, "organ_name") == "UBND XÃ TÂY THUẬN");
  const auto* date = extraction.find("issued_date");
  REQUIRE(date);
  CHECK(date->needsReview);
  CHECK(date->note == "the date is in the future");
  CHECK(valueOf(extraction, "signer_position") == "PHÓ CHỦ TỊCH");
  CHECK(valueOf(extraction, "signer_name") == "Trần Văn Cường");
}

TEST_CASE("a low-confidence value is marked for review, not stored as read", "[indexer][review]") {
  // A notation scored 0.2 is no longer stored because its shape is right: a number read 465 for
  // a printed 155 has the same shape (issue 15).
  auto unknown = decisionPage("Số: 223/UBND-XNTTHN", "Mỹ Lợi, ngày 31 tháng 5 năm 2025");
  unknown.page.blocks[4].lines[0].words[1].confidence = 0.2f;
  auto extraction = extractDocument({&unknown.page}, kToday);
  CHECK(extraction.find("code_notation")->needsReview);
  CHECK(extraction.find("code_number")->needsReview);
  auto known = decisionPage("Số: 223/QĐ-UBND", "Mỹ Lợi, ngày 31 tháng 5 năm 2025");
  known.page.blocks[4].lines[0].words[1].confidence = 0.4f;  // a known type's abbreviation is the check
  extraction = extractDocument({&known.page}, kToday);
  CHECK_FALSE(extraction.find("code_notation")->needsReview);
  CHECK(extraction.find("code_number")->needsReview);  // a number has none: at 0.4 it waits
  known.page.blocks[4].lines[0].words[1].confidence = 0.7f;
  extraction = extractDocument({&known.page}, kToday);
  CHECK_FALSE(extraction.find("code_number")->needsReview);  // typed with a known notation
  unknown.page.blocks[4].lines[0].words[1].confidence = 0.9f;
  extraction = extractDocument({&unknown.page}, kToday);
  CHECK_FALSE(extraction.find("code_notation")->needsReview);

  LaidOutPage page;
  page.line("UBND XÃ TÂY THUẬN", 290, 210, 0.3f).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 800, 160);
  extraction = extractDocument({&page.page}, kToday);
  const auto* organ = extraction.find("organ_name");
  REQUIRE(organ);
  CHECK(organ->needsReview);
  CHECK(organ->note == "low OCR confidence");

  // A signer's name with marks before it (the seal over its first word) may be cut short.
  LaidOutPage sealed;
  sealed.line("TM. ỦY BAN NHÂN DÂN", 1450, 2500).line("CHỦ TỊCH", 1600, 2555);
  sealed.line("#Ir? Tấn Hậu", 1540, 2850);
  const auto signed_ = extractDocument({&sealed.page}, kToday);
  const auto* signer = signed_.find("signer_name");
  REQUIRE(signer);
  CHECK(signer->value == "Tấn Hậu");
  CHECK(signer->needsReview);
}

TEST_CASE("people and identifiers: labelled names, valid CCCDs, CMND only where labelled", "[indexer][people]") {
  LaidOutPage page;
  page.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("TỜ KHAI ĐĂNG KÝ KHAI SINH", 380);
  page.line("Họ, chữ đệm, tên người yêu cầu: Nguyễn Văn An", 300, 500);
  page.line("Giấy tờ tùy thân: Căn cước công dân số O52O95OO1234", 300, 560);   // O for 0: repaired
  page.line("Số điện thoại: 0962577972, số tài khoản 123456789012", 300, 620);  // 123 is no province
  page.line("Số CMND: 212345678", 300, 680);
  page.line("Mã số 987654321 của hồ sơ cũ", 300, 740);  // 9 digits, no label
  page.line("Họ, chữ đệm, tên: Trần Thị Bình Giới tính: Nữ", 300, 800);
  page.line("Số định danh cá nhân: 003095001234", 300, 860);  // labelled but invalid
  const auto extraction = extractDocument({&page.page}, kToday);
  CHECK(valueOf(extraction, "person_name") == "Trần Thị Bình");  // a birth declaration is about the child
  CHECK(citizenIds(extraction) == std::vector<std::string>{"052095001234", "212345678"});
  const auto* repaired = extraction.find("citizen_ids");
  CHECK(repaired->method == "pattern+repair");
  bool invalidForReview = false;
  for (const auto& field : extraction.fields)
    if (field.value == "003095001234") invalidForReview = field.needsReview;
  CHECK(invalidForReview);
  CHECK(valueOf(extraction, "procedure_code") == "1.001193");  // from the declaration's title
  CHECK(extraction.find("procedure_code")->method == "procedure table");
}

TEST_CASE("a CCCD written in groups or one digit per box is read after its label, a run too long is not",
          "[indexer][people]") {
  LaidOutPage page;
  page.centred("TỜ KHAI ĐĂNG KÝ KẾT HÔN", 380);
  page.line("Số định danh cá nhân: 0 5 2 0 9 5 0 0 1 2 3 4", 300, 500);                   // one digit per box
  page.line("Giấy tờ tùy thân: CCCD số 079 301 004 567, cấp ngày 12/03/2021", 300, 560);  // in groups
  page.line("Số / No.: 0381 8500 2468", 300, 620);
  page.line("Mã số định danh: |0|4|2|1|6|7|6|8|2|8|4|1|", 300, 680);       // the boxes' walls read as bars
  page.line("Số định danh cá nhân: 1 0 6 2 0 9 5 0 0 1 2 3 4", 300, 740);  // 13 digits: a wall read as 1
  page.line("Số điện thoại: 0 9 6 2 5 7 7 9 7 2 1 2", 300, 800);           // no label of a CCCD
  const auto extraction = extractDocument({&page.page}, kToday);
  CHECK(citizenIds(extraction) ==
        std::vector<std::string>{"052095001234", "079301004567", "038185002468", "042167682841"});
}

TEST_CASE("what a QR code says wins over OCR, and a disagreement is noted", "[indexer][qr]") {
  LaidOutPage page;
  page.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 380);
  page.line("Mã hồ sơ: 000.14.22.H08-250609-3655", 300, 450);  // OCR misread the last digit
  page.line("Số định danh cá nhân: 062179370387", 300, 500);   // and one digit of the CCCD
  page.page.codes.push_back(
      {"MaHoSo:000.14.22.H08-250609-3654|MaTTHC:1.000656|SoDinhDanh:062179370337", {80, 60, 330, 310}});
  const auto extraction = extractDocument({&page.page}, kToday);
  const auto* code = extraction.find("dossier_code");
  REQUIRE(code);
  CHECK(code->value == "000.14.22.H08-250609-3654");
  CHECK(code->method == "qr");
  CHECK(code->note == "QR code and OCR disagree: OCR read 000.14.22.H08-250609-3655");
  CHECK(citizenIds(extraction) == std::vector<std::string>{"062179370337"});
  CHECK(valueOf(extraction, "procedure_code") == "1.000656");
}

TEST_CASE("a date after the day extraction is given waits for review, the clock is never read", "[indexer][review]") {
  auto page = decisionPage("Số: 15/QĐ-UBND", "Tây Thuận, ngày 10 tháng 5 năm 2026");
  const auto early = extractDocument({&page.page}, CalendarDay{2026, 5, 1});  // kept: find points into it
  const auto* before = early.find("issued_date");
  REQUIRE(before);
  CHECK(before->needsReview);
  CHECK(before->note == "the date is in the future");
  const auto after = extractDocument({&page.page}, CalendarDay{2026, 5, 10});
  CHECK_FALSE(after.find("issued_date")->needsReview);
  CHECK(CalendarDay{2026, 5, 1}.iso() == "2026-05-01");
}

TEST_CASE("a receipt's request names its procedure through a slip of OCR, and nothing near no name",
          "[indexer][codes]") {
  const auto receiptAsking = [](std::string_view request, std::string_view code, std::string_view colon = ":") {
    LaidOutPage page;
    page.line("UBND XÃ MỸ LỢI", 300, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
    page.line("Mỹ Lợi, ngày 09 tháng 5 năm 2025", 1350, 260);
    page.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 400);
    page.line("Nội dung yêu cầu giải quyết" + std::string(colon) + " " + std::string(request), 300, 600);
    page.line("Mã thủ tục: " + std::string(code), 300, 660, 0.3f);
    return extractDocument({&page.page}, kToday);
  };
  // The code read clearly wins; unreadable (`.Ø0GS§6š°`), the request names it.
  CHECK(valueOf(receiptAsking("Đăng ký khai tử", "1.000656"), "procedure_code") == "1.000656");
  CHECK(valueOf(receiptAsking("Đồng ký khai tử", ".Ø0GS§6š°"), "procedure_code") == "1.000656");
  CHECK(valueOf(receiptAsking("..Đăng ký lại khai sinh..", "_"), "procedure_code") == "1.004884");
  CHECK(valueOf(receiptAsking("Đăng ký kết hôn", "_"), "procedure_code") == "1.000894");
  CHECK(valueOf(receiptAsking("Đăng ký kết hôn", "Z.O000f73+‡", ";"), "procedure_code") == "1.000894");
  // Two letters off a short name, or a request the table does not hold: nothing.
  CHECK(valueOf(receiptAsking("Đồng kí khai sinh", "_"), "procedure_code") == "<absent>");
  CHECK(valueOf(receiptAsking("Xin xác nhận cư trú", "_"), "procedure_code") == "<absent>");
}

TEST_CASE("a paper about one citizen whose name was not read asks a clerk for it", "[indexer][review]") {
  // A receipt whose `Ông/Bà:` line OCR lost beside the QR code: the applicant is asked for.
  LaidOutPage receipt;
  receipt.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 380);
  receipt.line("Nội dung yêu cầu giải quyết: Đăng ký khai sinh", 300, 560);
  const auto extraction = extractDocument({&receipt.page}, kToday);
  const auto* asked = extraction.find("person_name");
  REQUIRE(asked);
  CHECK(asked->value.empty());
  CHECK(asked->needsReview);
  CHECK(asked->note == "no name read of the person the paper is about");

  // Read, it is no such entry; a marriage paper's two spouses are the dossier's to settle, and a
  // decision need not be about one person: neither asks.
  receipt.line("Ông/Bà: Lý Thu Ánh", 300, 500);
  CHECK(valueOf(extractDocument({&receipt.page}, kToday), "person_name") == "Lý Thu Ánh");
  LaidOutPage marriage;
  marriage.centred("GIẤY CHỨNG NHẬN KẾT HÔN", 380);
  marriage.line("Họ, chữ đệm, tên chồng: Đặng Đình Sơn", 300, 500);
  marriage.line("Họ, chữ đệm, tên vợ: Nguyễn Diệu Thủy", 300, 700);
  CHECK(extractDocument({&marriage.page}, kToday).find("person_name") == nullptr);
  auto decision = decisionPage("Số: 86/QĐ-UBND", "Tây Thuận, ngày 03 tháng 02 năm 2025");
  CHECK(extractDocument({&decision.page}, kToday).find("person_name") == nullptr);
}

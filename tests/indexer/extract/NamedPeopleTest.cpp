#include <catch2/catch.hpp>

#include "indexer/extract/DocumentExtraction.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;

namespace {

constexpr CalendarDay kToday{2026, 6, 1};

const ExtractedField* person(const DocumentExtraction& extraction) { return extraction.find("person_name"); }

std::string personName(const DocumentExtraction& extraction) {
  const auto* field = person(extraction);
  return field && !field->needsReview ? field->value : "<absent>";
}

}  // namespace

TEST_CASE("a birth declaration is about the child, not the one who asks", "[indexer][people]") {
  LaidOutPage page;
  page.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("TỜ KHAI ĐĂNG KÝ KHAI SINH", 380);
  page.line("Kính gửi: Ủy ban nhân dân xã Mỹ Lợi", 500, 460);
  page.line("Họ, chữ đệm, tên người yêu cầu: ............ Lê Thị Mỹ Trâm", 300, 540);  // leaders kept by OCR
  page.line("Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:", 300, 800);
  page.line("Họ, chữ đệm, tên: Dương Hoài Quyên", 300, 860);
  page.line("Họ, chữ đệm, tên người mẹ: Lê Thị Mỹ Trâm", 300, 1100);
  page.line("Họ, chữ đệm, tên người cha: Tạ Trọng Thuận", 300, 1300);
  const auto extraction = extractDocument({&page.page}, kToday);
  CHECK(personName(extraction) == "Dương Hoài Quyên");
  CHECK(person(extraction)->role == "child");

  LaidOutPage lostHeading;  // the heading not read: the parents' labels still say it is a birth
  lostHeading.line("Họ và tên người yêu cầu: Châu Văn Sơn", 300, 540);
  lostHeading.line("Họ và tên: Châu Kim Thủy", 300, 860);
  lostHeading.line("Họ và tên người mẹ: Phan Thị Mỹ Nhung", 300, 1100);
  CHECK(personName(extractDocument({&lostHeading.page}, kToday)) == "Châu Kim Thủy");

  LaidOutPage certificate;  // giấy chứng sinh: the mother is named first, the child by its intended name
  certificate.centred("GIẤY CHỨNG SINH", 380);
  certificate.line("Họ, chữ đệm, tên mẹ: Lê Thị Mỹ Trâm", 300, 500);
  certificate.line("Dự định đặt tên con: Dương Hoài Quyên", 300, 900);
  CHECK(personName(extractDocument({&certificate.page}, kToday)) == "Dương Hoài Quyên");
}

TEST_CASE("labels are matched through OCR slips: a split word, a lost mark, an ellipsis leader", "[indexer][people]") {
  LaidOutPage page;
  page.centred("TỜ KHAI ĐĂNG KÝ KHAI TỬ", 380);
  page.line("Họ và tên người yêu cầu: Đinh Thu Tuyết", 300, 500);
  page.line("Họ và t ên nguòi chết…… Hồ Văn Trọng", 300, 800);  // "tên" split, "người" misread
  page.line("Ngày, tháng, năm sinh: 23/10/1957 Giới tính: Nam", 300, 860);
  const auto extraction = extractDocument({&page.page}, kToday);
  CHECK(personName(extraction) == "Hồ Văn Trọng");
  CHECK(person(extraction)->role == "deceased");

  LaidOutPage result;  // a label word after the name is not part of it
  result.centred("GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", 380);
  result.line("Họ, chữ đệm, tên: Trần Thị Bình Giới tính: Nữ", 300, 500);
  CHECK(personName(extractDocument({&result.page}, kToday)) == "Trần Thị Bình");
}

TEST_CASE("a card's holder is under its label, a table's value in the next cell", "[indexer][people]") {
  LaidOutPage card;
  card.line("CĂN CƯỚC CÔNG DÂN", 900, 300);
  card.line("Số / No.: 091084323925", 800, 400);
  card.line("Họ và tên / Full name:", 800, 460);
  card.line("ĐẶNG ĐÌNH SƠN", 800, 520);
  card.line("Ngày sinh / Date of birth: 26/11/1984", 800, 580);
  const auto extraction = extractDocument({&card.page}, kToday);
  CHECK(personName(extraction) == "ĐẶNG ĐÌNH SƠN");
  CHECK(person(extraction)->role == "holder");

  LaidOutPage table;  // a receipt with its fields in ruled cells
  table.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 380);
  table.line("Ông/Bà", 300, 500).line("Nguyễn Thị Lan", 1200, 500);
  CHECK(personName(extractDocument({&table.page}, kToday)) == "Nguyễn Thị Lan");

  LaidOutPage walls;  // the cells' walls read as bars, alone or glued to the value
  walls.centred("TỜ KHAI ĐĂNG KÝ KHAI SINH", 380);
  walls.line("Họ tên người yêu cầu |NGÔ QUỐC LỘC", 300, 500);
  walls.line("Họ tên |NGÔ NGỌC OANH", 300, 600);
  walls.line("Họ tên người mẹ | ĐINH THỊ PHƯỢNG", 300, 700);
  const auto walled = extractDocument({&walls.page}, kToday);
  CHECK(personName(walled) == "NGÔ NGỌC OANH");
  CHECK(person(walled)->role == "child");
}

TEST_CASE("a card's English label however OCR read it still names the holder", "[indexer][people]") {
  // Seed 6203 batch-04 page 4 and seed 7321 batch-05 page 12, card copies as OCR read them.
  LaidOutPage old;
  old.line("CĂN CƯỚC CÔNG DÂN", 700, 300);
  old.line("Số / No.: 052181620618 :", 560, 420);
  old.line("Họ và tên / Fufl narne, —", 560, 470);
  old.line("HOÀNG HOÀI HÀ :", 600, 520);
  old.line("Ngày sinh / Date of birth: 21/04/1961 —", 560, 570);
  const auto first = extractDocument({&old.page}, kToday);
  CHECK(personName(first) == "HOÀNG HOÀI HÀ");
  CHECK(person(first)->role == "holder");

  LaidOutPage current;
  current.line("CĂN CƯỚC", 700, 300);
  current.line("052172829898", 600, 420);
  current.line("Họ, chữ đệm và tên khai sinh / Full name sư nn", 560, 470);
  current.line("TRƯƠNG THU TRINH", 600, 520);
  CHECK(personName(extractDocument({&current.page}, kToday)) == "TRƯƠNG THU TRINH");

  // A label with more after the name words is someone else's: no holder is made of it.
  LaidOutPage mother;
  mother.line("CĂN CƯỚC", 700, 300);
  mother.line("Họ và tên người mẹ", 560, 470);
  mother.line("TRẦN THỊ LAN", 600, 520);
  CHECK(personName(extractDocument({&mother.page}, kToday)) == "<absent>");
}

TEST_CASE("a card copied front beside back: the holder is under the label, not the signer across the sheet",
          "[indexer][people]") {
  LaidOutPage card;  // small print: a card photocopied on an A4 sheet
  card.line("CĂN CƯỚC CÔNG DÂN", 312, 300, 0.95f, 20);
  card.line("Họ và tên / Full name:", 278, 387, 0.95f, 14);
  card.line("Tô Văn Huệ", 1002, 395, 0.95f, 16);  // the back's signer, same height on the sheet
  card.line("NGÔ QUỐC LỘC", 294, 411, 0.95f, 22);
  card.line("Ngày sinh / Date of birth: 17/10/1995", 278, 435, 0.95f, 14);
  const auto extraction = extractDocument({&card.page}, kToday);
  CHECK(personName(extraction) == "NGÔ QUỐC LỘC");
}

TEST_CASE("a marriage certificate naming only the spouses gives no person: which one asked is not on it",
          "[indexer][people]") {
  LaidOutPage page;
  page.centred("GIẤY CHỨNG NHẬN KẾT HÔN", 380);
  page.line("Họ, chữ đệm, tên chồng: Đặng Đình Sơn", 300, 500);
  page.line("Họ, chữ đệm, tên vợ: Nguyễn Diệu Thủy", 300, 700);
  CHECK(person(extractDocument({&page.page}, kToday)) == nullptr);

  page.line("Người yêu cầu: Nguyễn Diệu Thủy", 300, 900);
  CHECK(personName(extractDocument({&page.page}, kToday)) == "Nguyễn Diệu Thủy");
}

TEST_CASE("a cam đoan is about the one who pledges, not the child it vouches for", "[indexer][people]") {
  LaidOutPage page;  // a parent's pledge about a birth with no giấy chứng sinh
  page.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("VĂN BẢN CAM ĐOAN", 380);
  page.line("Kính gửi: Ủy ban nhân dân xã Mỹ Lợi", 500, 460);
  page.line("Họ, chữ đệm, tên người cam đoan: Lê Thị Mỹ Trâm", 300, 540);
  page.line("Số định danh cá nhân: 052186004217", 300, 600);
  page.line("Tôi cam đoan về việc sinh của người có tên dưới đây:", 300, 800);
  page.line("Họ, chữ đệm, tên: Dương Hoài Quyên", 300, 860);
  const auto extraction = extractDocument({&page.page}, kToday);
  REQUIRE(extraction.type);
  CHECK(extraction.type->kind == DocumentKind::Supporting);
  CHECK(personName(extraction) == "Lê Thị Mỹ Trâm");
  CHECK(person(extraction)->role == "requester");
}

TEST_CASE("a receipt whose Ông/Bà line OCR garbled is about the one who signs as NGƯỜI NỘP HỒ SƠ",
          "[indexer][people]") {
  LaidOutPage page;  // as OCR read a receipt whose leader dots ran into the name
  page.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 380);
  page.line("Ønơ/Bä: EeirhiMỹ ram. 7 7 cố", 300, 500);
  page.line("Nội dung yêu cầu giải quyết: Đăng ký khai sinh", 300, 560);
  page.line("NGƯỜI NỘP HỒ SƠ", 430, 1500);
  page.line("NGƯỜI TIẾP NHẬN HỒ SƠ", 1300, 1500);  // the other signer's heading, on the same row
  page.line("(Ký và ghi rõ họ tên)", 460, 1560);
  page.line("(Ký và ghi rõ họ tên)", 1380, 1560);
  page.line("Lê Thị Mỹ Trâm", 460, 1800);  // below the signature's room
  page.line("Phan Quốc Phúc", 1380, 1800);
  const auto extraction = extractDocument({&page.page}, kToday);
  CHECK(personName(extraction) == "Lê Thị Mỹ Trâm");
  CHECK(person(extraction)->role == "requester");

  LaidOutPage unsigned_;  // the name not written out: a clerk is asked, never the receiver's heading or name
  unsigned_.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 380);
  unsigned_.line("NGƯỜI NỘP HỒ SƠ", 430, 1500);
  unsigned_.line("NGƯỜI TIẾP NHẬN HỒ SƠ", 1300, 1500);
  unsigned_.line("(Ký và ghi rõ họ tên)", 460, 1560);
  unsigned_.line("(Ký và ghi rõ họ tên)", 1380, 1560);
  unsigned_.line("Phan Quốc Phúc", 1380, 1800);
  const auto asked = extractDocument({&unsigned_.page}, kToday);
  REQUIRE(person(asked));
  CHECK(person(asked)->value.empty());
  CHECK(person(asked)->needsReview);
}

TEST_CASE("a receipt's Ông/Bà read without its surname gives way to the name written out under NGƯỜI NỘP HỒ SƠ",
          "[indexer][people]") {
  LaidOutPage page;
  page.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 380);
  page.line("Ông/Bà: Quốc Hưng.", 300, 500);  // `Võ` lost in the leader dots
  page.line("NGƯỜI NỘP HỒ SƠ", 430, 1500);
  page.line("NGƯỜI TIẾP NHẬN HỒ SƠ", 1300, 1500);
  page.line("(Ký và ghi rõ họ tên)", 460, 1560);
  page.line("(Ký và ghi rõ họ tên)", 1380, 1560);
  page.line("Võ Quốc Hưng", 460, 1800);
  page.line("Phan Quốc Phúc", 1380, 1800);
  CHECK(personName(extractDocument({&page.page}, kToday)) == "Võ Quốc Hưng");

  LaidOutPage whole;  // both whole: the first, as before
  whole.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 380);
  whole.line("Ông/Bà: Võ Quốc Hưng", 300, 500);
  whole.line("NGƯỜI NỘP HỒ SƠ", 430, 1500);
  whole.line("(Ký và ghi rõ họ tên)", 460, 1560);
  whole.line("Võ Thị Hằng", 460, 1800);  // another family member brought the dossier in
  CHECK(personName(extractDocument({&whole.page}, kToday)) == "Võ Quốc Hưng");
}

TEST_CASE("a card's MRZ name one letter off in a way no syllable is spelled still vouches for the front",
          "[indexer][people][mrz]") {
  // The MRZ of a card issued to Nguyễn Văn Đức (CardMrzTest), its name line as OCR read it.
  auto cardWithNameLine = [](const std::string& nameLine) {
    LaidOutPage card;
    card.line("CĂN CƯỚC CÔNG DÂN", 312, 300, 0.95f, 20);
    card.line("Họ và tên / Full name:", 278, 387, 0.95f, 14);
    card.line("NGUYỄN VĂN ĐỨC", 294, 411, 0.95f, 22);
    card.line("IDVNM0950012340052095001234<<7", 328, 1128, 0.95f, 22);
    card.line("9503146M3503144VNM<<<<<<<<<<<8", 328, 1160, 0.95f, 22);
    card.line(nameLine, 328, 1192, 0.95f, 22);
    return extractDocument({&card.page}, kToday);
  };
  CHECK(personName(cardWithNameLine("NGUYEN<<VAN<DUC<<<<<<<<<<<<<<<")) == "NGUYỄN VĂN ĐỨC");
  CHECK(personName(cardWithNameLine("NGUYEN<<VAN<DTUC<<<<<<<<<<<<<<")) == "NGUYỄN VĂN ĐỨC");  // `DTUC`: no syllable
  const auto doubt = cardWithNameLine("NGUYEN<<VAN<DUOC<<<<<<<<<<<<<<");  // `DƯỚC`/`DUỐC` could be a name
  REQUIRE(person(doubt));
  CHECK(person(doubt)->needsReview);
}

TEST_CASE("an đơn is about the one who writes it: Tôi tên là or the name under Người làm đơn", "[indexer][people]") {
  LaidOutPage page;
  page.centred("ĐƠN ĐỀ NGHỊ", 300).centred("CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", 360);
  page.line("Kính gửi: Ủy ban nhân dân xã Mỹ Lợi", 400, 440);
  page.line("Tôi tên là: Châu Thanh Sơn", 200, 520);
  page.line("Sinh ngày: 05/12/1969", 200, 570);
  page.line("Ông Chương quyết định mua căn nhà đang ở hiện nay", 260, 880);  // prose: nobody's label
  page.line("Người làm đơn", 1040, 1240);
  page.line("(Ký, ghi rõ họ, chữ đệm, tên)", 980, 1285);
  page.line("Châu Thanh Sơn", 1030, 1400);
  CHECK(personName(extractDocument({&page.page}, kToday)) == "Châu Thanh Sơn");

  LaidOutPage signedOnly;  // the opening line lost: the signature's name still says who
  signedOnly.centred("ĐƠN ĐỀ NGHỊ", 300).centred("CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", 360);
  signedOnly.line("Tôi tên là: ..... C .. ~", 200, 520);
  signedOnly.line("Người làm đơn", 1040, 1240);
  signedOnly.line("(Ký, ghi rõ họ, chữ đệm, tên)", 980, 1285);
  signedOnly.line("Châu Thanh Sơn", 1030, 1400);
  CHECK(personName(extractDocument({&signedOnly.page}, kToday)) == "Châu Thanh Sơn");
}

TEST_CASE("a card whose front name was not read gives its holder as the MRZ spells it for review",
          "[indexer][people][mrz]") {
  LaidOutPage card;  // the front's name parted over two lines by the card's screen, its surname cut short
  card.line("CĂN CƯỚC CÔNG DÂN", 312, 300, 0.95f, 20);
  card.line("Họ và tên / Full name:", 278, 387, 0.95f, 14);
  card.line("NGU", 294, 411, 0.95f, 22);
  card.line("VĂN ĐỨC", 520, 440, 0.95f, 22);
  card.line("IDVNM0950012340052095001234<<7", 328, 1128, 0.95f, 22);
  card.line("9503146M3503144VNM<<<<<<<<<<<8", 328, 1160, 0.95f, 22);
  card.line("NGUYEN<<VAN<DUCK<<<<<<<<<<<<<<", 328, 1192, 0.95f, 22);  // a filler read as K
  const auto extraction = extractDocument({&card.page}, kToday);
  const auto* holder = person(extraction);
  REQUIRE(holder);
  CHECK(holder->value == "NGUYEN VAN DUCK");
  CHECK(holder->needsReview);
  CHECK(holder->note == kMrzNameOnlyNote);
  CHECK(holder->role == "holder");
}

#include <catch2/catch.hpp>

#include "tests/indexer/extract/LaidOutPage.hpp"
#include "viewer/masking/MaskedPageImage.hpp"
#include "viewer/masking/PersonalDataMask.hpp"

using namespace sohoa::viewer;
using sohoa::test::LaidOutPage;

namespace {

PersonalDataMask knowing(const std::string& number) {
  PersonalDataMask mask;
  mask.knowNumber(number);
  return mask;
}

}  // namespace

TEST_CASE("a CCCD is masked in every shape extraction and the register accept", "[viewer][mask]") {
  const PersonalDataMask byShape;
  // Plain, spaced, dashed, dotted, as the register and typists write them.
  CHECK(byShape.masked("CCCD: 052095001234, CMND 212345678.") == "CCCD: 052*******34, CMND 212****78.");
  CHECK(byShape.masked("Số CCCD 048 093 531 039") == "Số CCCD 048 *** *** *39");
  CHECK(byShape.masked("048-093-531-039") == "048-***-***-*39");
  CHECK(byShape.masked("(048.093.531.039)") == "(048.***.***.*39)");
  // O for 0, l for 1, S for 5, B for 8 inside a number, as OCR reads them; and the note
  // extraction writes about it.
  CHECK(byShape.masked("Căn cước O52O95OO1234") == "Căn cước O52*******34");
  CHECK(byShape.masked("OCR read O52O95OOl234") == "OCR read O52*******34");
  CHECK(byShape.masked("\x02"
                       "052095001234\x03") ==
        "\x02"
        "052*******34\x03");
  CHECK(byShape.masked("cccd-052095001234-0902436107.pdf") == "cccd-052*******34-090*****07.pdf");
  // What is not a person's number stays as it is.
  for (const char* text :
       {"Mã hồ sơ: 000.14.22.H08-250605-1271", "Số: 15/QĐ-UBND ngày 05/02/2025", "Mã thủ tục: 1.000656",
        "lệ phí 1.500.000 đồng", "Điều 1. Quyết định này", "năm 2025", "Bộ phận Một cửa"})
    CHECK(byShape.masked(text) == text);
}

TEST_CASE("a number the document is known to hold is masked wherever it stands", "[viewer][mask]") {
  const auto mask = knowing("093080274288");
  CHECK(mask.masked("số093080274288") == "số093*******88");            // glued to a word
  CHECK(mask.masked("ID:0930802742880930") == "ID:093*******880930");  // inside a longer run
  CHECK(mask.masked("O93 O8O 274 288") == "O93 *** *** *88");
  CHECK(mask.masked("MaHoSo:000.14.22.H08-250605-1271|SoDinhDanh:093080274288") ==
        "MaHoSo:000.14.22.H08-250605-1271|SoDinhDanh:093*******88");
  CHECK(knowing("212345678").masked("CMND212345678") == "CMND212****78");
}

TEST_CASE("phone numbers, home addresses and dates of birth are masked (Nghị định 13/2023)", "[viewer][mask]") {
  const PersonalDataMask mask;
  CHECK(mask.masked("Số điện thoại: 0902436107") == "Số điện thoại: ***");
  CHECK(mask.masked("liên hệ 0902 436 107 hoặc +84 902 436 107") == "liên hệ 090* *** *07 hoặc +84 9** *** *07");
  CHECK(mask.masked("ĐT: 0256.3851.234") == "ĐT: 025*.****.*34");
  CHECK(mask.masked("Địa chỉ: Thôn Phú Hữu, xã Mỹ Lợi") == "Địa chỉ: ***");
  CHECK(mask.masked("Nơi cư trú: Thôn Phú Hữu, xã Mỹ Lợi") == "Nơi cư trú: ***");
  CHECK(mask.masked("Nơi thường trú : 12 Lê Lợi") == "Nơi thường trú : ***");
  CHECK(mask.masked("Quê quán:Bình Định") == "Quê quán:***");
  CHECK(mask.masked("Nơi ở hiện tại: Tổ 3, khu phố 2") == "Nơi ở hiện tại: ***");
  CHECK(mask.masked("Ngày, tháng, năm sinh: 11/05/1949") == "Ngày, tháng, năm sinh: ***");
  CHECK(mask.masked("Sinh ngày 11 tháng 5 năm 1949") == "Sinh ngày ***");
  CHECK(mask.masked("Họ và tên: Đỗ Thị Lan   Ngày sinh: 11/05/1949   Giới tính: Nữ") ==
        "Họ và tên: Đỗ Thị Lan   Ngày sinh: ***   Giới tính: Nữ");
  CHECK(mask.masked("Địa chỉ: Thôn Phú Hữu Số điện thoại: 0902436107") == "Địa chỉ: *** Số điện thoại: ***");
  // A label ending its line: the value is the next line.
  CHECK(mask.masked("Nơi cư trú:\nThôn Phú Hữu, xã Mỹ Lợi\nQuốc tịch: Việt Nam") ==
        "Nơi cư trú:\n***\nQuốc tịch: Việt Nam");
  // Labels in running text, without a colon, are words like others.
  CHECK(mask.masked("cập nhật địa chỉ thư điện tử của cơ quan") == "cập nhật địa chỉ thư điện tử của cơ quan");
  CHECK(mask.masked("Nơi đăng ký: Ủy ban nhân dân xã Mỹ Lợi") == "Nơi đăng ký: Ủy ban nhân dân xã Mỹ Lợi");
}

TEST_CASE("values learnt from a document's labels are masked where they stand alone", "[viewer][mask]") {
  PersonalDataMask mask;
  mask.learnFrom("Họ, chữ đệm, tên: Đỗ Thị Thanh Lan\nNơi cư trú: Thôn Phú Hữu, xã Mỹ Lợi\nSố CCCD 084149142149");
  // A snippet cut after the label, another page, a number printed glued.
  CHECK(mask.masked("…Thôn Phú Hữu, xã Mỹ Lợi Số định danh") == "…*** Số định danh");
  CHECK(mask.masked("CCCD084149142149") == "CCCD084*******49");
  CHECK(mask.masked("Đỗ Thị Thanh Lan") == "Đỗ Thị Thanh Lan");  // names are not masked
}

TEST_CASE("the machine-readable zone of an ID card is masked whole", "[viewer][mask]") {
  const PersonalDataMask mask;
  CHECK(
      mask.masked("IDVNM0930802742880930802742880<<3\n4905118F6905119VNM<<<<<<<<<<<8\nHO<<THANH<PHUC<<<<<<<<<<<<<<") ==
      "***\n***\n***");
  CHECK(mask.masked("IDVNM 0930802742 8809308<<3") == "***");
}

TEST_CASE("the words a mask hides are found on the page by their boxes", "[viewer][mask]") {
  LaidOutPage laid;
  laid.line("Họ và tên: Hồ Thanh Phúc", 300, 600);
  laid.line("Số định danh cá nhân: 093 080 274 288", 300, 700);
  laid.line("Nơi cư trú:", 300, 800);
  laid.line("Thôn Phú Hữu, xã Mỹ Lợi", 300, 850);
  laid.line("IDVNM0930802742880930802742880<<3", 300, 1000);
  const auto hidden = maskedWordBoxes(laid.page, PersonalDataMask());
  std::vector<std::string> words;
  for (const auto& block : laid.page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words)
        if (std::find(hidden.begin(), hidden.end(), word.box) != hidden.end()) words.push_back(word.text);
  CHECK(words == std::vector<std::string>{"093", "080", "274", "288", "Thôn", "Phú", "Hữu,", "xã", "Mỹ", "Lợi",
                                          "IDVNM0930802742880930802742880<<3"});
}

TEST_CASE("one identity number is masked as an auditor sees it: first 3 and last 2 digits", "[viewer][mask]") {
  CHECK(sohoa::viewer::maskedNumber("093080274288") == "093*******88");
  CHECK(sohoa::viewer::maskedNumber("285123456") == "285****56");
}

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ocr/text/MachineZoneMending.hpp"
#include "tests/ocr/LaidOutLines.hpp"

using namespace sohoa::ocr;
using sohoa::test::laidOutLine;
using sohoa::test::linesText;

namespace {

// A page of one block, the lines one under another.
Page pageOf(const std::vector<std::string>& lines) {
  Page page;
  Block block;
  int y = 100;
  for (const auto& text : lines) {
    block.lines.push_back(laidOutLine(text, 100, y, 30, 16, 20));
    y += 50;
  }
  block.box = {100, 70, 2000, y};
  page.blocks.push_back(block);
  return page;
}

}  // namespace

// As sohoa read the back of seed 31's card on a sans-hand chứng thực (page 011): line 1's
// document number with a 0 read as 6, line 2 opened by specks and its birth year's 0 read as 9.
TEST_CASE("a card's zone digits are put right by its own copies and checks and by the printed date", "[ocr][mrz]") {
  Page page = pageOf({"Ngày, tháng, năm sinh / Date of birth", "01/01/2002", "IDVNM2625625833040202562583<<5",
                      "-_9201014M2701013VNM<<<<<<<<<<<4", "Ngón trỏ phải SS LUONG<<DTNH<CUONG<<<<<<<<<<<<"});
  CHECK(mendMachineZone(page));
  // Line 3 gets its last filler; DTNH stays: line 3 has no check, and nothing says which letter
  // is wrong. The card's print read on the same row stays beside the zone, and so do specks read
  // as letters before the surname (`SS`, seed 2718's card).
  CHECK(linesText(page) ==
        "Ngày, tháng, năm sinh / Date of birth\n01/01/2002\nIDVNM2025625833040202562583<<5\n"
        "0201014M2701013VNM<<<<<<<<<<<4\nNgón trỏ phải SS LUONG<<DTNH<CUONG<<<<<<<<<<<<<\n");
  CHECK_FALSE(mendMachineZone(page));  // mended already
}

// As sohoa read the card on seed 31's page 075: line 1's document check and province code with
// their 0s read as 6, read once each; line 2's birth year's 0 read as 9; line 3's I read as Ï.
TEST_CASE("a card's zone digits read once are put back to 0 when that alone holds the checks", "[ocr][mrz]") {
  Page page = pageOf({"Ngày, tháng, năm sinh / Date of birth,", "17/07/1968", "“TDVNM1681112336642168111233<<4",
                      "6897175F2807177VNM<<<<<<<<<<<4__", "VU<<KTM<MA Ï<<<<<<<<<<<<<<<<<<<."});
  CHECK(mendMachineZone(page));
  CHECK(linesText(page) ==
        "Ngày, tháng, năm sinh / Date of birth,\n17/07/1968\nIDVNM1681112330042168111233<<4\n"
        "6807175F2807177VNM<<<<<<<<<<<4\nVU<<KTM<MAI<<<<<<<<<<<<<<<<<<<\n");
}

// As sohoa read the card on seed 31's sans-hand chứng thực page 027: the document number's 0 read
// as the Vietnamese `ô`, line 1 cut in two words, line 3's Os read as 0s.
TEST_CASE("a card's zone letter read with a mark is the zone's letter or digit", "[ocr][mrz]") {
  Page page = pageOf({"28/05/1966", "1DVNMô661442573010066 144257<<6", "6605289M2605281VNM<<<<<<<<<<<2",
                      "IOANG<<NG0C<TR0NG<<<<<<<<<<<<<"});
  CHECK(mendMachineZone(page));
  CHECK(linesText(page) ==
        "28/05/1966\nIDVNM0661442573010066144257<<6\n6605289M2605281VNM<<<<<<<<<<<2\n"
        "IOANG<<NGOC<TRONG<<<<<<<<<<<<<\n");
}

TEST_CASE("a zone its checks cannot decide is left as read", "[ocr][mrz]") {
  // The province code misread (041 for 040, no 0 read as 6, 8 or 9): no choice holds both checks.
  const std::vector<std::string> wrongProvince = {"IDVNM2625625833041202562583<<5", "0201014M2701013VNM<<<<<<<<<<<4"};
  Page page = pageOf(wrongProvince);
  CHECK_FALSE(mendMachineZone(page));
  CHECK(linesText(page) == linesText(pageOf(wrongProvince)));

  // Line 1 right, line 2's birth date wrong and no printed date a digit or two from it with its
  // check digit: line 2 stays as read.
  const std::vector<std::string> noPrintedDate = {"01/01/1990", "IDVNM2025625833040202562583<<5",
                                                  "9201014M2701013VNM<<<<<<<<<<<4"};
  Page unmended = pageOf(noPrintedDate);
  CHECK_FALSE(mendMachineZone(unmended));
  CHECK(linesText(unmended) == linesText(pageOf(noPrintedDate)));

  // Two printed dates would each mend it (2002 and 2013 both give the check digit 4): neither is sure.
  const std::vector<std::string> twoDates = {"01/01/2002", "01/01/2013", "IDVNM2025625833040202562583<<5",
                                             "9201014M2701013VNM<<<<<<<<<<<4"};
  Page ambiguous = pageOf(twoDates);
  CHECK_FALSE(mendMachineZone(ambiguous));
  CHECK(linesText(ambiguous) == linesText(pageOf(twoDates)));

  // The 0s of 075's line 1 put back would hold both its checks, but line 2's composite is read
  // otherwise (7 for 4): nothing says the 0s are right.
  const std::vector<std::string> compositeOtherwise = {"17/07/1968", "TDVNM1681112336642168111233<<4",
                                                       "6807175F2807177VNM<<<<<<<<<<<7"};
  Page unconfirmed = pageOf(compositeOtherwise);
  CHECK_FALSE(mendMachineZone(unconfirmed));
  CHECK(linesText(unconfirmed) == linesText(pageOf(compositeOtherwise)));

  Page text = pageOf({"Họ và tên: Nguyễn Văn An << Số: 12/2025", "IDVNM"});
  CHECK_FALSE(mendMachineZone(text));
}

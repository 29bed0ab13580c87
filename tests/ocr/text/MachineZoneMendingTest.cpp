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
                      "-_9201014M2701013VNM<<<<<<<<<<<4", "Ngón trỏ phải LUONG<<DTNH<CUONG<<<<<<<<<<<<"});
  CHECK(mendMachineZone(page));
  // Line 3 gets its last filler; DTNH stays: line 3 has no check, and nothing says which letter
  // is wrong. The card's print read on the same row stays beside the zone.
  CHECK(linesText(page) ==
        "Ngày, tháng, năm sinh / Date of birth\n01/01/2002\nIDVNM2025625833040202562583<<5\n"
        "0201014M2701013VNM<<<<<<<<<<<4\nNgón trỏ phải LUONG<<DTNH<CUONG<<<<<<<<<<<<<\n");
  CHECK_FALSE(mendMachineZone(page));  // mended already
}

TEST_CASE("a zone its checks cannot decide is left as read", "[ocr][mrz]") {
  // The province code misread (940 for 040): no choice of the differing digits holds both checks.
  const std::vector<std::string> wrongProvince = {"IDVNM2625625833940202562583<<5", "0201014M2701013VNM<<<<<<<<<<<4"};
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

  Page text = pageOf({"Họ và tên: Nguyễn Văn An << Số: 12/2025", "IDVNM"});
  CHECK_FALSE(mendMachineZone(text));
}

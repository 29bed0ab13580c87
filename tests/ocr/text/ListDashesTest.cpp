#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "ocr/text/ListDashes.hpp"
#include "tests/ocr/LaidOutLines.hpp"

using namespace sohoa::ocr;

namespace {

// A block of the line as read, one line per block as Tesseract gives a list's lines.
Block blockOf(std::string_view text) {
  const Line line = sohoa::test::laidOutLine(text, 100, 130, 30, 12, 10);
  return {line.box, {line}};
}

}  // namespace

TEST_CASE("a list's dash read as a tilde or a not sign is a dash again", "[ocr][text]") {
  // As sohoa read the real decree's last page (real-scans/decree_lastpage_p8_signature_block.jpg).
  Page page;
  page.blocks.push_back(blockOf("~ Ban Bí thư Trung ương Đảng;"));
  page.blocks.push_back(blockOf("\xC2\xAC Viện kiểm sát nhân dân tối cao;"));
  page.blocks.push_back(blockOf("- Văn phòng Quốc hội;"));
  // Not before a word: a number, a symbol, nothing; nor inside a line.
  page.blocks.push_back(blockOf("~ 15"));
  page.blocks.push_back(blockOf("~ (3"));
  page.blocks.push_back(blockOf("~"));
  page.blocks.push_back(blockOf("Ngày ~ tháng"));
  CHECK(mendListDashes(page) == 2);
  CHECK(sohoa::test::linesText(page) ==
        "- Ban Bí thư Trung ương Đảng;\n- Viện kiểm sát nhân dân tối cao;\n- Văn phòng Quốc hội;\n~ 15\n~ (3\n~\n"
        "Ngày ~ tháng\n");
}

#include <catch2/catch.hpp>
#include <string>

#include "ocr/text/JoinedWords.hpp"
#include "tests/ocr/LaidOutLines.hpp"

using namespace sohoa::ocr;

namespace {

Page pageOf(std::string_view text) {
  Page page;
  Line line = sohoa::test::laidOutLine(text, 100, 200, 40, 20, 25);
  page.blocks.push_back({line.box, {line}});
  return page;
}

std::string parted(std::string_view text) {
  Page page = pageOf(text);
  splitJoinedWords(page, SyllableModel::vietnamese());
  return sohoa::test::linesText(page);
}

}  // namespace

TEST_CASE("words Tesseract ran together are parted into their syllables", "[ocr][text]") {
  // As sohoa read them on dev pages of seed 31: a receipt's signer block, a death extract's name.
  CHECK(parted("NGƯỜITIẾP NHẬNHỒ SƠ") == "NGƯỜI TIẾP NHẬN HỒ SƠ\n");
  CHECK(parted("TạThếAn") == "Tạ Thế An\n");
  CHECK(parted("Họ và tên người chết: LýKim Tuyết") == "Họ và tên người chết: Lý Kim Tuyết\n");
  // A handwritten day run into its printed label on a real scan's header.
  CHECK(parted("Bình Định, ngày20 tháng 01 năm 2025") == "Bình Định, ngày 20 tháng 01 năm 2025\n");
  CHECK(parted("(NGƯỜIKÝ)") == "(NGƯỜI KÝ)\n");
  CHECK(parted("NGƯỜITIẾPNHẬNHỒSƠ") == "NGƯỜI TIẾP NHẬN HỒ SƠ\n");
}

TEST_CASE("words that are no joined syllables stay as read", "[ocr][text]") {
  // English and codes have no Vietnamese letter; `nguòi` is `người` misread, for MarkCorrection;
  // `ViệT` parts into no syllables of two letters; a house number keeps its letter.
  const std::string kept = "IDENTITY QĐ-UBND 000.27.30.H40 nguòi ViệT Số 12A đườngg Tuyết";
  CHECK(parted(kept) == kept + "\n");
  // A capital misread inside one syllable parts into syllables the model's text never uses.
  CHECK(parted("HoÀng") == "HoÀng\n");
  // Small letters run on into small letters part only into syllables the model's text has side
  // by side: `Ngườiyêucầu` is `Người yêu cầu`; seal text read as `niân` is no two words.
  CHECK(parted("Ngườiyêucầu niân") == "Người yêu cầu niân\n");
  Page page = pageOf(kept);
  CHECK(splitJoinedWords(page, SyllableModel::vietnamese()) == 0);
}

TEST_CASE("a parted word's box is shared out by letters and handwriting is left alone", "[ocr][text]") {
  Page page = pageOf("TạThếAn:");
  const Box whole = page.blocks[0].lines[0].words[0].box;
  CHECK(splitJoinedWords(page, SyllableModel::vietnamese()) == 1);
  const auto& words = page.blocks[0].lines[0].words;
  REQUIRE(words.size() == 3);
  CHECK(words[2].text == "An:");
  CHECK(words[0].box.x0 == whole.x0);
  CHECK(words[2].box.x1 == whole.x1);
  CHECK(words[0].box.x1 == words[1].box.x0);
  CHECK(words[1].box.width() == words[2].box.width());  // `Thế` and `An:` are three letters each
  CHECK(words[0].box.y0 == whole.y0);

  Page written = pageOf("ngày20");
  written.blocks[0].lines[0].words[0].source = WordSource::Handwriting;
  CHECK(splitJoinedWords(written, SyllableModel::vietnamese()) == 0);
}

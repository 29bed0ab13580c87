#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>

#include "ocr/PixPtr.hpp"
#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/reread/GarbledLines.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using namespace sohoa::test;

namespace {

// The header of a giấy xác nhận tình trạng hôn nhân (see tests/data/forms/README.md), read as
// sohoa reads it without this step, and the line that holds `anchor`.
struct Header {
  PixPtr image;
  Page page;
  Line* line = nullptr;
};

Header readHeader(TesseractEngine& engine, const std::string& anchor) {
  Header header;
  header.image.reset(pixRead((formsDir() / "marriage-status-header-underlined-grey.png").c_str()));
  REQUIRE(header.image);
  OcrSettings once;
  once.rereadGarbledLines = false;
  once.straighten = false;  // the words' boxes on the image as it is: the step is given that image
  header.page = readScan(engine, header.image.get(), 300, once);
  for (auto& block : header.page.blocks)
    for (auto& line : block.lines)
      for (const auto& word : line.words)
        if (word.text == anchor) header.line = &line;
  REQUIRE(header.line);
  return header;
}

// What the page's layout made of `XÃ MỸ LỢI` on a whole page, framed with the rule under it
// and run on into the other column's date: three guesses at no confidence, then sure words.
void garble(Line& line, const std::vector<std::string>& guesses) {
  const sohoa::ocr::Box box{line.box.x0, line.box.y0, line.box.x1, line.box.y1 + line.box.height() / 2};
  const int step = box.width() / static_cast<int>(guesses.size());
  line.words.clear();
  for (std::size_t i = 0; i < guesses.size(); ++i) {
    const int x0 = box.x0 + static_cast<int>(i) * step;
    line.words.push_back({guesses[i], {x0, box.y0, x0 + step - 8, box.y1}, 0.0f, WordSource::Print});
  }
  line.words.push_back({"Mỹ", {box.x1 + 300, line.box.y0, box.x1 + 360, line.box.y1}, 0.96f, WordSource::Print});
}

std::string textOf(const Line& line) {
  std::string text;
  for (const auto& word : line.words) text += (text.empty() ? "" : " ") + word.text;
  return text;
}

}  // namespace

TEST_CASE("a line read as guesses is read again alone and its sure reading replaces the guesses", "[ocr][reread]") {
  TesseractEngine engine(OcrSettings{});
  Header header = readHeader(engine, "LỢI");
  garble(*header.line, {"Mib", "HÀ", "khuác,"});
  CHECK(rereadGarbledLines(engine, header.image.get(), 300, header.page) == 1);
  CHECK(textOf(*header.line) == "XÃ MỸ LỢI Mỹ");  // the sure word beside the run is kept
  CHECK(header.line->words.front().confidence >= 0.7f);
}

TEST_CASE("guesses with digits and guesses over no text are left as read", "[ocr][reread]") {
  TesseractEngine engine(OcrSettings{});
  Header header = readHeader(engine, "LỢI");
  garble(*header.line, {"M1b", "HÀ"});  // a handwritten number's guess: the number steps read it
  CHECK(rereadGarbledLines(engine, header.image.get(), 300, header.page) == 0);
  CHECK(textOf(*header.line) == "M1b HÀ Mỹ");

  Header blank = readHeader(engine, "LỢI");
  Line& line = *blank.line;
  line.box = {line.box.x0, line.box.y0 + 180, line.box.x1, line.box.y1 + 180};  // the paper under the header
  garble(line, {"Mib", "HÀ", "khuác,"});
  CHECK(rereadGarbledLines(engine, blank.image.get(), 300, blank.page) == 0);
  CHECK(textOf(line) == "Mib HÀ khuác, Mỹ");
}

TEST_CASE("a piece of a line read as guesses broken by digits and a half-sure word is read again whole",
          "[ocr][reread]") {
  // As the page's layout read `HUYỆN PHÙ MỸ` over its rule on a giấy chứng sinh (seed 6203): no
  // run of guesses long enough, yet the piece is noise.
  TesseractEngine engine(OcrSettings{});
  Header header = readHeader(engine, "LỢI");
  garble(*header.line, {"2À", "YỆ", "10a!", "5k", "né", "tàbÀỂ"});
  const std::vector<float> scores = {0.17f, 0.88f, 0.29f, 0.0f, 0.41f, 0.0f};
  for (std::size_t i = 0; i < scores.size(); ++i) header.line->words[i].confidence = scores[i];
  CHECK(rereadGarbledLines(engine, header.image.get(), 300, header.page) == 1);
  CHECK(textOf(*header.line) == "XÃ MỸ LỢI Mỹ");

  // Half its words sure: a line read fairly, left as read.
  Header fair = readHeader(engine, "LỢI");
  garble(*fair.line, {"2À", "YỆ", "10a!", "PHÙ", "né", "tàbÀỂ"});
  const std::vector<float> fairScores = {0.17f, 0.88f, 0.29f, 0.9f, 0.91f, 0.0f};
  for (std::size_t i = 0; i < fairScores.size(); ++i) fair.line->words[i].confidence = fairScores[i];
  rereadGarbledLines(engine, fair.image.get(), 300, fair.page);
  CHECK(textOf(*fair.line).starts_with("2À YỆ 10a! PHÙ né"));
}

TEST_CASE("a piece of guesses is read over all its ink, past boxes that stop short of it and words apart above",
          "[ocr][reread]") {
  // As on seed 6203's giấy chứng sinh (batch-05 p14): the guesses' boxes stop short of the line's
  // last letters, and a word of the line above, on other rows, stands where the piece's place
  // reaches: cut short there, the last word was read as noise (`Kw` for `MỸ`) and the piece stayed.
  TesseractEngine engine(OcrSettings{});
  Header header = readHeader(engine, "LỢI");
  const sohoa::ocr::Box whole = header.line->box;
  const int shortOf = whole.x0 + whole.width() * 9 / 10;
  const sohoa::ocr::Box te{shortOf + 8, whole.y0 - 60, shortOf + 60, whole.y0 - 20};
  Block above;
  above.box = te;
  above.lines.push_back(Line{te, {Word{"TẾ", te, 0.96f, WordSource::Print}}});
  header.page.blocks.push_back(above);
  Line* line = nullptr;
  for (auto& block : header.page.blocks)
    for (auto& candidate : block.lines)
      for (const auto& word : candidate.words)
        if (word.text == "LỢI") line = &candidate;
  REQUIRE(line);
  line->words.clear();
  const std::vector<std::string> guesses = {"2À", "YỆ", "né", "tàbÀỂ"};
  const int step = (shortOf - whole.x0) / static_cast<int>(guesses.size());
  for (std::size_t i = 0; i < guesses.size(); ++i) {
    const int x0 = whole.x0 + static_cast<int>(i) * step;
    line->words.push_back(
        {guesses[i], {x0, whole.y0, x0 + step - 8, whole.y1 + whole.height() / 2}, 0.05f, WordSource::Print});
  }
  CHECK(rereadGarbledLines(engine, header.image.get(), 300, header.page) == 1);
  CHECK(textOf(*line) == "XÃ MỸ LỢI");
}

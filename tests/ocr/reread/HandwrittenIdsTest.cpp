#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>
#include <functional>
#include <numeric>
#include <opencv2/core.hpp>

#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/reread/BlankInk.hpp"
#include "ocr/reread/HandwrittenIds.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using sohoa::test::formsDir;

namespace {

// The words after the last word of `label` on the line holding it.
std::vector<Word> after(const Page& page, const std::string& label) {
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (std::size_t i = 0; i < line.words.size(); ++i)
        if (line.words[i].text == label)
          return {line.words.begin() + static_cast<std::ptrdiff_t>(i) + 1, line.words.end()};
  return {};
}

}  // namespace

// A tờ khai's applicant writes their ID number twice: `Số định danh cá nhân: 042192895951` and
// `CCCD số 042192895951`. Tesseract read `Ø+2122#%seS/` and `2 04277217501,`.
TEST_CASE("a citizen ID written twice by hand on a form is read from its digits and trusted as the two agree",
          "[ocr][handwriting]") {
  PixPtr scan(pixRead((formsDir() / "declaration-handwritten-ids-bilevel.png").c_str()));
  REQUIRE(scan);
  TesseractEngine engine(OcrSettings{});
  OcrSettings asRead;
  asRead.readHandwrittenIds = false;
  const Page before = readScan(engine, scan.get(), 200, asRead);
  CHECK(before.text().find("042192895951") == std::string::npos);

  const Page page = readScan(engine, scan.get(), 200, OcrSettings{});
  INFO(page.text());
  const auto first = after(page, "nhân:");
  REQUIRE_FALSE(first.empty());
  CHECK(first.front().text == "042192895951");
  CHECK(first.front().source == WordSource::Handwriting);
  CHECK(first.front().confidence >= 0.85f);
  const auto card = after(page, "CCCD");
  REQUIRE(card.size() >= 2);
  CHECK(card[1].text == "042192895951");
  CHECK(card[1].confidence >= 0.85f);

  // The first line alone: its digits read with no second blank to agree, some of them unsurely.
  // They are written for a clerk to confirm, at the score of a guess.
  ::Box* top = boxCreate(0, 0, 1450, 115);
  PixPtr alone(pixClipRectangle(scan.get(), top, nullptr));
  boxDestroy(&top);
  const auto guess = after(readScan(engine, alone.get(), 200, OcrSettings{}), "nhân:");
  REQUIRE_FALSE(guess.empty());
  CHECK(guess.front().source == WordSource::Handwriting);
  CHECK(guess.front().confidence <= kOneReaderConfidence);
}

// Tesseract now and then stretches the label's last word over a rule or a streak under it (seed
// 6203: `nhân:` 84 pixels high beside `danh` 36). The blank is looked at at the label's letters'
// height all the same.
TEST_CASE("a label word stretched over the rule under it does not move the blank looked at", "[ocr][handwriting]") {
  PixPtr scan(pixRead((formsDir() / "declaration-handwritten-ids-bilevel.png").c_str()));
  REQUIRE(scan);
  TesseractEngine engine(OcrSettings{});
  OcrSettings settings;
  settings.readHandwrittenIds = false;
  Page page = readScan(engine, scan.get(), 200, settings);
  PixPtr image = pageAsRead(scan.get(), page);
  Word* label = nullptr;
  for (auto& block : page.blocks)
    for (auto& line : block.lines)
      for (auto& word : line.words)
        if (word.text == "nhân:") label = &word;
  REQUIRE(label);
  const int height = label->box.height();
  label->box.y0 -= height;
  label->box.y1 += height;
  const auto outcomes = readHandwrittenIds(image.get(), page);
  REQUIRE_FALSE(outcomes.empty());
  CHECK(outcomes[0].classified == "042192895951");
}

// A receipt's `Số CCCD: 052075126721` written by hand: the 5 in the sixth place has a bar that
// runs on, wider than the digit is high, and the splitter cut it in two (thirteen pieces, nothing
// written before). With that cut undone the number is read, for a clerk to confirm. The first
// digit, a 0 drawn as a filled blob, reads 0 or 8 as the crop goes: a guess is not stored.
TEST_CASE("a wide handwritten digit cut in two is read as one and the number waits for a clerk", "[ocr][handwriting]") {
  PixPtr scan(pixRead((formsDir() / "receipt-handwritten-id-grey.png").c_str()));
  REQUIRE(scan);
  TesseractEngine engine(OcrSettings{});
  const Page page = readScan(engine, scan.get(), 300, OcrSettings{});
  INFO(page.text());
  const auto number = after(page, "CCCD:");
  REQUIRE_FALSE(number.empty());
  REQUIRE(number.front().text.size() == 12);
  CHECK(number.front().text.substr(1) == "52075126721");
  CHECK(number.front().source == WordSource::Handwriting);
  CHECK(number.front().confidence <= kOneReaderConfidence);
}

// The same on a receipt whose `Số CCCD: 052197785338` has two digits each cut in two: fourteen
// pieces, nothing written before. Both cuts undone, twelve digits are read, most of them right,
// for a clerk or the dossier's other papers to confirm (DossierIds).
TEST_CASE("two wide handwritten digits each cut in two are read as twelve digits for review", "[ocr][handwriting]") {
  PixPtr scan(pixRead((formsDir() / "receipt-handwritten-id-two-cuts-grey.png").c_str()));
  REQUIRE(scan);
  TesseractEngine engine(OcrSettings{});
  OcrSettings settings;
  settings.readHandwrittenIds = false;
  Page page = readScan(engine, scan.get(), 300, settings);
  PixPtr image = pageAsRead(scan.get(), page);
  const auto outcomes = readHandwrittenIds(image.get(), page);
  INFO(page.text());
  REQUIRE(outcomes.size() == 1);
  CHECK(outcomes[0].cutsUndone == 2);
  REQUIRE(outcomes[0].written);
  const auto number = after(page, "CCCD:");
  REQUIRE_FALSE(number.empty());
  const std::string& digits = number.front().text;
  REQUIRE(digits.size() == 12);
  const std::string truth = "052197785338";
  CHECK(std::inner_product(digits.begin(), digits.end(), truth.begin(), 0, std::plus<>(), std::equal_to<>()) >= 10);
  CHECK(number.front().source == WordSource::Handwriting);
  CHECK(number.front().confidence <= kOneReaderConfidence);
}

TEST_CASE("a digit cut in two where its loop stands apart is put back together", "[ocr][handwriting]") {
  // Digits 24 pixels high; a 6's stem (13×23) and its loop beside it (17×14), touching; a 1 two
  // pixels on; a comma-sized piece far after the last digit.
  const auto digit = [](int x, int y, int w, int h) {
    return BlankDigit{cv::Mat(h, w, CV_8U, cv::Scalar(255)), {x, y, x + w, y + h}};
  };
  std::vector<BlankDigit> digits = {digit(700, 479, 15, 24), digit(731, 475, 23, 24), digit(757, 479, 13, 23),
                                    digit(770, 488, 17, 14), digit(789, 479, 10, 23), digit(830, 495, 5, 9)};
  const auto joined = withShortPiecesJoined(digits);
  REQUIRE(joined.size() == 5);
  CHECK(joined[2].box == sohoa::ocr::Box{757, 479, 787, 502});
  CHECK(joined[2].ink.cols == 30);
  CHECK(cv::countNonZero(joined[2].ink) == 13 * 23 + 17 * 14);
  CHECK(joined[3].box == sohoa::ocr::Box{789, 479, 799, 502});  // the 1 stays a digit of its own
  CHECK(joined[4].box == sohoa::ocr::Box{830, 495, 835, 504});  // nothing touches the comma: it is left alone
}

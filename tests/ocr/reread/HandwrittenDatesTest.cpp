#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>

#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/reread/HandwrittenDates.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using sohoa::test::formsDir;

namespace {

struct DateReading {
  Page page;
  std::vector<DateBlankOutcome> outcomes;
};

// The crop read without the date reader, then the reader run over it as ScanReading runs it.
DateReading readDates(const char* file, int dpi) {
  PixPtr scan(pixRead((formsDir() / file).c_str()));
  REQUIRE(scan);
  TesseractEngine engine(OcrSettings{});
  OcrSettings settings;
  settings.readHandwrittenDates = false;
  DateReading out{readScan(engine, scan.get(), dpi, settings), {}};
  PixPtr image = pageAsRead(scan.get(), out.page);
  out.outcomes =
      readHandwrittenDates(image.get(), out.page,
                           {digitReaderOf(engine, dpi), digitLineReaderOf(engine, dpi), dateLineReaderOf(engine, dpi)});
  return out;
}

const Word* handwritten(const Page& page) {
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words)
        if (word.source == WordSource::Handwriting) return &word;
  return nullptr;
}

}  // namespace

// A chứng thực stamp's `Ngày 03/05 /2025`: the day and month by hand before the printed year
// (Tesseract: `f xưng`). The classifier and Tesseract's digits-only line read the same digits.
TEST_CASE("a stamp's handwritten day and month before its printed year are read by two readers", "[ocr][handwriting]") {
  const DateReading read = readDates("certified-copy-stamp-date-speckled-grey.png", 300);
  INFO(read.page.text());
  REQUIRE(read.outcomes.size() == 1);
  CHECK(read.outcomes[0].written == "03/05");
  CHECK(read.outcomes[0].sure);
  const Word* date = handwritten(read.page);
  REQUIRE(date);
  CHECK(date->confidence > kOneReaderConfidence);
  CHECK(read.page.text().find("03/05 /2025") != std::string::npos);
}

// `Ngày 18/07 /2025`, its 1 written leaning like a slash: it starts the date, so it is a digit,
// not a slash. Tesseract drops it (`8/07`): no reading against the classifier's, which is written
// for a clerk to confirm.
TEST_CASE("a leaning 1 that starts a handwritten date is a digit and not a slash", "[ocr][handwriting]") {
  const DateReading read = readDates("certified-copy-stamp-date-grey.png", 300);
  INFO(read.page.text());
  REQUIRE(read.outcomes.size() == 1);
  CHECK(read.outcomes[0].classified == "18/07");
  CHECK(read.outcomes[0].written == "18/07");
  CHECK_FALSE(read.outcomes[0].sure);
  const Word* date = handwritten(read.page);
  REQUIRE(date);
  CHECK(date->confidence <= kOneReaderConfidence);
}

// A marriage certificate's `Ngày, tháng, năm đăng ký: 19/09/2025` (Tesseract: `/09/301°`), its
// second slash run into the 2 of the year: it is peeled off that 2, and the date's three parts read.
// Tesseract reads the year otherwise (`3025`): nothing is written over the blank.
TEST_CASE("a slash run into a handwritten digit is peeled off it and the date cut in three parts",
          "[ocr][handwriting]") {
  const DateReading read = readDates("marriage-certificate-register-date-grey.png", 300);
  INFO(read.page.text());
  REQUIRE(read.outcomes.size() == 1);
  CHECK(read.outcomes[0].classified == "19/09/2025");
  CHECK((read.outcomes[0].written.empty() || read.outcomes[0].written == "19/09/2025"));
}

// A typed date after the label is Tesseract's to keep.
TEST_CASE("a typed register date is left as read", "[ocr][handwriting]") {
  Page page;
  page.blocks.push_back({{0, 0, 1200, 60}, {}});
  Line line{{0, 0, 1200, 60}, {}};
  for (const char* text : {"Ngày,", "tháng,", "năm", "đăng", "ký:"})
    line.words.push_back(
        {text,
         {static_cast<int>(line.words.size()) * 120, 10, static_cast<int>(line.words.size()) * 120 + 100, 50},
         0.95f});
  line.words.push_back({"16/11/2025", {700, 10, 950, 50}, 0.93f});
  page.blocks[0].lines.push_back(line);
  PixPtr blankPage(pixCreate(1200, 60, 8));
  pixSetAll(blankPage.get());
  const auto outcomes = readHandwrittenDates(blankPage.get(), page, {});
  REQUIRE(outcomes.size() == 1);
  CHECK(outcomes[0].written.empty());
  CHECK(page.blocks[0].lines[0].words.back().text == "16/11/2025");
}

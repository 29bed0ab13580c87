#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <utility>

#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/prepare/SpeckledCopy.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using namespace sohoa::test;

namespace {

// A generated page (tests/data/forms/README.md): a CCCD card copied front and back on A4,
// scanned bilevel at 300 dpi, its security background turned to specks.

PixPtr speckledCardCopy() { return PixPtr(pixRead((formsDir() / "cccd-copy-bilevel.png").c_str())); }

// The share of the truth's words (as a multiset, in any order) found in `text`.
double wordsFound(const std::string& truth, const std::string& text) {
  std::map<std::string, int> available;
  std::istringstream read(text);
  for (std::string word; read >> word;) ++available[word];
  std::istringstream expected(truth);
  int found = 0, all = 0;
  for (std::string word; expected >> word; ++all)
    if (available[word] > 0) {
      --available[word];
      ++found;
    }
  return all ? static_cast<double>(found) / all : 0;
}

double shareOf(Pix* mask) {
  l_int32 count = 0;
  pixCountPixels(mask, &count, nullptr);
  return static_cast<double>(count) / (static_cast<double>(pixGetWidth(mask)) * pixGetHeight(mask));
}

// A forms fixture (`NAME.png`, 300 dpi) read as sohoa reads it, and its truth (`NAME.txt`).
std::pair<std::string, std::string> readWithTruth(const std::string& name) {
  PixPtr copy(pixRead((formsDir() / (name + ".png")).c_str()));
  REQUIRE(copy);
  TesseractEngine engine(OcrSettings{});
  return {readFile(formsDir() / (name + ".txt")), readScan(engine, copy.get(), 300, OcrSettings{}).text()};
}

bool covers(Pix* mask, int x, int y) {
  l_uint32 value = 0;
  pixGetPixel(mask, x, y, &value);
  return value == 1;
}

}  // namespace

TEST_CASE("the speckled background of a bilevel card copy is found, and nothing on a plain page", "[ocr][prepare]") {
  PixPtr copy = speckledCardCopy();
  REQUIRE(copy);
  const PixPtr regions = speckledRegions(copy.get(), 300);
  REQUIRE(regions);
  // The two cards (86 × 54 mm each) on an A4 sheet: about a sixth of it.
  CHECK(shareOf(regions.get()) > 0.08);
  CHECK(shareOf(regions.get()) < 0.30);
  CHECK(covers(regions.get(), 1000, 600));    // the front's `Số / No.` line
  CHECK(!covers(regions.get(), 1240, 2800));  // the paper below the cards

  PixPtr form(pixRead((scansDir() / "to-khai" / "trang-2.png").c_str()));
  REQUIRE(form);
  PixPtr bilevelForm(pixThresholdToBinary(form.get(), 128));
  CHECK(descreened(bilevelForm.get(), 200) == nullptr);
  CHECK(descreened(form.get(), 200) == nullptr);  // a grey page is left to Tesseract's threshold
  // A bilevel tờ khai whose dotted leaders run line after line: the dots are no screen.
  PixPtr leaders(pixRead((formsDir() / "declaration-leaders-bilevel.png").c_str()));
  REQUIRE(leaders);
  CHECK(descreened(leaders.get(), 300) == nullptr);
}

TEST_CASE("a bilevel card copy is read once its specks are smoothed away", "[ocr][prepare]") {
  PixPtr copy = speckledCardCopy();
  REQUIRE(copy);
  const std::string truth = readFile(formsDir() / "cccd-copy-bilevel.txt");
  TesseractEngine engine(OcrSettings{});
  const std::string text = readScan(engine, copy.get(), 300, OcrSettings{}).text();
  CHECK(text.find("052193876326") != std::string::npos);
  CHECK(text.find("Họ và tên / Full name:") != std::string::npos);
  CHECK(text.find("huyện Tây Sơn, Bình Định") != std::string::npos);

  OcrSettings speckled;
  speckled.descreenSpecks = false;
  const std::string asScanned = readScan(engine, copy.get(), 300, speckled).text();
  CHECK(wordsFound(truth, text) > 0.75);      // measured 0.82
  CHECK(wordsFound(truth, asScanned) < 0.5);  // measured 0.38
}

TEST_CASE("a card copy whose background came out dark is lit evenly before it is read", "[ocr][prepare]") {
  // The front's lower half and the back's upper half were screened dense: smoothed, they stayed
  // as dark as their print, and Tesseract dropped lines there (`Giới tính / Sex…`, `CỤC TRƯỞNG…`).
  const auto [truth, text] = readWithTruth("cccd-copy-upside-down-bilevel");
  CHECK(text.find("Giới tính / Sex: Nữ Quốc tịch") != std::string::npos);
  CHECK(wordsFound(truth, text) > 0.48);  // measured 0.52; 0.45 smoothed only
}

TEST_CASE("a card back screened so dark it copied as ink keeps only its print", "[ocr][prepare]") {
  // Its security background printed dark copied as ink with specks of paper in it: smoothed, its
  // waves stayed as dark as the machine zone on them, read as `ð46169364743<<3` and two lines of `<`.
  const auto [truth, text] = readWithTruth("cccd-copy-dark-screen-bilevel");
  CHECK(text.find("IDVNM1693647431040169364743<<3") != std::string::npos);
  CHECK(wordsFound(truth, text) > 0.55);  // measured 0.58; 0.51 with the dark screen only smoothed
}

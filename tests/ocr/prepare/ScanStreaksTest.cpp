#include <leptonica/allheaders.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "ocr/prepare/InkImage.hpp"
#include "ocr/prepare/ScanStreaks.hpp"
#include "pipeline/ingest/PageReader.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa;
using ocr::PixPtr;

namespace {

void ink(Pix* page, int x, int y, int w, int h) {
  ::Box* box = boxCreate(x, y, w, h);
  pixSetInRect(page, box);  // 1 bit: 1 is ink
  boxDestroy(&box);
}

int inkIn(Pix* page, int x, int y, int w, int h) {
  const PixPtr marks = ocr::inkImage(page);
  ::Box* box = boxCreate(x, y, w, h);
  l_int32 count = 0;
  pixCountPixelsInRect(marks.get(), box, &count, nullptr);
  boxDestroy(&box);
  return count;
}

// Pixels of `a` and `b` (same size, any depth) that differ in the rectangle.
int changedIn(Pix* a, Pix* b, int x, int y, int w, int h) {
  const PixPtr greyA(pixConvertTo8(a, 0)), greyB(pixConvertTo8(b, 0));
  const PixPtr difference(pixAbsDifference(greyA.get(), greyB.get()));
  const PixPtr same(pixThresholdToBinary(difference.get(), 1));  // 1 where nothing changed
  ::Box* box = boxCreate(x, y, w, h);
  l_int32 unchanged = 0;
  pixCountPixelsInRect(same.get(), box, &unchanged, nullptr);
  ::Box* inside = boxClipToRectangle(box, static_cast<int>(pixGetWidth(a)), static_cast<int>(pixGetHeight(a)));
  l_int32 bx = 0, by = 0, bw = 0, bh = 0;
  boxGetGeometry(inside, &bx, &by, &bw, &bh);
  boxDestroy(&box);
  boxDestroy(&inside);
  return bw * bh - unchanged;
}

// An A4 page at 300 dpi with 40 lines of letter-sized blobs (3 mm high, 1 mm apart).
PixPtr typedPage() {
  PixPtr page(pixCreate(2480, 3508, 1));
  for (int line = 0; line < 40; ++line)
    for (int letter = 0; letter < 60; ++letter) ink(page.get(), 250 + letter * 33, 300 + line * 70, 22, 36);
  return page;
}

// A copier's streak: 3 pixels wide, from the top edge to the bottom one, 2° off the vertical.
void drawStreak(Pix* page, int xAtTop) {
  const double shift = std::tan(2.0 * 3.14159265358979 / 180);
  for (int y = 0; y < static_cast<int>(pixGetHeight(page)); ++y)
    ink(page, xAtTop + static_cast<int>(std::lround(shift * y)), y, 3, 1);
}

}  // namespace

TEST_CASE("a copier's streak down a typed page is whitened and the letters beside it stay", "[ocr][prepare]") {
  PixPtr page = typedPage();
  const int letters = inkIn(page.get(), 0, 0, 2480, 3508);
  // Between two letters' columns at its top; it crosses letters further down as it drifts.
  drawStreak(page.get(), 1240);
  PixPtr streaked(pixCopy(nullptr, page.get()));
  CHECK(ocr::whitenScanStreaks(page.get(), 300) == 1);
  // The margins held nothing but the streak: they are paper again.
  CHECK(inkIn(page.get(), 1230, 0, 30, 280) == 0);
  CHECK(inkIn(page.get(), 1300, 3150, 60, 358) == 0);
  // Where the streak ran through a letter, the letter's rows were wider than the streak: kept.
  // So the letters keep all their ink, and what is left of the streak lies inside letters.
  const int left = inkIn(page.get(), 0, 0, 2480, 3508);
  CHECK(left >= letters);
  CHECK(left < letters + 3 * 3508 / 4);
  CHECK(inkIn(streaked.get(), 0, 0, 2480, 3508) - left > 3 * 3508 / 2);
}

// A portrait copy scanned on its side: the copier's streak, down the sheet, runs across the image.
TEST_CASE("a copier's streak across a sheet scanned on its side is whitened", "[ocr][prepare]") {
  PixPtr upright = typedPage();
  drawStreak(upright.get(), 1240);
  PixPtr sideways(pixRotate90(upright.get(), 1));
  const int streaked = inkIn(sideways.get(), 0, 0, 3508, 2480);
  CHECK(ocr::whitenScanStreaks(sideways.get(), 300) == 1);
  // The margins (now left and right) held nothing but the streak: they are paper again.
  CHECK(inkIn(sideways.get(), 0, 1300, 280, 120) == 0);
  CHECK(inkIn(sideways.get(), 3228, 1190, 280, 120) == 0);
  CHECK(streaked - inkIn(sideways.get(), 0, 0, 3508, 2480) > 3 * 3508 / 2);

  // The same sheet upright has its streak down the image, and is not looked at across.
  CHECK(ocr::whitenScanStreaks(upright.get(), 300) == 1);
}

TEST_CASE("a table's rules and a column of text are no streaks", "[ocr][prepare]") {
  PixPtr page = typedPage();
  // A table's vertical rules: 2 pixels wide, the table 75 % of the page high, inside the margins.
  for (const int x : {240, 900, 1600, 2240}) ink(page.get(), x, 280, 2, 2630);
  // A column of `l`s, one in each line, straight below each other.
  for (int line = 0; line < 40; ++line) ink(page.get(), 2300, 290 + line * 70, 3, 50);
  PixPtr before(pixCopy(nullptr, page.get()));
  CHECK(ocr::whitenScanStreaks(page.get(), 300) == 0);
  l_int32 same = 0;
  pixEqual(page.get(), before.get(), &same);
  CHECK(same == 1);
}

// A real decision's last page (84_QD_UB.pdf, page 4) holds only the seal, and a faint grey line
// a scanner drew from its top edge to its bottom one, 0.4° off the vertical, at x 1036–1056.
TEST_CASE("a real scanner's streak is whitened and the seal beside it stays", "[ocr][prepare][real-scans]") {
  const auto path = test::corpusDir() / "real-admin-scans" / "84_QD_UB.pdf";
  REQUIRE(std::filesystem::exists(path));
  auto scan = pipeline::openPageReader(path, pipeline::InputType::Pdf)->read(4);
  REQUIRE(scan.image);
  PixPtr before(pixCopy(nullptr, scan.image.get()));
  CHECK(ocr::whitenScanStreaks(scan.image.get(), scan.dpi) == 1);
  // The line's pixels are whitened down the whole page, and nothing else is touched.
  CHECK(changedIn(before.get(), scan.image.get(), 1000, 0, 80, 3508) > 3000);
  CHECK(changedIn(before.get(), scan.image.get(), 1000, 0, 80, 400) > 200);     // at the top
  CHECK(changedIn(before.get(), scan.image.get(), 1000, 3100, 80, 400) > 200);  // at the bottom
  CHECK(changedIn(before.get(), scan.image.get(), 0, 0, 1000, 3508) == 0);      // the seal's left part too
  CHECK(changedIn(before.get(), scan.image.get(), 1080, 0, 1387, 3508) == 0);

  // The decision's first page, typed and signed, has no streak: nothing on it changes.
  auto first = pipeline::openPageReader(path, pipeline::InputType::Pdf)->read(1);
  REQUIRE(first.image);
  PixPtr typed(pixCopy(nullptr, first.image.get()));
  CHECK(ocr::whitenScanStreaks(first.image.get(), first.dpi) == 0);
  CHECK(changedIn(typed.get(), first.image.get(), 0, 0, 2471, 3508) == 0);
}

namespace {

// The mean grey of columns [x0, x1) over rows [y0, y1), column by column.
std::vector<double> columnMeans(Pix* grey, int x0, int x1, int y0, int y1) {
  std::vector<double> means;
  for (int x = x0; x < x1; ++x) {
    double sum = 0;
    for (int y = y0; y < y1; ++y) {
      l_uint32 value = 0;
      pixGetPixel(grey, x, y, &value);
      sum += value;
    }
    means.push_back(sum / (y1 - y0));
  }
  return means;
}

}  // namespace

// A card's front cut from a grey photocopy (dev page 073 of eval-ocr seed 31, turned upright): two
// copier streaks a sixth darker than the paper run down through its print, at x 222–224 and
// 397–399 under the print. The page's ink does not hold them; where they cross the card's grey
// they fall under Tesseract's threshold and cut `Giới tí|nh` and `Quê q|uán` in two.
TEST_CASE("faint streaks through a card's grey print are taken out and the card stays grey", "[ocr][prepare]") {
  PixPtr scan(pixRead((test::formsDir() / "card-front-faint-streaks-grey.jpg").c_str()));
  REQUIRE(scan);
  PixPtr before(pixCopy(nullptr, scan.get()));
  CHECK(ocr::whitenScanStreaks(scan.get(), 300) >= 2);
  // The card's background below its print, around each streak: as grey as beside it, not white.
  for (const int streak : {223, 398}) {
    const auto was = columnMeans(before.get(), streak - 8, streak + 9, 620, 670);
    const auto now = columnMeans(scan.get(), streak - 8, streak + 9, 620, 670);
    CHECK(*std::min_element(was.begin(), was.end()) < now.front() - 30);  // the streak was there
    CHECK(*std::min_element(now.begin(), now.end()) > now.front() - 8);
    CHECK(*std::max_element(now.begin(), now.end()) < now.front() + 8);
  }
  // Asked to leave faint streaks alone (a photo's flattened sheet), it does.
  PixPtr again(pixCopy(nullptr, before.get()));
  ocr::whitenScanStreaks(again.get(), 300, false);
  const auto kept = columnMeans(again.get(), 215, 232, 620, 670);
  CHECK(*std::min_element(kept.begin(), kept.end()) < kept.front() - 30);
}

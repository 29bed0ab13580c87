#include <leptonica/allheaders.h>

#define ZX_USE_UTF8 1
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <catch2/catch.hpp>

#include "ocr/engine/QrCodes.hpp"
#include "ocr/formats/JpegBytes.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"
#include "viewer/masking/MaskedPageImage.hpp"

using namespace sohoa::viewer;
using sohoa::ocr::PixPtr;
using sohoa::test::LaidOutPage;

namespace {

// A code drawn by ZXing's own writer at (x, y) on a grey page.
void drawCode(Pix* page, ZXing::BarcodeFormat format, const std::string& text, int x, int y, int width, int height) {
  const auto matrix = ZXing::MultiFormatWriter(format).setMargin(0).encode(text, width, height);
  for (int row = 0; row < matrix.height(); ++row)
    for (int column = 0; column < matrix.width(); ++column)
      if (matrix.get(column, row)) pixSetPixel(page, x + column, y + row, 0);
}

PixPtr whitePage() {
  PixPtr page(pixCreate(1240, 1754, 8));
  pixSetAll(page.get());
  return page;
}

// Mean grey of a region of the picture (0 black, 255 white).
double meanGrey(const std::string& jpeg, int x0, int y0, int x1, int y1) {
  const PixPtr image = sohoa::ocr::imageFromBytes(jpeg);
  double sum = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) {
      l_uint32 value = 0;
      pixGetPixel(image.get(), x, y, &value);
      sum += value;
    }
  return sum / ((x1 - x0) * (y1 - y0));
}

}  // namespace

TEST_CASE("an auditor's page picture has no code left to read: QR, PDF417, Data Matrix, bar code", "[viewer][mask]") {
  PixPtr page = whitePage();
  drawCode(page.get(), ZXing::BarcodeFormat::QRCode, "MaHoSo:000.14.22.H08-250605-1271|SoDinhDanh:093080274288", 100,
           100, 260, 260);
  drawCode(page.get(), ZXing::BarcodeFormat::Code128, "093080274288", 500, 150, 500, 120);
  drawCode(page.get(), ZXing::BarcodeFormat::PDF417, "IDVNM0930802742880930802742880", 120, 700, 600, 180);
  drawCode(page.get(), ZXing::BarcodeFormat::DataMatrix, "093080274288", 900, 700, 200, 200);
  const std::string jpeg = sohoa::ocr::jpegBytes(page.get(), 90);
  PixPtr before = sohoa::ocr::imageFromBytes(jpeg);
  REQUIRE(sohoa::ocr::readAnyCodes(before.get()).size() == 4);

  sohoa::ocr::Page words;  // the page as OCR read it, at twice the preview's size
  words.width = 2480;
  words.height = 3508;
  const std::string masked = maskedPageImage(jpeg, words, {}, PersonalDataMask());
  PixPtr after = sohoa::ocr::imageFromBytes(masked);
  REQUIRE(after);
  CHECK(sohoa::ocr::readAnyCodes(after.get()).empty());
  CHECK(meanGrey(masked, 110, 110, 350, 350) < 30);  // the QR code's place is black
}

TEST_CASE("an auditor's page picture is black where the masked words and the stored codes are", "[viewer][mask]") {
  LaidOutPage laid;  // 2480 px wide: the preview is half its size
  laid.line("Số định danh cá nhân: 093080274288", 300, 600);
  laid.line("Nơi cư trú: Thôn Phú Hữu, xã Mỹ Lợi", 300, 800);
  laid.line("IDVNM0930802742880930802742880<<3", 300, 1400);
  PixPtr page = whitePage();
  const std::string jpeg = sohoa::ocr::jpegBytes(page.get(), 90);
  // A code ingest read at full size, too faint for the preview: its stored box is blacked out.
  const std::vector<sohoa::ocr::Box> stored = {{1800, 200, 2100, 500}};
  const std::string masked = maskedPageImage(jpeg, laid.page, stored, PersonalDataMask());
  auto box = [&](const std::string& text) {
    for (const auto& block : laid.page.blocks)
      for (const auto& line : block.lines)
        for (const auto& word : line.words)
          if (word.text == text) return word.box;
    FAIL("no word " << text);
    return sohoa::ocr::Box{};
  };
  auto greyOf = [&](const sohoa::ocr::Box& b) { return meanGrey(masked, b.x0 / 2, b.y0 / 2, b.x1 / 2, b.y1 / 2); };
  CHECK(greyOf(box("093080274288")) < 30);
  CHECK(greyOf(box("Hữu,")) < 30);
  CHECK(greyOf(box("IDVNM0930802742880930802742880<<3")) < 30);
  CHECK(greyOf(stored[0]) < 30);
  CHECK(greyOf(box("danh")) > 220);  // the labels stay readable
  CHECK(greyOf(box("trú:")) > 220);
}

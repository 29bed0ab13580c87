#include "ocr/engine/QrCodes.hpp"

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>
#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "ocr/PixMat.hpp"
#include "ocr/PixPtr.hpp"
#include "ocr/engine/QrFinderRepair.hpp"
#include "ocr/text/UnicodeText.hpp"

namespace sohoa::ocr {

namespace {

std::vector<ScannedCode> readCodes(Pix* scan, ZXing::BarcodeFormats formats) {
  PixPtr grey(pixGetDepth(scan) == 8 && !pixGetColormap(scan) ? pixClone(scan) : pixConvertTo8(scan, 0));
  if (!grey) return {};
  const int width = static_cast<int>(pixGetWidth(grey.get())), height = static_cast<int>(pixGetHeight(grey.get()));
  // Leptonica keeps bytes in 32-bit words in native order; ZXing wants them in row order.
  std::vector<std::uint8_t> luminance(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
  const l_uint32* data = pixGetData(grey.get());
  const int wordsPerLine = pixGetWpl(grey.get());
  for (int y = 0; y < height; ++y) {
    const l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wordsPerLine;
    for (int x = 0; x < width; ++x)
      luminance[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)] =
          static_cast<std::uint8_t>(GET_DATA_BYTE(line, x));
  }
  ZXing::DecodeHints hints;
  hints.setFormats(formats);
  hints.setTryHarder(true);  // measured: without it, codes on 200-300 dpi JPEG scans are missed
  std::vector<ScannedCode> codes;
  for (const auto& found :
       ZXing::ReadBarcodes(ZXing::ImageView(luminance.data(), width, height, ZXing::ImageFormat::Lum), hints)) {
    if (!found.isValid()) continue;
    Box box{width, height, 0, 0};
    for (const auto& corner : found.position()) {
      box.x0 = std::min(box.x0, corner.x);
      box.y0 = std::min(box.y0, corner.y);
      box.x1 = std::max(box.x1, corner.x);
      box.y1 = std::max(box.y1, corner.y);
    }
    // ZXing gives the code's top edge direction in degrees, clockwise in image coordinates.
    const int quarters = static_cast<int>(std::lround(found.orientation() / 90.0));
    codes.push_back({{toNfc(found.text()), box}, ((quarters % 4 + 4) % 4) * 90});
  }
  return codes;
}

}  // namespace

std::vector<ScannedCode> readQrCodes(Pix* scan, Pix* asScanned) {
  std::vector<ScannedCode> codes = readCodes(scan, ZXing::BarcodeFormat::QRCode);
  if (!codes.empty()) return codes;
  // None found: perhaps a code one of whose finder patterns ink has spoilt.
  for (const auto& region : regionsWithFinderRestored(asScanned ? asScanned : scan)) {
    const PixPtr pix = greyPix(region.grey);
    for (ScannedCode found : readCodes(pix.get(), ZXing::BarcodeFormat::QRCode)) {
      if (std::any_of(codes.begin(), codes.end(), [&](const ScannedCode& c) { return c.code.text == found.code.text; }))
        continue;
      Box& box = found.code.box;
      box = {std::max(0, box.x0 + region.origin.x), std::max(0, box.y0 + region.origin.y),
             std::min(static_cast<int>(pixGetWidth(scan)), box.x1 + region.origin.x),
             std::min(static_cast<int>(pixGetHeight(scan)), box.y1 + region.origin.y)};
      codes.push_back(std::move(found));
    }
  }
  return codes;
}

std::vector<ScannedCode> readAnyCodes(Pix* scan) { return readCodes(scan, ZXing::BarcodeFormat::Any); }

Box turnedUpright(const Box& box, int rotation, int width, int height) {
  // The scan shows the page turned `rotation` degrees clockwise; upright, a point (x, y)
  // moves as the page is turned back.
  switch (((rotation / 90) % 4 + 4) % 4) {
    case 1:  // turned back by 270 clockwise
      return {box.y0, width - box.x1, box.y1, width - box.x0};
    case 2:
      return {width - box.x1, height - box.y1, width - box.x0, height - box.y0};
    case 3:
      return {height - box.y1, box.x0, height - box.y0, box.x1};
    default:
      return box;
  }
}

}  // namespace sohoa::ocr

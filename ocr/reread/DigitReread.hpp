#pragma once
// Tesseract asked again about a crop that should hold only a number: a single line (psm 7)
// with the character whitelist set to the ten digits. A handwritten or badly printed number
// that the page's first read made into letters (`đ4`, `Ø3`) can come back as digits; the
// reading is only a second opinion (HandwrittenNumbers keeps it where the digit classifier
// read the same). The engine is passed in, or any reader with the same contract, so the
// re-read works with whatever engine the page was read by.
#include <functional>
#include <string>

struct Pix;
namespace tesseract {
class TessBaseAPI;
}

namespace sohoa::ocr {

class OcrEngine;

struct DigitText {
  std::string digits;  // only 0-9; empty when nothing was read
  float confidence = 0;
};

using DigitReader = std::function<DigitText(Pix* crop)>;

// Reads `crop` (8-bit or 1-bit, scanned at `dpi`) with `api`, restricted to digits; `api`'s
// page segmentation mode and whitelist are restored afterwards, and its results cleared.
DigitText readDigits(tesseract::TessBaseAPI& api, Pix* crop, int dpi);

// The re-read through sohoa's OcrEngine seam, which has no whitelist: the crop read as one
// line, kept only when all it holds is digits. This is what ScanReading wires in today.
DigitReader digitReaderOf(OcrEngine& engine, int dpi);
// The engine's digits-only line reading (OcrEngine::readDigitLine: Tesseract's English model
// told the ten digits), the crop framed with paper first: a third opinion on a blank.
DigitReader digitLineReaderOf(OcrEngine& engine, int dpi);
// The engine's date reading (OcrEngine::readDateLine), framed the same way: its `digits` keep
// the slashes (`19/09/2025`).
DigitReader dateLineReaderOf(OcrEngine& engine, int dpi);

}  // namespace sohoa::ocr

#pragma once
// One Tesseract recogniser, created once (loading models takes a while) and reused for
// many pages by a single thread at a time.
#include <memory>
#include <string>

#include "ocr/PageModel.hpp"
#include "ocr/PageOrientation.hpp"

struct Pix;
namespace tesseract {
class TessBaseAPI;
}

namespace sohoa::ocr {

struct OcrSettings {
  std::string languages = "vie";  // measured: vie+eng is slower and no more accurate on Vietnamese pages
  int pageSegMode = 3;            // tesseract::PSM_AUTO
  std::string dataPath;           // empty: Tesseract's compiled-in tessdata folder
  bool turnUpright = true;        // re-read pages scanned at 90/180/270 degrees upright
  bool straighten = true;         // deskew up to ±10 degrees before OCR
};

class TesseractEngine {
 public:
  explicit TesseractEngine(const OcrSettings& settings);
  ~TesseractEngine();
  TesseractEngine(const TesseractEngine&) = delete;
  TesseractEngine& operator=(const TesseractEngine&) = delete;

  // Recognises a page image (any depth) scanned at `dpi`; words come back NFC. A skewed
  // page is straightened first; a page that reads badly or sideways is checked for
  // orientation and re-read upright. Word boxes are in the prepared page's pixels, and the
  // page records the rotation and skew it was given.
  Page recognise(Pix* image, int dpi);

 private:
  // `sideways`: Tesseract found the page's first block not upright.
  Page recogniseStraightened(Pix* image, int dpi, int rotation, bool& sideways);

  OcrSettings settings_;
  std::unique_ptr<tesseract::TessBaseAPI> api_;
  std::unique_ptr<OrientationDetector> orientation_;  // loaded when a page first reads badly
};

}  // namespace sohoa::ocr

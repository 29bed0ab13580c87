#pragma once
// One Tesseract recogniser, created once (loading models takes a while) and reused for
// many pages by a single thread at a time.
#include <memory>
#include <string>

#include "ocr/PageModel.hpp"

struct Pix;
namespace tesseract {
class TessBaseAPI;
}

namespace sohoa::ocr {

struct OcrSettings {
  std::string languages = "vie";  // measured: vie+eng is slower and no more accurate on Vietnamese pages
  int pageSegMode = 3;            // tesseract::PSM_AUTO
  std::string dataPath;           // empty: Tesseract's compiled-in tessdata folder
};

class TesseractEngine {
 public:
  explicit TesseractEngine(const OcrSettings& settings);
  ~TesseractEngine();
  TesseractEngine(const TesseractEngine&) = delete;
  TesseractEngine& operator=(const TesseractEngine&) = delete;

  // Recognises a page image (any depth) scanned at `dpi`; words come back NFC.
  Page recognise(Pix* image, int dpi);

 private:
  std::unique_ptr<tesseract::TessBaseAPI> api_;
};

}  // namespace sohoa::ocr

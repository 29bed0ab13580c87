#pragma once
// An OCR engine for tests of what happens around recognition (orientation, re-reading missed
// ink, reading order) without Tesseract: it "reads" each dark blob of an image as a word.
// A page stands upright when a 12×12 dark mark sits in its top-left corner; read any other
// way up, its blobs come back as shards of low confidence, as Tesseract's do.
// `pageDropsBelow` makes a page reading (Layout::Page) drop every blob below that share of
// the image's height, as Tesseract drops blocks beside dotted leaders.
#include <vector>

#include "ocr/engine/OcrEngine.hpp"

namespace sohoa::test {

class FakeOcrEngine final : public ocr::OcrEngine {
 public:
  double pageDropsBelow = 1.0;
  ocr::Orientation orientationAnswer{0, 0.0f};
  std::vector<ocr::Layout> readsAsked;

  ocr::Recognition read(Pix* image, int dpi, ocr::Layout layout) override;
  ocr::Orientation orientation(Pix*, int) override { return orientationAnswer; }
};

}  // namespace sohoa::test

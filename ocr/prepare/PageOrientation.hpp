#pragma once
// Which way up a scanned page is (0, 90, 180 or 270 degrees clockwise), read with
// Tesseract's orientation model (osd.traineddata). One detector per thread, like an engine.
#include <memory>
#include <string>

#include "ocr/PixPtr.hpp"
#include "ocr/engine/OcrEngine.hpp"

namespace tesseract {
class TessBaseAPI;
}

namespace sohoa::ocr {

class OrientationDetector {
 public:
  explicit OrientationDetector(const std::string& dataPath = {});
  ~OrientationDetector();
  OrientationDetector(const OrientationDetector&) = delete;
  OrientationDetector& operator=(const OrientationDetector&) = delete;

  // Nothing when the page has too little text to tell.
  Orientation detect(Pix* image, int dpi);

 private:
  std::unique_ptr<tesseract::TessBaseAPI> api_;
};

// The page turned upright: rotated back by `degrees` (a multiple of 90).
PixPtr turnUpright(Pix* image, int degrees);

// Straightens a page skewed by up to ±10 degrees (Leptonica's sweep-and-search on the
// binarised page). Returns the straightened page (or nothing when no skew was found) and
// the angle in degrees it was turned by.
struct Deskewed {
  PixPtr image;
  double angle = 0;
};
Deskewed deskew(Pix* image);

// The scan as recognition saw it (turned upright by `rotation`, straightened by `skew`
// degrees), so that word boxes fall on their words: what a viewer shows.
PixPtr asRecognised(Pix* scan, int rotation, double skew);

}  // namespace sohoa::ocr

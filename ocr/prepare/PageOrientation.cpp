#include "ocr/prepare/PageOrientation.hpp"

#include <tesseract/baseapi.h>

#include <cmath>
#include <stdexcept>

namespace sohoa::ocr {

OrientationDetector::OrientationDetector(const std::string& dataPath)
    : api_(std::make_unique<tesseract::TessBaseAPI>()) {
  if (api_->Init(dataPath.empty() ? nullptr : dataPath.c_str(), "osd", tesseract::OEM_TESSERACT_ONLY) != 0)
    throw std::runtime_error("cannot load Tesseract's orientation model (is tesseract-ocr-osd installed?)");
  api_->SetPageSegMode(tesseract::PSM_OSD_ONLY);
  api_->SetVariable("debug_file", "/dev/null");
}

OrientationDetector::~OrientationDetector() { api_->End(); }

Orientation OrientationDetector::detect(Pix* image, int dpi) {
  // Orientation needs shapes of lines, not fine detail: half a 300 dpi page is enough and
  // costs a quarter of the time.
  const bool halve = dpi >= 250;
  PixPtr smaller(halve ? pixScale(image, 0.5f, 0.5f) : pixClone(image));
  api_->SetImage(smaller.get());
  api_->SetSourceResolution(halve ? dpi / 2 : (dpi > 0 ? dpi : 300));
  Orientation found;
  const char* script = nullptr;
  float scriptConfidence = 0;
  if (!api_->DetectOrientationScript(&found.degrees, &found.confidence, &script, &scriptConfidence)) found = {};
  api_->Clear();
  return found;
}

PixPtr turnUpright(Pix* image, int degrees) {
  // Leptonica turns clockwise by quarters; undoing a clockwise rotation of d degrees is
  // turning by 360 - d.
  const int quarters = (4 - ((degrees / 90) % 4 + 4) % 4) % 4;
  return PixPtr(quarters == 0 ? pixClone(image) : pixRotateOrth(image, quarters));
}

namespace {

constexpr double kRadiansPerDegree = 3.14159265358979323846 / 180.0;

// Turns a page by a few degrees, keeping its size. Small turns shear whole rows and columns
// of pixels, which keeps glyph edges as sharp as scanned; area mapping, needed for larger
// turns, blurs them (a real decree's heading read "NGHioini" after a 0.31 degree area-mapped
// turn, "NGHỊ ĐỊNH" sheared).
PixPtr turnedBy(Pix* image, double degrees) {
  constexpr double kShearUpTo = 2.0;
  const int method = std::abs(degrees) <= kShearUpTo ? L_ROTATE_SHEAR : L_ROTATE_AREA_MAP;
  return PixPtr(pixRotate(image, static_cast<float>(degrees * kRadiansPerDegree), method, L_BRING_IN_WHITE, 0, 0));
}

}  // namespace

Deskewed deskew(Pix* image) {
  // Leptonica's sweep-and-search on the binarised page, as pixDeskewGeneral does it.
  PixPtr ink(pixGetDepth(image) == 1 ? pixClone(image) : nullptr);
  if (!ink) {
    PixPtr grey(pixConvertTo8(image, 0));
    if (grey) ink.reset(pixThresholdToBinary(grey.get(), 130));
  }
  // Swept a little past 10 degrees: at the very end of its sweep the search cannot tell.
  constexpr float kSweepRange = 12.0f;
  l_float32 angle = 0, confidence = 0;
  Deskewed result;
  if (!ink || pixFindSkewSweepAndSearch(ink.get(), &angle, &confidence, 2, 1, kSweepRange, 1.0f, 0.01f) != 0)
    return result;
  // A page is left within 0.3 degrees of straight: under that Tesseract reads lines as well
  // either way, and turning costs time. (From half a degree only, as before, real decree
  // headers were left 0.5 degrees askew.)
  constexpr float kLeftAsIs = 0.3f;
  constexpr float kSureEnough = 3.0f;  // Leptonica's own floor for a skew worth correcting
  if (confidence < kSureEnough || std::abs(angle) < kLeftAsIs) return result;
  result.image = turnedBy(image, angle);
  if (result.image) result.angle = angle;
  return result;
}

PixPtr asRecognised(Pix* scan, int rotation, double skew) {
  PixPtr upright = turnUpright(scan, rotation);
  if (skew == 0) return upright;
  return turnedBy(upright.get(), skew);
}

}  // namespace sohoa::ocr

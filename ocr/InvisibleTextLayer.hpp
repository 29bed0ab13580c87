#pragma once
// The text layer of a two-layer archive page: every recognised word drawn invisibly (PDF
// text render mode 3) over the scan, on the word's own box, so that selecting and searching
// in any PDF reader lands on the words. The scan keeps its own orientation in the PDF (the
// page's /Rotate shows it upright), so the word boxes, which OCR gave in the upright and
// straightened page, are carried back onto the scan.
#include <string>

#include "ocr/PageModel.hpp"

namespace sohoa::ocr {

struct ScanGeometry {
  int width = 0, height = 0;  // the scan's pixels, as stored in the archive
  int dpi = 300;
};

// Content-stream operators drawing `page`'s words with font resource `fontName` (a Type0
// font whose codes are UTF-16 code units and whose glyphs are 500/1000 em wide).
std::string invisibleTextOperators(const Page& page, const ScanGeometry& scan, const std::string& fontName);
// The /Rotate a PDF viewer needs to show the scan upright.
int displayRotation(const Page& page);
// A point of the upright, straightened page in the scan's pixels.
void pointOnScan(const Page& page, const ScanGeometry& scan, double x, double y, double& scanX, double& scanY);

}  // namespace sohoa::ocr

#pragma once
// The dark a scanner leaves around a page (the lid's shadow, the platen's edge) and punch
// holes near its edge, whitened in the image OCR reads: Tesseract reads them as lines of
// noise, and they split the lines of text beside them. Dark regions touching the image's
// edge go, and solid round blobs 4–12 mm across within the outer eighth of the width.
// The archive keeps the scan as it came.
#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {

// A copy of `page` (1 or 8 bits) without its dark borders and punch holes; the page itself
// (a clone) when it has none, or for other depths.
PixPtr withoutDarkBorders(Pix* page, int dpi);

}  // namespace sohoa::ocr

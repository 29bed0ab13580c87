#pragma once
// A page drawn white on black (a negative photocopy; a PDF whose colour space inverts its ink,
// as a JBIG2 page with an inverted DeviceN space does) reads as nothing: Tesseract's layout
// analysis looks for dark text on light paper. Such a page is mostly dark, and its light
// marks are many and small (letters). A page mostly dark because the scanner's lid was open
// has one large light region instead (the paper), which ScanBorders deals with; it is left
// as it is. The image OCR reads is turned back to dark on light; the archive keeps the scan.
#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {

bool looksInverted(Pix* page);
// `page` turned back to dark ink on light paper when it looks inverted, else nothing.
PixPtr turnedPositive(Pix* page);

}  // namespace sohoa::ocr

#pragma once
// QR codes printed on the page (result sheets and receipts carry one with the dossier code,
// procedure code and applicant's number, TCVN 7322 / ISO/IEC 18004), read with ZXing.
#include <vector>

#include "ocr/PageModel.hpp"

struct Pix;

namespace sohoa::ocr {

// A QR code as found on a scan: what it says, its box in the scan's pixels, and the
// quarter turn it stands at. A code is printed upright on its page, so a code standing at 90
// degrees says the page was scanned turned by 90 degrees, however little text is on it.
struct ScannedCode {
  PageCode code;
  int rotation = 0;  // clockwise degrees, a multiple of 90
};

// Every QR code on a scan (any depth), one with a finder pattern spoilt included
// (QrFinderRepair). `asScanned`, when given, is the same page before its dark borders were
// whitened: a code the sheet's edge cuts into is whitened with them, and is mended from it.
std::vector<ScannedCode> readQrCodes(Pix* scan, Pix* asScanned = nullptr);
// Every code ZXing knows (QR, Data Matrix, PDF417, Aztec, bar codes), for blacking them out.
std::vector<ScannedCode> readAnyCodes(Pix* scan);
// The box a region of a scan has once the scan is turned upright by `rotation` degrees
// (as Page::rotation records it); `width` and `height` are the scan's.
Box turnedUpright(const Box& box, int rotation, int width, int height);

}  // namespace sohoa::ocr

#pragma once
// QR codes printed on the page (result sheets and receipts carry one with the dossier code,
// procedure code and applicant's number, TCVN 7322 / ISO/IEC 18004), read with ZXing.
#include <vector>

#include "ocr/PageModel.hpp"

struct Pix;

namespace sohoa::ocr {

// Every QR code on a scan (any depth), with its box in the scan's pixels.
std::vector<PageCode> readQrCodes(Pix* scan);
// The box a region of a scan has once the scan is turned upright by `rotation` degrees
// (as Page::rotation records it); `width` and `height` are the scan's.
Box turnedUpright(const Box& box, int rotation, int width, int height);

}  // namespace sohoa::ocr

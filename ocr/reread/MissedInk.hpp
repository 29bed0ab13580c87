#pragma once
// Text-like ink on a page that no recognised word covers. Tesseract's page segmentation
// drops blocks it does not believe are text — label/value lines beside dotted leaders, lines
// near a QR code or a seal, the small print of an ID card — and nothing else notices: the
// page simply reads shorter. Looking at the ink needs no truth, so this works on every page
// scanned. Ink is text-like when its connected pieces are letter-sized: dots of leaders,
// specks, rules, table borders, photos and seals are left out. What is left outside every
// word's box (grown a little for the marks above and below letters) is missed.
#include <vector>

#include "ocr/PageModel.hpp"

struct Pix;

namespace sohoa::ocr {

struct MissedInk {
  double share = 0;         // of the page's text-like ink, the part outside every word
  std::vector<Box> places;  // where it lies, grouped into line-sized boxes, most ink first
  int letterHeight = 0;     // the page's letter height in pixels (word boxes' median height)
};

// `image` is the page as it was read (1 or 8 bits, upright, straightened); `page` its words.
MissedInk findMissedInk(Pix* image, const Page& page, int dpi);

}  // namespace sohoa::ocr

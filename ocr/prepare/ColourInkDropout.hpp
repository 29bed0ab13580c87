#pragma once
// Grey for OCR from a colour scan, with coloured ink dropped to white: the red round seal
// stamped over the signature, and the blue pen of the signature itself. Black text under a
// seal stays: it is dark in every channel, a seal is bright in red. The archive keeps the
// colour original.
#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {

// 8-bit grey of any image; pixels of bright red or of blue ink become white.
PixPtr greyWithoutColourInk(Pix* image);

}  // namespace sohoa::ocr

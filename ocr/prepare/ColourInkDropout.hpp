#pragma once
// Grey for OCR from a colour scan, with the red round seal stamped over the signature dropped to
// white. Black text under a seal stays: it is dark in every channel, a seal is bright in red.
// Blue pen stays too: citizens fill their forms in blue ballpoint (name, CCCD, address), and
// dropping it for the signature's sake lost them all (eval-extract seed 1204: person_name 79.6 →
// 89.8 %, citizen_ids 77.4 → 83.9 % with it kept; the real scans read the same). The archive
// keeps the colour original.
#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {

// 8-bit grey of any image; pixels of bright red ink become white.
PixPtr greyWithoutColourInk(Pix* image);

}  // namespace sohoa::ocr

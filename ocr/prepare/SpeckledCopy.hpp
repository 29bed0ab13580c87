#pragma once
// Bilevel copies of ID cards come speckled. A card's printed security background (fine
// waves on a mid grey) lies near the scanner's black/white threshold, so a bilevel scan or
// photocopy turns it into a field of specks that touch the small card print: Tesseract then
// reads nothing of the card, or shards. Where specks lie dense, the page is descreened —
// turned back into grey with a light blur, the way the eye sees it — so the specks fade to a
// pale grey field that Tesseract's own threshold drops, and the letters stay dark; where the
// card's background is printed dark, each point is then lit as evenly as the paper; where it is
// so dark that the copy made it ink with specks of paper in it, only the print is kept there.
// Elsewhere (the A4 paper around the card, other bilevel pages) nothing changes.
#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {

// Where specks (ink pieces a few pixels across) lie dense, as a 1-bit mask the size of
// `bilevel`: the bounding box of each such place; all clear when there is none.
PixPtr speckledRegions(Pix* bilevel, int dpi);

// `scan` (1 bit, or 8 bits holding a bilevel page) as grey with its speckled regions
// smoothed; nullptr when it is not bilevel or nothing on it is speckled.
PixPtr descreened(Pix* scan, int dpi);

}  // namespace sohoa::ocr

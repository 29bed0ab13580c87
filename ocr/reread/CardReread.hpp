#pragma once
// An ID card photocopied on a page, read again on its own. Read with the page, a card's small
// print came out garbled or not at all where the same ink cut out, enlarged and read as one
// block reads clean (`CỘNG hỌA h bộ lãnh dj NAM` against `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`; a
// chứng thực's `Left index finger`, a CĂN CƯỚC's number the page had not read): the page's layout
// analysis sizes its lines by the page's letters, three times the card's, and drops what it
// takes for the card's pictures. Line by line, the reading of the card alone replaces the page's
// words on the same rows when it scores clearly better (ocr/prepare/ReadingScore, no less sure);
// a line the page did not read at all is left to ocr/reread/MissedLines. The page's reading
// stands wherever it was as good: measured on the dev families' card pages (seeds 31 and 37),
// CER 13.79 → 13.10 % and 18.12 → 17.35 %, words in dropped lines 7.79 → 6.25 % and 8.63 → 7.35 %.
#include <vector>

#include "ocr/engine/OcrEngine.hpp"

namespace sohoa::ocr {

// `image` is the page as read (upright, straightened); `cards` are where ocr/layout/CardRegions
// found cards on it.
void rereadCards(OcrEngine& engine, Pix* image, int dpi, Page& page, const std::vector<Box>& cards);

}  // namespace sohoa::ocr

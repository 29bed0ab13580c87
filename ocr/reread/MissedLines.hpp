#pragma once
// The lines a page's first reading missed, read again one by one and put in their place.
// Each place of missed ink (ocr/reread/MissedInk) is cut out with a margin, the words already read
// in it whitened (so nothing is read twice), enlarged when its letters are small, and read
// as one line (or a block, when it is taller than a line). Words the engine is unsure of, or
// that are shards rather than words (a signature, a seal's rim), are not kept. A word read
// on the baseline of a line already read joins that line in its place (the value after a
// label); others form a line of their own, placed among the blocks by position. The share
// of text-like ink still unread is recorded on the page (`uncovered_ink`).
#include "ocr/engine/OcrEngine.hpp"

namespace sohoa::ocr {

// `image` is the page as read (upright, straightened); its words are in `page`.
void readMissedLines(OcrEngine& engine, Pix* image, int dpi, Page& page);

// The same under the page's seals, after the lines they cross were read again (CrossedLines):
// a name the rim runs through joins the rim's ink into one piece of no letter's size, so no ink
// of it was missed. With the rims whitened (SealRings) its letters are letters again; what is
// still unread there is read from that picture. (Read so from the start, a rim through a word's
// first letters leaves slivers where the scan read `IÚ TỊCH`, which extraction knows.)
void readMissedUnderSeals(OcrEngine& engine, Pix* image, int dpi, Page& page);

}  // namespace sohoa::ocr

#pragma once
// How well a page reads, to choose between readings of one scan turned different ways.
// A page read the wrong way up still gives words, often with fair confidence, but they are
// shards: marks and punctuation inside words, letters mixed with digits. Upright, the same
// ink gives words of letters or of digits. The score counts the letters of such words,
// weighted by the engine's confidence; words standing taller than wide (lines read across
// a page turned by 90 degrees) count against. A card's machine-readable zone (`IDVNM…`) is
// read only upright and settles it.
#include "ocr/PageModel.hpp"

namespace sohoa::ocr {

double readingScore(const Page& page);
// Most of the longer words stand taller than wide: the page lies on its side.
bool mostWordsStandUp(const Page& page);

}  // namespace sohoa::ocr

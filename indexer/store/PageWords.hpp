#pragma once
// Compact encoding of a page's words and boxes for the store: one line per word,
// "block line x0 y0 x1 y1 confidence% text", so hits can be outlined without the hOCR file; a
// word read from handwriting has "h" after its confidence ("93h"), which older rows lack.
#include <string>

#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

std::string encodePageWords(const ocr::Page& page);
// Rebuilds blocks, lines and words (page size and metadata are not part of the encoding).
void decodePageWords(const std::string& encoded, ocr::Page& page);

}  // namespace sohoa::indexer

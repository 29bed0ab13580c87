#pragma once
// How big a page may be before it is read. A page's size is known from its header (PNG,
// JPEG, TIFF) or its box and resolution (PDF) before a pixel is decoded, so it is checked
// there: an 11 KB PDF holding a 35000×35000 bilevel image took 3.9 GB and two minutes to
// ingest, a 150 KB PNG of 30000×30000 3.0 GB (both measured), for pages with nothing on them.
// Up to 600 dpi A3 (7016×9921, 70 megapixels) a page is read as it is; up to four times that
// (1200 dpi A3) it is read at half its resolution, which is still more than OCR needs; beyond
// that it is no scan and is refused with its size. Whatever the page, decoding it may not
// take more than 400 MB, so that one page stays under a gigabyte with OCR's own copies.
#include <cstdint>

#include "ocr/PixPtr.hpp"

namespace sohoa::pipeline {

inline constexpr std::int64_t kMostPagePixels = 7016LL * 9921;
inline constexpr std::int64_t kAbsurdPagePixels = 4 * kMostPagePixels;
inline constexpr std::int64_t kMostDecodedBytes = 400LL << 20;
// Rendering a PDF page decodes every image it draws in full, each time it is drawn; more than
// this (about a second of Poppler's time) is no scan, and the page is refused before it is rendered.
inline constexpr std::int64_t kMostImagePixelsDrawn = kAbsurdPagePixels;

// 1 when a page of width × height pixels is read as it is, 2 when it is read halved; throws
// InputError naming the size when it is beyond any scan.
int pageReduction(std::int64_t width, std::int64_t height);
// Throws InputError when holding width × height pixels of `bitsPerPixel` needs more memory
// than a page may take.
void checkDecodedSize(std::int64_t width, std::int64_t height, int bitsPerPixel);
// The page at half its size: bilevel becomes grey (thin strokes stay readable), grey and
// colour are averaged.
ocr::PixPtr halved(Pix* page);

}  // namespace sohoa::pipeline

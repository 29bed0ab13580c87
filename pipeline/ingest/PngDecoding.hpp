#pragma once
// PNG scans decoded with libpng's simplified API, not through Leptonica: the size is checked
// from the header before any pixel is decoded (a 150 KB PNG can declare 30000×30000), a page
// over the limit is halved as it is copied out, and libpng's warnings ("tEXt: CRC error")
// stay inside libpng instead of reaching sohoa's stderr. Bilevel PNGs stay bilevel (the
// archive keeps them lossless in Group 4); everything else becomes 8-bit grey or colour.
#include <filesystem>

#include "ocr/PixPtr.hpp"

namespace sohoa::pipeline {

struct PngHeader {
  int width = 0, height = 0;
  int bitDepth = 0, colourType = 0;
  int dpi = 0;  // from pHYs, 0 when none
};

// What the chunks before the image data say; throws InputError when there is no header.
PngHeader readPngHeader(const std::filesystem::path& file);
// Throws InputError when the file is damaged or too large to read.
ocr::PixPtr decodePng(const std::filesystem::path& file);

}  // namespace sohoa::pipeline

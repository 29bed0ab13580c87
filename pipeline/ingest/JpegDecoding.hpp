#pragma once
// JPEG scans decoded with libjpeg directly, not through Leptonica: the header is read before
// any pixel, so a page too large is refused or decoded at half size (libjpeg's DCT scaling
// costs nothing), and libjpeg's warnings ("Corrupt JPEG data: 2 extraneous bytes…") are
// counted, not printed on sohoa's stderr. Two stray bytes between segments are harmless and
// the page is read; other damage refuses it. A CMYK file written by Photoshop (Adobe APP14
// marker) holds inverted samples, which are turned back to colour as Leptonica does.
#include <optional>
#include <string_view>

#include "ocr/PixPtr.hpp"

namespace sohoa::pipeline {

struct JpegHeader {
  int width = 0, height = 0;
  int components = 0;  // 1 grey, 3 colour, 4 CMYK or YCCK
  int dpi = 0;         // as recorded (JFIF density), 0 when none
};

std::optional<JpegHeader> readJpegHeader(std::string_view bytes);
// Decodes at 1/`reduction` of the size (1, 2, 4 or 8); throws InputError when it is damaged.
ocr::PixPtr decodeJpeg(std::string_view bytes, int reduction);

}  // namespace sohoa::pipeline

#pragma once
// A page picture as JPEG bytes in memory, and back: what is stored and served to browsers.
#include <string>

#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {

// Empty when Leptonica cannot encode the image.
std::string jpegBytes(Pix* image, int quality = 75);
// Nothing (a null PixPtr) when the bytes are not an image Leptonica reads.
PixPtr imageFromBytes(const std::string& bytes);

}  // namespace sohoa::ocr

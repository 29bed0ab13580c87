#include "pipeline/ingest/PageSizeLimit.hpp"

#include <cmath>
#include <string>

#include "pipeline/ingest/PageReader.hpp"

namespace sohoa::pipeline {
namespace {

std::string size(std::int64_t width, std::int64_t height) {
  // In floating point: two sides a TIFF header allows overflow 64 bits when multiplied.
  return std::to_string(width) + "×" + std::to_string(height) + " pixels (" +
         std::to_string(std::llround(static_cast<double>(width) * static_cast<double>(height) / 1e6)) + " megapixels)";
}

}  // namespace

int pageReduction(std::int64_t width, std::int64_t height) {
  if (width <= 0 || height <= 0) throw InputError("an image of " + size(width, height) + " has nothing to read");
  if (width > kAbsurdPagePixels || height > kAbsurdPagePixels || width * height > kAbsurdPagePixels)
    throw InputError(size(width, height) + " is beyond any scanned page (at most " +
                     std::to_string(kAbsurdPagePixels / 1000000) + " megapixels, A3 at 1200 dpi): refused");
  return width * height > kMostPagePixels ? 2 : 1;
}

void checkDecodedSize(std::int64_t width, std::int64_t height, int bitsPerPixel) {
  const double bytes = static_cast<double>(width) * static_cast<double>(height) * bitsPerPixel / 8;
  if (bytes > static_cast<double>(kMostDecodedBytes))
    throw InputError(size(width, height) + " in " + (bitsPerPixel > 8 ? "colour" : "grey") + " would take " +
                     std::to_string(std::llround(bytes / (1 << 20))) + " MB to decode (at most " +
                     std::to_string(kMostDecodedBytes >> 20) + " MB): refused; scan it at 600 dpi or less");
}

ocr::PixPtr halved(Pix* page) {
  ocr::PixPtr smaller(pixGetDepth(page) == 1 ? pixScaleToGray2(page) : pixScaleAreaMap2(page));
  if (!smaller) throw InputError("out of memory while halving a large page");
  pixSetResolution(smaller.get(), pixGetXRes(page) / 2, pixGetYRes(page) / 2);
  return smaller;
}

}  // namespace sohoa::pipeline

#include "viewer/server/PageThumbnail.hpp"

#include <leptonica/allheaders.h>

#include <charconv>

#include "ocr/formats/JpegBytes.hpp"

namespace sohoa::viewer {

std::optional<int> thumbnailWidth(const std::string& asked) {
  int width = 0;
  const auto [end, error] = std::from_chars(asked.data(), asked.data() + asked.size(), width);
  if (error != std::errc() || end != asked.data() + asked.size()) return std::nullopt;
  if (width < kSmallestThumbnail || width > kLargestThumbnail) return std::nullopt;
  return width;
}

std::string thumbnailJpeg(const std::string& jpeg, int width) {
  const ocr::PixPtr page = ocr::imageFromBytes(jpeg);
  if (!page) return {};
  if (pixGetWidth(page.get()) <= width) return jpeg;
  // Grey pictures scaled with area mapping stay legible at this size; colour keeps colour.
  const ocr::PixPtr small(pixScaleToSize(page.get(), width, 0));
  return small ? ocr::jpegBytes(small.get(), 70) : std::string();
}

}  // namespace sohoa::viewer

#include "ocr/formats/JpegBytes.hpp"

#include <cstdlib>

namespace sohoa::ocr {

std::string jpegBytes(Pix* image, int quality) {
  l_uint8* bytes = nullptr;
  size_t size = 0;
  if (image == nullptr || pixWriteMemJpeg(&bytes, &size, image, quality, 0) != 0 || bytes == nullptr) return {};
  std::string jpeg(reinterpret_cast<const char*>(bytes), size);
  std::free(bytes);
  return jpeg;
}

PixPtr imageFromBytes(const std::string& bytes) {
  return PixPtr(pixReadMem(reinterpret_cast<const l_uint8*>(bytes.data()), bytes.size()));
}

}  // namespace sohoa::ocr

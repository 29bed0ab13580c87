#include "ocr/PixMat.hpp"

#include <leptonica/allheaders.h>

#include <cstdint>

namespace sohoa::ocr {

cv::Mat greyMat(Pix* image) {
  const PixPtr grey(image ? pixConvertTo8(image, 0) : nullptr);
  // Leptonica keeps a row's bytes in 32-bit words, most significant first: swapped to memory order
  // on a little-endian machine (copied as they are on a big-endian one), the rows are OpenCV's.
  const PixPtr bytes(grey ? pixEndianByteSwapNew(grey.get()) : nullptr);
  if (!bytes) return {};
  const int width = static_cast<int>(pixGetWidth(bytes.get())), height = static_cast<int>(pixGetHeight(bytes.get()));
  const cv::Mat rows(height, width, CV_8UC1, pixGetData(bytes.get()),
                     static_cast<std::size_t>(pixGetWpl(bytes.get())) * sizeof(l_uint32));
  return rows.clone();
}

PixPtr greyPix(const cv::Mat& grey, int dpi) {
  PixPtr pix(pixCreate(grey.cols, grey.rows, 8));
  if (!pix) return pix;
  l_uint32* data = pixGetData(pix.get());
  const int words = pixGetWpl(pix.get());
  for (int y = 0; y < grey.rows; ++y) {
    l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * words;
    const auto* row = grey.ptr<std::uint8_t>(y);
    for (int x = 0; x < grey.cols; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  if (dpi > 0) pixSetResolution(pix.get(), dpi, dpi);
  return pix;
}

}  // namespace sohoa::ocr

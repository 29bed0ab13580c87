#include "ocr/PixMat.hpp"

#include <leptonica/allheaders.h>

#include <cstdint>

namespace sohoa::ocr {

cv::Mat greyMat(Pix* image) {
  const PixPtr grey(image ? pixConvertTo8(image, 0) : nullptr);
  if (!grey) return {};
  const int width = static_cast<int>(pixGetWidth(grey.get())), height = static_cast<int>(pixGetHeight(grey.get()));
  cv::Mat mat(height, width, CV_8UC1);
  const l_uint32* data = pixGetData(grey.get());
  const int words = pixGetWpl(grey.get());
  for (int y = 0; y < height; ++y) {
    const l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * words;
    auto* row = mat.ptr<std::uint8_t>(y);
    for (int x = 0; x < width; ++x) row[x] = static_cast<std::uint8_t>(GET_DATA_BYTE(line, x));
  }
  return mat;
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

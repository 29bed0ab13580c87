#pragma once
// Leptonica's images and OpenCV's matrices, copied one into the other. Pages travel as Pix
// (Leptonica's and Tesseract's type); finding shapes in them (contours, components, circles)
// is OpenCV's work.
#include <opencv2/core.hpp>

#include "ocr/PixPtr.hpp"

struct Pix;

namespace sohoa::ocr {

// An 8-bit grey copy of `image` (any depth); empty when it cannot be converted.
cv::Mat greyMat(Pix* image);
// An 8-bit Pix holding `grey` (CV_8U), at `dpi` when given.
PixPtr greyPix(const cv::Mat& grey, int dpi = 0);

}  // namespace sohoa::ocr

#include "ocr/reread/DigitShape.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <opencv2/imgproc.hpp>
#include <opencv2/ximgproc.hpp>

namespace sohoa::ocr {
namespace {

constexpr int kWorkSide = 48;    // thinning and redrawing happen at this size
constexpr int kStroke = 7;       // at 48 pixels: 0.15 of the height, as in digits.png
constexpr int kFittedSide = 16;  // the digit's longer side in the 20×20 result, as in digits.png

// `binary` scaled so its longer side is `side`, ink thresholded again after interpolation.
cv::Mat scaledTo(const cv::Mat& binary, int side) {
  const double scale = static_cast<double>(side) / std::max(binary.cols, binary.rows);
  const cv::Size size(std::max(1, static_cast<int>(std::lround(binary.cols * scale))),
                      std::max(1, static_cast<int>(std::lround(binary.rows * scale))));
  cv::Mat scaled;
  cv::resize(binary, scaled, size, 0, 0, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
  return scaled;
}

cv::Mat inkOnly(const cv::Mat& image) {
  cv::Mat binary;
  cv::threshold(image, binary, 127, 255, cv::THRESH_BINARY);
  return binary;
}

// Undoes the lean of handwriting: shears rows so the ink's second moments lose their slant.
cv::Mat upright(const cv::Mat& ink) {
  const cv::Moments m = cv::moments(ink, true);
  if (std::abs(m.mu02) < 1e-2) return ink;
  const double skew = m.mu11 / m.mu02;
  const double centreY = m.m01 / std::max(m.m00, 1.0);
  const cv::Mat shear = (cv::Mat_<double>(2, 3) << 1, skew, -skew * centreY, 0, 1, 0);
  cv::Mat result;
  cv::warpAffine(ink, result, shear, ink.size(), cv::WARP_INVERSE_MAP | cv::INTER_NEAREST);
  return result;
}

}  // namespace

cv::Mat normalisedDigit(const cv::Mat& ink) {
  cv::Mat result = cv::Mat::zeros(kDigitSide, kDigitSide, CV_8U);
  const cv::Rect box = cv::boundingRect(inkOnly(ink));
  if (box.empty()) return result;
  const cv::Mat scaled = inkOnly(scaledTo(inkOnly(ink(box)), kWorkSide));
  // Room around the digit for thinning, for the redrawn stroke and for the shear.
  const int pad = kWorkSide / 2;
  cv::Mat canvas;
  cv::copyMakeBorder(scaled, canvas, pad, pad, pad, pad, cv::BORDER_CONSTANT, 0);
  cv::Mat skeleton;
  cv::ximgproc::thinning(canvas, skeleton, cv::ximgproc::THINNING_ZHANGSUEN);
  cv::Mat redrawn;
  cv::dilate(skeleton, redrawn, cv::getStructuringElement(cv::MORPH_ELLIPSE, {kStroke, kStroke}));
  const cv::Mat straight = upright(redrawn);
  const cv::Rect inkBox = cv::boundingRect(straight);
  if (inkBox.empty()) return result;
  cv::Mat fitted;
  const double scale = static_cast<double>(kFittedSide) / std::max(inkBox.width, inkBox.height);
  cv::resize(straight(inkBox), fitted,
             cv::Size(std::max(1, static_cast<int>(std::lround(inkBox.width * scale))),
                      std::max(1, static_cast<int>(std::lround(inkBox.height * scale)))),
             0, 0, cv::INTER_AREA);
  const int x = (kDigitSide - fitted.cols) / 2, y = (kDigitSide - fitted.rows) / 2;
  fitted.copyTo(result(cv::Rect(x, y, fitted.cols, fitted.rows)));
  return result;
}

namespace {

// Gradient magnitudes summed by direction in a grid of `cells`×`cells` squares, then
// Hellinger-normalised (RootSIFT): square roots of the L1-normalised histogram, L2-normalised.
cv::Mat orientationHistograms(const cv::Mat& magnitude, const cv::Mat& angle, int cells, int bins) {
  const int side = kDigitSide / cells;
  cv::Mat histogram = cv::Mat::zeros(1, cells * cells * bins, CV_32F);
  for (int y = 0; y < kDigitSide; ++y)
    for (int x = 0; x < kDigitSide; ++x) {
      const int cell = (y / side) * cells + x / side;
      const int bin = std::min(bins - 1, static_cast<int>(bins * angle.at<float>(y, x) / (2 * std::numbers::pi)));
      histogram.at<float>(0, cell * bins + bin) += magnitude.at<float>(y, x);
    }
  constexpr double kEps = 1e-7;
  histogram /= cv::sum(histogram)[0] + kEps;
  cv::sqrt(histogram, histogram);
  histogram /= cv::norm(histogram) + kEps;
  return histogram;
}

}  // namespace

cv::Mat digitGradients(const cv::Mat& normalised) {
  cv::Mat gx, gy, magnitude, angle;
  cv::Sobel(normalised, gx, CV_32F, 1, 0);
  cv::Sobel(normalised, gy, CV_32F, 0, 1);
  cv::cartToPolar(gx, gy, magnitude, angle);
  // The sample's 2×2 cells of 16 directions, and 4×4 cells of 8 for the finer shape: on the
  // validation digits the SVM reads 97.2 % with both, 96.6 % with the coarse cells alone.
  cv::Mat features;
  cv::hconcat(orientationHistograms(magnitude, angle, 2, 16), orientationHistograms(magnitude, angle, 4, 8), features);
  return features / std::sqrt(2.0);
}

cv::Mat digitPixels(const cv::Mat& normalised) {
  cv::Mat pixels;
  normalised.reshape(1, 1).convertTo(pixels, CV_32F, 1.0 / 255);
  return pixels;
}

}  // namespace sohoa::ocr

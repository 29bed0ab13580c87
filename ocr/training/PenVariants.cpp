#include "ocr/training/PenVariants.hpp"

#include <opencv2/imgproc.hpp>

namespace sohoa::ocr {
namespace {

cv::Mat turned(const cv::Mat& ink, double degrees) {
  const int pad = ink.cols / 4;
  cv::Mat canvas;
  cv::copyMakeBorder(ink, canvas, pad, pad, pad, pad, cv::BORDER_CONSTANT, 0);
  const cv::Mat rotation = cv::getRotationMatrix2D(cv::Point2f(canvas.cols / 2.0f, canvas.rows / 2.0f), degrees, 1.0);
  cv::Mat result;
  cv::warpAffine(canvas, result, rotation, canvas.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);
  return result;
}

// The mean column of ink on one row, or -1 when the row has none.
int inkColumn(const cv::Mat& ink, int row) {
  int sum = 0, count = 0;
  for (int x = 0; x < ink.cols; ++x)
    if (ink.at<uchar>(row, x) > 127) sum += x, ++count;
  return count == 0 ? -1 : sum / count;
}

// A 7 crossed at its middle: a bar across the stem, a little below half height.
cv::Mat crossedSeven(const cv::Mat& ink) {
  const cv::Rect box = cv::boundingRect(ink > 127);
  const int row = box.y + box.height * 11 / 20;
  const int stem = inkColumn(ink, row);
  if (box.empty() || stem < 0) return {};
  const int half = std::max(2, box.height / 5);
  cv::Mat result = ink.clone();
  cv::line(result, {stem - half, row}, {stem + half, row}, 255, 2, cv::LINE_AA);
  return result;
}

// A 1 with the long up-stroke of continental handwriting, from its top down to the left.
cv::Mat flaggedOne(const cv::Mat& ink) {
  const cv::Rect box = cv::boundingRect(ink > 127);
  const int top = inkColumn(ink, box.y);
  if (box.empty() || top < 0) return {};
  const int reach = box.height * 2 / 5;
  cv::Mat canvas;
  const int pad = ink.cols / 4;
  cv::copyMakeBorder(ink, canvas, pad, pad, pad, pad, cv::BORDER_CONSTANT, 0);
  cv::line(canvas, {top + pad, box.y + pad}, {top + pad - reach, box.y + pad + reach * 3 / 4}, 255, 2, cv::LINE_AA);
  return canvas;
}

}  // namespace

std::vector<cv::Mat> penVariants(const LabelledDigit& digit) {
  std::vector<cv::Mat> variants{digit.ink};
  for (double degrees : {-12.0, -6.0, 6.0, 12.0}) variants.push_back(turned(digit.ink, degrees));
  cv::Mat continental;
  if (digit.digit == 7) continental = crossedSeven(digit.ink);
  if (digit.digit == 1) continental = flaggedOne(digit.ink);
  if (!continental.empty()) {
    variants.push_back(continental);
    variants.push_back(turned(continental, -8.0));
    variants.push_back(turned(continental, 8.0));
  }
  return variants;
}

}  // namespace sohoa::ocr

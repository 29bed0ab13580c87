#include "ocr/training/DigitsSheet.hpp"

#include <opencv2/imgcodecs.hpp>
#include <stdexcept>

namespace sohoa::ocr {

std::vector<LabelledDigit> digitsSheet(const std::filesystem::path& sheet, SheetPart part) {
  constexpr int kSide = 20, kRowsPerDigit = 5, kColumns = 100;
  constexpr int kOursEnd = 50;  // columns 50–99 belong to the evaluation, never read here
  constexpr int kValidationStart = 40;
  const cv::Mat image = cv::imread(sheet.string(), cv::IMREAD_GRAYSCALE);
  if (image.cols != kSide * kColumns || image.rows != kSide * kRowsPerDigit * 10)
    throw std::runtime_error(sheet.string() + ": not OpenCV's 2000×1000 digits.png (is opencv-doc installed?)");
  const int first = part == SheetPart::Training ? 0 : kValidationStart;
  const int end = part == SheetPart::Training ? kValidationStart : kOursEnd;
  std::vector<LabelledDigit> digits;
  for (int digit = 0; digit < 10; ++digit)
    for (int row = digit * kRowsPerDigit; row < (digit + 1) * kRowsPerDigit; ++row)
      for (int column = first; column < end; ++column)
        digits.push_back({image(cv::Rect(column * kSide, row * kSide, kSide, kSide)).clone(), digit});
  return digits;
}

}  // namespace sohoa::ocr

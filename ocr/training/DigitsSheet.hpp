#pragma once
// OpenCV's digits.png (opencv-doc): 5,000 handwritten digits of 20×20 pixels on a 2000×1000
// sheet, digit d in rows 5d..5d+4, 100 to a row. sohoa may use only the first half of each
// row (columns 0–49): the second half is kept for the evaluation's page generator, which
// writes handwriting into generated forms from it, so what we learn from and what we are
// tested on never meet. Of our half, columns 0–39 train and columns 40–49 validate (the
// confidence floor is chosen on them and the unit test measures on them).
#include <filesystem>
#include <opencv2/core.hpp>
#include <vector>

namespace sohoa::ocr {

struct LabelledDigit {
  cv::Mat ink;  // 20×20, 8-bit, ink bright
  int digit = 0;
};

enum class SheetPart { Training, Validation };

// The digits of one part of sohoa's half, digit by digit. Throws when the sheet is missing.
std::vector<LabelledDigit> digitsSheet(const std::filesystem::path& sheet, SheetPart part);

}  // namespace sohoa::ocr

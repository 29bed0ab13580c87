#pragma once
// More handwriting from the same training digits, as a clerk's pen would write them: the
// digit turned by a few degrees either way (a hand leans more or less than the writers of
// digits.png), and the continental forms taught in Vietnamese schools that digits.png
// (American writers) hardly holds: a 7 crossed at its middle, a 1 with a long up-stroke.
// Stroke width needs no variants: DigitShape redraws every stroke alike.
#include <opencv2/core.hpp>
#include <vector>

#include "ocr/training/DigitsSheet.hpp"

namespace sohoa::ocr {

// The digit itself first, then its variants (same label).
std::vector<cv::Mat> penVariants(const LabelledDigit& digit);

}  // namespace sohoa::ocr

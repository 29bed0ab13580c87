#pragma once
// PDF inputs: scanned pages rasterised with Poppler at the resolution of the scan they hold
// (found with qpdf), born-digital pages read from their text layer instead of OCR'd.
#include "pipeline/PageReader.hpp"

namespace sohoa::pipeline {

std::unique_ptr<PageReader> openPdfFile(const std::filesystem::path& file);

// Born-digital word boxes are given in pixels at this resolution.
inline constexpr int kTextLayerDpi = 300;

}  // namespace sohoa::pipeline

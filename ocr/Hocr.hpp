#pragma once
// hOCR (the HTML microformat for OCR results) written and read with libxml2, so every
// page's words and boxes are kept in an open format beside the store.
#include <filesystem>

#include "ocr/PageModel.hpp"

namespace sohoa::ocr {

// Writes atomically (temporary file, then rename).
void writeHocr(const Page& page, const std::filesystem::path& file);
// Throws std::runtime_error naming the file when it is not hOCR.
Page readHocr(const std::filesystem::path& file);

}  // namespace sohoa::ocr

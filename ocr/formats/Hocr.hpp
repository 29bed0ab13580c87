#pragma once
// hOCR (the HTML microformat for OCR results) written and read with libxml2, so every
// page's words and boxes are kept in an open format beside the store.
#include <filesystem>
#include <string>
#include <string_view>

#include "ocr/PageModel.hpp"

namespace sohoa::ocr {

// The page as an hOCR document (UTF-8); whoever keeps it writes it to a file.
std::string hocrDocument(const Page& page);
// Throws std::runtime_error naming the file when it is not hOCR.
Page readHocr(const std::filesystem::path& file);
// The same for hOCR text already read; `name` names it in errors.
Page readHocrText(std::string_view hocr, const std::string& name);

}  // namespace sohoa::ocr

#pragma once
// The picture of a page the viewer shows: the scan as recognition saw it (upright,
// straightened, so word and field boxes fall on their words), grey, at most 1240 pixels
// wide (A4 at 150 dpi), as JPEG. Kept in the store's pages/ folder beside the hOCR.
#include <filesystem>
#include <string>

#include <vector>

#include "indexer/store/RecordStore.hpp"
#include "ocr/PageModel.hpp"
#include "ocr/PixPtr.hpp"

namespace sohoa::pipeline {

inline constexpr int kPreviewMaxWidth = 1240;

// JPEG bytes; empty when Leptonica cannot make it (the page is still stored).
std::string pagePreviewJpeg(Pix* scan, const ocr::Page& recognised);
// Writes it atomically (temporary file, then rename): a viewer never reads half a picture.
void writePagePreview(const std::filesystem::path& file, const std::string& jpeg);

struct PreviewReport {
  int written = 0;
  std::vector<std::string> problems;  // the original and page, with the reason
};
// Writes the previews missing for scanned pages stored before previews existed (or whose
// file was lost), from the kept originals and the rotation and skew recorded for each page.
PreviewReport writeMissingPreviews(indexer::RecordStore& store);

}  // namespace sohoa::pipeline

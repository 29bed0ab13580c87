#pragma once
// Single-page JPEG and PNG files, and multi-page TIFF files, read with Leptonica.
#include "pipeline/ingest/PageReader.hpp"

namespace sohoa::pipeline {

std::unique_ptr<PageReader> openImageFile(const std::filesystem::path& file, InputType type);
std::unique_ptr<PageReader> openTiffFile(const std::filesystem::path& file);

// The resolution a scanner recorded, or kAssumedDpi when it recorded none that is plausible.
int scanResolution(Pix* image);

}  // namespace sohoa::pipeline

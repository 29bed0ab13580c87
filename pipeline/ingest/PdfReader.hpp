#pragma once
// PDF inputs. A scanned page whose scan is an embedded JPEG is decoded as it is (the
// scanner's own pixels); other scanned pages are rasterised with Poppler at the resolution
// of the scan they hold (found with qpdf); born-digital pages give their text layer.
#include "pipeline/ingest/PageReader.hpp"

namespace sohoa::pipeline {

std::unique_ptr<PageReader> openPdfFile(const std::filesystem::path& file);

// Poppler's own messages ("Syntax Warning: …") kept off sohoa's stderr: a PDF that cannot be
// read is named by sohoa, with the file and page.
void quietPoppler();

// Born-digital word boxes are given in pixels at this resolution.
inline constexpr int kTextLayerDpi = 300;

}  // namespace sohoa::pipeline

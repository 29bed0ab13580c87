#pragma once
// One page from raster to recognised text, the same way wherever it is read (`sohoa ingest`'s
// threads, a queue worker): a scanned page is made grey (colour seals and pen dropped when
// asked: OCR reads grey anyway, and a grey page queues at a quarter of its colour size) and
// dark on light, then read by Tesseract and given a JPEG preview for the viewer; a
// born-digital page is its text layer as it is.
#include <string>

#include "ocr/PageModel.hpp"
#include "ocr/ScanReading.hpp"
#include "pipeline/ingest/PageReader.hpp"

namespace sohoa::pipeline {

void prepareForOcr(RasterPage& raster, bool dropColourInk);

struct RecognisedPage {
  ocr::Page page;
  std::string preview;  // JPEG of a scanned page; empty for a born-digital one
};

// `raster` as prepareForOcr left it. Throws when Tesseract fails.
RecognisedPage recognisePage(RasterPage& raster, ocr::OcrEngine& engine, const ocr::OcrSettings& settings);

}  // namespace sohoa::pipeline

#include "pipeline/ingest/PageRecognition.hpp"

#include "ocr/prepare/ColourInkDropout.hpp"
#include "ocr/prepare/InvertedPage.hpp"
#include "pipeline/ingest/PagePreview.hpp"

namespace sohoa::pipeline {

void prepareForOcr(RasterPage& raster, bool dropColourInk) {
  if (auto& image = raster.image; image && pixGetDepth(image.get()) != 1 && pixGetDepth(image.get()) != 8)
    image = dropColourInk ? ocr::greyWithoutColourInk(image.get()) : ocr::PixPtr(pixConvertTo8(image.get(), 0));
  // A page drawn white on black is read (and previewed) dark on light.
  if (auto& image = raster.image; image)
    if (auto positive = ocr::turnedPositive(image.get())) image = std::move(positive);
}

RecognisedPage recognisePage(RasterPage& raster, ocr::OcrEngine& engine, const ocr::OcrSettings& settings) {
  if (raster.textLayer) return {std::move(*raster.textLayer), {}};
  RecognisedPage read{ocr::readScan(engine, raster.image.get(), raster.dpi, settings), {}};
  read.preview = pagePreviewJpeg(raster.image.get(), read.page);
  return read;
}

}  // namespace sohoa::pipeline

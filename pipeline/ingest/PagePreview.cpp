#include "pipeline/ingest/PagePreview.hpp"

#include <fstream>
#include <stdexcept>

#include "indexer/store/StoredPages.hpp"
#include "ocr/ScanReading.hpp"
#include "ocr/formats/JpegBytes.hpp"
#include "pipeline/AtomicFile.hpp"
#include "pipeline/ingest/InputType.hpp"
#include "pipeline/ingest/PageReader.hpp"

namespace sohoa::pipeline {

std::string pagePreviewJpeg(Pix* scan, const ocr::Page& recognised) {
  ocr::PixPtr page = ocr::pageAsRead(scan, recognised);
  if (!page) return {};
  const int width = static_cast<int>(pixGetWidth(page.get()));
  const float scale =
      width > kPreviewMaxWidth ? static_cast<float>(kPreviewMaxWidth) / static_cast<float>(width) : 1.0f;
  // Scaling a bilevel scan to grey keeps thin strokes readable (pixScaleToGray-like).
  ocr::PixPtr grey(pixGetDepth(page.get()) == 8 ? pixClone(page.get()) : pixConvertTo8(page.get(), 0));
  if (!grey) return {};
  ocr::PixPtr small(scale < 1.0f ? pixScaleGrayLI(grey.get(), scale, scale) : pixClone(grey.get()));
  return small ? ocr::jpegBytes(small.get()) : std::string();
}

void writePagePreview(const std::filesystem::path& file, const std::string& jpeg) { writeFileAtomically(file, jpeg); }

PreviewReport writeMissingPreviews(indexer::RecordStore& store) {
  struct Missing {
    std::string originalFile, fileType, preview;
    int page = 0;
    ocr::Page geometry;  // rotation, skew and a photo's sheet only
  };
  std::vector<Missing> missing;
  for (auto& page : indexer::scannedPages(store)) {
    std::string preview = indexer::StoreLayout::pageFile(page.sourceSha256, page.sourcePage, "jpg");
    if (std::filesystem::exists(store.layout().root / preview)) continue;
    missing.push_back({std::move(page.originalFile), std::move(page.fileType), std::move(preview), page.sourcePage,
                       std::move(page.geometry)});
  }
  PreviewReport report;
  std::unique_ptr<PageReader> reader;
  std::string openFile;
  for (const auto& one : missing) {
    try {
      if (!reader || openFile != one.originalFile) {
        reader.reset();
        openFile = one.originalFile;
        reader = openPageReader(store.layout().root / one.originalFile, inputTypeNamed(one.fileType));
      }
      const RasterPage raster = reader->read(one.page);
      if (!raster.image) continue;  // a born-digital page: nothing to show
      const std::string jpeg = pagePreviewJpeg(raster.image.get(), one.geometry);
      if (jpeg.empty()) throw std::runtime_error("the picture could not be made");
      std::filesystem::create_directories((store.layout().root / one.preview).parent_path());
      writePagePreview(store.layout().root / one.preview, jpeg);
      ++report.written;
    } catch (const std::exception& error) {
      report.problems.push_back(one.originalFile + ": page " + std::to_string(one.page) + ": " + error.what());
    }
  }
  return report;
}

}  // namespace sohoa::pipeline

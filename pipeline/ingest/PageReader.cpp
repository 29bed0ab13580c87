#include "pipeline/ingest/PageReader.hpp"

#include "pipeline/ingest/ImageFileReader.hpp"
#include "pipeline/ingest/PdfReader.hpp"

namespace sohoa::pipeline {

std::unique_ptr<PageReader> openPageReader(const std::filesystem::path& file, InputType type) {
  switch (type) {
    case InputType::Pdf:
      return openPdfFile(file);
    case InputType::Tiff:
      return openTiffFile(file);
    case InputType::Jpeg:
    case InputType::Png:
      return openImageFile(file, type);
    case InputType::Empty:
      throw InputError("empty file");
    case InputType::Unknown:
      break;
  }
  throw InputError("not a PDF, TIFF, JPEG or PNG file");
}

}  // namespace sohoa::pipeline

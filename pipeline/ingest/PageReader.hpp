#pragma once
// Reads the pages of one input, one at a time (memory stays flat however long the input):
// a scanned page as an image at its own resolution, or a born-digital PDF page as its text
// layer. Failures throw InputError with a message fit for the clerk.
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>

#include "ocr/PageModel.hpp"
#include "ocr/PixPtr.hpp"
#include "pipeline/ingest/InputType.hpp"

namespace sohoa::pipeline {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct RasterPage {
  ocr::PixPtr image;                   // set for scanned pages
  int dpi = 0;                         // the scan's own resolution
  std::optional<ocr::Page> textLayer;  // set for born-digital pages: no OCR needed
};

class PageReader {
 public:
  virtual ~PageReader() = default;
  virtual int pageCount() const = 0;
  // `page` counts from 1.
  virtual RasterPage read(int page) = 0;
};

// Opens an input of a known type; throws InputError when it is damaged, locked or empty.
std::unique_ptr<PageReader> openPageReader(const std::filesystem::path& file, InputType type);

// Pages scanned without a resolution tag are taken to be 300 dpi.
inline constexpr int kAssumedDpi = 300;

}  // namespace sohoa::pipeline

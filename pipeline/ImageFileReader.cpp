#include "pipeline/ImageFileReader.hpp"

#include <cstdio>
#include <fstream>
#include <memory>

namespace sohoa::pipeline {
namespace {

// libjpeg decodes a truncated file without failing (it pads with grey), so look for the
// end-of-image marker ourselves.
bool jpegHasEndMarker(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary | std::ios::ate);
  const auto size = static_cast<std::streamoff>(in.tellg());
  const std::streamoff tail = std::min<std::streamoff>(size, 4096);
  std::string bytes(static_cast<std::size_t>(tail), '\0');
  in.seekg(size - tail);
  in.read(bytes.data(), tail);
  while (!bytes.empty() && (bytes.back() == '\0' || bytes.back() == '\n' || bytes.back() == '\r')) bytes.pop_back();
  return bytes.size() >= 2 && bytes.ends_with("\xff\xd9");
}

class SingleImage final : public PageReader {
 public:
  SingleImage(std::filesystem::path file, InputType type) : file_(std::move(file)) {
    if (type == InputType::Jpeg && !jpegHasEndMarker(file_))
      throw InputError("truncated JPEG (no end-of-image marker)");
    image_.reset(pixRead(file_.c_str()));
    if (!image_) throw InputError("damaged " + inputTypeName(type) + " image: cannot decode it");
  }
  int pageCount() const override { return 1; }
  RasterPage read(int page) override {
    if (page != 1 || !image_) throw InputError("page " + std::to_string(page) + " does not exist");
    RasterPage raster;
    raster.dpi = scanResolution(image_.get());
    raster.image = std::move(image_);
    return raster;
  }

 private:
  std::filesystem::path file_;
  ocr::PixPtr image_;
};

class MultiPageTiff final : public PageReader {
 public:
  explicit MultiPageTiff(std::filesystem::path file) : file_(std::move(file)) {
    std::unique_ptr<FILE, decltype(&fclose)> stream(fopen(file_.c_str(), "rb"), fclose);
    l_int32 count = 0;
    if (!stream || tiffGetCount(stream.get(), &count) != 0 || count <= 0)
      throw InputError("damaged TIFF: cannot count its pages");
    count_ = count;
  }
  int pageCount() const override { return count_; }
  RasterPage read(int page) override {
    ocr::PixPtr image(pixReadTiff(file_.c_str(), page - 1));
    if (!image) throw InputError("page " + std::to_string(page) + ": damaged TIFF page, cannot decode it");
    RasterPage raster;
    raster.dpi = scanResolution(image.get());
    raster.image = std::move(image);
    return raster;
  }

 private:
  std::filesystem::path file_;
  int count_ = 0;
};

}  // namespace

int scanResolution(Pix* image) {
  const l_int32 dpi = pixGetXRes(image);
  // 72 and 96 are what software writes when it knows nothing; no scanner uses them.
  if (dpi <= 96 || dpi > 1200) return kAssumedDpi;
  return dpi;
}

std::unique_ptr<PageReader> openImageFile(const std::filesystem::path& file, InputType type) {
  return std::make_unique<SingleImage>(file, type);
}

std::unique_ptr<PageReader> openTiffFile(const std::filesystem::path& file) {
  return std::make_unique<MultiPageTiff>(file);
}

}  // namespace sohoa::pipeline

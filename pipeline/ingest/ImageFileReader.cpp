#include "pipeline/ingest/ImageFileReader.hpp"

#include <tiffio.h>

#include <cstdio>
#include <fstream>
#include <memory>

#include "pipeline/archive/ArchiveImage.hpp"
#include "pipeline/ingest/JpegDecoding.hpp"
#include "pipeline/ingest/PageSizeLimit.hpp"
#include "pipeline/ingest/PngDecoding.hpp"

namespace sohoa::pipeline {
namespace {

// libjpeg decodes a truncated file without failing (it pads with grey), so look for the
// end-of-image marker ourselves.
bool jpegHasEndMarker(std::string_view bytes) {
  std::string_view tail = bytes.substr(bytes.size() - std::min<std::size_t>(bytes.size(), 4096));
  while (!tail.empty() && (tail.back() == '\0' || tail.back() == '\n' || tail.back() == '\r')) tail.remove_suffix(1);
  return tail.size() >= 2 && tail.ends_with("\xff\xd9");
}

// The scanner's resolution, halved with the page; assumed when it recorded none.
int readResolution(int recorded, int reduction) {
  // 72 and 96 are what software writes when it knows nothing; no scanner uses them.
  return (recorded <= 96 || recorded > 1200 ? kAssumedDpi : recorded) / reduction;
}

// A JPEG or PNG file: its header is checked when it is opened, its pixels decoded when read.
class SingleImage final : public PageReader {
 public:
  SingleImage(std::filesystem::path file, InputType type) : file_(std::move(file)), type_(type) {
    if (type == InputType::Jpeg) {
      bytes_ = fileBytes(file_);
      if (!jpegHasEndMarker(bytes_)) throw InputError("truncated JPEG (no end-of-image marker)");
      const auto header = readJpegHeader(bytes_);
      if (!header) throw InputError("damaged jpeg image: cannot read its header");
      reduction_ = pageReduction(header->width, header->height);
      checkDecodedSize(header->width / reduction_, header->height / reduction_, header->components == 1 ? 8 : 32);
      dpi_ = header->dpi;
    } else {
      const auto header = readPngHeader(file_);
      reduction_ = pageReduction(header.width, header.height);
      dpi_ = header.dpi;
    }
  }
  int pageCount() const override { return 1; }
  RasterPage read(int page) override {
    if (page != 1) throw InputError("no such page in a single image");
    RasterPage raster;
    raster.image = type_ == InputType::Jpeg ? decodeJpeg(bytes_, reduction_) : decodePng(file_);
    raster.dpi = readResolution(dpi_, reduction_);
    return raster;
  }

 private:
  std::filesystem::path file_;
  InputType type_;
  std::string bytes_;  // a JPEG's
  int reduction_ = 1;
  int dpi_ = 0;
};

// libtiff's own lines ("TIFFReadDirectory: Warning, Unknown field…") stay out of sohoa's
// stderr: a page that cannot be read is named by sohoa with its reason.
void quietTiff() {
  TIFFSetWarningHandler(nullptr);
  TIFFSetErrorHandler(nullptr);
}

class MultiPageTiff final : public PageReader {
 public:
  explicit MultiPageTiff(std::filesystem::path file) : file_(std::move(file)) {
    quietTiff();
    std::unique_ptr<FILE, decltype(&fclose)> stream(fopen(file_.c_str(), "rb"), fclose);
    l_int32 count = 0;
    if (!stream || tiffGetCount(stream.get(), &count) != 0 || count <= 0)
      throw InputError("damaged TIFF: cannot count its pages");
    count_ = count;
  }
  int pageCount() const override { return count_; }
  RasterPage read(int page) override {
    l_int32 width = 0, height = 0, bitsPerSample = 0, samples = 0, resolution = 0;
    if (readHeaderTiff(file_.c_str(), page - 1, &width, &height, &bitsPerSample, &samples, &resolution, nullptr,
                       nullptr) != 0)
      throw InputError("damaged TIFF page, cannot read its header");
    const int reduction = pageReduction(width, height);
    checkDecodedSize(width, height, bitsPerSample * samples == 1 ? 1 : samples == 1 ? 8 : 32);
    ocr::PixPtr image(pixReadTiff(file_.c_str(), page - 1));
    if (!image) throw InputError("damaged TIFF page, cannot decode it");
    RasterPage raster;
    raster.dpi = scanResolution(image.get()) / reduction;
    raster.image = reduction == 2 ? halved(image.get()) : std::move(image);
    return raster;
  }

 private:
  std::filesystem::path file_;
  int count_ = 0;
};

}  // namespace

int scanResolution(Pix* image) { return readResolution(pixGetXRes(image), 1); }

std::unique_ptr<PageReader> openImageFile(const std::filesystem::path& file, InputType type) {
  return std::make_unique<SingleImage>(file, type);
}

std::unique_ptr<PageReader> openTiffFile(const std::filesystem::path& file) {
  return std::make_unique<MultiPageTiff>(file);
}

}  // namespace sohoa::pipeline

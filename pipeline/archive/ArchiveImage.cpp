#include "pipeline/archive/ArchiveImage.hpp"

#define POINTERHOLDER_TRANSITION 4
#include <leptonica/allheaders.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <fstream>
#include <iterator>
#include <optional>

#include "pipeline/ingest/JpegDecoding.hpp"
#include "pipeline/ingest/PageReader.hpp"
#include "pipeline/ingest/PageSizeLimit.hpp"
#include "pipeline/ingest/PdfPageScan.hpp"

namespace sohoa::pipeline {
namespace {

// The JPEG bytes a JPEG header describes, with its size and colour components; nothing for
// CMYK, or for a scan so large that the page was read from it halved.
std::optional<ArchiveImage> jpegAsItIs(std::string bytes) {
  const auto header = readJpegHeader(bytes);
  if (!header || (header->components != 1 && header->components != 3) ||
      static_cast<std::int64_t>(header->width) * header->height > kMostPagePixels)
    return std::nullopt;
  ArchiveImage image;
  image.bytes = std::move(bytes);
  image.jpeg = true;
  image.width = header->width, image.height = header->height, image.components = header->components;
  return image;
}

// The scan inside a scanned PDF page when it is a plain JPEG, all an unrotated page draws.
std::optional<ArchiveImage> jpegInPdf(const std::filesystem::path& file, int pageNumber) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processFile(file.c_str());
    auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
    if (pageNumber < 1 || static_cast<std::size_t>(pageNumber) > pages.size()) return std::nullopt;
    auto& page = pages[static_cast<std::size_t>(pageNumber - 1)];
    auto rotate = page.getAttribute("/Rotate", false);
    if (rotate.isInteger() && rotate.getIntValue() % 360 != 0) return std::nullopt;
    // As the page reader: the embedded scan only when it is all the page draws.
    auto scan = soleScanImage(page);
    if (!scan) return std::nullopt;
    auto dict = scan->getDict();
    auto filter = dict.getKey("/Filter");
    if (filter.isArray() && filter.getArrayNItems() == 1) filter = filter.getArrayItem(0);
    if (!filter.isName() || filter.getName() != "/DCTDecode" || dict.hasKey("/Decode") || dict.hasKey("/SMask") ||
        dict.hasKey("/Mask"))
      return std::nullopt;
    const auto data = scan->getRawStreamData();
    return jpegAsItIs(std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize()));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

ArchiveImage fromPix(Pix* pix) {
  ArchiveImage image;
  image.width = static_cast<int>(pixGetWidth(pix)), image.height = static_cast<int>(pixGetHeight(pix));
  if (pixGetDepth(pix) == 1) {
    // Bilevel: lossless, Group 4 (Leptonica encodes it the way PDF's CCITTFaxDecode reads it).
    L_COMP_DATA* data = nullptr;
    if (pixGenerateCIData(pix, L_G4_ENCODE, 0, 0, &data) != 0 || !data)
      throw std::runtime_error("cannot encode the bilevel page as Group 4");
    image.bytes.assign(reinterpret_cast<const char*>(data->datacomp), data->nbytescomp);
    image.ccitt = true;
    image.bitsPerComponent = 1;
    image.blackIsOne = data->minisblack != 0;
    l_CIDataDestroy(&data);
    return image;
  }
  ocr::PixPtr converted(pixGetDepth(pix) == 32 || pixGetDepth(pix) == 8 ? pixClone(pix) : pixConvertTo8(pix, 0));
  if (pixGetColormap(converted.get())) converted.reset(pixRemoveColormap(converted.get(), REMOVE_CMAP_BASED_ON_SRC));
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemJpeg(&data, &size, converted.get(), 85, 0) != 0)
    throw std::runtime_error("cannot encode the page as JPEG");
  image.bytes.assign(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  image.jpeg = true;
  image.components = pixGetDepth(converted.get()) == 32 ? 3 : 1;
  return image;
}

}  // namespace

std::string fileBytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

ArchiveImage archiveImage(const std::filesystem::path& file, InputType type, int page) {
  if (type == InputType::Jpeg)
    if (auto image = jpegAsItIs(fileBytes(file))) return *image;
  if (type == InputType::Pdf)
    if (auto image = jpegInPdf(file, page)) return *image;
  // As the page was read for OCR (a large page halved), so that the words land on it.
  auto raster = openPageReader(file, type)->read(page);
  if (!raster.image) throw std::runtime_error("page " + std::to_string(page) + " has no scan to archive");
  return fromPix(raster.image.get());
}

}  // namespace sohoa::pipeline

#include "pipeline/ingest/PdfReader.hpp"

// qpdf 11: use std::shared_ptr, not the deprecated PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include "ocr/text/UnicodeText.hpp"
#include "pipeline/ingest/ClaimedImageSize.hpp"
#include "pipeline/ingest/JpegDecoding.hpp"
#include "pipeline/ingest/PageSizeLimit.hpp"
#include "pipeline/ingest/PdfImageWork.hpp"
#include "pipeline/ingest/PdfPageScan.hpp"
#include "pipeline/ingest/SignatureStamps.hpp"

namespace sohoa::pipeline {
namespace {

void ignorePopplerMessage(const std::string&, void*) {}

struct ScanImage {
  int width = 0, height = 0;
  QPDFObjectHandle stream;
};

std::optional<ScanImage> imageOf(QPDFObjectHandle image) {
  auto dict = image.getDict();
  if (!dict.getKey("/Width").isInteger() || !dict.getKey("/Height").isInteger()) return std::nullopt;
  const ScanImage found{dict.getKey("/Width").getIntValueAsInt(), dict.getKey("/Height").getIntValueAsInt(), image};
  if (found.width <= 0 || found.height <= 0) return std::nullopt;
  return found;
}

// The largest image on a page (following form XObjects), or none.
std::optional<ScanImage> largestImage(QPDFPageObjectHelper& page) {
  std::optional<ScanImage> largest;
  page.forEachImage(true, [&](QPDFObjectHandle& stream, QPDFObjectHandle&, std::string const&) {
    const auto found = imageOf(stream);
    if (found && (!largest || found->width * static_cast<long>(found->height) >
                                  largest->width * static_cast<long>(largest->height)))
      largest = found;
  });
  return largest;
}

// The scan itself when it is stored as a JPEG (or JPEG 2000) that Leptonica can decode as
// it is: no resampling, so OCR sees the scanner's own pixels. Nothing for other encodings,
// nor for CMYK: in a PDF a CMYK JPEG's samples mean what the image dictionary says (Adobe
// APP14 marker or not), where Leptonica inverts them as for a Photoshop file, and a white
// page comes out black; Poppler renders those as readers show them.
ocr::PixPtr embeddedScan(ScanImage image, int reduction) {
  auto dict = image.stream.getDict();
  auto filter = dict.getKey("/Filter");
  if (filter.isArray() && filter.getArrayNItems() == 1) filter = filter.getArrayItem(0);
  if (!filter.isName() || dict.hasKey("/Decode") || dict.hasKey("/SMask") || dict.hasKey("/Mask")) return nullptr;
  const std::string name = filter.getName();
  if (name != "/DCTDecode" && name != "/JPXDecode") return nullptr;
  const auto bytes = image.stream.getRawStreamData();
  ocr::PixPtr pix;
  if (name == "/DCTDecode") {
    const std::string_view jpeg(reinterpret_cast<const char*>(bytes->getBuffer()), bytes->getSize());
    const auto header = readJpegHeader(jpeg);
    if (!header || (header->components != 1 && header->components != 3) || header->width != image.width ||
        header->height != image.height)
      return nullptr;
    checkDecodedSize(image.width / reduction, image.height / reduction, header->components == 1 ? 8 : 32);
    pix = decodeJpeg(jpeg, reduction);
  } else {
    checkDecodedSize(image.width, image.height, 32);
    pix.reset(pixReadMem(bytes->getBuffer(), bytes->getSize()));
    if (!pix || pixGetWidth(pix.get()) != image.width || pixGetHeight(pix.get()) != image.height) return nullptr;
    if (reduction == 2) pix = halved(pix.get());
  }
  return pix;
}

int snapToCommonDpi(double dpi) {
  for (int common : {100, 150, 200, 240, 300, 400, 600})
    if (std::abs(dpi - common) <= common * 0.03) return common;
  return static_cast<int>(std::lround(dpi));
}

// A page is a scan when its largest image has the page's shape at a scanner's resolution.
std::optional<int> scanDpi(const std::optional<ScanImage>& image, double pageWidthPt, double pageHeightPt) {
  if (!image || pageWidthPt <= 0 || pageHeightPt <= 0) return std::nullopt;
  const double imageLong = std::max(image->width, image->height);
  const double imageShort = std::min(image->width, image->height);
  const double pageLong = std::max(pageWidthPt, pageHeightPt);
  const double pageShort = std::min(pageWidthPt, pageHeightPt);
  if (std::abs(imageLong / imageShort - pageLong / pageShort) > 0.1 * (pageLong / pageShort)) return std::nullopt;
  const double dpi = imageLong / (pageLong / 72.0);
  if (dpi < 50 || dpi > 1200) return std::nullopt;
  return snapToCommonDpi(dpi);
}

// The resolution a page is rendered at: the scan's own, lowered until the page fits the
// limit of pixels (and refused when even halving it would not do).
int renderingDpi(int dpi, double widthPt, double heightPt) {
  const double width = widthPt / 72.0 * dpi, height = heightPt / 72.0 * dpi;
  // llround is undefined past 2^63: a page box of absurd or broken numbers gets a size just as
  // absurd, which is refused.
  const auto pixelsAlong = [](double length) {
    return std::isfinite(length) && std::abs(length) < 1e9 ? std::llround(length) : 1'000'000'000LL;
  };
  pageReduction(pixelsAlong(width), pixelsAlong(height));
  const double pixels = width * height;
  if (pixels <= static_cast<double>(kMostPagePixels)) return dpi;
  return std::max(1, static_cast<int>(dpi * std::sqrt(static_cast<double>(kMostPagePixels) / pixels)));
}

ocr::Page pageFromTextLayer(const std::vector<poppler::text_box>& boxes, double widthPt, double heightPt) {
  const double scale = kTextLayerDpi / 72.0;
  ocr::Page page;
  page.origin = ocr::TextOrigin::PdfTextLayer;
  page.width = static_cast<int>(std::lround(widthPt * scale));
  page.height = static_cast<int>(std::lround(heightPt * scale));
  page.blocks.emplace_back();
  auto& lines = page.blocks.back().lines;
  for (const auto& box : boxes) {
    const auto utf8 = box.text().to_utf8();
    std::string text(utf8.begin(), utf8.end());
    if (text.find_first_not_of(" \t") == std::string::npos) continue;
    const auto rect = box.bbox();
    const ocr::Box pixels{
        static_cast<int>(std::lround(rect.left() * scale)), static_cast<int>(std::lround(rect.top() * scale)),
        static_cast<int>(std::lround(rect.right() * scale)), static_cast<int>(std::lround(rect.bottom() * scale))};
    const bool sameLine = !lines.empty() && !lines.back().words.empty() &&
                          std::abs((pixels.y0 + pixels.y1) / 2 - (lines.back().box.y0 + lines.back().box.y1) / 2) <
                              std::max(pixels.height(), lines.back().box.height()) / 2 &&
                          pixels.x0 >= lines.back().words.back().box.x0;
    if (!sameLine) lines.emplace_back();
    lines.back().words.push_back({ocr::toNfc(text), pixels, 1.0f});
    lines.back().box = lines.back().box.united(pixels);
    page.blocks.back().box = page.blocks.back().box.united(pixels);
  }
  if (lines.empty()) page.blocks.clear();
  return page;
}

ocr::PixPtr toPix(const poppler::image& image) {
  const int width = image.width(), height = image.height();
  ocr::PixPtr pix(pixCreate(width, height, 8));
  if (!pix) throw InputError("out of memory for a " + std::to_string(width) + "x" + std::to_string(height) + " page");
  const char* data = image.const_data();
  l_uint32* pixData = pixGetData(pix.get());
  const l_int32 wordsPerLine = pixGetWpl(pix.get());
  for (int y = 0; y < height; ++y) {
    const auto* row =
        reinterpret_cast<const unsigned char*>(data + static_cast<std::ptrdiff_t>(y) * image.bytes_per_row());
    l_uint32* line = pixData + static_cast<std::ptrdiff_t>(y) * wordsPerLine;
    for (int x = 0; x < width; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  return pix;
}

class PdfFile final : public PageReader {
 public:
  explicit PdfFile(const std::filesystem::path& file) : file_(file) {
    quietPoppler();
    document_.reset(poppler::document::load_from_file(file.string()));
    if (!document_) throw InputError("damaged or truncated PDF: Poppler cannot open it");
    if (document_->is_locked()) throw InputError("password-protected PDF: remove the password and ingest it again");
    if (document_->pages() <= 0) throw InputError("PDF without pages");
    // qpdf finds the scan images; a file it cannot parse is rendered by Poppler alone.
    try {
      qpdf_ = std::make_unique<QPDF>();
      qpdf_->setSuppressWarnings(true);
      qpdf_->processFile(file.c_str());
      qpdfPages_ = QPDFPageDocumentHelper(*qpdf_).getAllPages();
    } catch (const std::exception&) {
      qpdfPages_.clear();
    }
  }

  int pageCount() const override { return document_->pages(); }

  RasterPage read(int pageNumber) override {
    std::unique_ptr<poppler::page> page(document_->create_page(pageNumber - 1));
    if (!page) throw InputError("Poppler cannot read this page");
    const auto rect = page->page_rect(poppler::media_box);
    std::optional<ScanImage> image, sole;
    bool rotated = false;
    QPDFPageObjectHelper* qpdfPage = nullptr;
    if (static_cast<std::size_t>(pageNumber - 1) < qpdfPages_.size()) {
      qpdfPage = &qpdfPages_[static_cast<std::size_t>(pageNumber - 1)];
      image = largestImage(*qpdfPage);
      if (auto only = soleScanImage(*qpdfPage)) sole = imageOf(*only);
      auto rotate = qpdfPage->getAttribute("/Rotate", false);
      rotated = rotate.isInteger() && rotate.getIntValue() % 360 != 0;
    }
    const auto dpi = scanDpi(image, rect.width(), rect.height());
    RasterPage raster;
    // The embedded scan only when it is all the page draws: anything drawn over it would be lost.
    if (const auto soleDpi = scanDpi(sole, rect.width(), rect.height());
        soleDpi && !rotated && (sole->width > sole->height) == (rect.width() > rect.height())) {
      const int reduction = pageReduction(sole->width, sole->height);
      if (auto scan = embeddedScan(*sole, reduction)) {
        raster.dpi = *soleDpi / reduction;
        raster.image = std::move(scan);
        return raster;
      }
    }
    if (!dpi) {
      auto textLayer = pageFromTextLayer(page->text_list(), rect.width(), rect.height());
      if (!textLayer.blocks.empty()) {
        raster.textLayer = std::move(textLayer);
        return raster;
      }
    }
    // Counted only for a page Poppler is about to render (an embedded scan or a text layer is not).
    if (qpdfPage ? imagePixelsDrawn(*qpdfPage, kMostImagePixelsDrawn) > kMostImagePixelsDrawn
                 : claimedImagePixels() > kMostImagePixelsDrawn)
      throw InputError("its images add up to more than " + std::to_string(kMostImagePixelsDrawn / 1000000) +
                       " megapixels, beyond any scanned page (A3 at 600 dpi is " +
                       std::to_string((kMostPagePixels + 500000) / 1000000) + "): refused");
    raster.dpi = renderingDpi(dpi.value_or(kAssumedDpi), rect.width(), rect.height());
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_gray8);
    std::unique_ptr<poppler::page> shown(documentToRender().create_page(pageNumber - 1));
    const poppler::image rendered = renderer.render_page(shown ? shown.get() : page.get(), raster.dpi, raster.dpi);
    if (!rendered.is_valid()) throw InputError("Poppler cannot render this page");
    raster.image = toPix(rendered);
    return raster;
  }

 private:
  // For a page qpdf did not read (a damaged file), what its draws cannot be counted from: the
  // largest image the file's bytes claim (read once).
  std::int64_t claimedImagePixels() {
    if (!claimedPixels_) claimedPixels_ = largestImageClaimed(file_);
    return *claimedPixels_;
  }

  // The document without its signature stamps when it has any (made once, when a page is first
  // rendered: a page read from its embedded scan needs none).
  poppler::document& documentToRender() {
    if (!stamplessTried_) {
      stamplessTried_ = true;
      if ((stamplessBytes_ = withSignatureStampsHidden(file_)))
        stampless_.reset(poppler::document::load_from_raw_data(
            reinterpret_cast<const char*>(stamplessBytes_->getBuffer()), static_cast<int>(stamplessBytes_->getSize())));
      if (stampless_ && (stampless_->is_locked() || stampless_->pages() != document_->pages())) stampless_.reset();
    }
    return stampless_ ? *stampless_ : *document_;
  }

  std::filesystem::path file_;
  std::unique_ptr<poppler::document> document_;
  std::unique_ptr<QPDF> qpdf_;
  std::vector<QPDFPageObjectHelper> qpdfPages_;
  bool stamplessTried_ = false;
  std::shared_ptr<Buffer> stamplessBytes_;  // outlives stampless_, which reads from it
  std::unique_ptr<poppler::document> stampless_;
  std::optional<std::int64_t> claimedPixels_;
};

}  // namespace

void quietPoppler() { poppler::set_debug_error_function(ignorePopplerMessage, nullptr); }

std::unique_ptr<PageReader> openPdfFile(const std::filesystem::path& file) { return std::make_unique<PdfFile>(file); }

}  // namespace sohoa::pipeline

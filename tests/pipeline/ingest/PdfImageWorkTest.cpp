#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <catch2/catch.hpp>

#include "pipeline/ingest/PdfImageWork.hpp"

using namespace sohoa::pipeline;

namespace {

constexpr std::int64_t kEnough = 1'000'000'000;

// A one-page PDF drawing `content`, with image /Im0 claiming 1000×300 pixels (its data is
// never decoded), form /Fm0 drawing /Im0 twice, form /Fm1 drawing /Fm0 three times, form
// /Loop drawing itself, and, when `annotated`, a stamp annotation whose appearance draws /Fm0.
std::int64_t pixelsOf(const std::string& content, bool annotated = false) {
  QPDF pdf;
  pdf.emptyPDF();
  auto image = QPDFObjectHandle::newStream(&pdf, std::string(4, '\x80'));
  image.replaceDict(QPDFObjectHandle::parse(
      "<< /Type /XObject /Subtype /Image /Width 1000 /Height 300 /ColorSpace /DeviceGray /BitsPerComponent 8 >>"));
  image = pdf.makeIndirectObject(image);
  const auto form = [&](const std::string& drawing, const std::string& name, QPDFObjectHandle drawn) {
    auto stream = QPDFObjectHandle::newStream(&pdf, drawing);
    stream.replaceDict(QPDFObjectHandle::parse("<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] >>"));
    auto resources = QPDFObjectHandle::parse("<< /XObject << >> >>");
    if (!drawn.isNull()) resources.getKey("/XObject").replaceKey(name, drawn);
    stream.getDict().replaceKey("/Resources", resources);
    return pdf.makeIndirectObject(stream);
  };
  auto twice = form("/Im0 Do /Im0 Do", "/Im0", image);
  auto thrice = form("/Fm0 Do /Fm0 Do /Fm0 Do", "/Fm0", twice);
  auto loop = form("/Loop Do /Loop Do", "/Loop", QPDFObjectHandle::newNull());
  loop.getDict().getKey("/Resources").getKey("/XObject").replaceKey("/Loop", loop);
  auto page = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] >>"));
  auto resources = QPDFObjectHandle::parse("<< /XObject << >> >>");
  resources.getKey("/XObject").replaceKey("/Im0", image);
  resources.getKey("/XObject").replaceKey("/Fm0", twice);
  resources.getKey("/XObject").replaceKey("/Fm1", thrice);
  resources.getKey("/XObject").replaceKey("/Loop", loop);
  page.replaceKey("/Resources", resources);
  page.replaceKey("/Contents", pdf.makeIndirectObject(QPDFObjectHandle::newStream(&pdf, content)));
  if (annotated) {
    auto stamp = QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Stamp /Rect [0 0 10 10] /AP << >> >>");
    stamp.getKey("/AP").replaceKey("/N", form("/Fm0 Do", "/Fm0", twice));
    page.replaceKey("/Annots", QPDFObjectHandle::newArray({pdf.makeIndirectObject(stamp)}));
  }
  QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(page), false);
  QPDFPageObjectHelper added = QPDFPageDocumentHelper(pdf).getAllPages().front();
  return imagePixelsDrawn(added, kEnough);
}

}  // namespace

TEST_CASE("a PDF page's image pixels are counted each time an image is drawn", "[pipeline][pdf][hostile]") {
  CHECK(pixelsOf("") == 0);
  CHECK(pixelsOf("q 100 0 0 30 0 0 cm /Im0 Do Q") == 300'000);
  CHECK(pixelsOf("/Im0 Do /Im0 Do /Im0 Do") == 900'000);
  // Through forms: /Fm1 draws /Fm0 three times, which draws /Im0 twice.
  CHECK(pixelsOf("/Fm0 Do") == 600'000);
  CHECK(pixelsOf("/Fm1 Do /Fm1 Do") == 3'600'000);
  // Inline images by their own dictionary, in short or long keys.
  CHECK(pixelsOf("BI /W 300 /H 200 /BPC 8 /CS /G ID \x80\x80 EI") == 60'000);
  CHECK(pixelsOf("BI /Width 50 /Height 20 /BitsPerComponent 8 /ColorSpace /DeviceGray ID \x80 EI /Im0 Do") == 301'000);
  // What Poppler draws with the page: the annotations' appearances.
  CHECK(pixelsOf("", true) == 600'000);
  // Names that draw nothing, and a form that draws itself (Poppler refuses the loop).
  CHECK(pixelsOf("/Nothing Do /Im0 /Im0 Do") == 0);
  CHECK(pixelsOf("/Loop Do") == 0);
}

TEST_CASE("counting stops above enough: a page drawing an image millions of times is counted at once",
          "[pipeline][pdf][hostile]") {
  std::string content;
  for (int i = 0; i < 2000; ++i) content += "/Fm1 Do ";
  // 2000 draws of 1.8 megapixels each: over the limit, and the count says so.
  CHECK(pixelsOf(content) == kEnough + 1);
}

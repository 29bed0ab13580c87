#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <catch2/catch.hpp>

#include "ocr/PixPtr.hpp"
#include "pipeline/ingest/PageReader.hpp"
#include "pipeline/ingest/PdfPageScan.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::pipeline;
using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

// A one-page PDF (A4) drawing `content`, with image /Im0 (a small grey JPEG-less image: the
// question is what is drawn, not how it is encoded) and form /Fm0 drawing /Im0 over the page.
std::optional<QPDFObjectHandle> soleImageOf(const std::string& content) {
  QPDF pdf;
  pdf.emptyPDF();
  auto image = QPDFObjectHandle::newStream(&pdf, std::string(4, '\x80'));
  image.replaceDict(QPDFObjectHandle::parse(
      "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 >>"));
  image = pdf.makeIndirectObject(image);
  auto form = QPDFObjectHandle::newStream(&pdf, "q 595 0 0 842 0 0 cm /Im0 Do Q");
  form.replaceDict(QPDFObjectHandle::parse("<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] >>"));
  auto formResources = QPDFObjectHandle::parse("<< /XObject << >> >>");
  formResources.getKey("/XObject").replaceKey("/Im0", image);
  form.getDict().replaceKey("/Resources", formResources);
  auto page = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] >>"));
  auto resources = QPDFObjectHandle::parse(
      "<< /XObject << >> /Font << /F1 << /Type /Font /Subtype /Type1 "
      "/BaseFont /Helvetica >> >> >>");
  resources.getKey("/XObject").replaceKey("/Im0", image);
  resources.getKey("/XObject").replaceKey("/Fm0", pdf.makeIndirectObject(form));
  page.replaceKey("/Resources", resources);
  page.replaceKey("/Contents", pdf.makeIndirectObject(QPDFObjectHandle::newStream(&pdf, content)));
  QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(page), false);
  QPDFPageObjectHelper added = QPDFPageDocumentHelper(pdf).getAllPages().front();
  return soleScanImage(added);
}

}  // namespace

TEST_CASE("a PDF page is a scan only when one image filling it is all it draws", "[pipeline][pdf][hostile]") {
  CHECK(soleImageOf("q 595 0 0 842 0 0 cm /Im0 Do Q"));
  CHECK(soleImageOf("q 0 0 0 rg q 595.3 0 0 841.9 0 0 cm /Im0 Do Q Q"));
  CHECK(soleImageOf("/Fm0 Do"));  // through a form XObject
  // An OCR layer (text drawn invisibly, mode 3) over the scan is no mark.
  CHECK(soleImageOf("q 595 0 0 842 0 0 cm /Im0 Do Q BT 3 Tr /F1 12 Tf 72 700 Td (hidden) Tj ET"));

  // Typed text, a stamp, a drawn line, a second image: the page must be rendered whole.
  CHECK_FALSE(soleImageOf("q 595 0 0 842 0 0 cm /Im0 Do Q BT /F1 12 Tf 72 700 Td (typed over) Tj ET"));
  CHECK_FALSE(soleImageOf("BT /F1 12 Tf 72 700 Td (typed under) Tj ET q 595 0 0 842 0 0 cm /Im0 Do Q"));
  CHECK_FALSE(soleImageOf("q 595 0 0 842 0 0 cm /Im0 Do Q q 100 0 0 100 400 100 cm /Im0 Do Q"));
  CHECK_FALSE(soleImageOf("q 595 0 0 842 0 0 cm /Im0 Do Q 72 72 m 300 72 l S"));
  CHECK_FALSE(soleImageOf("/Fm0 Do BT 0 Tr /F1 12 Tf 72 700 Td (x) Tj ET"));
  // An image that does not fill the page, or is turned, is not the page's scan.
  CHECK_FALSE(soleImageOf("q 300 0 0 420 0 0 cm /Im0 Do Q"));
  CHECK_FALSE(soleImageOf("q 0 842 -595 0 595 0 cm /Im0 Do Q"));
  CHECK_FALSE(soleImageOf(""));
}

TEST_CASE("signed government scans are still read from their embedded JPEG, pixel for pixel", "[pipeline][pdf]") {
  // Their signature appearance (seal image and "Ký bởi ..." text) is a widget annotation, not
  // page content: each page draws one full-page JPEG and nothing else.
  int pages = 0;
  for (const auto& entry : fs::directory_iterator(corpusDir() / "real-admin-scans")) {
    if (entry.path().extension() != ".pdf") continue;
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processFile(entry.path().c_str());
    auto all = QPDFPageDocumentHelper(pdf).getAllPages();
    auto reader = openPageReader(entry.path(), InputType::Pdf);
    for (std::size_t index = 0; index < all.size(); ++index) {
      std::optional<QPDFObjectHandle> jpeg;
      all[index].forEachImage(true, [&](QPDFObjectHandle& image, QPDFObjectHandle&, std::string const&) {
        auto filter = image.getDict().getKey("/Filter");
        if (filter.isArray() && filter.getArrayNItems() == 1) filter = filter.getArrayItem(0);
        if (filter.isName() && filter.getName() == "/DCTDecode") jpeg = image;
      });
      if (!jpeg) continue;  // the bilevel (CCITT) scans are rendered
      INFO(entry.path().filename().string() << " page " << index + 1);
      CHECK(soleScanImage(all[index]));
      const auto bytes = jpeg->getRawStreamData();
      sohoa::ocr::PixPtr embedded(pixReadMem(bytes->getBuffer(), bytes->getSize()));
      const auto page = reader->read(static_cast<int>(index) + 1);
      REQUIRE(page.image);
      l_int32 same = 0;
      pixEqual(page.image.get(), embedded.get(), &same);
      CHECK(same == 1);
      ++pages;
    }
  }
  CHECK(pages >= 25);
}

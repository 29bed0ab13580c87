#define POINTERHOLDER_TRANSITION 4
#include "pipeline/ingest/SignatureStamps.hpp"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>

#include <catch2/catch.hpp>

#include "ocr/PixPtr.hpp"
#include "pipeline/ingest/PageReader.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::pipeline;
using namespace sohoa::test;

namespace {

// 2770_08-CT-UBND.pdf: a bilevel (CCITT) scan of 575 × 821 points, so Poppler renders it, and
// on page 1 the stamp of the Quảng Ngãi gazette's signature (`Trung tâm Công báo và Tin học`,
// an e-mail address, `04.04.2018 14:21:14 +07:00`, a logo) in the top margin, at this /Rect.
constexpr double kStampLeft = 195, kStampBottom = 784, kStampRight = 548, kStampTop = 817, kPageHeight = 821;

}  // namespace

TEST_CASE("a signed scan is rendered without its signature stamp", "[pipeline][pdf][real-scans]") {
  const auto file = corpusDir() / "real-admin-scans" / "2770_08-CT-UBND.pdf";
  REQUIRE(std::filesystem::exists(file));
  const auto page = openPageReader(file, InputType::Pdf)->read(1);
  REQUIRE(page.image);
  REQUIRE(pixGetDepth(page.image.get()) == 8);
  const double scale = page.dpi / 72.0;
  const auto x0 = static_cast<l_uint32>(kStampLeft * scale), x1 = static_cast<l_uint32>(kStampRight * scale);
  const auto y0 = static_cast<l_uint32>((kPageHeight - kStampTop) * scale);
  const auto y1 = static_cast<l_uint32>((kPageHeight - kStampBottom) * scale);
  long dark = 0, all = 0;
  for (l_uint32 y = y0; y < y1; ++y)
    for (l_uint32 x = x0; x < x1; ++x) {
      l_uint32 value = 0;
      pixGetPixel(page.image.get(), static_cast<l_int32>(x), static_cast<l_int32>(y), &value);
      dark += value < 128;
      ++all;
    }
  INFO(dark << " dark pixels of " << all << " where the stamp would be");
  CHECK(dark * 200 < all);  // the blank top margin of the paper (the stamp's text and logo: about 10 %)
  // The scan itself is all there: the header's ink below the stamp.
  l_float32 darkShare = 0;
  sohoa::ocr::PixPtr bilevel(pixThresholdToBinary(page.image.get(), 128));
  pixForegroundFraction(bilevel.get(), &darkShare);
  CHECK(darkShare > 0.02f);
}

TEST_CASE("only signature widgets are hidden and a file with none is not copied", "[pipeline][pdf]") {
  CHECK_FALSE(withSignatureStampsHidden(samplesDir() / "scans" / "thong-bao-dien-tu.pdf"));
  const auto copy = withSignatureStampsHidden(corpusDir() / "real-admin-scans" / "2770_08-CT-UBND.pdf");
  REQUIRE(copy);
  QPDF pdf;
  pdf.setSuppressWarnings(true);
  pdf.processMemoryFile("stampless", reinterpret_cast<const char*>(copy->getBuffer()), copy->getSize());
  int widgets = 0;
  for (auto& object : pdf.getAllObjects()) {
    if (!object.isDictionary() || !object.getKey("/Subtype").isNameAndEquals("/Widget")) continue;
    ++widgets;
    REQUIRE(object.getKey("/F").isInteger());
    CHECK((object.getKey("/F").getIntValue() & 2) == 2);      // hidden
    CHECK((object.getKey("/F").getIntValue() & 128) == 128);  // its other flags kept (locked)
  }
  CHECK(widgets == 1);
}

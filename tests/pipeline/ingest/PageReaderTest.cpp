#include <catch2/catch.hpp>

#include "pipeline/ingest/ClaimedImageSize.hpp"
#include "pipeline/ingest/JpegDecoding.hpp"
#include "pipeline/ingest/PageReader.hpp"
#include "pipeline/ingest/PageSizeLimit.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::pipeline;
using namespace sohoa::test;

TEST_CASE("a scanned PDF's pages are rasterised at the scan's own resolution", "[pipeline][pdf]") {
  auto reader = openPageReader(scansDir() / "ke-hoach-cchc-2025.pdf", InputType::Pdf);
  REQUIRE(reader->pageCount() == 3);
  const auto page = reader->read(2);
  REQUIRE(page.image);
  CHECK_FALSE(page.textLayer);
  CHECK(page.dpi == 300);
  CHECK(pixGetWidth(page.image.get()) == Approx(2480).margin(3));
  CHECK(pixGetHeight(page.image.get()) == Approx(3508).margin(3));
}

TEST_CASE("a born-digital PDF page gives its text layer instead of an image", "[pipeline][pdf]") {
  auto reader = openPageReader(scansDir() / "thong-bao-dien-tu.pdf", InputType::Pdf);
  REQUIRE(reader->pageCount() == 1);
  const auto page = reader->read(1);
  REQUIRE(page.textLayer);
  CHECK_FALSE(page.image);
  CHECK(page.textLayer->origin == sohoa::ocr::TextOrigin::PdfTextLayer);
  const auto text = page.textLayer->text();
  CHECK(text.find("THÔNG BÁO") != std::string::npos);
  CHECK(text.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") != std::string::npos);
  CHECK(page.textLayer->wordCount() > 300);
}

TEST_CASE("a multi-page TIFF is read page by page with its resolution", "[pipeline][tiff]") {
  auto reader = openPageReader(scansDir() / "nghi-dinh-30-2020.tif", InputType::Tiff);
  REQUIRE(reader->pageCount() == 2);
  const auto page = reader->read(2);
  REQUIRE(page.image);
  CHECK(pixGetDepth(page.image.get()) == 1);
  CHECK(page.dpi == 300);
}

TEST_CASE("JPEG and PNG pages keep their colour and resolution", "[pipeline][image]") {
  const auto jpeg = openPageReader(scansDir() / "to-khai" / "trang-1.jpg", InputType::Jpeg)->read(1);
  CHECK(jpeg.dpi == 200);
  CHECK(pixGetDepth(jpeg.image.get()) == 32);
  const auto png = openPageReader(scansDir() / "to-khai" / "trang-2.png", InputType::Png)->read(1);
  CHECK(png.dpi == 200);
  CHECK(pixGetDepth(png.image.get()) == 8);
}

TEST_CASE("damaged, locked, empty and foreign inputs are refused with a reason", "[pipeline][bad-input]") {
  TempDir dir;
  const auto jpeg = readFile(scansDir() / "to-khai" / "trang-1.jpg");
  writeFile(dir / "half.jpg", jpeg.substr(0, jpeg.size() / 2));
  CHECK_THROWS_WITH(openPageReader(dir / "half.jpg", InputType::Jpeg), Catch::Contains("truncated JPEG"));

  writeFile(dir / "garbage.pdf", "%PDF-1.4\nthis is not a PDF at all\n");
  CHECK_THROWS_AS(openPageReader(dir / "garbage.pdf", InputType::Pdf), InputError);

  const auto source = (scansDir() / "thong-bao-dien-tu.pdf").string(), locked = (dir / "locked.pdf").string();
  REQUIRE(runCommand({"/usr/bin/qpdf", "--encrypt", "secret", "owner", "256", "--", source, locked}).exitCode == 0);
  CHECK_THROWS_WITH(openPageReader(locked, InputType::Pdf), Catch::Contains("password"));

  CHECK_THROWS_WITH(openPageReader(dir / "x", InputType::Empty), Catch::Contains("empty"));
  CHECK_THROWS_WITH(openPageReader(dir / "x", InputType::Unknown), Catch::Contains("not a PDF, TIFF, JPEG or PNG"));
}

TEST_CASE("a page's size is checked before it is decoded: halved over 600 dpi A3, refused beyond 1200 dpi A3",
          "[pipeline][hostile]") {
  CHECK(pageReduction(2480, 3508) == 1);    // A4 at 300 dpi
  CHECK(pageReduction(7016, 9921) == 1);    // A3 at 600 dpi
  CHECK(pageReduction(9921, 14032) == 2);   // A4 at 1200 dpi
  CHECK(pageReduction(14032, 19842) == 2);  // A3 at 1200 dpi
  CHECK_THROWS_WITH(pageReduction(30000, 30000), Catch::Contains("30000×30000") && Catch::Contains("refused"));
  CHECK_THROWS_AS(pageReduction(0, 100), InputError);
  CHECK_NOTHROW(checkDecodedSize(7016, 9921, 32));
  CHECK_THROWS_WITH(checkDecodedSize(14032, 19842, 32), Catch::Contains("MB"));
  // Sides a TIFF header allows, whose product overflows 64 bits (the sanitizers would say so).
  CHECK_THROWS_WITH(pageReduction(4'000'000'000, 4'000'000'000), Catch::Contains("refused"));
  CHECK_THROWS_WITH(checkDecodedSize(4'000'000'000, 4'000'000'000, 32), Catch::Contains("MB"));
}

TEST_CASE("a PDF page box of absurd numbers is refused by its size", "[pipeline][pdf][hostile]") {
  // Found by fuzz_page_reader: a MediaBox 10^100 points wide (rounding it to pixels was undefined).
  const auto found = samplesDir().parent_path() / "tests/fuzz/corpus/fuzz_page_reader/regression-mediabox-overflow.pdf";
  auto reader = openPageReader(found, InputType::Pdf);
  CHECK_THROWS_WITH(reader->read(1), Catch::Contains("beyond any scanned page"));
}

TEST_CASE("a damaged PDF qpdf cannot read is refused by the images its bytes claim", "[pipeline][pdf][hostile]") {
  // Found by fuzz_page_reader: objects defined twice and an xref qpdf gave up on, so the draws of
  // the page Poppler found were never counted; its 60000×60000 image kept Poppler busy 10 s.
  const auto found =
      samplesDir().parent_path() / "tests/fuzz/corpus/fuzz_page_reader/regression-damaged-huge-image.pdf";
  auto reader = openPageReader(found, InputType::Pdf);
  CHECK_THROWS_WITH(reader->read(1), Catch::Contains("megapixels"));
}

TEST_CASE("the largest image a PDF's bytes claim is found without parsing it", "[pipeline][pdf][hostile]") {
  CHECK(largestImageClaimed(std::string_view("<< /Type /XObject /Subtype /Image /Width 600 /Height 40 >>")) == 24000);
  CHECK(largestImageClaimed(std::string_view("<</Height 7/BitsPerComponent 8/Subtype/Image/Width 3>>")) == 21);
  // An inline image's short keys, and the larger of two claims.
  CHECK(largestImageClaimed(std::string_view("q BI /W 5 /H 4 /CS /G ID xx EI Q <</Subtype /Image /Width 2 "
                                             "/Height 2>>")) == 20);
  // A name that only starts like a key, a size with no image named, and no image at all.
  CHECK(largestImageClaimed(std::string_view("<< /Subtype /Image /Widths [9] /Width 3 /Height 3 >>")) == 9);
  CHECK(largestImageClaimed(std::string_view("<< /Width 9000 /Height 9000 >>")) == 0);
  CHECK(largestImageClaimed(std::string_view("BIG /W 9000 /H 9000")) == 0);
  CHECK(largestImageClaimed(std::string_view("")) == 0);
}

TEST_CASE("JPEG pages are decoded quietly, at half size when over the limit", "[pipeline][image][hostile]") {
  const std::string jpeg = readFile(scansDir() / "to-khai" / "trang-1.jpg");
  const auto header = readJpegHeader(jpeg);
  REQUIRE(header);
  CHECK(header->components == 3);
  CHECK(header->dpi == 200);
  const auto whole = decodeJpeg(jpeg, 1), half = decodeJpeg(jpeg, 2);
  CHECK(pixGetWidth(whole.get()) == header->width);
  CHECK(pixGetWidth(half.get()) == (header->width + 1) / 2);
  CHECK(pixGetXRes(half.get()) == 100);
  // The same pixels Leptonica decodes (both use libjpeg).
  sohoa::ocr::PixPtr leptonica(pixRead((scansDir() / "to-khai" / "trang-1.jpg").c_str()));
  l_int32 same = 0;
  pixEqual(whole.get(), leptonica.get(), &same);
  CHECK(same == 1);
  CHECK_THROWS_AS(decodeJpeg(jpeg.substr(0, 600), 1), InputError);
  CHECK_FALSE(readJpegHeader("not a jpeg"));
}

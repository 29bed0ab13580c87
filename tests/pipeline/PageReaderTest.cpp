#include <catch2/catch.hpp>

#include "pipeline/PageReader.hpp"
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

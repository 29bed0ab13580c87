#include <catch2/catch.hpp>

#include "ocr/PixPtr.hpp"
#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/formats/Hocr.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using namespace sohoa::test;

TEST_CASE("hOCR written from a recognised page reads back to the same words and boxes", "[ocr][hocr]") {
  PixPtr image(pixRead((scansDir() / "to-khai" / "trang-2.png").c_str()));
  REQUIRE(image);
  TesseractEngine engine(OcrSettings{});
  Page page = readScan(engine, image.get(), 200, OcrSettings{});
  page.rotation = 180;
  page.skew = -1.25;
  TempDir dir;
  writeFile(dir / "page.hocr", hocrDocument(page));
  const Page back = readHocr(dir / "page.hocr");

  CHECK(back.width == page.width);
  CHECK(back.height == page.height);
  CHECK(back.dpi == 200);
  CHECK(back.rotation == 180);
  CHECK(back.skew == Approx(-1.25));
  CHECK(back.text() == page.text());
  REQUIRE(back.blocks.size() == page.blocks.size());
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    CHECK(back.blocks[b].box == page.blocks[b].box);
    REQUIRE(back.blocks[b].lines.size() == page.blocks[b].lines.size());
    for (std::size_t l = 0; l < page.blocks[b].lines.size(); ++l) {
      const auto& words = page.blocks[b].lines[l].words;
      const auto& backWords = back.blocks[b].lines[l].words;
      REQUIRE(backWords.size() == words.size());
      for (std::size_t w = 0; w < words.size(); ++w) {
        CHECK(backWords[w].box == words[w].box);
        CHECK(backWords[w].confidence == Approx(words[w].confidence).margin(0.006));
      }
    }
  }
}

TEST_CASE("a word read from handwriting keeps its mark through hOCR", "[ocr][hocr]") {
  Page page;
  page.width = 400;
  page.height = 200;
  page.blocks = {{{10, 80, 300, 110},
                  {{{10, 80, 300, 110},
                    {{"Số:", {10, 80, 40, 100}, 0.96f},
                     {"84", {60, 80, 100, 110}, 0.91f, WordSource::Handwriting},
                     {"/QĐ-UBND", {110, 80, 300, 100}, 0.9f}}}}}};
  TempDir dir;
  writeFile(dir / "page.hocr", hocrDocument(page));
  const Page back = readHocr(dir / "page.hocr");
  REQUIRE(back.blocks.at(0).lines.at(0).words.size() == 3);
  CHECK(back.blocks[0].lines[0].words[0].source == WordSource::Print);
  CHECK(back.blocks[0].lines[0].words[1].source == WordSource::Handwriting);
  CHECK(back.blocks[0].lines[0].words[1].text == "84");
}

TEST_CASE("characters that are markup in HTML survive the hOCR round trip", "[ocr][hocr]") {
  Page page;
  page.width = 100;
  page.height = 50;
  page.origin = TextOrigin::PdfTextLayer;
  page.blocks = {
      {{0, 0, 90, 10}, {{{0, 0, 90, 10}, {{"<Điều>", {0, 0, 40, 10}, 1.0f}, {"A&B\"", {45, 0, 90, 10}, 0.5f}}}}}};
  TempDir dir;
  writeFile(dir / "p.hocr", hocrDocument(page));
  const Page back = readHocr(dir / "p.hocr");
  CHECK(back.text() == "<Điều> A&B\"\n");
  CHECK(back.origin == TextOrigin::PdfTextLayer);
  CHECK(back.dpi == 0);
}

TEST_CASE("reading a file that is not hOCR names the file", "[ocr][hocr]") {
  TempDir dir;
  writeFile(dir / "broken.hocr", "<html><body><p>not ocr</p>");
  CHECK_THROWS_WITH(readHocr(dir / "broken.hocr"), Catch::Contains("broken.hocr"));
  CHECK_THROWS_WITH(readHocr(dir / "missing.hocr"), Catch::Contains("missing.hocr"));
}

// Found by tests/fuzz/fuzz_hocr: "x_wconf @88" threw std::invalid_argument ("stof"), which no
// caller expecting the documented std::runtime_error catches, and a page's box "1888-88888844444"
// was read as 1888 and INT_MIN, whose height overflowed.
TEST_CASE("an hOCR file whose numbers are not numbers is refused with its name", "[ocr][hocr]") {
  const std::string page = R"(<html><body><div class="ocr_page" title="bbox 0 0 2480 3508; )";
  for (const std::string& bad :
       {page + R"(x_sohoa_rotation 9999999999"></div></body></html>)", page + R"(scan_res x"></div></body></html>)",
        page + R"(x_sohoa_skew inf"></div></body></html>)",
        page + R"("><span class="ocrx_word" title="bbox 1 1 2 2; x_wconf @88">A</span></div></body></html>)",
        std::string(R"(<html><body><div class="ocr_page" title="bbox 1888-88888844444"></div></body></html>)"),
        page + R"("><span class="ocrx_word" title="bbox 1 1 2">A</span></div></body></html>)",
        page + R"("><span class="ocr_line" title="bbox 0 0 99999999 20"></span></div></body></html>)"}) {
    INFO(bad);
    CHECK_THROWS_AS(readHocrText(bad, "edited.hocr"), std::runtime_error);
    CHECK_THROWS_WITH(readHocrText(bad, "edited.hocr"), Catch::Contains("edited.hocr"));
  }
  const Page read =
      readHocrText(page + R"(scan_res 300 300"><span class="ocrx_word" title="bbox 1 1 2 2; x_wconf 88">A</span>)"
                          R"(</div></body></html>)",
                   "good.hocr");
  CHECK(read.dpi == 300);
  CHECK(read.text() == "A\n");
}

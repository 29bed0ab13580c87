#include <catch2/catch.hpp>

#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using sohoa::test::formsDir;

TEST_CASE("print under a word of no letter read over a signature is read again", "[ocr][missed]") {
  // The first reading took the signature and `ghi rõ họ, chữ đệm,` for one word of symbols, which
  // goes in the end as noise: the print under it is missed ink, not ink a word covers.
  PixPtr image(pixRead((formsDir() / "signing-hint-noise-bilevel.png").c_str()));
  REQUIRE(image);
  OcrSettings settings;
  TesseractEngine engine(settings);
  const Page page = readScan(engine, image.get(), 300, settings);
  INFO(page.text());
  CHECK(page.text().find("(Ký, ghi rõ họ, chữ đệm, tên)") != std::string::npos);
  CHECK(page.text().find("Đặng Hoài Hương") != std::string::npos);
  OcrSettings firstReading = settings;
  firstReading.rereadMissedInk = false;
  const Page first = readScan(engine, image.get(), 300, firstReading);
  INFO(first.text());
  CHECK(first.text().find("ghi rõ") == std::string::npos);  // what the step is for
}

namespace {

bool hasWordIn(const Page& page, const std::string& text, const sohoa::ocr::Box& area) {
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words)
        if (word.text == text && sharedArea(word.box, area) > 0) return true;
  return false;
}

}  // namespace

TEST_CASE("the rest of a place read in part is read again cut tighter", "[ocr][missed]") {
  // Seed 31's chứng thực (page 027): Tesseract's page layout drops the signing block. Read again
  // with the seal's letters at its left end, the place of `HIỆN CHỨNG THỰC` gives `HN`; the
  // rest of its ink, read alone, is `CHỨNG THỰC` (its first mark still wrong).
  PixPtr image(pixRead((formsDir() / "certified-copy-seal-skewed-bilevel.png").c_str()));
  REQUIRE(image);
  OcrSettings settings;
  TesseractEngine engine(settings);
  const Page page = readScan(engine, image.get(), 300, settings);
  INFO(page.text());
  const sohoa::ocr::Box titleEnd{1840, 2080, 2000, 2170};  // the title's last word, right of the seal
  CHECK(hasWordIn(page, "THỰC", titleEnd));
}

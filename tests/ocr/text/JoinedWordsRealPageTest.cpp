#include <catch2/catch.hpp>
#include <string>

#include <leptonica/allheaders.h>

#include "ocr/PixPtr.hpp"
#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa;
using namespace sohoa::test;

namespace {

bool hasLine(const ocr::Page& page, const std::string& text) {
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      if (line.text() == text) return true;
  return false;
}

}  // namespace

// A generated receipt (dev family) whose receiving officer's block leans a little: Tesseract
// runs the name's words together, and the signer's name would be no name at all.
TEST_CASE("a signer's name Tesseract ran together is read as its three words", "[ocr][text]") {
  const ocr::PixPtr scan(pixRead((formsDir() / "receipt-signer-run-together-bilevel.png").c_str()));
  REQUIRE(scan);
  ocr::OcrSettings asRead;
  asRead.correctMarks = false;
  ocr::TesseractEngine engine(asRead);
  CHECK(hasLine(ocr::readScan(engine, scan.get(), 300, asRead), "TạThếAn"));
  const ocr::Page page = ocr::readScan(engine, scan.get(), 300, ocr::OcrSettings{});
  CHECK(hasLine(page, "Tạ Thế An"));
  CHECK_FALSE(hasLine(page, "TạThếAn"));
}

#include <catch2/catch.hpp>

#include "indexer/extract/CardMrz.hpp"
#include "indexer/extract/DocumentExtraction.hpp"
#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/reread/CardMachineZone.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;
using namespace sohoa::ocr;
using namespace sohoa::test;

// A generated card copy (tests/data/forms/README.md): a CCCD card front and back on A4,
// photocopied and scanned bilevel at 300 dpi; its MRZ starts IDVNM1938763263052193876326<<0.
TEST_CASE("the MRZ of a real bilevel card copy is read by OCR and gives the citizen ID with its checks",
          "[indexer][mrz][ocr]") {
  const auto path = formsDir() / "cccd-copy-bilevel.png";
  PixPtr copy(pixRead(path.c_str()));
  REQUIRE(copy);
  TesseractEngine engine(OcrSettings{});
  const Page page = readScan(engine, copy.get(), 300, OcrSettings{});
  // The Vietnamese model read its 0s as 6 and 9 (`1DVNM1938763263652193876326<<9`): read again.
  const std::string text = page.text();
  CHECK(text.find("IDVNM1938763263052193876326<<0") != std::string::npos);
  CHECK(text.find("9301010F3301018VNM<<<<<<<<<<<5") != std::string::npos);
  const auto mrz = cardMrzOn(PageLayout(page));
  REQUIRE(mrz);
  CHECK(mrz->mrz.citizenId == "052193876326");
  CHECK(mrz->mrz.documentNumber == "193876326");

  const auto extraction = extractDocument({&page}, {2026, 6, 1});
  REQUIRE(extraction.type);
  CHECK(extraction.type->kind == DocumentKind::IdCopy);
  const auto* id = extraction.find("citizen_ids");
  REQUIRE(id);
  CHECK(id->value == "052193876326");
  CHECK(id->method == "mrz");
  CHECK_FALSE(id->needsReview);

  OcrSettings firstReadOnly;
  firstReadOnly.rereadCardMachineZone = false;
  const Page asRead = readScan(engine, copy.get(), 300, firstReadOnly);
  CHECK_FALSE(cardMrzOn(PageLayout(asRead)));  // its check digits fail: no ID from it
}

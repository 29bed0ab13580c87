#include <algorithm>
#include <catch2/catch.hpp>

#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/prepare/ColourInkDropout.hpp"
#include "ocr/reread/NameReread.hpp"
#include "pipeline/ingest/PageReader.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa;
using namespace sohoa::test;

namespace {

// The words of the line of `page` holding the word `anchor`.
std::vector<ocr::Word> lineHolding(const ocr::Page& page, const std::string& anchor) {
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words)
        if (word.text == anchor) return line.words;
  return {};
}

}  // namespace

// The signer of a real report (280_BC.pdf, page 2) is printed `Trần Phước Hiền`, its grave
// accent plain on the scan; Tesseract's page reading drops it, at 0.93.
TEST_CASE("a real signer's name read with a mark dropped is left unconfirmed by a second reading",
          "[ocr][names][real-scans]") {
  const auto path = corpusDir() / "real-admin-scans" / "280_BC.pdf";
  REQUIRE(std::filesystem::exists(path));
  const auto scan = pipeline::openPageReader(path, pipeline::InputType::Pdf)->read(2);
  REQUIRE(scan.image);
  const ocr::PixPtr grey = ocr::greyWithoutColourInk(scan.image.get());  // as sohoa reads it: the seal's red dropped
  ocr::TesseractEngine engine(ocr::OcrSettings{});
  ocr::OcrSettings once;
  once.confirmNames = false;
  const ocr::Page first = ocr::readScan(engine, grey.get(), 300, once);
  const auto read = lineHolding(first, "Phước");
  REQUIRE(read.size() == 3);
  CHECK(read[2].text == "Hiên");
  CHECK(std::min({read[0].confidence, read[1].confidence, read[2].confidence}) > 0.9f);

  // Checked, the readings disagree on the name: one of its words is no longer sure, and
  // extraction leaves it for a clerk (FieldConfidence: a name's least sure word counts).
  const auto checked = lineHolding(ocr::readScan(engine, grey.get(), 300, ocr::OcrSettings{}), "Phước");
  REQUIRE(checked.size() == 3);
  const float leastSure = std::min({checked[0].confidence, checked[1].confidence, checked[2].confidence});
  CHECK(leastSure <= ocr::kUnconfirmedName);
}

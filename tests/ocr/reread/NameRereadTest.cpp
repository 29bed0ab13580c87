#include <algorithm>
#include <catch2/catch.hpp>

#include <leptonica/allheaders.h>

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

  // Read again alone, framed with room for the marks, the name is `Trần Phước Hiền`: the word the
  // readings spell otherwise is no longer sure, and extraction leaves the name for a clerk
  // (FieldConfidence: a name's least sure word counts); the words they agree on stay sure.
  const auto checked = lineHolding(ocr::readScan(engine, grey.get(), 300, ocr::OcrSettings{}), "Phước");
  REQUIRE(checked.size() == 3);
  CHECK(checked[2].confidence <= ocr::kUnconfirmedName);
  CHECK(checked[0].confidence > 0.9f);
  CHECK(checked[1].confidence > 0.9f);
}

// A generated giấy khai sinh (dev family) whose name runs onto the dotted leader: the page's
// reading stopped at `Lý Xuân` (the words and boxes below are that reading's).
TEST_CASE("a name the first reading cut short on the leader dots is read whole and left unconfirmed", "[ocr][names]") {
  const ocr::PixPtr strip(pixRead((formsDir() / "birth-certificate-name-on-leaders.png").c_str()));
  REQUIRE(strip);
  ocr::Line line{{47, 45, 646, 95},
                 {{"Họ,", {47, 48, 121, 92}, 0.97f},
                  {"chữ", {140, 46, 220, 84}, 0.97f},
                  {"đệm,", {234, 45, 335, 92}, 0.96f},
                  {"tên:", {353, 45, 429, 84}, 0.75f},
                  {"Lý", {443, 45, 517, 95}, 0.92f},
                  {"Xuân", {531, 45, 646, 84}, 0.97f}}};
  ocr::Page page;
  page.width = static_cast<int>(pixGetWidth(strip.get()));
  page.height = static_cast<int>(pixGetHeight(strip.get()));
  page.blocks.push_back({line.box, {line}});
  ocr::TesseractEngine engine(ocr::OcrSettings{});
  CHECK(ocr::confirmNames(engine, strip.get(), 300, page) >= 1);
  const auto& words = page.blocks[0].lines[0].words;
  REQUIRE(words.size() == 7);
  CHECK(words[6].text == "Tường");
  CHECK(words[6].confidence <= ocr::kUnconfirmedName);
  CHECK(words[6].box.x0 > words[5].box.x1);
  CHECK(words[5].confidence > 0.9f);  // `Xuân`, read the same twice
}

namespace {

// Reads any crop as `Dương Mỹ Oanh`, the last word's box running on to the crop's right edge,
// as Tesseract frames a word with the blank's dots after it.
class SwollenLastWord : public ocr::OcrEngine {
 public:
  ocr::Recognition read(Pix* image, int, ocr::Layout) override {
    const int width = static_cast<int>(pixGetWidth(image)), height = static_cast<int>(pixGetHeight(image));
    ocr::Line line;
    line.words = {{"Dương", {27, 10, 165, height - 10}, 0.95f},
                  {"Mỹ", {185, 10, 251, height - 10}, 0.95f},
                  {"Oanh", {266, 10, width - 1, height - 10}, 0.95f}};
    line.box = {27, 10, width - 1, height - 10};
    ocr::Recognition out;
    out.page.width = width;
    out.page.height = height;
    out.page.blocks.push_back({line.box, {line}});
    return out;
  }
  ocr::Orientation orientation(Pix*, int) override { return {}; }
};

}  // namespace

TEST_CASE("a name's last word read again with a swollen box is not added to the name a second time", "[ocr][names]") {
  ocr::Page page;
  page.width = 2480;
  page.height = 3508;
  ocr::Line line;
  line.words = {{"Ông/Bà:", {298, 847, 475, 900}, 0.91f},
                {"Dương", {514, 853, 652, 894}, 0.96f},
                {"Mỹ", {672, 848, 738, 896}, 0.97f},
                {"Oanh", {753, 845, 867, 885}, 0.97f}};
  line.box = {298, 845, 867, 900};
  page.blocks.push_back({line.box, {line}});
  ocr::PixPtr image(pixCreate(2480, 3508, 8));
  pixSetAll(image.get());
  SwollenLastWord engine;
  ocr::confirmNames(engine, image.get(), 300, page);
  const auto& words = page.blocks.front().lines.front().words;
  REQUIRE(words.size() == 4);
  CHECK(words.back().text == "Oanh");
  CHECK(words.back().confidence > ocr::kUnconfirmedName);
}

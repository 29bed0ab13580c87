#include <catch2/catch.hpp>
#include <sstream>

#include "indexer/text/EditDistance.hpp"
#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/prepare/ColourInkDropout.hpp"
#include "pipeline/ingest/PageReader.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa;

namespace {

// Edits (UTF-8 bytes) between each transcribed line and the page line nearest to it.
std::size_t errorsAgainst(const std::vector<std::string>& truth, const ocr::Page& page) {
  std::size_t errors = 0;
  for (const auto& line : truth) {
    std::size_t best = line.size();
    for (const auto& block : page.blocks)
      for (const auto& read : block.lines) best = std::min(best, indexer::editDistance(line, read.text()));
    errors += best;
  }
  return errors;
}

}  // namespace

TEST_CASE("on a real signed decision the corrected marks come closer to the paper", "[ocr][marks][real-scans]") {
  const auto scan = test::corpusDir() / "real-admin-scans" / "84_QD_UB.pdf";
  REQUIRE(std::filesystem::exists(scan));
  auto raster = pipeline::openPageReader(scan, pipeline::InputType::Pdf)->read(1);
  const ocr::PixPtr grey = ocr::greyWithoutColourInk(raster.image.get());
  // Lines of page 1 as printed (read on the scan), where Tesseract drops marks.
  const std::vector<std::string> truth = {"QUYẾT ĐỊNH",
                                          "của Cửa hàng xăng dầu Long Sơn",
                                          "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa",
                                          "đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính",
                                          "quyền địa phương ngày 22/11/2019;",
                                          "Chính phủ về việc ban hành Quy chế hoạt động ứng phó sự cố tràn dầu;",
                                          "phủ về việc ban hành Quy chế hoạt động ứng phó sự cố tràn dầu;"};
  ocr::OcrSettings asRead;
  asRead.correctMarks = false;
  ocr::TesseractEngine engine(ocr::OcrSettings{});
  const ocr::Page raw = ocr::readScan(engine, grey.get(), raster.dpi, asRead);
  const ocr::Page corrected = ocr::readScan(engine, grey.get(), raster.dpi, ocr::OcrSettings{});
  const std::size_t before = errorsAgainst(truth, raw), after = errorsAgainst(truth, corrected);
  INFO("errors on the transcribed lines: " << before << " as read, " << after << " corrected");
  CHECK(before > 10);  // the fast model does drop marks here
  CHECK(after * 2 < before);
}

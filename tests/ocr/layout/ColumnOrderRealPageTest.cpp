#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "pipeline/ingest/PageReader.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa;

namespace {

// A page of one of the corpus's real scans, read as ingest reads it.
std::string readRealPage(const char* file, int page) {
  const auto scan = test::corpusDir() / "real-admin-scans" / file;
  REQUIRE(std::filesystem::exists(scan));
  auto raster = pipeline::openPageReader(scan, pipeline::InputType::Pdf)->read(page);
  ocr::TesseractEngine engine(ocr::OcrSettings{});
  return ocr::readScan(engine, raster.image.get(), raster.dpi, ocr::OcrSettings{}).text();
}

// Each phrase is in the text, after the one before it.
void checkInOrder(const std::string& text, const std::vector<std::string>& phrases) {
  INFO(text);
  std::size_t previous = 0;
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    const auto at = text.find(phrases[i]);
    INFO(phrases[i]);
    REQUIRE(at != std::string::npos);
    if (i > 0) CHECK(previous < at);
    previous = at;
  }
}

}  // namespace

TEST_CASE("a real report's last page lists its recipients before its signing block",
          "[ocr][reading-order][real-scans]") {
  // 09_TTR.pdf page 3: `Nơi nhận:` and nine recipients on the left, `TM. ỦY BAN NHÂN DÂN / KT. CHỦ
  // TỊCH / PHÓ CHỦ TỊCH`, the signature and `Trần Hoàng Tuấn` on the right, the columns cut into
  // blocks Tesseract orders by height.
  checkInOrder(readRealPage("09_TTR.pdf", 3), {"Nơi nhận", "- Lưu: VT", "TM. ỦY BAN NHÂN DÂN", "Trần Hoàng Tuấn"});
}

TEST_CASE("a real công văn's subject is read under its number before the national title",
          "[ocr][reading-order][real-scans]") {
  // 299_UB.pdf page 1: `Số: 299 /UBND-TTHC` and under it `V/v công bố Danh mục TTHC / và xây dựng
  // quy trình nội bộ / giải quyết TTHC` on the left; `CỘNG HÒA …`, the motto and the date on the
  // right; then `Kính gửi:` across the middle.
  checkInOrder(readRealPage("299_UB.pdf", 1), {"Số: 299", "giải quyết TTHC", "CỘNG HÒA XÃ HỘI", "Kính gửi"});
}

TEST_CASE("a real decision's header is read column by column though its first row was read across",
          "[ocr][reading-order][real-scans]") {
  // 87_QD_CT.pdf page 1: `ỦY BAN NHÂN DÂN` and `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` 140 pixels apart,
  // `Số: 87 /QĐ-UBND` (the number handwritten) beside `Quảng Ngãi, ngày 16 tháng 01 năm 2025`.
  checkInOrder(readRealPage("87_QD_CT.pdf", 1), {"TỈNH QUẢNG NGÃI", "/Q", "CỘNG HÒA XÃ HỘI", "Quảng Ngãi, ngày"});
}

#include <catch2/catch.hpp>

#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "pipeline/ingest/PageReader.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa;

TEST_CASE("a real report's last page lists its recipients before its signing block",
          "[ocr][reading-order][real-scans]") {
  // 09_TTR.pdf page 3: `Nơi nhận:` and nine recipients on the left, `TM. ỦY BAN NHÂN DÂN / KT. CHỦ
  // TỊCH / PHÓ CHỦ TỊCH`, the signature and `Trần Hoàng Tuấn` on the right, the columns cut into
  // blocks Tesseract orders by height.
  const auto scan = test::corpusDir() / "real-admin-scans" / "09_TTR.pdf";
  REQUIRE(std::filesystem::exists(scan));
  auto raster = pipeline::openPageReader(scan, pipeline::InputType::Pdf)->read(3);
  ocr::TesseractEngine engine(ocr::OcrSettings{});
  const std::string text = ocr::readScan(engine, raster.image.get(), raster.dpi, ocr::OcrSettings{}).text();
  INFO(text);
  const auto recipients = text.find("Nơi nhận"), last = text.find("- Lưu: VT");
  const auto signing = text.find("TM. ỦY BAN NHÂN DÂN"), name = text.find("Trần Hoàng Tuấn");
  REQUIRE(recipients != std::string::npos);
  REQUIRE(last != std::string::npos);
  REQUIRE(signing != std::string::npos);
  REQUIRE(name != std::string::npos);
  CHECK(recipients < last);
  CHECK(last < signing);
  CHECK(signing < name);
}

TEST_CASE("a real công văn's subject is read under its number before the national title",
          "[ocr][reading-order][real-scans]") {
  // 299_UB.pdf page 1: `Số: 299 /UBND-TTHC` and under it `V/v công bố Danh mục TTHC / và xây dựng
  // quy trình nội bộ / giải quyết TTHC` on the left; `CỘNG HÒA …`, the motto and the date on the
  // right; then `Kính gửi:` across the middle.
  const auto scan = test::corpusDir() / "real-admin-scans" / "299_UB.pdf";
  REQUIRE(std::filesystem::exists(scan));
  auto raster = pipeline::openPageReader(scan, pipeline::InputType::Pdf)->read(1);
  ocr::TesseractEngine engine(ocr::OcrSettings{});
  const std::string text = ocr::readScan(engine, raster.image.get(), raster.dpi, ocr::OcrSettings{}).text();
  INFO(text);
  const auto number = text.find("Số: 299"), subjectEnd = text.find("giải quyết TTHC");
  const auto title = text.find("CỘNG HÒA XÃ HỘI"), addressed = text.find("Kính gửi");
  REQUIRE(number != std::string::npos);
  REQUIRE(subjectEnd != std::string::npos);
  REQUIRE(title != std::string::npos);
  REQUIRE(addressed != std::string::npos);
  CHECK(number < subjectEnd);
  CHECK(subjectEnd < title);
  CHECK(title < addressed);
}

TEST_CASE("a real decision's header is read column by column though its first row was read across",
          "[ocr][reading-order][real-scans]") {
  // 87_QD_CT.pdf page 1: `ỦY BAN NHÂN DÂN` and `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` 140 pixels apart,
  // `Số: 87 /QĐ-UBND` (the number handwritten) beside `Quảng Ngãi, ngày 16 tháng 01 năm 2025`.
  const auto scan = test::corpusDir() / "real-admin-scans" / "87_QD_CT.pdf";
  REQUIRE(std::filesystem::exists(scan));
  auto raster = pipeline::openPageReader(scan, pipeline::InputType::Pdf)->read(1);
  ocr::TesseractEngine engine(ocr::OcrSettings{});
  const std::string text = ocr::readScan(engine, raster.image.get(), raster.dpi, ocr::OcrSettings{}).text();
  INFO(text);
  const auto body = text.find("TỈNH QUẢNG NGÃI"), number = text.find("/Q");
  const auto title = text.find("CỘNG HÒA XÃ HỘI"), place = text.find("Quảng Ngãi, ngày");
  REQUIRE(body != std::string::npos);
  REQUIRE(number != std::string::npos);
  REQUIRE(title != std::string::npos);
  REQUIRE(place != std::string::npos);
  CHECK(body < number);
  CHECK(number < title);
  CHECK(title < place);
}

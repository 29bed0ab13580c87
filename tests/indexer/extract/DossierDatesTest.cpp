#include <catch2/catch.hpp>

#include <algorithm>

#include "indexer/extract/DossierDates.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;

namespace {

constexpr CalendarDay kToday{2026, 6, 1};

// A tờ khai whose signing line reads `signingLine`; its words in `byHand` as the digit classifier
// read them, at `handConfidence`.
DocumentExtraction signedOn(const std::string& signingLine, const std::vector<std::string>& byHand,
                            float handConfidence) {
  LaidOutPage page;
  page.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("Độc lập - Tự do - Hạnh phúc", 210);
  page.centred("TỜ KHAI ĐĂNG KÝ KHAI SINH", 330);
  page.line("Họ, chữ đệm, tên: Châu Thị Mỹ Nhung", 300, 520);
  page.line(signingLine, 1250, 1720);
  for (auto& word : page.page.blocks.back().lines[0].words)
    if (std::find(byHand.begin(), byHand.end(), word.text) != byHand.end()) {
      word.source = sohoa::ocr::WordSource::Handwriting;
      word.confidence = handConfidence;
    }
  return extractDocument({&page.page}, kToday);
}

// The day (and month) written by hand: as the digit classifier alone read them (no second
// reader), or as two readers did.
DocumentExtraction declaration(const std::string& day, const std::string& month, float handConfidence) {
  return signedOn("Làm tại: Mỹ Lợi, ngày " + day + " tháng " + month + " năm 2025", {day, month}, handConfidence);
}

DocumentExtraction receipt(const std::string& date) {
  LaidOutPage page;
  page.line("UBND XÃ MỸ LỢI", 300, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  page.line("Mỹ Lợi, " + date, 1350, 260);
  page.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 400);
  page.line("Mã hồ sơ: 000.14.22.H08-250710-0031", 300, 500);
  return extractDocument({&page.page}, kToday);
}

const ExtractedField& issued(const DocumentExtraction& document) {
  const auto* field = document.find(fieldname::kIssuedDate);
  REQUIRE(field);
  return *field;
}

}  // namespace

TEST_CASE("a handwritten day read by one reader waits for review unless the dossier's receipt vouches for it",
          "[indexer][date]") {
  const auto desk = receipt("ngày 10 tháng 7 năm 2025");
  REQUIRE(desk.type);
  REQUIRE(desk.type->kind == DocumentKind::Receipt);
  REQUIRE(issued(desk).value == "2025-07-10");
  REQUIRE_FALSE(issued(desk).needsReview);

  auto alone = declaration("08", "7", sohoa::ocr::kOneReaderConfidence);
  CHECK(issued(alone).value == "2025-07-08");
  CHECK(issued(alone).needsReview);
  CHECK(issued(alone).note == kOneReaderNote);

  // Two days before the receipt: stored.
  auto vouched = declaration("08", "7", sohoa::ocr::kOneReaderConfidence);
  auto desk1 = desk;
  confirmDatesAcrossDossier({&desk1, &vouched});
  CHECK_FALSE(issued(vouched).needsReview);
  CHECK(issued(vouched).confidence >= kStoreFrom);
  CHECK(issued(vouched).method == "layout+receipt");

  // A month misread (7 for a 3) lands months before; a day after the receipt cannot be: both stay.
  for (const auto& [day, month] : {std::pair{"08", "3"}, std::pair{"18", "7"}, std::pair{"28", "6"}}) {
    auto wrong = declaration(day, month, sohoa::ocr::kOneReaderConfidence);
    auto desk2 = desk;
    confirmDatesAcrossDossier({&desk2, &wrong});
    INFO(day << "/" << month);
    CHECK(issued(wrong).needsReview);
  }

  // Without a receipt in the dossier nothing vouches; a receipt in review vouches for nothing.
  auto noReceipt = declaration("08", "7", sohoa::ocr::kOneReaderConfidence);
  confirmDatesAcrossDossier({&noReceipt});
  CHECK(issued(noReceipt).needsReview);
  auto unsureDesk = desk;
  for (auto& field : unsureDesk.fields)
    if (field.name == fieldname::kIssuedDate) field.needsReview = true;
  auto unvouched = declaration("08", "7", sohoa::ocr::kOneReaderConfidence);
  confirmDatesAcrossDossier({&unsureDesk, &unvouched});
  CHECK(issued(unvouched).needsReview);

  // Two readers agreed on the day: stored on its own, whatever the receipt says.
  auto sure = declaration("08", "7", 0.93f);
  CHECK_FALSE(issued(sure).needsReview);
  CHECK(issued(sure).value == "2025-07-08");
}

TEST_CASE("a signing line read in part is completed by the dossier's receipt when one day of its week fits",
          "[indexer][date]") {
  const auto desk = receipt("ngày 03 tháng 8 năm 2025");
  REQUIRE(issued(desk).value == "2025-08-03");
  const auto completed = [&](const std::string& line, const std::vector<std::string>& byHand) {
    auto declared = signedOn(line, byHand, sohoa::ocr::kOneReaderConfidence);
    auto withDesk = desk;
    confirmDatesAcrossDossier({&withDesk, &declared});
    return issued(declared);
  };

  // The month's blank left empty: the day places it in the week before the receipt, across the
  // month's turn.
  const auto noMonth = completed("Làm tại: Mỹ Lợi, ngày 29 tháng năm 2025", {"29"});
  CHECK(noMonth.value == "2025-07-29");
  CHECK_FALSE(noMonth.needsReview);
  CHECK(noMonth.confidence >= kStoreFrom);
  CHECK(noMonth.method == "layout+receipt");
  // The year's last digit written by hand and not read.
  CHECK(completed("Làm tại: Mỹ Lợi, ngày 02 tháng 8 năm 202", {"02", "8"}).value == "2025-08-02");

  // A day not in that week, a month read that does not fit, no day read: the clerk decides.
  for (const std::string line :
       {"Làm tại: Mỹ Lợi, ngày 12 tháng năm 2025", "Làm tại: Mỹ Lợi, ngày 02 tháng 7 năm 202",
        "Làm tại: Mỹ Lợi, ngày tháng 8 năm 2025", "Làm tại: Mỹ Lợi, ngày 02 tháng 8 năm 2024"}) {
    INFO(line);
    const auto left = completed(line, {"12", "02", "7", "8"});
    CHECK(left.needsReview);
  }
  // Without the receipt the part read is only shown to the clerk.
  auto alone = signedOn("Làm tại: Mỹ Lợi, ngày 29 tháng năm 2025", {"29"}, sohoa::ocr::kOneReaderConfidence);
  confirmDatesAcrossDossier({&alone});
  CHECK(issued(alone).needsReview);
  CHECK(issued(alone).value.empty());
}

TEST_CASE("a receipt's date read unsurely is stored when its intake time reads the same date surely",
          "[indexer][date]") {
  const auto receiptDated = [](const std::string& intake) {
    LaidOutPage page;
    page.line("UBND XÃ ĐỨC LẠNG", 300, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
    page.line("Đức Lạng, ngày 24 tháng 02 năm 2025.", 1350, 260);
    for (auto& word : page.page.blocks.back().lines[0].words)
      if (word.text == "2025.") word.confidence = 0.32f;  // a speck glued to the year
    page.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 400);
    page.line("4. Thời gian nhận hồ sơ: 10 giờ 04 phút, " + intake, 300, 1640);
    return extractDocument({&page.page}, kToday);
  };
  const auto agreed = receiptDated("ngày 24/02/2025");
  CHECK(issued(agreed).value == "2025-02-24");
  CHECK_FALSE(issued(agreed).needsReview);
  const auto otherDay = receiptDated("ngày 25/02/2025");
  CHECK(issued(otherDay).value == "2025-02-24");
  CHECK(issued(otherDay).needsReview);
}

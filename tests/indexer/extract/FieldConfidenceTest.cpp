#include <catch2/catch.hpp>

#include "indexer/extract/DocumentExtraction.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;

namespace {

constexpr CalendarDay kToday{2026, 6, 1};

const ExtractedField* fieldWith(const DocumentExtraction& extraction, const std::string& name,
                                const std::string& value) {
  for (const auto& field : extraction.fields)
    if (field.name == name && field.value == value) return &field;
  return nullptr;
}

}  // namespace

TEST_CASE("a confidence says how often such a value is right, not how sure Tesseract was", "[indexer][review]") {
  LaidOutPage page;
  page.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 380);
  // Tesseract scores a wrong mark as high as a right one: Lả is no surname, and could be La or Lã.
  page.line("Ông/Bà: Lả Đình Sơn", 300, 500, 0.93f);
  // A CCCD that passes its checks is right even when Tesseract scored it low.
  page.line("Số định danh cá nhân: 091084323925", 300, 560, 0.39f);
  auto extraction = extractDocument({&page.page}, kToday);
  const auto* misread = fieldWith(extraction, "person_name", "Lả Đình Sơn");
  REQUIRE(misread);
  CHECK(misread->needsReview);
  CHECK(misread->confidence < kStoreFrom);
  const auto* id = fieldWith(extraction, "citizen_ids", "091084323925");
  REQUIRE(id);
  CHECK_FALSE(id->needsReview);
  CHECK(id->confidence >= 0.95f);

  LaidOutPage right;  // the same name read right, with the leader dots glued to it scored low
  right.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 380);
  right.line("Ông/Bà: .Đặng..Đình Sơn", 300, 500, 0.45f);
  extraction = extractDocument({&right.page}, kToday);
  const auto* name = fieldWith(extraction, "person_name", "Đặng Đình Sơn");
  REQUIRE(name);
  CHECK_FALSE(name->needsReview);
}

TEST_CASE("nothing under the threshold is stored, other reasons for review stay", "[indexer][review]") {
  std::vector<ExtractedField> fields = {
      {fieldname::kCodeNumber, "465", 0, {}, 0.2f, "layout", false, {}},  // a printed 155 read by a pen stroke
      {fieldname::kIssuedDate, "2035-06-10", 0, {}, 0.96f, "layout", true, "the date is in the future"},
      {fieldname::kDossierCode, "000.00.21.H08-250314-0042", 0, {}, 1.0f, "qr", false, "QR code and OCR disagree"}};
  weighEvidence(fields);
  CHECK(fields[0].needsReview);
  CHECK(fields[0].note == "low OCR confidence");
  CHECK(fields[1].needsReview);
  CHECK(fields[1].note == "the date is in the future");
  CHECK_FALSE(fields[2].needsReview);
  CHECK(fields[2].confidence == 1.0f);
}

// Seed 8080's receipt (batch-03 page 13): `Ông/Bà: .Trương Hữu Việ...............`, the name's last
// letter lost in the dotted leader after it, read surely. `Việ` has a name's shape but no syllable
// ends in ê after i: the name goes to a clerk with that word named, and is not stored.
TEST_CASE("a name with a word that is no Vietnamese syllable goes to review with that word", "[indexer][review]") {
  LaidOutPage page;
  page.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 380);
  page.line("Ông/Bà: .Trương Hữu Việ...............", 300, 500, 0.93f);
  auto extraction = extractDocument({&page.page}, kToday);
  const auto* damaged = fieldWith(extraction, "person_name", "Trương Hữu Việ");
  REQUIRE(damaged);
  CHECK(damaged->needsReview);
  CHECK(damaged->note.find("Việ") != std::string::npos);

  LaidOutPage whole;  // the name read whole is stored
  whole.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 380);
  whole.line("Ông/Bà: .Trương Hữu Việt...............", 300, 500, 0.93f);
  extraction = extractDocument({&whole.page}, kToday);
  const auto* name = fieldWith(extraction, "person_name", "Trương Hữu Việt");
  REQUIRE(name);
  CHECK_FALSE(name->needsReview);
}

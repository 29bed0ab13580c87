#include <catch2/catch.hpp>

#include "indexer/extract/DossierApplicant.hpp"
#include "indexer/extract/DossierNames.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;

namespace {

constexpr CalendarDay kToday{2026, 6, 1};

DocumentExtraction receiptFor(const std::string& applicant) {
  LaidOutPage page;
  page.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 380);
  page.line("Ông/Bà: " + applicant, 300, 500);
  page.line("Nội dung yêu cầu giải quyết: Đăng ký kết hôn", 300, 560);
  return extractDocument({&page.page}, kToday);
}

// The certificate as OCR read it: the husband's surname lost its dot (Đăng for Đặng).
DocumentExtraction certificate() {
  LaidOutPage page;
  page.centred("GIẤY CHỨNG NHẬN KẾT HÔN", 380);
  page.line("Họ, chữ đệm, tên chồng: Đăng Đình Sơn", 300, 500);
  page.line("Họ, chữ đệm, tên vợ: Nguyễn Diệu Thủy", 300, 700);
  return extractDocument({&page.page}, kToday);
}

const ExtractedField* person(const DocumentExtraction& paper) { return paper.find(fieldname::kPersonName); }

}  // namespace

TEST_CASE("a marriage certificate is about the spouse the dossier's receipt names as applicant", "[indexer][people]") {
  auto receipt = receiptFor("Đặng Đình Sơn");
  REQUIRE(person(receipt));
  REQUIRE(person(receipt)->role == "requester");
  auto husbandAsked = certificate();
  REQUIRE(person(husbandAsked) == nullptr);  // alone, the certificate cannot say
  REQUIRE(husbandAsked.spouses.size() == 2);
  chooseSpouseAcrossDossier({&receipt, &husbandAsked});
  REQUIRE(person(husbandAsked));
  CHECK(person(husbandAsked)->role == "husband");
  CHECK(person(husbandAsked)->method == "label+dossier");
  CHECK(person(husbandAsked)->value == "Đặng Đình Sơn");  // the surname's mark put back when read

  auto wifeReceipt = receiptFor("Nguyễn Diệu Thuỷ");  // the other spouse, a mark placed otherwise
  auto wifeAsked = certificate();
  chooseSpouseAcrossDossier({&wifeReceipt, &wifeAsked});
  REQUIRE(person(wifeAsked));
  CHECK(person(wifeAsked)->role == "wife");
  CHECK(person(wifeAsked)->value == "Nguyễn Diệu Thủy");
}

TEST_CASE("a marriage certificate whose dossier names neither spouse as applicant stays without a person",
          "[indexer][people]") {
  auto stranger = receiptFor("Trần Văn Khánh");
  auto paper = certificate();
  chooseSpouseAcrossDossier({&stranger, &paper});
  CHECK(person(paper) == nullptr);

  auto alone = certificate();  // no receipt in the dossier
  chooseSpouseAcrossDossier({&alone});
  CHECK(person(alone) == nullptr);
}

#include <catch2/catch.hpp>

#include "indexer/extract/DossierNames.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"

using namespace sohoa::indexer;

namespace {

DocumentExtraction paperNaming(std::vector<std::string> names) {
  DocumentExtraction paper;
  for (auto& name : names)
    paper.fields.push_back({fieldname::kPersonName, std::move(name), 0, {}, 0.9f, "label", false, {}});
  return paper;
}

std::string nameOn(const DocumentExtraction& paper, std::size_t i = 0) { return paper.fields.at(i).value; }

}  // namespace

TEST_CASE("a name the dossier's papers mostly spell one way is spelled that way on all of them", "[indexer][people]") {
  auto receipt = paperNaming({"Ngô Thế Hâu"});  // the dot under â lost on the receipt
  auto declaration = paperNaming({"Ngô Thế Hậu"});
  auto card = paperNaming({"NGÔ THẾ HẬU"});
  auto result = paperNaming({"Trần Thị Lan"});  // someone else: untouched
  settleNamesAcrossDossier({&receipt, &declaration, &card, &result});
  CHECK(nameOn(receipt) == "Ngô Thế Hậu");
  CHECK_FALSE(receipt.fields[0].needsReview);
  CHECK(nameOn(card) == "NGÔ THẾ HẬU");
  CHECK(nameOn(result) == "Trần Thị Lan");
  CHECK(result.fields[0].note.empty());

  auto card2 = paperNaming({"NGÔ THẾ HÂU"});  // capitals keep capitals when mended
  auto receipt2 = paperNaming({"Ngô Thế Hậu"});
  auto declaration2 = paperNaming({"Ngô Thế Hậu"});
  settleNamesAcrossDossier({&card2, &receipt2, &declaration2});
  CHECK(nameOn(card2) == "NGÔ THẾ HẬU");
}

TEST_CASE("papers evenly split on a name's marks send both readings to review", "[indexer][people]") {
  auto receipt = paperNaming({"Hồ Văn Trống"});  // a tone swapped, not lost: either may be right
  auto extract = paperNaming({"Hồ Văn Trọng"});
  settleNamesAcrossDossier({&receipt, &extract});
  CHECK(nameOn(receipt) == "Hồ Văn Trống");  // nothing chosen
  CHECK(receipt.fields[0].needsReview);
  CHECK(extract.fields[0].needsReview);
}

TEST_CASE("an even split is settled by the spelling the others are with marks lost", "[indexer][people]") {
  // Seed 2718: three papers, three readings; `Hằng` holds the marks of both others.
  auto declaration = paperNaming({"Vũ Thị Thanh Hàng"});
  auto notice = paperNaming({"Vũ Thị Thanh Hăng"});
  auto card = paperNaming({"VŨ THỊ THANH HẰNG"});
  settleNamesAcrossDossier({&declaration, &notice, &card});
  CHECK(nameOn(declaration) == "Vũ Thị Thanh Hằng");
  CHECK(nameOn(notice) == "Vũ Thị Thanh Hằng");
  CHECK_FALSE(notice.fields[0].needsReview);

  // One other reading cannot tell a mark lost from one OCR added over a card's capitals (seed
  // 766: the card's `ĐINH THỦ TUYẾT` at 0.95, the receipt's `Đinh Thu Tuyết`).
  auto applicant = paperNaming({"Đinh Thu Tuyết"});
  applicant.fields[0].needsReview = true;  // as it was, at 0.25: the copy alone read its spelling surely
  auto copy = paperNaming({"ĐINH THỦ TUYẾT"});
  settleNamesAcrossDossier({&applicant, &copy});
  CHECK(nameOn(applicant) == "Đinh Thu Tuyết");
  CHECK(applicant.fields[0].needsReview);
  CHECK(copy.fields[0].needsReview);
  // Read so in running text, the spelling with the mark still holds the one without it.
  auto extract = paperNaming({"Đinh Thu Tuyết"});
  auto result = paperNaming({"Đinh Thủ Tuyết"});
  settleNamesAcrossDossier({&extract, &result});
  CHECK(nameOn(extract) == "Đinh Thủ Tuyết");
  CHECK_FALSE(result.fields[0].needsReview);

  // A dot below alone is no evidence: leader dots under a typed name make one (seed 5151's
  // `Hồ Thu Vy` read `Hồ Thụ Vy`) as often as OCR loses a real one (`Hồ Văn Trọng` read `Trong`).
  auto receipt = paperNaming({"Hồ Thu Vy"});
  auto declared = paperNaming({"Hồ Thụ Vy"});
  settleNamesAcrossDossier({&receipt, &declared});
  CHECK(receipt.fields[0].needsReview);
  CHECK(declared.fields[0].needsReview);
}

TEST_CASE("an even split is settled by the one spelling whose syllables all occur in Vietnamese text",
          "[indexer][people]") {
  auto receipt = paperNaming({"Ngô Thế Hâu"});  // `hâu` is no word anyone writes
  auto card = paperNaming({"NGÔ THẾ HẬU"});
  settleNamesAcrossDossier({&receipt, &card});
  CHECK(nameOn(receipt) == "Ngô Thế Hậu");
  CHECK_FALSE(receipt.fields[0].needsReview);
  CHECK_FALSE(card.fields[0].needsReview);

  auto certificate = paperNaming({"Lê Thị Thú"});  // both words exist, neither a mark lost from the other
  auto declaration = paperNaming({"Lê Thị Thư"});
  settleNamesAcrossDossier({&certificate, &declaration});
  CHECK(certificate.fields[0].needsReview);
  CHECK(declaration.fields[0].needsReview);
}

TEST_CASE("an even split is settled by the one spelling some paper read surely", "[indexer][people]") {
  // Seed 1204: the receipt read `Lê Hữu Thắng` surely, the card copy `LÊ HỮU THĂNG` at 0.25.
  auto receipt = paperNaming({"Lê Hữu Thắng"});
  auto card = paperNaming({"LÊ HỮU THĂNG"});
  card.fields[0].confidence = 0.25f;
  card.fields[0].needsReview = true;
  card.fields[0].note = std::string(kLowOcrNote);
  settleNamesAcrossDossier({&receipt, &card});
  CHECK(nameOn(receipt) == "Lê Hữu Thắng");
  CHECK_FALSE(receipt.fields[0].needsReview);
  CHECK(nameOn(card) == "LÊ HỮU THẮNG");
  CHECK_FALSE(card.fields[0].needsReview);
  // Both read surely, or both doubted, a mark swapped: only a person can tell.
  auto sureReceipt = paperNaming({"Lê Hữu Thắng"});
  auto sureCard = paperNaming({"LÊ HỮU THẲNG"});
  settleNamesAcrossDossier({&sureReceipt, &sureCard});
  CHECK(sureReceipt.fields[0].needsReview);
  CHECK(sureCard.fields[0].needsReview);
}

TEST_CASE("a paper naming two people spelled alike keeps both as read", "[indexer][people]") {
  auto declaration = paperNaming({"Trần Văn Hùng", "Trần Văn Hưng"});  // father and son
  auto certificate = paperNaming({"Trần Văn Hưng"});
  auto receipt = paperNaming({"Trần Văn Hưng"});
  settleNamesAcrossDossier({&declaration, &certificate, &receipt});
  CHECK(nameOn(declaration, 0) == "Trần Văn Hùng");
  CHECK(nameOn(declaration, 1) == "Trần Văn Hưng");
  CHECK_FALSE(declaration.fields[0].needsReview);
}

TEST_CASE("a name scored too low on one paper stands when another paper of the dossier reads it surely",
          "[indexer][people]") {
  auto receipt = paperNaming({"Lê Thị Mỹ Trâm"});
  auto declaration = paperNaming({"Lê Thị Mỹ Trâm"});
  declaration.fields[0].confidence = 0.45f;  // the leader's dots glued to it
  declaration.fields[0].needsReview = true;
  declaration.fields[0].note = std::string(kLowOcrNote);
  auto alone = paperNaming({"Tạ Trọng Thuận"});
  alone.fields[0].confidence = 0.45f;
  alone.fields[0].needsReview = true;
  alone.fields[0].note = std::string(kLowOcrNote);
  settleNamesAcrossDossier({&receipt, &declaration, &alone});
  CHECK_FALSE(declaration.fields[0].needsReview);
  CHECK(declaration.fields[0].confidence >= kStoreFrom);
  CHECK(alone.fields[0].needsReview);  // no other paper vouches for it
}

TEST_CASE("a name misspelt and unsure on one paper stands once respelt as other papers read it surely",
          "[indexer][people]") {
  // A second reading doubted the mark on the death notice (NameReread): respelt as the receipt
  // and the card read it surely, it is that name.
  auto notice = paperNaming({"Huỳnh Văn Lôc"});
  notice.fields[0].confidence = 0.25f;
  notice.fields[0].needsReview = true;
  notice.fields[0].note = std::string(kLowOcrNote);
  auto receipt = paperNaming({"Huỳnh Văn Lộc"});
  auto card = paperNaming({"HUỲNH VĂN LỘC"});
  settleNamesAcrossDossier({&notice, &receipt, &card});
  CHECK(nameOn(notice) == "Huỳnh Văn Lộc");
  CHECK_FALSE(notice.fields[0].needsReview);
  CHECK(notice.fields[0].confidence >= kStoreFrom);

  // Respelt by papers that are themselves unsure, it stays for a clerk.
  auto unsure = paperNaming({"Huỳnh Văn Lôc"});
  unsure.fields[0].confidence = 0.25f;
  unsure.fields[0].needsReview = true;
  unsure.fields[0].note = std::string(kLowOcrNote);
  auto unsureReceipt = paperNaming({"Huỳnh Văn Lộc"});
  auto unsureCard = paperNaming({"HUỲNH VĂN LỘC"});
  for (auto* paper : {&unsureReceipt, &unsureCard}) {
    paper->fields[0].needsReview = true;
    paper->fields[0].note = std::string(kLowOcrNote);
  }
  settleNamesAcrossDossier({&unsure, &unsureReceipt, &unsureCard});
  CHECK(nameOn(unsure) == "Huỳnh Văn Lộc");
  CHECK(unsure.fields[0].needsReview);
}

TEST_CASE("a name read without its surname is completed from a paper that read it whole about the same person",
          "[indexer][people]") {
  auto declaration = paperNaming({"Dương Hoài Quyên"});
  declaration.fields[0].role = "child";
  auto certificate = paperNaming({"Hoài Quyên"});  // `Dương` lost in the leader dots
  certificate.fields[0].role = "child";
  certificate.fields[0].needsReview = true;
  auto receipt = paperNaming({"Lê Thị Mỹ Trâm"});  // the mother asked: another person
  receipt.fields[0].role = "requester";
  settleNamesAcrossDossier({&receipt, &declaration, &certificate});
  CHECK(nameOn(certificate) == "Dương Hoài Quyên");
  CHECK_FALSE(certificate.fields[0].needsReview);

  auto mother = paperNaming({"Thị Mỹ Trâm"});  // about the child: a name of another role does not complete it
  mother.fields[0].role = "child";
  mother.fields[0].needsReview = true;
  auto receipt2 = paperNaming({"Lê Thị Mỹ Trâm"});
  receipt2.fields[0].role = "requester";
  settleNamesAcrossDossier({&receipt2, &mother});
  CHECK(nameOn(mother) == "Thị Mỹ Trâm");
  CHECK(mother.fields[0].needsReview);

  auto twins = paperNaming({"Hoài Quyên"});  // two whole names end so: nothing chosen
  twins.fields[0].role = "child";
  twins.fields[0].needsReview = true;
  auto first = paperNaming({"Dương Hoài Quyên"});
  first.fields[0].role = "child";
  auto second = paperNaming({"Lê Hoài Quyên"});
  second.fields[0].role = "child";
  settleNamesAcrossDossier({&first, &second, &twins});
  CHECK(nameOn(twins) == "Hoài Quyên");
}

TEST_CASE("a card holder's name read from the MRZ alone takes the marks another paper of the dossier gives it",
          "[indexer][people][mrz]") {
  const auto mrzOnly = [](std::string capitals) {
    DocumentExtraction card;
    card.fields.push_back({fieldname::kPersonName,
                           std::move(capitals),
                           0,
                           {},
                           0,
                           "mrz name",
                           true,
                           std::string(kMrzNameOnlyNote),
                           "holder"});
    return card;
  };
  auto card = mrzOnly("QUACH THE TUANK");  // the MRZ's filler after the name read as K
  auto declaration = paperNaming({"Quách Thế Tuấn", "Lê Thị Hoa"});
  settleNamesAcrossDossier({&declaration, &card});
  CHECK(nameOn(card) == "Quách Thế Tuấn");
  CHECK_FALSE(card.fields[0].needsReview);
  CHECK(card.fields[0].confidence >= kStoreFrom);

  auto fromCapitals = mrzOnly("QUACH THE TUAN");  // the other paper a card too: written as a name is
  auto otherCard = paperNaming({"QUÁCH THẾ TUẤN"});
  settleNamesAcrossDossier({&otherCard, &fromCapitals});
  CHECK(nameOn(fromCapitals) == "Quách Thế Tuấn");

  auto unsure = mrzOnly("QUACH THE TUAN");  // only a paper that doubts the name: nothing stored
  auto doubted = paperNaming({"Quách Thế Tuấn"});
  doubted.fields[0].needsReview = true;
  settleNamesAcrossDossier({&doubted, &unsure});
  CHECK(unsure.fields[0].needsReview);

  auto twoWays = mrzOnly("PHAM VAN HUNG");  // a father Hùng and his son Hưng: which is the holder?
  auto birth = paperNaming({"Phạm Văn Hưng"});
  auto receipt = paperNaming({"Phạm Văn Hùng"});
  settleNamesAcrossDossier({&birth, &receipt, &twoWays});
  CHECK(twoWays.fields[0].needsReview);

  auto marksOnly = mrzOnly("TRAN VAN NAM");          // `Năm` has the MRZ's letters; `Lam`, a letter off, is
  auto sameLetters = paperNaming({"Trần Văn Năm"});  // another name (`NAM` is a syllable, no misreading)
  auto letterOff = paperNaming({"Trần Văn Lam"});
  settleNamesAcrossDossier({&sameLetters, &letterOff, &marksOnly});
  CHECK(nameOn(marksOnly) == "Trần Văn Năm");

  auto stranger = mrzOnly("TRAN VAN NAM");
  auto someoneElse = paperNaming({"Trần Văn Lam"});
  settleNamesAcrossDossier({&someoneElse, &stranger});
  CHECK(stranger.fields[0].needsReview);
}

TEST_CASE("a card whose front and MRZ read the holder's name differently takes the reading another paper agrees with",
          "[indexer][people][mrz]") {
  const auto conflicting = [](std::string front, const std::string& mrz) {
    DocumentExtraction card;
    card.fields.push_back({fieldname::kPersonName,
                           std::move(front),
                           0,
                           {},
                           0.9f,
                           "label",
                           true,
                           std::string(kMrzConflictNote) + mrz,
                           "holder"});
    return card;
  };
  // Seed 2718: the front's name read as noise beside QUACH BICH LAN; the tờ khai reads it surely.
  auto card = conflicting("Á Í", "QUACH BICH LAN");
  auto declaration = paperNaming({"Quách Bích Lan"});
  settleNamesAcrossDossier({&declaration, &card});
  CHECK(nameOn(card) == "Quách Bích Lan");
  CHECK_FALSE(card.fields[0].needsReview);

  // Seed 5151: the front right, the MRZ's I read as T; the receipt reads the front's spelling surely.
  auto front = conflicting("TRẦN HOÀI NHUNG", "TRAN HOAT NHUNG");
  auto receipt = paperNaming({"Trần Hoài Nhung"});
  settleNamesAcrossDossier({&receipt, &front});
  CHECK(nameOn(front) == "TRẦN HOÀI NHUNG");
  CHECK_FALSE(front.fields[0].needsReview);
  CHECK(front.fields[0].confidence >= kStoreFrom);

  // Another paper agreeing with neither: the card waits.
  auto neither = conflicting("TRẦN HOÀI NHUNG", "TRAN HOAT NHUNG");
  auto other = paperNaming({"Trần Hoài Nhương"});
  settleNamesAcrossDossier({&other, &neither});
  CHECK(neither.fields[0].needsReview);
}

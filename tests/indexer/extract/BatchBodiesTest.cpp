#include <catch2/catch.hpp>

#include "indexer/extract/BatchBodies.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;

namespace {

DocumentExtraction paperFrom(const std::string& body, float confidence) {
  DocumentExtraction paper;
  ExtractedField organ{fieldname::kOrganName, body, 0, {}, confidence, "layout", confidence < kStoreFrom, {}};
  if (organ.needsReview) organ.note = std::string(kLowOcrNote);
  paper.fields.push_back(organ);
  return paper;
}

const ExtractedField& organOf(const DocumentExtraction& paper) { return paper.fields.front(); }

}  // namespace

TEST_CASE("a body read doubtfully is confirmed by the same name read surely on another paper of the batch",
          "[indexer][organ]") {
  auto certification = paperFrom("UBND XÃ MỸ LỢI", 0.91f);
  auto certificate = paperFrom("Ủy ban nhân dân xã Mỹ Lợi", 0.43f);  // `Lợi.` beside the leader dots
  auto other = paperFrom("Ủy ban nhân dân xã Tây Thuận", 0.82f);     // no paper names it surely
  auto marks = paperFrom("Ủy ban nhân dân xã Mỹ Lơi", 0.60f);        // a mark off: another name
  confirmBodiesAcrossBatch({&certification, &certificate, &other, &marks});
  CHECK_FALSE(organOf(certificate).needsReview);
  CHECK(organOf(certificate).confidence >= kStoreFrom);
  CHECK(organOf(certificate).value == "Ủy ban nhân dân xã Mỹ Lợi");
  CHECK(organOf(other).needsReview);
  CHECK(organOf(marks).needsReview);
}

TEST_CASE("a body a rule doubted stays in review whatever the batch reads", "[indexer][organ]") {
  auto sure = paperFrom("UBND XÃ MỸ LỢI", 0.91f);
  auto doubted = paperFrom("UBND XÃ MỸ LỢI", 0.95f);
  doubted.fields.front().needsReview = true;
  doubted.fields.front().note = "the block's first line is not a body";
  confirmBodiesAcrossBatch({&sure, &doubted});
  CHECK(organOf(doubted).needsReview);
}

TEST_CASE("a body whose place the batch's papers spell with other marks goes to review", "[indexer][organ]") {
  // The certified copy's header read `NGHỊ` (a seal's dot under the I); the batch's addresses and
  // datelines read the commune three times as `Nghi Trung`.
  auto certification = paperFrom("UBND XÃ NGHỊ TRUNG", 0.91f);
  auto receipt = paperFrom("UBND XÃ NGHI TRUNG", 0.93f);
  auto district = paperFrom("UBND HUYỆN NGHI LỘC", 0.93f);  // the district: read alike everywhere
  LaidOutPage copy, form, card;
  copy.line("UBND XÃ NGHỊ TRUNG", 300, 400).line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", 300, 460);
  form.line("UBND XÃ NGHI TRUNG", 300, 400).line("Nghi Trung, ngày 03 tháng 11 năm 2025", 1300, 400);
  form.line("UBND HUYỆN NGHI LỘC", 300, 340);
  card.line("Nơi thường trú: xã Nghi Trung, huyện Nghi Lộc, tỉnh Nghệ An", 300, 900);
  doubtBodiesSpeltOtherwise({&certification, &receipt, &district}, {&copy.page, &form.page, &card.page});
  CHECK(organOf(certification).needsReview);
  CHECK(organOf(certification).note.find("nghi trung") != std::string::npos);
  CHECK_FALSE(organOf(receipt).needsReview);
  CHECK_FALSE(organOf(district).needsReview);
}

TEST_CASE("a body spelt as often its own way as any other stays stored", "[indexer][organ]") {
  // One paper read `Nghị`, another `Nghi`: no majority says which is the misreading.
  auto header = paperFrom("UBND XÃ NGHỊ TRUNG", 0.91f);
  LaidOutPage copy, form;
  copy.line("UBND XÃ NGHỊ TRUNG", 300, 400);
  form.line("Nghi Trung, ngày 03 tháng 11 năm 2025", 1300, 400);
  doubtBodiesSpeltOtherwise({&header}, {&copy.page, &form.page});
  CHECK_FALSE(organOf(header).needsReview);
}

TEST_CASE("a body read doubtfully alike on two papers stands when the batch's text spells its place so",
          "[indexer][organ]") {
  auto receipt = paperFrom("UBND XÃ NGHI TRUNG", 0.70f);
  auto decision = paperFrom("UBND XÃ NGHI TRUNG", 0.61f);
  auto certificate = paperFrom("UBND XÃ NGHI TRUNG", 0.79f);
  LaidOutPage first, second, third, card;
  first.line("UBND XÃ NGHI TRUNG", 300, 400);
  second.line("UBND XÃ NGHI TRUNG", 300, 400);
  third.line("UBND XÃ NGHI TRUNG", 300, 400);
  card.line("Nơi thường trú: xã Nghi Trung, huyện Nghi Lộc, tỉnh Nghệ An", 300, 900);

  SECTION("an address spells it so") {
    confirmBodiesReadAlike({&receipt, &decision}, {&first.page, &second.page, &card.page});
    CHECK_FALSE(organOf(receipt).needsReview);
    CHECK_FALSE(organOf(decision).needsReview);
    CHECK(organOf(decision).confidence >= kStoreFrom);
  }
  SECTION("the headers alone do not vouch for themselves") {
    confirmBodiesReadAlike({&receipt, &decision, &certificate}, {&first.page, &second.page, &third.page});
    CHECK(organOf(receipt).needsReview);
    CHECK(organOf(certificate).needsReview);
  }
  SECTION("the batch's text spells the place otherwise as often") {
    LaidOutPage form;
    form.line("Nghị Trung, ngày 03 tháng 11 năm 2025", 1300, 400).line("xã Nghị Trung", 300, 800);
    form.line("Nơi cư trú: xã Nghị Trung", 300, 900);
    confirmBodiesReadAlike({&receipt, &decision}, {&first.page, &second.page, &card.page, &form.page});
    CHECK(organOf(receipt).needsReview);
  }
  SECTION("one paper alone is no agreement") {
    confirmBodiesReadAlike({&receipt}, {&first.page, &card.page});
    CHECK(organOf(receipt).needsReview);
  }
}

TEST_CASE("a body naming no place stands only when three papers read it alike", "[indexer][organ]") {
  auto first = paperFrom("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", 0.70f);
  auto second = paperFrom("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", 0.75f);
  auto third = paperFrom("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", 0.72f);
  auto misread = paperFrom("BỘ PHẬN TIẾP NHẬN VÀ TRÁ KẾT QUẢ", 0.72f);
  confirmBodiesReadAlike({&first, &second, &misread}, {});
  CHECK(organOf(first).needsReview);
  confirmBodiesReadAlike({&first, &second, &third, &misread}, {});
  CHECK_FALSE(organOf(first).needsReview);
  CHECK_FALSE(organOf(third).needsReview);
  CHECK(organOf(misread).needsReview);
}

TEST_CASE("a body read doubtfully stands when another paper of its dossier names it alike", "[indexer][organ]") {
  // Seed 6203: a marriage certificate's `Nơi đăng ký: Ủy ban nhân dân xã Nghi Trung` at 0.7; its
  // dossier's receipt heads `UBND XÃ NGHI TRUNG` and names the commune in its text.
  LaidOutPage receipt;
  receipt.line("UBND XÃ NGHI TRUNG", 300, 200).line("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", 250, 250);
  receipt.line("Bộ phận Tiếp nhận và Trả kết quả UBND xã Nghi Trung tiếp nhận hồ sơ của:", 280, 900);
  LaidOutPage certificate;
  certificate.line("Nơi đăng ký: Ủy ban nhân dân xã Nghi Trung", 280, 1500, 0.7f);
  auto receiptPaper = paperFrom("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", 0.93f);
  auto result = paperFrom("Ủy ban nhân dân xã Nghi Trung", 0.7f);
  auto marks = paperFrom("Ủy ban nhân dân xã Nghỉ Trung", 0.7f);  // a mark off: not the receipt's body
  auto elsewhere = paperFrom("Ủy ban nhân dân xã Mỹ Lợi", 0.7f);  // named on no other paper
  confirmBodiesNamedInDossier({&receiptPaper, &result, &marks, &elsewhere},
                              {{&receipt.page}, {&certificate.page}, {&certificate.page}, {&certificate.page}});
  CHECK_FALSE(organOf(result).needsReview);
  CHECK(organOf(result).confidence >= kStoreFrom);
  CHECK(organOf(marks).needsReview);
  CHECK(organOf(elsewhere).needsReview);
  // Its own page naming it does not vouch for it.
  auto alone = paperFrom("Ủy ban nhân dân xã Nghi Trung", 0.7f);
  confirmBodiesNamedInDossier({&alone}, {{&certificate.page}});
  CHECK(organOf(alone).needsReview);
}

TEST_CASE("a body read with its parent's line is not confirmed by a header holding both", "[indexer][organ]") {
  // Seed 5151's legacy receipt: the parent line joined to the body, read doubtfully; the other
  // paper's header holds both lines, which does not say which one is the body.
  LaidOutPage header;
  header.line("UBND HUYỆN TÂY SƠN", 300, 200).line("UBND XÃ TÂY THUẬN", 310, 250);
  auto receipt = paperFrom("UBND HUYỆN TÂY SƠN UBND XÃ TÂY THUẬN", 0.6f);
  auto other = paperFrom("UBND XÃ TÂY THUẬN", 0.95f);
  confirmBodiesNamedInDossier({&receipt, &other}, {{&header.page}, {&header.page}});
  CHECK(organOf(receipt).needsReview);
}

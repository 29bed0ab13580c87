#include <catch2/catch.hpp>

#include "indexer/extract/DossierSplitter.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;

namespace {

PageSignals heading(const char* label, std::optional<std::string> code = std::nullopt) {
  return {true, typeHeading(label), std::move(code)};
}
PageSignals continuation() { return {false, std::nullopt, std::nullopt}; }

std::vector<std::vector<std::size_t>> pagesOf(const std::vector<BatchDocument>& documents) {
  std::vector<std::vector<std::size_t>> out;
  for (const auto& document : documents) out.push_back(document.pages);
  return out;
}

const std::string kFirst = "000.14.22.H08-250609-3654";
const std::string kSecond = "000.14.22.H08-250610-0001";

}  // namespace

TEST_CASE("a batch is cut at receipts and headings, a dossier closes with its result", "[indexer][split]") {
  const std::vector<PageSignals> batch = {
      heading("QUYẾT ĐỊNH"),
      continuation(),                                              // an archived decision, two pages
      heading("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", kFirst),  // dossier 1
      heading("TỜ KHAI ĐĂNG KÝ KHAI TỬ"),
      continuation(),
      heading("TRÍCH LỤC KHAI TỬ", kFirst),
      heading("THÔNG BÁO"),                                         // after the result: stands alone
      heading("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", kSecond),  // dossier 2
      heading("TỜ KHAI ĐĂNG KÝ KHAI SINH"),
      heading("GIẤY KHAI SINH", kSecond),
  };
  const auto documents = splitBatch(batch, {});
  CHECK(pagesOf(documents) == std::vector<std::vector<std::size_t>>{{0, 1}, {2}, {3, 4}, {5}, {6}, {7}, {8}, {9}});
  CHECK_FALSE(documents[0].dossierCode);
  CHECK_FALSE(documents[0].part);
  CHECK(documents[1].dossierCode == kFirst);
  CHECK(documents[1].part == DossierPart::Receipt);
  CHECK(documents[2].dossierCode == kFirst);
  CHECK(documents[2].part == DossierPart::Component);
  CHECK(documents[3].part == DossierPart::Result);
  CHECK_FALSE(documents[4].dossierCode);
  CHECK(documents[5].dossierCode == kSecond);
  CHECK(documents[6].dossier == documents[5].dossier);
  CHECK(documents[7].dossierCode == kSecond);
  CHECK(documents[7].dossier != documents[1].dossier);
}

TEST_CASE("a changed dossier code starts a dossier without a receipt, the same code rejoins it", "[indexer][split]") {
  const std::vector<PageSignals> batch = {
      heading("GIẤY KHAI SINH", kFirst), heading("GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", kSecond),
      heading("GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", kSecond),  // a second result sheet of the same dossier
  };
  const auto documents = splitBatch(batch, {});
  REQUIRE(documents.size() == 3);
  CHECK(documents[0].dossierCode == kFirst);
  CHECK(documents[1].dossierCode == kSecond);
  CHECK(documents[2].dossierCode == kSecond);
  CHECK(documents[2].dossier == documents[1].dossier);
}

TEST_CASE("a forced dossier (--dossier) takes every document of the batch, as the part --part says",
          "[indexer][split]") {
  const std::vector<PageSignals> batch = {heading("QUYẾT ĐỊNH"), continuation(), heading("THÔNG BÁO", kSecond)};
  const auto documents = splitBatch(batch, {kFirst, DossierPart::Result});
  REQUIRE(documents.size() == 2);
  for (const auto& document : documents) {
    CHECK(document.dossierCode == kFirst);
    CHECK(document.part == DossierPart::Result);
  }
  const auto asRead = splitBatch(batch, {kFirst, std::nullopt});
  CHECK(asRead[0].part == DossierPart::Result);  // a decision in a dossier is its result
  CHECK(asRead[1].part == DossierPart::Component);
}

TEST_CASE("pages before any heading make one document", "[indexer][split]") {
  const auto documents = splitBatch({continuation(), continuation()}, {});
  CHECK(pagesOf(documents) == std::vector<std::vector<std::size_t>>{{0, 1}});
  CHECK_FALSE(documents[0].dossierCode);
}

TEST_CASE("read pages: a decision's own QUYẾT ĐỊNH before Điều 1 starts nothing, a card copy is its own document",
          "[indexer][split]") {
  constexpr CalendarDay today{2026, 6, 1};
  LaidOutPage first;  // a decision's first page
  first.line("ỦY BAN NHÂN DÂN", 300, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  first.line("TỈNH QUẢNG NGÃI", 330, 210).line("Độc lập - Tự do - Hạnh phúc", 1400, 210);
  first.centred("QUYẾT ĐỊNH", 420).centred("Về việc phê duyệt Kế hoạch ứng phó sự cố", 480);
  first.line("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", 300, 700);
  LaidOutPage second;  // its articles start on the next page, the colon lost by OCR
  second.centred("QUYẾT ĐỊNH", 250);
  second.line("Điều 1. Phê duyệt Kế hoạch ứng phó sự cố tràn dầu huyện Nghĩa Hành.", 300, 330);
  LaidOutPage third;  // the signing page: body text only
  third.line("Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.", 300, 300);
  LaidOutPage births;  // a supporting paper, then the mother's card copy
  births.line("TRUNG TÂM Y TẾ HUYỆN TÂY SƠN", 250, 210).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  births.centred("GIẤY CHỨNG SINH", 420);
  LaidOutPage card;  // the card lies on the left of the copy, its title read short
  card.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", 400, 300).line("CĂN CƯỚC CÔNG DÂN", 450, 420);
  card.line("Số / No.: 026195637531", 350, 500);
  std::vector<PageSignals> signals;
  for (const auto* page : {&first, &second, &third, &births, &card}) signals.push_back(pageSignals(page->page, today));
  const auto documents = splitBatch(signals, {});
  CHECK(pagesOf(documents) == std::vector<std::vector<std::size_t>>{{0, 1, 2}, {3}, {4}});
  CHECK(signals[3].heading->kind == DocumentKind::Supporting);
  REQUIRE(signals[4].heading);
  CHECK(signals[4].heading->kind == DocumentKind::IdCopy);
}

TEST_CASE("a card copy whose title OCR cut short is still its own document", "[indexer][split]") {
  const CalendarDay today{2026, 6, 1};
  LaidOutPage notice;  // a death notice, then the deceased's card copy
  notice.line("TRUNG TÂM Y TẾ HUYỆN TÂY SƠN", 250, 210).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1300, 160);
  notice.centred("GIẤY BÁO TỬ", 420);
  notice.line("Số định danh cá nhân: 052156920881", 300, 700);
  LaidOutPage card;  // seed 6203's card: `DÂN` lost in the card's guilloche
  card.line("CỘNG HÒA Độc lập XÃ HỘI Tự CHỦ dơ Hạnh HỖ VIỆY", 400, 300).line("CĂN CƯỚC CÔNG", 480, 420);
  card.line("Số / No.: 052181620618", 350, 520).line("Họ và tên / Fufl narne", 350, 580);
  LaidOutPage newCard;  // the 2024 card: `CĂN CƯỚC` with a mark read into it
  newCard.line("CĂN CƯỚC .", 480, 420).line("IDENTITY CARD", 480, 480);
  std::vector<PageSignals> signals;
  for (const auto* page : {&notice, &card, &newCard}) signals.push_back(pageSignals(page->page, today));
  CHECK(pagesOf(splitBatch(signals, {})) == std::vector<std::vector<std::size_t>>{{0}, {1}, {2}});
  REQUIRE(signals[1].heading);
  CHECK(signals[1].heading->label == "CĂN CƯỚC CÔNG DÂN");
  REQUIRE(signals[2].heading);
  CHECK(signals[2].heading->label == "CĂN CƯỚC");

  // A capital line that only mentions the card is no card (`TỜ KHAI CĂN CƯỚC` is a form).
  LaidOutPage form;
  form.centred("TỜ KHAI CĂN CƯỚC", 420);
  const auto formSignals = pageSignals(form.page, today);
  CHECK_FALSE((formSignals.heading && formSignals.heading->kind == DocumentKind::IdCopy));
}

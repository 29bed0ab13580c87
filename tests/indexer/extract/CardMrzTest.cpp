#include <catch2/catch.hpp>

#include "indexer/extract/CardMrz.hpp"
#include "indexer/extract/DocumentExtraction.hpp"
#include "indexer/extract/DossierSplitter.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;

namespace {

// The MRZ of a card issued to Nguyễn Văn Đức, born 14/03/1995 in Bình Định (052), male,
// valid to 14/03/2035, as scripts/lib/forms/idcard.py prints it.
const std::vector<std::string> kCard = {"IDVNM0950012340052095001234<<7", "9503146M3503144VNM<<<<<<<<<<<8",
                                        "NGUYEN<<VAN<DUC<<<<<<<<<<<<<<<"};

std::optional<std::string> idRead(std::string lineOne) {
  const auto mrz = readCardMrz({std::move(lineOne), kCard[1], kCard[2]});
  return mrz ? std::optional(mrz->citizenId) : std::nullopt;
}

}  // namespace

TEST_CASE("ICAO 9303 check digits: 7-3-1 weights, letters 10-35, the filler 0", "[indexer][mrz]") {
  // The TD1 specimen of ICAO 9303 part 5: I<UTOD231458907…, 7408122F1204159UTO…6.
  CHECK(mrzCheckDigit("D23145890") == '7');
  CHECK(mrzCheckDigit("740812") == '2');
  CHECK(mrzCheckDigit("120415") == '9');
  CHECK(mrzCheckDigit("D231458907<<<<<<<<<<<<<<<74081221204159") == '6');
  CHECK(mrzCheckDigit("<<<") == '0');
  CHECK_FALSE(mrzCheckDigit("12a"));
}

TEST_CASE("a card's MRZ gives the citizen ID, birth date, sex, expiry and the name without marks", "[indexer][mrz]") {
  const auto mrz = readCardMrz({"Ngón trỏ trái Ngón trỏ phải", kCard[0], kCard[1], kCard[2]});
  REQUIRE(mrz);
  CHECK(mrz->citizenId == "052095001234");
  CHECK(mrz->documentNumber == "095001234");
  CHECK(mrz->firstLine == 1);
  CHECK(mrz->birthDate == "950314");
  CHECK(mrz->sex == 'M');
  CHECK(mrz->expiryDate == "350314");
  CHECK(mrz->compositeChecked);
  CHECK(mrz->nameWithoutMarks == "NGUYEN VAN DUC");
  CHECK(mrzNameOf("Nguyễn  Văn Đức") == mrz->nameWithoutMarks);

  // Line 3 holds no digit: OCR's 0 for the MRZ font's O is a letter (a real read of NGÔ QUỐC LỘC).
  const auto misread = readCardMrz({kCard[0], kCard[1], "NG0<<QU0C<L0C<<<<<<<<<<<<<<<<<"});
  REQUIRE(misread);
  CHECK(misread->nameWithoutMarks == "NGO QUOC LOC");

  // A piece of the card's edge read between lines 2 and 3 (seed 6203's copy of ĐỖ MỸ HƯƠNG).
  const auto edged = readCardMrz({kCard[0], kCard[1], "| N", kCard[2]});
  REQUIRE(edged);
  CHECK(edged->nameWithoutMarks == "NGUYEN VAN DUC");
}

TEST_CASE("OCR's cuts and letter look-alikes in the MRZ are undone only where the check digits hold",
          "[indexer][mrz]") {
  CHECK(idRead("IDVNM0950012340052095001234 «7") == "052095001234");  // `<<` read as « after a gap
  CHECK(idRead("IDVNMO95OO1234OO52O95OO1234<<7") == "052095001234");  // O for 0
  CHECK(idRead("IDVNM09500I2340052095001234<<7") == "052095001234");  // I for 1
  CHECK(idRead("IDVNM0950012340052095001234<<7") == "052095001234");
  CHECK(idRead("IDVNM3010045676079301004567<<6") == "079301004567");
  CHECK(idRead("IDVNM301004S676079301004S67<<6") == "079301004567");  // S for 5
  CHECK(idRead("IDVNM1B50024682038185002468<<9") == "038185002468");  // B for 8
  CHECK(idRead("IDVNM18500246B2038IB50024GB<<9") == std::nullopt);    // G is no digit's look-alike
  // Line 1 alone: its own two check digits suffice.
  CHECK(readCardMrz({"IDVNM1850024682038185002468<<9"})->citizenId == "038185002468");
}

TEST_CASE("a wrong digit anywhere in the MRZ number fails a check: nothing is read", "[indexer][mrz]") {
  CHECK_FALSE(idRead("IDVNM0950012340052095001284<<7"));         // document number and personal number disagree
  CHECK_FALSE(idRead("IDVNM0950012840052095001284<<7"));         // both misread the same way: document check fails
  CHECK_FALSE(idRead("IDVNM0950012340062095001234<<7"));         // province digit: personal check fails
  CHECK_FALSE(readCardMrz({"IDVNM0950012349052095001234<<7"}));  // the check digit itself misread, no line 2
  CHECK_FALSE(readCardMrz({"IDVNM0950012340052095001234<<X"}));  // no readable personal check, no line 2
}

TEST_CASE("the composite check digit of line 2 vouches for a number whose own check was misread", "[indexer][mrz]") {
  // As OCR read a bilevel card copy's zone: the last character, 0, read as 8 (line 2 with the
  // ICAO composite, 8: the generator once weighed only its first 30 characters and printed 5).
  const auto mrz = readCardMrz({"IDVNM1938763263052193876326<<8", "9301010F3301018VNM<<<<<<<<<<<8"});
  REQUIRE(mrz);
  CHECK(mrz->citizenId == "052193876326");
  CHECK(mrz->compositeChecked);
  CHECK(idRead("IDVNM0950012340052095001234<<X") == "052095001234");
  // The document number's check misread: the personal number's check and the composite both hold.
  CHECK(idRead("IDVNM0950012349052095001234<<7") == "052095001234");
  // The province digits misread too: the composite fails, nothing is read.
  CHECK_FALSE(readCardMrz({"IDVNM1938763263652193876326<<8", "9301010F3301018VNM<<<<<<<<<<<8"}));
}

TEST_CASE("a card copy's MRZ stores its citizen ID, a front read one digit wrong waits for review", "[indexer][mrz]") {
  LaidOutPage page;  // front over back, stacked on the sheet, MRZ cut at its `<<` gap by OCR
  page.line("CĂN CƯỚC CÔNG DÂN", 700, 420).line("Số / No.: 052095001284", 560, 520);  // 3 read as 8
  page.line("NGUYỄN VĂN ĐỨC", 600, 600);
  page.line("IDVNM0950012340052095001234", 420, 1500, 0.6f).line("<<7", 1300, 1500, 0.4f);
  page.line("9503146M3503144VNM<<<<<<<<<<<8", 420, 1560, 0.6f);
  page.line("NGUYEN<<VAN<DUC<<<<<<<<<<<<<<<", 420, 1620, 0.6f);
  const auto extraction = extractDocument({&page.page}, {2026, 6, 1});
  std::vector<std::string> stored, review;
  for (const auto& field : extraction.fields)
    if (field.name == "citizen_ids") (field.needsReview ? review : stored).push_back(field.value);
  CHECK(stored == std::vector<std::string>{"052095001234"});
  CHECK(review == std::vector<std::string>{"052095001284"});
  const auto* id = extraction.find("citizen_ids");
  CHECK(id->method == "mrz");
  CHECK(id->confidence == 1.0f);
}

TEST_CASE("a card copy whose heading OCR lost is told by its MRZ, and starts a document", "[indexer][mrz]") {
  LaidOutPage page;  // the front's heading misread, the national title cut by the card's edge
  page.line("C N CƯ C CÔNG D", 700, 420, 0.3f).line("Số / No.: 052095001234", 560, 520);
  page.line("IDVNM0950012340052095001234<<7", 420, 1500, 0.6f);
  page.line("9503146M3503144VNM<<<<<<<<<<<8", 420, 1560, 0.6f);
  const auto signals = pageSignals(page.page, {2026, 6, 1});
  REQUIRE(signals.heading);
  CHECK(signals.heading->label == "CĂN CƯỚC CÔNG DÂN");
  CHECK(signals.heading->kind == DocumentKind::IdCopy);
  CHECK(signals.startsDocument);
  LaidOutPage newModel;  // the 2024 card: `Số định danh cá nhân` on its front
  newModel.line("Số định danh cá nhân / Personal identification number", 560, 480).line("052095001234", 600, 520);
  newModel.line("IDVNM0950012340052095001234<<7", 420, 1500, 0.6f);
  CHECK(pageSignals(newModel.page, {2026, 6, 1}).heading->label == "CĂN CƯỚC");
}

TEST_CASE("a certified card copy's holder is the name its front prints, confirmed by the MRZ's line 3",
          "[indexer][mrz][people]") {
  LaidOutPage page;  // as OCR read a dev-family copy: two words run together, the fillers' end misread
  page.centred("CĂN CƯỚC", 300);
  page.line(". Họ, chữ đệm và tên khai sinh / Full narne., ¬ : “ ¬", 560, 480, 0.5f);
  page.line("ĐINH THUTUYẾT .. ' -⁄ _- | =S ]", 600, 520, 0.6f);
  page.line("IDVNM1977853387052197785338<<4", 420, 1500, 0.6f);
  page.line("9710197F3710195VNM<<<<<<<<<<<8", 420, 1560, 0.6f);
  page.line("DINH<<THU<TUYET<<<<<<<<<<<<<<<C", 420, 1620, 0.6f);
  const auto extraction = extractDocument({&page.page}, {2026, 6, 1});
  const auto* name = extraction.find("person_name");
  REQUIRE(name);
  CHECK(name->value == "ĐINH THU TUYẾT");
  CHECK(name->method == "mrz name");
  CHECK(extraction.find("citizen_ids")->value == "052197785338");
}

TEST_CASE("a card's name is found after marks read before it", "[indexer][mrz][people]") {
  LaidOutPage page;  // seed 911 batch-03 page 5, a dithered copy of a 2024 card, as OCR read it
  page.centred("CĂN CƯỚC", 300);
  page.line("tọ, chữ đệm và tên khai sinh / Full nar4®", 560, 480, 0.5f);
  page.line("- : TRẦN ĐỨC QUANG", 600, 520, 0.6f);
  page.line("IDVNM0751267211052075126721<<8", 420, 1500, 0.6f);
  page.line("7502086M3502088VNM<<<<<<<<<<<9", 420, 1560, 0.6f);
  page.line("TRAN<<DUC<QUANG<<<<<<<", 420, 1620, 0.6f);
  const auto extraction = extractDocument({&page.page}, {2026, 6, 1});
  const auto* name = extraction.find("person_name");
  REQUIRE(name);
  CHECK(name->value == "TRẦN ĐỨC QUANG");
  CHECK(name->method == "mrz name");
}

TEST_CASE("a card's name stands when the MRZ's filler between two names was read as a letter",
          "[indexer][mrz][people]") {
  // Seed 1204: `HUỲNH THẾ LỘC` on the front, `HUYNH<<THEKLOC` in line 3 (the `<` read as K).
  auto cardWithLineThree = [](const std::string& lineThree) {
    LaidOutPage page;
    page.centred("CĂN CƯỚC CÔNG DÂN", 300);
    page.line("Họ và tên / Full name:", 560, 480);
    page.line("HUỲNH THẾ LỘC", 600, 530);
    page.line(kCard[0], 420, 1500, 0.6f);
    page.line(kCard[1], 420, 1560, 0.6f);
    page.line(lineThree, 420, 1620, 0.6f);
    return page;
  };
  const auto misread = cardWithLineThree("HUYNH<<THEKLOC<<<<<<<<<<<<<<<<");
  const auto extraction = extractDocument({&misread.page}, {2026, 6, 1});
  const auto* name = extraction.find("person_name");
  REQUIRE(name);
  CHECK(name->value == "HUỲNH THẾ LỘC");
  CHECK_FALSE(name->needsReview);
  // Another name in line 3 is another name, whatever letter parts it.
  const auto other = cardWithLineThree("HUYNH<<THEKLONG<<<<<<<<<<<<<<<");
  const auto doubted = extractDocument({&other.page}, {2026, 6, 1});
  bool reviewed = false;
  for (const auto& item : doubted.fields) reviewed = reviewed || (item.name == "person_name" && item.needsReview);
  CHECK(reviewed);
}

TEST_CASE("a card's name stands when specks left of the MRZ were read before its surname", "[indexer][mrz][people]") {
  // Seed 2718 batch-03 page 16: every line of the zone opened by specks read as `S`.
  auto cardWithLineThree = [](const std::string& lineThree) {
    LaidOutPage page;
    page.centred("CĂN CƯỚC", 300);
    page.line("Họ, chữ đệm và tên khai sinh / Full name", 560, 480);
    page.line("HOÀNG MINH DŨNG", 600, 530);
    page.line("IDVNM0905635411086090563541<<1", 420, 1500, 0.6f);
    page.line("9004034M3004032VNM<<<<<<<<<<<2", 420, 1560, 0.6f);
    page.line(lineThree, 420, 1620, 0.6f);
    return page;
  };
  const auto specks = cardWithLineThree("SSHOANG<<MINH<DUNG<<<<<<<<<<<<");
  const auto extraction = extractDocument({&specks.page}, {2026, 6, 1});
  const auto* name = extraction.find("person_name");
  REQUIRE(name);
  CHECK(name->value == "HOÀNG MINH DŨNG");
  CHECK_FALSE(name->needsReview);
  // Three letters before it are more than specks: another surname.
  const auto other = cardWithLineThree("SSSHOANG<<MINH<DUNG<<<<<<<<<<<");
  const auto doubted = extractDocument({&other.page}, {2026, 6, 1});
  bool reviewed = false;
  for (const auto& item : doubted.fields) reviewed = reviewed || (item.name == "person_name" && item.needsReview);
  CHECK(reviewed);
}

TEST_CASE("a line 1 whose document number OCR spoilt is read by its personal number when both checks hold",
          "[indexer][mrz]") {
  // Seed 6203 batch-05 page 15, a 2024 card copied sideways: line 1 as OCR read it, `ô9` for `09`
  // (on that copy OCR also read line 2's dates 910307 as 910397, so the page stays unread).
  const std::vector<std::string> zone = {"TDVNMô9 14266228075091426622<<4", "9103074M3103072VNM<<<<<<<<<<<4",
                                         "D0<<QU0C<THUAN<<<<<<<<<<<<<<<<"};
  const auto mrz = readCardMrz(zone);
  REQUIRE(mrz);
  CHECK(mrz->citizenId == "075091426622");
  CHECK(mrz->documentNumber == "091426622");
  CHECK(mrz->compositeChecked);
  CHECK(mrz->nameWithoutMarks == "DO QUOC THUAN");
  // Without line 2's composite the personal number's own check is not enough.
  CHECK_FALSE(readCardMrz({zone[0]}));
  // A digit of the personal number misread fails a check: nothing is read.
  CHECK_FALSE(readCardMrz({"TDVNMô9 14266228075091476622<<4", zone[1], zone[2]}));
}

TEST_CASE("a card's name keeps its letters when the screen's dash is glued to it", "[indexer][mrz][people]") {
  LaidOutPage page;  // seed 7321 batch-05 page 4, a 2024 card copied on a grey sheet, as OCR read it
  page.centred("CĂN CƯỚC", 300);
  page.line("ˆ- Họ, chữ đệm và tên khai sinh / Full narhe ¬_¬.¬.. m- _—. TỐ bùng:", 560, 480, 0.5f);
  page.line("-QUÁCH HOÀI DIỆP -: l : : bà m- Ngón trẻ trái Ngôn trẻ phải", 600, 520, 0.6f);
  page.line("IIDVNM1656716877046165671687<<5", 420, 1500, 0.6f);
  page.line("6512138F2512130VNM<<<<<<<<<<<8", 420, 1560, 0.6f);
  page.line("QUACH<<HOAI<DIEP<<<<<<<<<<<<<<", 420, 1620, 0.6f);
  const auto extraction = extractDocument({&page.page}, {2026, 6, 1});
  const auto* name = extraction.find("person_name");
  REQUIRE(name);
  CHECK(name->value == "QUÁCH HOÀI DIỆP");
  CHECK_FALSE(name->needsReview);
  CHECK(extraction.find("citizen_ids")->value == "046165671687");
}

#include <catch2/catch.hpp>

#include "indexer/extract/DossierIds.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"

using namespace sohoa::indexer;

namespace {

// A paper holding one ID number read with `score` (its words' confidence), weighed as extraction does.
DocumentExtraction paperWith(const std::string& id, float score) {
  DocumentExtraction paper;
  paper.fields.push_back({fieldname::kCitizenIds, id, 0, {}, score, "pattern", false, {}});
  weighEvidence(paper.fields);
  return paper;
}

const ExtractedField& idOf(const DocumentExtraction& paper) { return paper.fields.front(); }

}  // namespace

TEST_CASE("a handwritten ID read as a guess waits for review", "[indexer][ids]") {
  CHECK(idOf(paperWith("042192895951", sohoa::ocr::kOneReaderConfidence)).needsReview);
  CHECK_FALSE(idOf(paperWith("042192895951", 0.967f)).needsReview);  // every digit sure, or two blanks agreeing
  CHECK_FALSE(idOf(paperWith("042192895951", 0.6f)).needsReview);    // typed, read by Tesseract
}

TEST_CASE("an ID guessed on one paper is stored when another paper of the dossier reads the same", "[indexer][ids]") {
  auto receipt = paperWith("062192895951", sohoa::ocr::kOneReaderConfidence);  // a 4 read as a 6
  auto declaration = paperWith("042192895951", 0.967f);
  auto certificate = paperWith("042192895951", sohoa::ocr::kOneReaderConfidence);
  auto other = paperWith("002081598461", sohoa::ocr::kOneReaderConfidence);  // the spouse's, read once
  confirmIdsAcrossDossier({&receipt, &declaration, &certificate, &other});
  CHECK_FALSE(idOf(certificate).needsReview);
  CHECK(idOf(certificate).confidence >= kStoreFrom);
  // The receipt's guess is one digit off the number the tờ khai holds surely: it is that number.
  CHECK_FALSE(idOf(receipt).needsReview);
  CHECK(idOf(receipt).value == "042192895951");
  CHECK(idOf(other).needsReview);

  // Two guesses on two papers that agree vouch for each other.
  auto first = paperWith("002081598461", sohoa::ocr::kOneReaderConfidence);
  auto second = paperWith("002081598461", sohoa::ocr::kOneReaderConfidence);
  confirmIdsAcrossDossier({&first, &second});
  CHECK_FALSE(idOf(first).needsReview);
  CHECK_FALSE(idOf(second).needsReview);
}

TEST_CASE("a guess one digit off a number the dossier holds surely is that number and no other", "[indexer][ids]") {
  const std::string applicant = "052075126721", deceased = "052043681026";
  auto receipt = paperWith(applicant, 0.967f);  // every digit sure
  auto tokhai = paperWith("052075126121", sohoa::ocr::kOneReaderConfidence);
  tokhai.fields.push_back(paperWith(deceased, 0.967f).fields.front());
  tokhai.fields.push_back(paperWith("052043681026", sohoa::ocr::kOneReaderConfidence).fields.front());  // read twice
  auto notice = paperWith("057043681276", sohoa::ocr::kOneReaderConfidence);  // two digits off: no province 057
  auto record = paperWith("057043681026", sohoa::ocr::kOneReaderConfidence);  // one digit off, refused by the checks
  REQUIRE(idOf(record).needsReview);
  auto far = paperWith("052075126100", sohoa::ocr::kOneReaderConfidence);  // two digits off
  confirmIdsAcrossDossier({&receipt, &tokhai, &notice, &record, &far});
  CHECK(idOf(tokhai).value == applicant);
  CHECK_FALSE(idOf(tokhai).needsReview);
  CHECK(idOf(tokhai).confidence >= kStoreFrom);
  CHECK(tokhai.fields.size() == 2);  // the deceased's number once
  CHECK(idOf(record).value == deceased);
  CHECK_FALSE(idOf(record).needsReview);
  CHECK(idOf(notice).needsReview);
  CHECK(idOf(far).needsReview);

  // One digit off two numbers the dossier holds: no telling which.
  auto first = paperWith("052075126721", 0.967f);
  auto second = paperWith("052075126821", 0.967f);
  auto between = paperWith("052075126921", sohoa::ocr::kOneReaderConfidence);
  confirmIdsAcrossDossier({&first, &second, &between});
  CHECK(idOf(between).needsReview);
  CHECK(idOf(between).value == "052075126921");
}

TEST_CASE("a guess two digits off the one number the dossier holds that near is that number", "[indexer][ids]") {
  // Seed 7321 batch-05: the receipt's handwritten ID read `052027051929`; the card copy's MRZ
  // holds `052087054929`, the spouse's card `052172829898`.
  const std::string holder = "052087054929", spouse = "052172829898";
  auto card = paperWith(holder, 1.0f);
  auto spouseCard = paperWith(spouse, 1.0f);
  auto receipt = paperWith("052027051929", sohoa::ocr::kOneReaderConfidence);
  auto threeOff = paperWith("052027051920", sohoa::ocr::kOneReaderConfidence);
  confirmIdsAcrossDossier({&receipt, &card, &spouseCard, &threeOff});
  CHECK(idOf(receipt).value == holder);
  CHECK_FALSE(idOf(receipt).needsReview);
  CHECK(idOf(receipt).note == "read 052027051929, two digits off 052087054929 held surely by the dossier");
  CHECK(idOf(threeOff).needsReview);
  CHECK(idOf(threeOff).value == "052027051920");

  // Two digits off two numbers the dossier holds: no telling which.
  auto first = paperWith("052075126721", 0.967f);
  auto second = paperWith("052075126788", 0.967f);
  auto twoOffBoth = paperWith("052075126759", sohoa::ocr::kOneReaderConfidence);
  confirmIdsAcrossDossier({&first, &second, &twoOffBoth});
  CHECK(idOf(twoOffBoth).needsReview);
  CHECK(idOf(twoOffBoth).value == "052075126759");
}

TEST_CASE("guesses alike one digit off a number read surely are that number", "[indexer][ids]") {
  // Seed 1204's marriage-status dossier: the tờ khai holds 042192217885 surely and a guess with
  // the 7 read as a 9; the đơn's guess has the same 9 (one hand wrote both).
  const std::string number = "042192217885", misread = "042192219885";
  auto tokhai = paperWith(number, 0.967f);
  tokhai.fields.push_back(paperWith(misread, sohoa::ocr::kOneReaderConfidence).fields.front());
  auto request = paperWith(misread, sohoa::ocr::kOneReaderConfidence);
  confirmIdsAcrossDossier({&tokhai, &request});
  CHECK(idOf(request).value == number);
  CHECK_FALSE(idOf(request).needsReview);
  REQUIRE(tokhai.fields.size() == 1);  // the number once
  CHECK(idOf(tokhai).value == number);
}

TEST_CASE("three unsure readings each their own way give the number most of them read digit by digit",
          "[indexer][ids]") {
  // A deceased's ID on the tờ khai, the death notice and the extract (seed 2718 batch-03), none sure.
  auto tokhai = paperWith("042152912855", sohoa::ocr::kOneReaderConfidence);
  auto notice = paperWith("042152712855", sohoa::ocr::kOneReaderConfidence);
  auto extract = paperWith("092152712955", sohoa::ocr::kOneReaderConfidence);
  confirmIdsAcrossDossier({&tokhai, &notice, &extract});
  for (const auto* paper : {&tokhai, &notice, &extract}) {
    CHECK_FALSE(idOf(*paper).needsReview);
    CHECK(idOf(*paper).value == "042152712855");
  }

  // Two papers of one hand share a misread digit: what most read is no ID (no province 047), all wait.
  const auto refused = [](const std::string& id) {
    auto paper = paperWith(id, sohoa::ocr::kOneReaderConfidence);
    paper.fields.front().note = std::string(kInvalidCccdNote) + "no province has code 047";
    return paper;
  };
  auto first = refused("047139783649");
  auto second = refused("047139783649");
  auto third = paperWith("042137783649", sohoa::ocr::kOneReaderConfidence);
  confirmIdsAcrossDossier({&first, &second, &third});
  CHECK(idOf(first).needsReview);
  CHECK(idOf(third).needsReview);
  CHECK(idOf(third).value == "042137783649");

  // Two readings are no majority; nor are three that no paper read as most did.
  auto one = paperWith("042152912855", sohoa::ocr::kOneReaderConfidence);
  auto two = paperWith("042152712855", sohoa::ocr::kOneReaderConfidence);
  confirmIdsAcrossDossier({&one, &two});
  CHECK(idOf(one).needsReview);
  CHECK(idOf(two).needsReview);
  auto x = paperWith("042152912855", sohoa::ocr::kOneReaderConfidence);
  auto y = paperWith("042152712955", sohoa::ocr::kOneReaderConfidence);
  auto z = paperWith("092152712855", sohoa::ocr::kOneReaderConfidence);
  confirmIdsAcrossDossier({&x, &y, &z});
  CHECK(idOf(x).needsReview);
}

// Seed 7321 batch-05: a receipt's `Ông/Bà: Quách Hoài Diệp` over `Số CCCD: 046165671687` written
// by hand, read `091676567147` (no digit surely); the dossier's card copy of Quách Hoài Diệp holds
// 046165671687 from its QR code.
TEST_CASE("an applicant's number guessed on a paper is the number of their card copy in the dossier",
          "[indexer][ids]") {
  const auto named = [](DocumentExtraction paper, const std::string& name, const std::string& role) {
    paper.fields.push_back({fieldname::kPersonName, name, 0, {}, 0.95f, "label", false, {}, role});
    return paper;
  };
  const auto card = [&](const std::string& id, float score) {
    auto paper = named(paperWith(id, score), "QUÁCH HOÀI DIỆP", "holder");
    paper.type = TypeHeading{"CĂN CƯỚC", DocumentKind::IdCopy, true};
    return paper;
  };
  auto holder = card("046165671687", 1.0f);
  auto receipt = named(paperWith("091676567147", sohoa::ocr::kOneReaderConfidence), "Quách Hoài Diệp", "requester");
  auto stranger = named(paperWith("075091426622", sohoa::ocr::kOneReaderConfidence), "Quách Hoài Dũng", "requester");
  auto twoNumbers = named(paperWith("093191515793", sohoa::ocr::kOneReaderConfidence), "Quách Hoài Diệp", "requester");
  twoNumbers.fields.push_back(paperWith("052099276812", sohoa::ocr::kOneReaderConfidence).fields.front());
  confirmIdsAcrossDossier({&holder, &receipt, &stranger, &twoNumbers});
  CHECK(idOf(receipt).value == "046165671687");
  CHECK_FALSE(idOf(receipt).needsReview);
  CHECK(idOf(receipt).confidence >= kStoreFrom);
  // Another person's paper, and a paper with two numbers (whose is whose?), keep their guesses.
  CHECK(idOf(stranger).needsReview);
  CHECK(idOf(stranger).value == "075091426622");
  CHECK(idOf(twoNumbers).needsReview);

  // A card whose number is itself a guess vouches for nothing.
  auto unsureCard = card("046165671687", sohoa::ocr::kOneReaderConfidence);
  auto again = named(paperWith("091676567147", sohoa::ocr::kOneReaderConfidence), "Quách Hoài Diệp", "requester");
  confirmIdsAcrossDossier({&unsureCard, &again});
  CHECK(idOf(again).needsReview);
}

TEST_CASE("two guesses refused by the ID checks each in its own part give the number each reads where it passes",
          "[indexer][ids]") {
  // Seed 766 batch-03: a marriage's tờ khai and certificate, the husband's number 052202933422 by hand.
  const auto refused = [](const std::string& id) {
    auto paper = paperWith(id, sohoa::ocr::kOneReaderConfidence);
    paper.fields.front().note = std::string(kInvalidCccdNote) + "refused";
    return paper;
  };
  auto tokhai = refused("052702933422");       // born in 2170
  auto certificate = refused("057202933422");  // no province 057
  confirmIdsAcrossDossier({&tokhai, &certificate});
  for (const auto* paper : {&tokhai, &certificate}) {
    CHECK(idOf(*paper).value == "052202933422");
    CHECK_FALSE(idOf(*paper).needsReview);
    CHECK(idOf(*paper).confidence >= kStoreFrom);
  }

  // Unlike elsewhere too, or refused in the same part, or on one paper: both wait as read.
  auto one = refused("052702933422");
  auto elsewhere = refused("057202933452");
  confirmIdsAcrossDossier({&one, &elsewhere});
  CHECK(idOf(one).needsReview);
  CHECK(idOf(elsewhere).value == "057202933452");
  auto first = refused("057202933422");
  auto sameProvince = refused("047202933422");
  confirmIdsAcrossDossier({&first, &sameProvince});
  CHECK(idOf(first).needsReview);
  auto paper = refused("052702933422");
  paper.fields.push_back(refused("057202933422").fields.front());
  confirmIdsAcrossDossier({&paper});
  CHECK(idOf(paper).needsReview);
}

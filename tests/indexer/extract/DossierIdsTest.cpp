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
  CHECK(idOf(receipt).needsReview);
  CHECK(idOf(other).needsReview);

  // Two guesses on two papers that agree vouch for each other.
  auto first = paperWith("002081598461", sohoa::ocr::kOneReaderConfidence);
  auto second = paperWith("002081598461", sohoa::ocr::kOneReaderConfidence);
  confirmIdsAcrossDossier({&first, &second});
  CHECK_FALSE(idOf(first).needsReview);
  CHECK_FALSE(idOf(second).needsReview);
}

#include <catch2/catch.hpp>

#include "indexer/extract/BatchBodies.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"

using namespace sohoa::indexer;

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

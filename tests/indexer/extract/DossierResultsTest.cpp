#include <catch2/catch.hpp>

#include "indexer/extract/DossierResults.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"

using namespace sohoa::indexer;

namespace {

DocumentExtraction paperWith(std::vector<ExtractedField> fields) {
  DocumentExtraction paper;
  paper.fields = std::move(fields);
  weighEvidence(paper.fields);
  return paper;
}

ExtractedField dossierCode(const std::string& code) {
  return {fieldname::kDossierCode, code, 0, {}, 1, "qr", false, {}};
}

ExtractedField procedureCode(const std::string& code, float ocr, const std::string& method) {
  return {fieldname::kProcedureCode, code, 0, {}, ocr, method, false, {}};
}

}  // namespace

TEST_CASE("a result that does not name its procedure takes the one its dossier's receipt names", "[indexer][dossier]") {
  auto receipt = paperWith({dossierCode("000.14.22.H08-250204-3225"), procedureCode("1.000894", 1, "procedure table")});
  auto declaration = paperWith({procedureCode("1.000894", 1, "procedure table")});
  auto supporting = paperWith({});  // a marriage-status paper from another commune
  auto certificate = paperWith({});
  giveResultsTheReceiptsProcedure({{DossierPart::Receipt, &receipt},
                                   {DossierPart::Component, &declaration},
                                   {DossierPart::Component, &supporting},
                                   {DossierPart::Result, &certificate}});
  REQUIRE(certificate.find(fieldname::kProcedureCode));
  CHECK(certificate.find(fieldname::kProcedureCode)->value == "1.000894");
  CHECK(certificate.find(fieldname::kProcedureCode)->method == kFromReceiptMethod);
  CHECK(certificate.find(fieldname::kProcedureCode)->confidence >= kStoreFrom);
  // The dossier code is not the result's to print: the document is filed under its dossier already.
  CHECK_FALSE(certificate.find(fieldname::kDossierCode));
  CHECK(supporting.fields.empty());
}

TEST_CASE("a result keeps the procedure it names and takes none the receipt holds unsurely", "[indexer][dossier]") {
  auto receipt = paperWith({procedureCode("1.000894", 1, "procedure table")});
  auto result = paperWith({procedureCode("1.001193", 1, "qr")});
  giveResultsTheReceiptsProcedure({{DossierPart::Receipt, &receipt}, {DossierPart::Result, &result}});
  CHECK(result.fields.size() == 1);
  CHECK(result.find(fieldname::kProcedureCode)->value == "1.001193");

  auto unsure = paperWith({procedureCode("1.000894", 0.2f, "label")});
  REQUIRE(unsure.find(fieldname::kProcedureCode)->needsReview);
  auto bare = paperWith({});
  giveResultsTheReceiptsProcedure({{DossierPart::Receipt, &unsure}, {DossierPart::Result, &bare}});
  CHECK(bare.fields.empty());

  // No receipt in the dossier: nothing to take.
  auto component = paperWith({procedureCode("1.000894", 1, "procedure table")});
  giveResultsTheReceiptsProcedure({{DossierPart::Component, &component}, {DossierPart::Result, &bare}});
  CHECK(bare.fields.empty());
}

#include "indexer/extract/DossierResults.hpp"

#include <algorithm>

#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"

namespace sohoa::indexer {
namespace {

// Taken from another paper, the procedure is as sure as the receipt's reading and the cut that
// put both papers in one dossier: never surer than a code read on the result itself.
constexpr float kMostSure = 0.9f;

const ExtractedField* storedOn(const DocumentExtraction& paper, const std::string& name) {
  const ExtractedField* field = paper.find(name);
  return field && !field->needsReview && field->confidence >= kStoreFrom ? field : nullptr;
}

}  // namespace

void giveResultsTheReceiptsProcedure(const std::vector<DossierPaper>& dossier) {
  const auto receipt = std::find_if(dossier.begin(), dossier.end(),
                                    [](const DossierPaper& paper) { return paper.part == DossierPart::Receipt; });
  if (receipt == dossier.end()) return;
  const ExtractedField* procedure = storedOn(*receipt->extraction, fieldname::kProcedureCode);
  if (!procedure) return;
  for (const auto& paper : dossier)
    if (paper.part == DossierPart::Result && !paper.extraction->find(fieldname::kProcedureCode))
      paper.extraction->fields.push_back({fieldname::kProcedureCode,
                                          procedure->value,
                                          0,
                                          {},
                                          std::min(procedure->confidence, kMostSure),
                                          kFromReceiptMethod,
                                          false,
                                          {}});
}

}  // namespace sohoa::indexer

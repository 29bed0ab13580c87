#include "indexer/extract/DossierIds.hpp"

#include <map>
#include <set>
#include <string>

#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"

namespace sohoa::indexer {
namespace {

// Two readings of different papers agreeing on twelve digits: right far more often than the
// store's bar asks (eval-extract --families dev, three seeds: see the README).
constexpr float kVouchedConfidence = 0.9f;

bool guessed(const ExtractedField& field) {
  return field.name == fieldname::kCitizenIds && field.needsReview && field.note == kLowOcrNote;
}

}  // namespace

void confirmIdsAcrossDossier(const std::vector<DocumentExtraction*>& dossier) {
  // On how many papers each number was read: a paper counts once, whatever it holds.
  std::map<std::string, int> papers;
  for (const auto* document : dossier) {
    std::set<std::string> onThisPaper;
    for (const auto& field : document->fields)
      if (field.name == fieldname::kCitizenIds) onThisPaper.insert(field.value);
    for (const auto& value : onThisPaper) ++papers[value];
  }
  for (auto* document : dossier)
    for (auto& field : document->fields) {
      if (!guessed(field) || papers[field.value] < 2) continue;
      field.needsReview = false;
      field.confidence = kVouchedConfidence;
      field.note = "read alike on " + std::to_string(papers[field.value]) + " papers of the dossier";
    }
}

}  // namespace sohoa::indexer

#include "indexer/extract/BatchBodies.hpp"

#include <set>
#include <string>

#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/text/TextSplitting.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

constexpr float kConfirmed = 0.9f;

// The name as one key: lower case, single spaces, `UBND` written out, `uỷ` as `ủy`.
std::string bodyKey(const std::string& value) {
  std::string key;
  const std::string lowered = lowerCase(value);
  for (const auto word : splitAt(lowered, ' ')) {
    std::string w = trimmedPunctuation(word);
    if (w.empty()) continue;
    if (w == "ubnd") w = "ủy ban nhân dân";
    if (w == "uỷ") w = "ủy";
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

}  // namespace

void confirmBodiesAcrossBatch(const std::vector<DocumentExtraction*>& batch) {
  std::set<std::string> sure;
  for (const auto* document : batch)
    for (const auto& field : document->fields)
      if (field.name == fieldname::kOrganName && !field.needsReview) sure.insert(bodyKey(field.value));
  for (auto* document : batch)
    for (auto& field : document->fields) {
      if (field.name != fieldname::kOrganName || !field.needsReview || field.note != kLowOcrNote) continue;
      if (!sure.contains(bodyKey(field.value))) continue;
      field.needsReview = false;
      field.confidence = std::max(field.confidence, kConfirmed);
      field.note = "read surely on another paper of the batch";
    }
}

}  // namespace sohoa::indexer

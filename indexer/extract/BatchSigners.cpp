#include "indexer/extract/BatchSigners.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

// Confidence from which a signer's name was read surely (OCR 0.9 and above, FieldConfidence).
constexpr float kSure = 0.9f;

}  // namespace

void settleSignersAcrossBatch(const std::vector<DocumentExtraction*>& batch) {
  std::map<std::string, std::set<std::string>> sure;  // letters -> spellings read surely
  std::map<std::string, std::string> written;         // spelling -> as a paper wrote it
  for (const auto* document : batch)
    for (const auto& field : document->fields)
      if (field.name == fieldname::kSignerName && !field.needsReview && field.confidence >= kSure) {
        sure[foldedLowerCase(field.value)].insert(lowerCase(field.value));
        written.emplace(lowerCase(field.value), field.value);
      }
  for (auto* document : batch)
    for (auto& field : document->fields) {
      if (field.name != fieldname::kSignerName || field.value.empty() ||
          (!field.needsReview && field.confidence >= kSure))
        continue;
      const std::string letters = foldedLowerCase(field.value);
      std::set<std::string> matches;
      if (const auto same = sure.find(letters); same != sure.end()) matches = same->second;
      // The surname lost under the seal: a sure name ending so (two words at least: a lone
      // `Hùng` could end anyone's name).
      if (matches.empty() && letters.find(' ') != std::string::npos)
        for (const auto& [whole, spellings] : sure)
          if (whole.ends_with(" " + letters)) matches.insert(spellings.begin(), spellings.end());
      if (matches.size() == 1) {
        const std::string& spelling = *matches.begin();
        if (field.needsReview || lowerCase(field.value) != spelling) {
          field.value = written[spelling];
          field.note = "as another paper of the batch reads it surely";
        }
        field.needsReview = false;
        field.confidence = std::max(field.confidence, kStoreFrom);
        continue;
      }
      if (field.needsReview) continue;
      field.needsReview = true;
      field.confidence = std::min(field.confidence, kStoreFrom - 0.05f);
      field.note = "read unsurely under the seal, and no other paper of the batch reads it surely";
    }
}

}  // namespace sohoa::indexer

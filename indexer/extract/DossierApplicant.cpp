#include "indexer/extract/DossierApplicant.hpp"

#include <set>
#include <string>

#include "indexer/extract/FieldNames.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {

void chooseSpouseAcrossDossier(const std::vector<DocumentExtraction*>& dossier) {
  std::set<std::string> applicants;
  for (const auto* document : dossier)
    for (const auto& field : document->fields)
      if (field.name == fieldname::kPersonName && field.role == "requester")
        applicants.insert(foldedLowerCase(field.value));
  if (applicants.empty()) return;
  for (auto* document : dossier) {
    if (document->spouses.empty() || document->find(fieldname::kPersonName)) continue;
    const ExtractedField* chosen = nullptr;
    int named = 0;
    for (const auto& spouse : document->spouses)
      if (applicants.contains(foldedLowerCase(spouse.value))) chosen = &spouse, ++named;
    if (named != 1) continue;
    ExtractedField person = *chosen;
    person.method = "label+dossier";
    document->fields.push_back(std::move(person));
  }
}

}  // namespace sohoa::indexer

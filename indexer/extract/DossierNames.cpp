#include "indexer/extract/DossierNames.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

struct Reading {
  ExtractedField* field;
  std::size_t document;
  std::string spelling;  // lower case, marks kept
};

bool inCapitals(const std::string& value) { return upperCase(value) == value; }

}  // namespace

void settleNamesAcrossDossier(const std::vector<DocumentExtraction*>& dossier) {
  std::map<std::string, std::vector<Reading>> byLetters;  // readings by their letters without marks
  for (std::size_t d = 0; d < dossier.size(); ++d)
    for (auto& field : dossier[d]->fields)
      if (field.name == "person_name")
        byLetters[lowerCase(foldMarks(field.value))].push_back({&field, d, lowerCase(field.value)});

  for (auto& [letters, readings] : byLetters) {
    std::map<std::size_t, std::set<std::string>> perDocument;
    for (const auto& reading : readings) perDocument[reading.document].insert(reading.spelling);
    const bool twoPeople =
        std::any_of(perDocument.begin(), perDocument.end(), [](const auto& entry) { return entry.second.size() > 1; });
    if (twoPeople) continue;
    std::map<std::string, int> papers;  // spelling -> how many papers give it
    for (const auto& [document, spellings] : perDocument) ++papers[*spellings.begin()];
    if (papers.size() < 2) continue;
    const auto best = std::max_element(papers.begin(), papers.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    const bool split = std::count_if(papers.begin(), papers.end(),
                                     [&](const auto& entry) { return entry.second == best->second; }) > 1;
    // The winning spelling as a paper wrote it, in small letters where one did (cards print capitals).
    std::string written;
    for (const auto& reading : readings)
      if (reading.spelling == best->first && (written.empty() || inCapitals(written))) written = reading.field->value;
    for (auto& reading : readings) {
      if (split) {
        if (papers[reading.spelling] != best->second) continue;
        reading.field->needsReview = true;
        reading.field->confidence = std::min(reading.field->confidence, kStoreFrom - 0.05f);
        reading.field->note = "the dossier's papers spell this name in two ways";
      } else if (reading.spelling != best->first) {
        reading.field->value = inCapitals(reading.field->value) ? upperCase(written) : written;
        reading.field->note = "spelled as " + std::to_string(best->second) + " of the dossier's papers spell it";
      }
    }
  }
}

}  // namespace sohoa::indexer

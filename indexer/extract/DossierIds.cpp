#include "indexer/extract/DossierIds.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "indexer/extract/CitizenId.hpp"
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

// A guess the ID checks refused (`057…`: no such province) is still a reading of the digits.
bool misread(const ExtractedField& field) {
  return guessed(field) ||
         (field.name == fieldname::kCitizenIds && field.needsReview && field.note.starts_with(kInvalidCccdNote));
}

// The dossier's number the guess reads, or one digit off it when exactly one stored number is. Two citizens'
// numbers one digit apart are rare beyond counting (six digits at least are random), a digit
// misread is what the classifier does.
std::optional<std::string> storedOneDigitOff(const std::string& guess, const std::set<std::string>& stored) {
  if (stored.contains(guess)) return guess;  // the number itself, held surely
  std::optional<std::string> near;
  for (const auto& number : stored) {
    if (differingDigits(guess, number) != 1) continue;
    if (near) return std::nullopt;
    near = number;
  }
  return near;
}

// The numbers the dossier's papers hold surely.
std::set<std::string> storedNumbers(const std::vector<DocumentExtraction*>& dossier) {
  std::set<std::string> stored;
  for (const auto* document : dossier)
    for (const auto& field : document->fields)
      if (field.name == fieldname::kCitizenIds && !field.needsReview) stored.insert(field.value);
  return stored;
}

}  // namespace

void confirmIdsAcrossDossier(const std::vector<DocumentExtraction*>& dossier) {
  const std::set<std::string> sure = storedNumbers(dossier);
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
      // Guesses alike one digit off a number read surely share a misread digit (one hand wrote
      // both, and the classifier reads its 7 as 9 each time): the sure number stands, below.
      if (const auto near = storedOneDigitOff(field.value, sure); near && *near != field.value) continue;
      field.needsReview = false;
      field.confidence = kVouchedConfidence;
      field.note = "read alike on " + std::to_string(papers[field.value]) + " papers of the dossier";
    }
  // Then a guess one digit off a number another paper holds surely is that number.
  const std::set<std::string> stored = storedNumbers(dossier);
  for (auto* document : dossier) {
    auto& fields = document->fields;
    for (auto& field : fields) {
      if (!misread(field)) continue;
      const auto number = storedOneDigitOff(field.value, stored);
      if (!number) continue;
      field.note = *number == field.value
                       ? "held surely by the dossier"
                       : "read " + field.value + ", one digit off " + *number + " held surely by the dossier";
      field.value = *number;
      field.needsReview = false;
      field.confidence = kVouchedConfidence;
    }
    // The paper may now hold a number twice: once is enough.
    std::set<std::string> seen;
    std::erase_if(fields, [&](const ExtractedField& field) {
      return field.name == fieldname::kCitizenIds && !field.needsReview && !seen.insert(field.value).second;
    });
  }
}

}  // namespace sohoa::indexer

#include "indexer/extract/DossierDates.hpp"

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>

#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"

namespace sohoa::indexer {
namespace {

// Measured on the dev families (two samples): the classifier's sure days on signing lines were
// all right (7 of 7); its one wrong month (7 for a 3) fell months after the receipt.
constexpr float kVouchedConfidence = 0.9f;

std::optional<std::chrono::sys_days> dayOf(const std::string& iso) {
  int year = 0;
  unsigned month = 0, day = 0;
  if (std::sscanf(iso.c_str(), "%4d-%2u-%2u", &year, &month, &day) != 3) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
  if (!date.ok()) return std::nullopt;
  return std::chrono::sys_days{date};
}

// The printed date of the dossier's receipt, stored on its own evidence.
std::optional<std::chrono::sys_days> receiptDay(const std::vector<DocumentExtraction*>& dossier) {
  for (const auto* document : dossier) {
    if (!document->type || document->type->kind != DocumentKind::Receipt) continue;
    const auto* date = document->find(fieldname::kIssuedDate);
    if (date && !date->needsReview) return dayOf(date->value);
  }
  return std::nullopt;
}

bool signedByCitizen(const DocumentExtraction& document) {
  return document.type &&
         (document.type->kind == DocumentKind::Declaration || document.type->kind == DocumentKind::Application);
}

}  // namespace

void confirmDatesAcrossDossier(const std::vector<DocumentExtraction*>& dossier) {
  const auto receipt = receiptDay(dossier);
  if (!receipt) return;
  for (auto* document : dossier) {
    if (!signedByCitizen(*document)) continue;
    for (auto& field : document->fields) {
      if (field.name != fieldname::kIssuedDate || !field.needsReview || field.note != kOneReaderNote) continue;
      const auto signedOn = dayOf(field.value);
      if (!signedOn || *signedOn > *receipt || *receipt - *signedOn > std::chrono::days{kSignedBeforeReceiptDays})
        continue;
      field.needsReview = false;
      field.confidence = kVouchedConfidence;
      field.method = "layout+receipt";
      field.note = "handwritten date read by one reader, in the week before the dossier's receipt";
    }
  }
}

}  // namespace sohoa::indexer

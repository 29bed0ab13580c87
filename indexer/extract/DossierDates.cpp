#include "indexer/extract/DossierDates.hpp"

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>

#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/text/IsoDate.hpp"

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

bool fits(const DateParts& parts, std::chrono::sys_days candidate) {
  const std::chrono::year_month_day date{candidate};
  const int year = static_cast<int>(date.year());
  if (parts.day && *parts.day != static_cast<int>(static_cast<unsigned>(date.day()))) return false;
  if (parts.month && *parts.month != static_cast<int>(static_cast<unsigned>(date.month()))) return false;
  if (parts.year && *parts.year != year) return false;
  return std::to_string(year).starts_with(parts.yearStart);
}

// The one day of the week before the receipt (up to its day) that the parts read fit, if one.
// The day must have been read: a week holds one day of each number, but several of a month.
std::optional<std::chrono::sys_days> completedDay(const DateParts& parts, std::chrono::sys_days receipt) {
  if (!parts.day) return std::nullopt;
  std::optional<std::chrono::sys_days> found;
  for (int back = 0; back <= kSignedBeforeReceiptDays; ++back) {
    const auto candidate = receipt - std::chrono::days{back};
    if (!fits(parts, candidate)) continue;
    if (found) return std::nullopt;
    found = candidate;
  }
  return found;
}

std::string isoOf(std::chrono::sys_days day) {
  const std::chrono::year_month_day date{day};
  return isoDate(static_cast<int>(static_cast<unsigned>(date.day())),
                 static_cast<int>(static_cast<unsigned>(date.month())), static_cast<int>(date.year()))
      .value_or("");
}

}  // namespace

void confirmDatesAcrossDossier(const std::vector<DocumentExtraction*>& dossier) {
  const auto receipt = receiptDay(dossier);
  if (!receipt) return;
  for (auto* document : dossier) {
    if (!signedByCitizen(*document)) continue;
    for (auto& field : document->fields) {
      if (field.name != fieldname::kIssuedDate || !field.needsReview) continue;
      // A blank left empty (`tháng … năm 2025`) or a year's last digit unread (`năm 202…`):
      // the read day places the date in the week before the receipt.
      if (field.value.empty() && document->unreadDateParts) {
        const auto day = completedDay(*document->unreadDateParts, *receipt);
        if (!day) continue;
        field.value = isoOf(*day);
        field.needsReview = false;
        field.confidence = kVouchedConfidence;
        field.method = "layout+receipt";
        field.note = "handwritten date read in part; the dossier's receipt a few days later completes it";
        continue;
      }
      if (field.note != kOneReaderNote) continue;
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

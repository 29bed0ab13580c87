#pragma once
// Everything read from one document: its type heading and its fields, each with the page,
// box, confidence and method it came from. What a QR code says wins over OCR; where they
// disagree, the field says so.
#include <optional>
#include <vector>

#include "indexer/extract/CalendarDay.hpp"
#include "indexer/extract/DocumentTypes.hpp"
#include "indexer/extract/ExtractedField.hpp"
#include "indexer/extract/WrittenDate.hpp"
#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

struct DocumentExtraction {
  std::optional<TypeHeading> type;
  std::vector<ExtractedField> fields;
  // The husband and wife a marriage paper names, neither yet its person_name: which one
  // asked for it, only the dossier's other papers tell (DossierApplicant).
  std::vector<ExtractedField> spouses;
  // What was read of a date line whose date was not read whole (the issued_date waits for
  // review, empty): the dossier's receipt may complete it (DossierDates).
  std::optional<DateParts> unreadDateParts;

  const ExtractedField* find(const std::string& name) const;
};

DocumentExtraction extractDocument(const std::vector<const ocr::Page*>& pages, const CalendarDay& today);

}  // namespace sohoa::indexer

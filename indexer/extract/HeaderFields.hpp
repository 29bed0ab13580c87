#pragma once
// The fields Nghị định 30/2020 puts in fixed places on an administrative document, read by
// position as well as by text: issuing body and `Số:` top left, place and date top right,
// type name and summary centred (the signing block is SignerFields').
#include <optional>
#include <vector>

#include "indexer/extract/CalendarDay.hpp"
#include "indexer/extract/DocumentTypes.hpp"
#include "indexer/extract/ExtractedField.hpp"
#include "indexer/extract/PageLayout.hpp"

namespace sohoa::indexer {

struct FoundHeading {
  TypeHeading type;
  std::size_t segment = 0;     // index in the page's segments
  bool startsDocument = true;  // false for a chứng thực block on a copy's last page
};

// The type heading of a page: a centred line in the top part of the page naming a type (not
// a decision's own "QUYẾT ĐỊNH:" before its articles), an ID card's heading on a card copy,
// "CÔNG VĂN" for an official letter (no heading, a notation without type or a V/v line), or
// a chứng thực block anywhere on the page, which makes the document a certified copy.
std::optional<FoundHeading> findTypeHeading(const PageLayout& page);

// organ_name, code_number, code_notation, issued_date, subject (from the first page).
std::vector<ExtractedField> headerFields(const std::vector<PageLayout>& pages, const CalendarDay& today);

}  // namespace sohoa::indexer

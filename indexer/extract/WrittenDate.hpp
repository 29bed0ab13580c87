#pragma once
// A date as an administrative paper writes it: `ngày 05 tháng 3 năm 2025` (Nghị định 30's
// place-and-date line, a tờ khai's signing line) or `22/11/2024`. The day and month are often
// written by hand into a dotted blank, so OCR reads the words with noise around them: leader dots
// (`ngày ...... 03`), a digit glued to a word (`O3tháng`, `ngày05`), a pen's two digits read as two
// words (`1 5`), letters for digits (`O3`, `l5`), and a long place name pushes `năm 2025` onto the
// next line. The words `ngày`, `tháng`, `năm` are matched without marks or case, the blanks' dots
// skipped, and the date must exist; its confidence is that of the words its digits stand in (the
// dots' own low score says nothing about them).
#include <optional>
#include <string>

#include "indexer/extract/ExtractedField.hpp"
#include "indexer/extract/PageLayout.hpp"

namespace sohoa::indexer {

// What was read of a date line whose date is not whole: a blank written by hand and left empty
// (`ngày 10 tháng … năm 2025`), or a year whose last digit was (`năm 202…`).
struct DateParts {
  std::optional<int> day, month, year;
  std::string yearStart;  // the year's first digits, when only they were read
};

// The first date in the segment, as ISO yyyy-mm-dd in a field named "date", with its box.
std::optional<ExtractedField> dateInWords(const TextSegment& segment);

// The date on the page's segment `line`, or begun there and ended on the line under it.
std::optional<ExtractedField> dateOnLine(const PageLayout& page, std::size_t line);

// The parts read of the date on the page's segment `line` (or begun there and ended under it):
// `ngày`, `tháng` and `năm` in order, with at least the day or the month read.
std::optional<DateParts> datePartsOnLine(const PageLayout& page, std::size_t line);

}  // namespace sohoa::indexer

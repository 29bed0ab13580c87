#pragma once
// The report as the office files it and works from it: a workbook with the rates sheet (the
// period, each procedure, field and month) and one sheet per worklist (RateWorklist), with
// Vietnamese headers. As .xlsx (libxlsxwriter): dates are dates (dd/mm/yyyy hh:mm), rates are
// numbers formatted as percentages. As CSV: the same sheets one after another, each under
// its name and a blank line, dates in ISO, rates in percent.
// The applicant's number is written as given: the caller masks it for an auditor.
#include <string>

#include "indexer/register/RateReport.hpp"
#include "indexer/register/RateWorklist.hpp"

namespace sohoa::indexer {

// The bytes of the .xlsx file; throws std::runtime_error when libxlsxwriter fails.
std::string rateWorkbookXlsx(const RateReport& report, const Worklists& worklists);
std::string rateWorkbookCsv(const RateReport& report, const Worklists& worklists);

}  // namespace sohoa::indexer

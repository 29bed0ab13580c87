#pragma once
// The rate report as a terminal table, JSON (the shape other tools read), CSV (one row per
// scope and rate) and a self-contained HTML page (no network: inline CSS and SVG charts),
// printable for the quarterly report.
#include <nlohmann/json.hpp>
#include <string>

#include "indexer/register/RateReport.hpp"

namespace sohoa::indexer {

nlohmann::ordered_json rateReportJson(const RateReport& report);
std::string rateReportText(const RateReport& report);
std::string rateReportCsv(const RateReport& report);
std::string rateReportHtml(const RateReport& report);
// One CSV cell: quoted as RFC 4180 says, and never read as a formula by a spreadsheet.
std::string csvCell(const std::string& text);

}  // namespace sohoa::indexer

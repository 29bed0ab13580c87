#pragma once
// The reporting periods a commune can pick from: the quarters, half years and years in which
// the register has dossiers received, newest first, with their Vietnamese names ("Quý 2/2025",
// "6 tháng đầu năm 2025", "Năm 2025"). The report opens on the newest quarter with data, not
// on an empty one.
#include <optional>
#include <string>
#include <vector>

#include "indexer/register/RatePeriod.hpp"
#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct PeriodChoice {
  std::string label;  // as parsePeriod reads it: 2025-Q2, 2025-H1, 2025
  std::string name;   // in Vietnamese
};

struct PeriodsWithData {
  std::vector<PeriodChoice> quarters, halves, years;
};

PeriodsWithData periodsWithData(RecordStore& store);
// The newest quarter with dossiers received; the last quarter (lastQuarter) when there is none.
std::string latestPeriodWithData(RecordStore& store);
// "Quý 2/2025", "6 tháng đầu năm 2025", "Năm 2025"; a span of days as "01/02/2025 – 28/02/2025".
std::string periodName(const std::string& label);
// A period as a person types it: the labels parsePeriod reads, and the names above written
// with or without marks, in any case ("quý 3/2025", "Q3/2025", "quy 3 nam 2025", "6 thang
// cuoi nam 2025", "năm 2025"); nothing for anything else ("quý 3" alone names no year).
std::optional<Period> readTypedPeriod(const std::string& text);

}  // namespace sohoa::indexer

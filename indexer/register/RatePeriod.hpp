#pragma once
// The reporting periods of the reform plan: a quarter (2025-Q1), a half year (2025-H1), a
// year (2025) or any span of days (2025-01-01..2025-03-31), both ends included.
#include <optional>
#include <string>
#include <vector>

namespace sohoa::indexer {

struct Period {
  std::string label;
  std::string from;  // YYYY-MM-DD
  std::string to;    // YYYY-MM-DD, included
};

std::optional<Period> parsePeriod(const std::string& text);
// The calendar months the period touches, each cut to the period (for the trend).
std::vector<Period> monthsOf(const Period& period);
// The quarter before today's ("2026-Q3" in November 2026): the one a commune reports on.
std::string lastQuarter();

}  // namespace sohoa::indexer

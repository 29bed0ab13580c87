#include "indexer/extract/CalendarDay.hpp"

#include <chrono>
#include <cstdio>

namespace sohoa::indexer {

std::string CalendarDay::iso() const {
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return out;
}

CalendarDay CalendarDay::today() {
  const std::chrono::year_month_day now(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  return {static_cast<int>(now.year()), static_cast<int>(unsigned(now.month())), static_cast<int>(unsigned(now.day()))};
}

}  // namespace sohoa::indexer

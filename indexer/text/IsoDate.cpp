#include "indexer/text/IsoDate.hpp"

#include <chrono>
#include <cstdio>

namespace sohoa::indexer {

std::optional<std::string> isoDate(int day, int month, int year) {
  using namespace std::chrono;
  const year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                            std::chrono::day(static_cast<unsigned>(day))};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || !date.ok()) return std::nullopt;
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return std::string(out);
}

}  // namespace sohoa::indexer

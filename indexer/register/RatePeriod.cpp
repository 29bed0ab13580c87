#include "indexer/register/RatePeriod.hpp"

#include <chrono>
#include <cstdio>

#include "indexer/register/RegisterDate.hpp"

namespace sohoa::indexer {
namespace {

std::string isoDay(int year, int month, int day) {
  char out[48];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return out;
}

int lastDay(int year, int month) {
  using namespace std::chrono;
  return static_cast<int>(unsigned(
      year_month_day_last(std::chrono::year(year), month_day_last(std::chrono::month(static_cast<unsigned>(month))))
          .day()));
}

std::optional<int> yearOf(const std::string& text) {
  if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const int year = std::stoi(text);
  if (year < 2000 || year > 2100) return std::nullopt;
  return year;
}

}  // namespace

std::optional<Period> parsePeriod(const std::string& text) {
  if (const auto dots = text.find(".."); dots != std::string::npos) {
    const auto from = readRegisterDate(text.substr(0, dots)), to = readRegisterDate(text.substr(dots + 2));
    if (!from || !to || *to < *from || text.substr(0, dots).size() != 10) return std::nullopt;
    return Period{text, from->substr(0, 10), to->substr(0, 10)};
  }
  const auto year = yearOf(text.substr(0, 4));
  if (!year) return std::nullopt;
  if (text.size() == 4) return Period{text, isoDay(*year, 1, 1), isoDay(*year, 12, 31)};
  if (text.size() == 7 && text[4] == '-' && text[5] == 'Q' && text[6] >= '1' && text[6] <= '4') {
    const int quarter = text[6] - '0';
    return Period{text, isoDay(*year, quarter * 3 - 2, 1), isoDay(*year, quarter * 3, lastDay(*year, quarter * 3))};
  }
  if (text.size() == 7 && text[4] == '-' && text[5] == 'H' && (text[6] == '1' || text[6] == '2')) {
    const int half = text[6] - '0';
    return Period{text, isoDay(*year, half * 6 - 5, 1), isoDay(*year, half * 6, lastDay(*year, half * 6))};
  }
  return std::nullopt;
}

std::vector<Period> monthsOf(const Period& period) {
  std::vector<Period> months;
  int year = std::stoi(period.from.substr(0, 4)), month = std::stoi(period.from.substr(5, 2));
  for (;;) {
    const std::string start = isoDay(year, month, 1), end = isoDay(year, month, lastDay(year, month));
    if (start > period.to) break;
    months.push_back({start.substr(0, 7), std::max(start, period.from), std::min(end, period.to)});
    if (++month == 13) month = 1, ++year;
  }
  return months;
}

std::string lastQuarter() {
  const std::chrono::year_month_day today(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  int year = static_cast<int>(today.year());
  int quarter = (static_cast<int>(unsigned(today.month())) - 1) / 3;  // 0: the last quarter of last year
  if (quarter == 0) --year, quarter = 4;
  return std::to_string(year) + "-Q" + std::to_string(quarter);
}

}  // namespace sohoa::indexer

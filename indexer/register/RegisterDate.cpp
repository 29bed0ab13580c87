#include "indexer/register/RegisterDate.hpp"

#include <chrono>
#include <cstdio>

#include "indexer/text/IsoDate.hpp"

namespace sohoa::indexer {
namespace {

std::optional<int> number(std::string_view text) {
  if (text.empty() || text.size() > 4) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<std::string> readRegisterDate(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const auto split = text.find_first_of(" T");
  const std::string_view day = text.substr(0, split);
  const std::string_view time = split == std::string_view::npos ? std::string_view() : text.substr(split + 1);
  std::optional<int> y, m, d;
  if (day.size() == 10 && day[4] == '-' && day[7] == '-') {
    y = number(day.substr(0, 4)), m = number(day.substr(5, 2)), d = number(day.substr(8, 2));
  } else if (day.size() == 10 && day[2] == '/' && day[5] == '/') {
    d = number(day.substr(0, 2)), m = number(day.substr(3, 2)), y = number(day.substr(6, 4));
  }
  if (!y || !m || !d || !isoDate(*d, *m, *y)) return std::nullopt;
  int hour = 0, minute = 0;
  if (!time.empty()) {
    if (time.size() < 5 || time[2] != ':') return std::nullopt;
    const auto h = number(time.substr(0, 2)), mi = number(time.substr(3, 2));
    if (!h || !mi || *h > 23 || *mi > 59) return std::nullopt;
    if (time.size() > 5 && (time.size() != 8 || time[5] != ':' || !number(time.substr(6, 2)))) return std::nullopt;
    hour = *h, minute = *mi;
  }
  char out[64];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d %02d:%02d", *y, *m, *d, hour, minute);
  return std::string(out);
}

std::optional<std::string> readTypedDay(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  std::string padded(text);
  // 1/6/2025: the day and month written without their leading zero.
  if (const auto first = padded.find('/'); first == 1) padded.insert(0, "0");
  if (const auto second = padded.find('/', 3); second == 4) padded.insert(3, "0");
  if (padded.size() != 10) return std::nullopt;
  const auto stored = readRegisterDate(padded);
  if (!stored) return std::nullopt;
  return stored->substr(0, 10);
}

long long minutesOf(const std::string& stored) {
  using namespace std::chrono;
  const int y = std::stoi(stored.substr(0, 4)), m = std::stoi(stored.substr(5, 2)), d = std::stoi(stored.substr(8, 2));
  const int h = stored.size() >= 16 ? std::stoi(stored.substr(11, 2)) : 0;
  const int mi = stored.size() >= 16 ? std::stoi(stored.substr(14, 2)) : 0;
  const sys_days day =
      year_month_day{year(y), month(static_cast<unsigned>(m)), std::chrono::day(static_cast<unsigned>(d))};
  const sys_days epoch = year_month_day{year(2000), month(1), std::chrono::day(1)};
  return (day - epoch).count() * 1440LL + h * 60 + mi;
}

}  // namespace sohoa::indexer

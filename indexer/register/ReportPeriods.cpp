#include "indexer/register/ReportPeriods.hpp"

#include <regex>
#include <set>

#include "indexer/store/RegisterRows.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

std::string dayName(const std::string& iso) {
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::vector<PeriodChoice> choices(const std::set<std::string, std::greater<>>& labels) {
  std::vector<PeriodChoice> out;
  for (const auto& label : labels) out.push_back({label, periodName(label)});
  return out;
}

}  // namespace

PeriodsWithData periodsWithData(RecordStore& store) {
  std::set<std::string, std::greater<>> quarters, halves, years;
  for (const std::string& month : monthsWithReceipts(store)) {  // YYYY-MM
    if (month.size() != 7) continue;
    const std::string year = month.substr(0, 4);
    const int number = std::stoi(month.substr(5, 2));
    quarters.insert(year + "-Q" + std::to_string((number + 2) / 3));
    halves.insert(year + "-H" + std::to_string(number <= 6 ? 1 : 2));
    years.insert(year);
  }
  return {choices(quarters), choices(halves), choices(years)};
}

std::string latestPeriodWithData(RecordStore& store) {
  const auto periods = periodsWithData(store);
  return periods.quarters.empty() ? lastQuarter() : periods.quarters.front().label;
}

std::string periodName(const std::string& label) {
  const auto period = parsePeriod(label);
  if (!period) return label;
  const std::string year = label.substr(0, 4);
  if (label.size() == 4) return "Năm " + year;
  if (label.size() == 7 && label[5] == 'Q') return std::string("Quý ") + label[6] + "/" + year;
  if (label.size() == 7 && label[5] == 'H')
    return std::string(label[6] == '1' ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
  return dayName(period->from) + " – " + dayName(period->to);
}

std::optional<Period> readTypedPeriod(const std::string& text) {
  if (auto period = parsePeriod(text)) return period;
  // Folded to plain lower case, spaces squeezed: "Quý 3 / 2025" → "quy 3 / 2025".
  const std::string folded = std::regex_replace(foldMarks(lowerCase(text)), std::regex(R"(\s+)"), " ");
  std::smatch found;
  std::string label;
  if (std::regex_match(folded, found, std::regex(R"( ?(?:quy|q) ?([1-4]) ?(?:/|-|nam| ) ?(\d{4}) ?)")))
    label = found[2].str() + "-Q" + found[1].str();
  else if (std::regex_match(folded, found, std::regex(R"( ?(\d{4}) ?- ?q([1-4]) ?)")))
    label = found[1].str() + "-Q" + found[2].str();
  else if (std::regex_match(folded, found, std::regex(R"( ?6 thang (dau|cuoi) nam (\d{4}) ?)")))
    label = found[2].str() + (found[1] == "dau" ? "-H1" : "-H2");
  else if (std::regex_match(folded, found, std::regex(R"( ?(\d{4}) ?- ?h([12]) ?)")))
    label = found[1].str() + "-H" + found[2].str();
  else if (std::regex_match(folded, found, std::regex(R"( ?nam (\d{4}) ?)")))
    label = found[1].str();
  if (label.empty()) return std::nullopt;
  return parsePeriod(label);
}

}  // namespace sohoa::indexer

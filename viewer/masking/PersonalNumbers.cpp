#include "viewer/masking/PersonalNumbers.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "indexer/extract/CitizenId.hpp"

namespace sohoa::viewer {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
// A digit, or a letter OCR reads for one, mapped as extraction repairs it.
std::optional<char> digitOf(char c) {
  const auto digit = indexer::repairedDigits(std::string_view(&c, 1), 0);
  return digit ? std::optional<char>(digit->front()) : std::nullopt;
}
bool isDigitLike(char c) { return digitOf(c).has_value(); }
// A byte of a word: ASCII letters and digits, and every byte of a non-ASCII letter.
bool isWordByte(char c) { return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)); }
bool isSeparator(char c) { return c == ' ' || c == '.' || c == '-'; }

struct DigitGroup {
  std::size_t begin = 0, end = 0;
  std::size_t realDigits = 0;
  bool token = false;  // a word of its own: no letter touches it
};

std::vector<DigitGroup> digitGroups(std::string_view line) {
  std::vector<DigitGroup> groups;
  for (std::size_t i = 0; i < line.size();) {
    if (!isDigitLike(line[i])) {
      ++i;
      continue;
    }
    DigitGroup group{i, i, 0, false};
    while (i < line.size() && isDigitLike(line[i])) group.realDigits += isDigit(line[i++]) ? 1 : 0;
    group.end = i;
    group.token =
        (group.begin == 0 || !isWordByte(line[group.begin - 1])) && (i == line.size() || !isWordByte(line[i]));
    groups.push_back(group);
  }
  return groups;
}

bool joined(std::string_view line, const DigitGroup& left, const DigitGroup& right) {
  return right.begin == left.end + 1 && isSeparator(line[left.end]);
}

NumberRun runOf(std::string_view line, const std::vector<DigitGroup>& groups, std::size_t first, std::size_t last) {
  NumberRun run{groups[first].begin, groups[last].end, {}, {}, 0};
  for (std::size_t g = first; g <= last; ++g) {
    for (std::size_t i = groups[g].begin; i < groups[g].end; ++i) {
      run.digits += *digitOf(line[i]);
      run.where.push_back(i);
    }
    run.realDigits += groups[g].realDigits;
  }
  return run;
}

}  // namespace

std::vector<NumberRun> numberRuns(std::string_view line) {
  const auto groups = digitGroups(line);
  std::vector<NumberRun> runs;
  for (std::size_t first = 0; first < groups.size();) {
    std::size_t last = first;
    while (last + 1 < groups.size() && joined(line, groups[last], groups[last + 1])) ++last;
    runs.push_back(runOf(line, groups, first, last));
    first = last + 1;
  }
  return runs;
}

std::vector<NumberRun> standaloneNumbers(std::string_view line) {
  const auto groups = digitGroups(line);
  // Across a '.' or '-' stands a word of letters and digits (H08-250605-1271): a code.
  auto codeWord = [&](std::size_t from, int step) {
    bool letter = false, digit = false;
    for (auto i = static_cast<std::ptrdiff_t>(from);
         i >= 0 && i < static_cast<std::ptrdiff_t>(line.size()) && isWordByte(line[static_cast<std::size_t>(i)]);
         i += step) {
      const char c = line[static_cast<std::size_t>(i)];
      (isDigit(c) ? digit : letter) = true;
    }
    return letter && digit;
  };
  auto partOfCode = [&](std::size_t separator, std::size_t beyond, int step) {
    return (line[separator] == '.' || line[separator] == '-') && codeWord(beyond, step);
  };
  std::vector<NumberRun> runs;
  for (std::size_t first = 0; first < groups.size();) {
    if (!groups[first].token || groups[first].realDigits == 0) {
      ++first;
      continue;
    }
    std::size_t last = first;
    while (last + 1 < groups.size() && joined(line, groups[last], groups[last + 1]) && groups[last + 1].token &&
           groups[last + 1].realDigits > 0)
      ++last;
    const std::size_t begin = groups[first].begin, end = groups[last].end;
    const bool code =
        (begin >= 2 && partOfCode(begin - 1, begin - 2, -1)) || (end + 1 < line.size() && partOfCode(end, end + 1, +1));
    if (!code) {
      runs.push_back(runOf(line, groups, first, last));
      // Each group too, when several are joined: "cccd-052095001234-0902436107".
      for (std::size_t g = first; last > first && g <= last; ++g) runs.push_back(runOf(line, groups, g, g));
    }
    first = last + 1;
  }
  return runs;
}

bool personalByShape(const NumberRun& run, std::string_view line) {
  if (run.realDigits * 2 < run.digits.size()) return false;
  const std::size_t length = run.digits.size();
  if (length == 9 || length == 12) return true;  // CMND, CCCD
  const bool international = run.begin > 0 && line[run.begin - 1] == '+';
  return ((length == 10 || length == 11) && run.digits.front() == '0') ||
         (length == 11 && international && run.digits.starts_with("84"));
}

void appendMaskedNumber(std::string& out, std::string_view text) {
  std::size_t seen = 0;
  const auto total = static_cast<std::size_t>(std::count_if(text.begin(), text.end(), isDigitLike));
  for (char c : text) {
    if (isDigitLike(c)) {
      ++seen;
      out += seen <= 3 || seen + 2 > total ? c : '*';
    } else {
      out += c;
    }
  }
}

}  // namespace sohoa::viewer

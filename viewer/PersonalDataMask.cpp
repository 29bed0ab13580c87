#include "viewer/PersonalDataMask.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>

#include "indexer/VietnameseFolding.hpp"

namespace sohoa::viewer {
namespace {

constexpr std::string_view kDigitLookalikes = "OoDQlIi|!SsBZz";  // as indexer::repairedDigits reads them
constexpr std::size_t kShortestPhrase = 5;

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool isDigitLike(char c) { return isDigit(c) || kDigitLookalikes.find(c) != std::string_view::npos; }
// A byte of a word: ASCII letters and digits, and every byte of a non-ASCII letter.
bool isWordByte(char c) { return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)); }
bool isSeparator(char c) { return c == ' ' || c == '.' || c == '-'; }

char digitOf(char c) {
  if (isDigit(c)) return c;
  switch (c) {
    case 'S':
    case 's':
      return '5';
    case 'B':
      return '8';
    case 'Z':
    case 'z':
      return '2';
    case 'l':
    case 'I':
    case 'i':
    case '|':
    case '!':
      return '1';
    default:
      return '0';
  }
}

// Digit-like characters in groups joined by single separators: "048 093 531 039",
// "O52O95OO1234", "0902.436.107".
struct NumberRun {
  std::size_t begin = 0, end = 0;
  std::string digits;              // as repaired
  std::vector<std::size_t> where;  // the byte of each digit
  std::size_t realDigits = 0;
};

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
      run.digits += digitOf(line[i]);
      run.where.push_back(i);
    }
    run.realDigits += groups[g].realDigits;
  }
  return run;
}

// Any groups joined by separators, wherever they stand (where known numbers are looked for).
std::vector<NumberRun> numberRuns(std::string_view line, const std::vector<DigitGroup>& groups) {
  std::vector<NumberRun> runs;
  for (std::size_t first = 0; first < groups.size();) {
    std::size_t last = first;
    while (last + 1 < groups.size() && joined(line, groups[last], groups[last + 1])) ++last;
    runs.push_back(runOf(line, groups, first, last));
    first = last + 1;
  }
  return runs;
}

// Groups that are words of their own, each with a real digit, joined by separators, and not
// the tail or head of a code (H08-250605-1271): numbers that stand alone.
std::vector<NumberRun> standaloneRuns(std::string_view line, const std::vector<DigitGroup>& groups) {
  auto partOfCode = [&](std::size_t separator, std::size_t beyond) {
    return line[separator] != ' ' && isSeparator(line[separator]) && isWordByte(line[beyond]);
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
        (begin >= 2 && partOfCode(begin - 1, begin - 2)) || (end + 1 < line.size() && partOfCode(end, end + 1));
    if (!code) runs.push_back(runOf(line, groups, first, last));
    first = last + 1;
  }
  return runs;
}

// A number of a person by its shape alone.
bool personalByShape(const NumberRun& run, std::string_view line) {
  if (run.realDigits * 2 < run.digits.size()) return false;
  const std::size_t length = run.digits.size();
  if (length == 9 || length == 12) return true;  // CMND, CCCD
  const bool international = run.begin > 0 && line[run.begin - 1] == '+';
  return ((length == 10 || length == 11) && run.digits.front() == '0') ||
         (length == 11 && international && run.digits.starts_with("84"));
}

struct Word {
  std::size_t begin = 0, end = 0;
  std::string key;  // lower case, no marks, no punctuation
  bool colon = false;
  bool capital = false;  // starts with a capital letter
};

// Words split at spaces, and after a colon ("chỉ:Thôn").
std::vector<Word> wordsOf(std::string_view line) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    const std::size_t begin = i;
    while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i])) && line[i] != ':') ++i;
    if (i < line.size() && line[i] == ':') ++i;
    if (i == begin) continue;
    Word word{begin, i, {}, line[i - 1] == ':', false};
    const std::string folded = indexer::foldMarks(line.substr(begin, i - begin));
    word.capital = !folded.empty() && std::isupper(static_cast<unsigned char>(folded.front()));
    for (char c : indexer::lowerCase(folded))
      if (std::isalnum(static_cast<unsigned char>(c))) word.key += c;
    words.push_back(std::move(word));
  }
  return words;
}

using Label = std::initializer_list<const char*>;
constexpr std::array<Label, 17> kLabels = {{
    // home addresses
    {"dia", "chi"},
    {"noi", "cu", "tru"},
    {"noi", "thuong", "tru"},
    {"thuong", "tru"},
    {"noi", "tam", "tru"},
    {"tam", "tru"},
    {"que", "quan"},
    {"noi", "o", "hien", "tai"},
    {"cho", "o", "hien", "tai"},
    // dates of birth
    {"ngay", "thang", "nam", "sinh"},
    {"sinh", "ngay"},
    {"ngay", "sinh"},
    {"nam", "sinh"},
    // phone numbers
    {"so", "dien", "thoai"},
    {"dien", "thoai"},
    {"sdt"},
    {"dtdd"},
}};

// The length in words of a label starting at `at`, or 0.
std::size_t labelAt(const std::vector<Word>& words, std::size_t at) {
  for (const Label& label : kLabels) {
    if (at + label.size() > words.size()) continue;
    std::size_t k = 0;
    for (const char* part : label) {
      if (words[at + k].key != part || (words[at + k].colon && k + 1 < label.size())) break;
      ++k;
    }
    if (k == label.size()) return k;
  }
  return 0;
}

// The values labels introduce in a line: from the label's end to the next label, or the
// next word ending in a colon, or the line's end. A label counts when a colon ends it, or
// when it starts the line.
void labelledValues(const std::vector<Word>& words, std::vector<MaskedSpan>& spans, bool& valueFollows) {
  for (std::size_t w = 0; w < words.size(); ++w) {
    const std::size_t length = labelAt(words, w);
    if (length == 0) continue;
    std::size_t first = w + length;
    bool colon = words[first - 1].colon;
    if (first < words.size() && words[first].key.empty() && words[first].colon) {  // "Địa chỉ :"
      colon = true;
      ++first;
    }
    if (!colon && w != 0) continue;
    std::size_t last = first;
    while (last < words.size() && !(last > first && (words[last].colon || labelAt(words, last) > 0))) ++last;
    // "11/05/1949 Giới tính:": the next label starts at its capital.
    if (last < words.size() && words[last].colon)
      for (std::size_t k = last; k > first && last - k < 4; --k)
        if (words[k].capital) {
          last = k;
          break;
        }
    if (last == first)
      valueFollows = true;
    else
      spans.push_back({words[first].begin, words[last - 1].end, true});
  }
}

bool isMrzLine(std::string_view line) {
  std::string packed;
  for (char c : line)
    if (c != ' ') packed += c;
  if (packed.starts_with("IDVNM")) return true;
  if (packed.size() < 25) return false;
  const auto chevrons = std::count(packed.begin(), packed.end(), '<');
  return chevrons >= 3 && std::all_of(packed.begin(), packed.end(), [](char c) {
           return c == '<' || std::isdigit(static_cast<unsigned char>(c)) ||
                  std::isupper(static_cast<unsigned char>(c));
         });
}

void maskNumber(std::string& out, std::string_view text) {
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

std::vector<MaskedSpan> merged(std::vector<MaskedSpan> spans) {
  std::sort(spans.begin(), spans.end(), [](const MaskedSpan& a, const MaskedSpan& b) { return a.begin < b.begin; });
  std::vector<MaskedSpan> out;
  for (const auto& span : spans) {
    if (span.end <= span.begin) continue;
    if (!out.empty() && span.begin <= out.back().end) {
      out.back().end = std::max(out.back().end, span.end);
      out.back().wholeValue = out.back().wholeValue || span.wholeValue;
    } else {
      out.push_back(span);
    }
  }
  return out;
}

}  // namespace

void PersonalDataMask::knowNumber(std::string_view number) {
  std::string digits;
  for (char c : number)
    if (isDigit(c)) digits += c;
  if (digits.size() >= 9 && std::find(numbers_.begin(), numbers_.end(), digits) == numbers_.end())
    numbers_.push_back(std::move(digits));
}

void PersonalDataMask::learnFrom(std::string_view text) {
  bool valueFollows = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    const bool wholeLine = valueFollows && !line.empty();
    if (!line.empty()) valueFollows = false;
    std::vector<MaskedSpan> spans;
    if (wholeLine) spans.push_back({0, line.size(), true});
    labelledValues(wordsOf(line), spans, valueFollows);
    for (const auto& span : spans) {
      std::string phrase(line.substr(span.begin, span.end - span.begin));
      while (!phrase.empty() && (phrase.back() == '.' || phrase.back() == ',' || phrase.back() == ' '))
        phrase.pop_back();
      if (phrase.size() >= kShortestPhrase && std::find(phrases_.begin(), phrases_.end(), phrase) == phrases_.end())
        phrases_.push_back(std::move(phrase));
    }
    for (const auto& run : standaloneRuns(line, digitGroups(line)))
      if (personalByShape(run, line)) knowNumber(run.digits);
    start = end + 1;
  }
}

std::vector<MaskedSpan> PersonalDataMask::spansIn(std::string_view line, bool& valueFollows) const {
  std::vector<MaskedSpan> spans;
  if (valueFollows && !line.empty()) {
    valueFollows = false;
    return {{0, line.size(), true}};
  }
  if (isMrzLine(line)) return {{0, line.size(), true}};
  labelledValues(wordsOf(line), spans, valueFollows);
  for (const auto& phrase : phrases_)
    for (auto at = line.find(phrase); at != std::string_view::npos; at = line.find(phrase, at + phrase.size()))
      spans.push_back({at, at + phrase.size(), true});
  const auto groups = digitGroups(line);
  for (const auto& run : standaloneRuns(line, groups))
    if (personalByShape(run, line)) spans.push_back({run.begin, run.end, false});
  for (const auto& run : numberRuns(line, groups)) {
    for (const auto& number : numbers_)
      for (auto at = run.digits.find(number); at != std::string::npos; at = run.digits.find(number, at + 1))
        spans.push_back({run.where[at], run.where[at + number.size() - 1] + 1, false});
  }
  return merged(std::move(spans));
}

std::string PersonalDataMask::masked(std::string_view text) const {
  std::string out;
  out.reserve(text.size());
  bool valueFollows = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    std::size_t done = 0;
    for (const auto& span : spansIn(line, valueFollows)) {
      out += line.substr(done, span.begin - done);
      if (span.wholeValue)
        out += "***";
      else
        maskNumber(out, line.substr(span.begin, span.end - span.begin));
      done = span.end;
    }
    out += line.substr(done);
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace sohoa::viewer

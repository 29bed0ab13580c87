#include "viewer/masking/PersonalDataMask.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>

#include "indexer/text/VietnameseFolding.hpp"
#include "viewer/masking/PersonalNumbers.hpp"

namespace sohoa::viewer {
namespace {

constexpr std::size_t kShortestPhrase = 5;

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
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
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
    for (const auto& run : standaloneNumbers(line))
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
  for (const auto& run : standaloneNumbers(line))
    if (personalByShape(run, line)) spans.push_back({run.begin, run.end, false});
  for (const auto& run : numberRuns(line)) {
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
        appendMaskedNumber(out, line.substr(span.begin, span.end - span.begin));
      done = span.end;
    }
    out += line.substr(done);
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

std::string maskedNumber(std::string_view number) {
  PersonalDataMask mask;
  mask.knowNumber(number);
  return mask.masked(number);
}

}  // namespace sohoa::viewer

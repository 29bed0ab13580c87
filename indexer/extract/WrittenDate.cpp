#include "indexer/extract/WrittenDate.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string>
#include <string_view>

#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/SlashDate.hpp"
#include "indexer/text/EditDistance.hpp"
#include "indexer/text/IsoDate.hpp"
#include "indexer/text/TextSplitting.hpp"

namespace sohoa::indexer {
namespace {

// The segment's folded words joined by spaces, with where each word starts in the text.
struct FoldedLine {
  std::string text;
  std::vector<std::size_t> starts;

  explicit FoldedLine(const TextSegment& segment) {
    for (const auto& word : segment.folded) {
      if (!text.empty()) text += ' ';
      starts.push_back(text.size());
      text += word;
    }
  }
  std::size_t wordAt(std::size_t offset) const {
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin()) - 1;
  }
};

// `ngay`, `thang` as read: one letter off, or two for the longer `thang` (`ang`); `nam` exactly.
bool nearWord(const std::string& read, std::string_view word) {
  const std::size_t allowed = word.size() >= 5 ? 2 : word.size() == 4 ? 1 : 0;
  return !read.empty() && editDistance(read, std::string(word)) <= allowed;
}

enum class Parse { Date, Mismatch, LineEnded };

// Reads `ngay D thang M nam YYYY` from `at` (just after a "ngay") over a folded line.
class DateParser {
 public:
  DateParser(const FoldedLine& line, std::size_t at) : line_(line), s_(line.text), at_(at) {}

  Parse parse() {
    if (!number(2, day_) || !keyword("thang") || !number(2, month_) || !keyword("nam") || !number(4, year_))
      return at_ >= s_.size() ? Parse::LineEnded : Parse::Mismatch;
    if (year_.size() != 4) return Parse::Mismatch;
    return Parse::Date;
  }
  // The words in order, each number read or not; a year read in part is its first digits.
  std::optional<DateParts> parts() {
    DateParts out;
    if (optionalNumber(2, day_)) out.day = std::stoi(day_);
    if (!keyword("thang")) return std::nullopt;
    if (optionalNumber(2, month_)) out.month = std::stoi(month_);
    if (!keyword("nam")) return std::nullopt;
    if (optionalNumber(4, year_)) {
      if (year_.size() == 4) out.year = std::stoi(year_);
      if (year_.size() < 4) out.yearStart = year_;
    }
    if (!out.day && !out.month) return std::nullopt;
    return out;
  }
  int day() const { return std::stoi(day_); }
  int month() const { return std::stoi(month_); }
  int year() const { return std::stoi(year_); }
  const std::set<std::size_t>& digitWords() const { return digitWords_; }
  std::size_t lastWord() const { return line_.wordAt(at_ - 1); }

 private:
  // The dotted blank's leaders, spaces and stray punctuation between the words.
  void skipBlank() {
    while (at_ < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[at_]);
      if (c == ' ' || c == '.' || c == ',' || c == ':' || c == '_' || c == '-' || c == '\'' || c == '`') {
        ++at_;
      } else if (s_.compare(at_, 3, "\u2026") == 0 || s_.compare(at_, 2, "\u00b7") == 0) {
        at_ += s_[at_] == '\xe2' ? 3 : 2;
      } else {
        break;
      }
    }
  }
  // The word, or a reading of it a letter or two off (`hgày`, `áng` for `tháng`): the digits
  // on both sides and a date that exists are the check.
  bool keyword(std::string_view word) {
    skipBlank();
    std::size_t end = at_;
    while (end < s_.size() && std::isalpha(static_cast<unsigned char>(s_[end]))) ++end;
    if (!nearWord(s_.substr(at_, end - at_), word)) return false;
    at_ = end;
    return true;
  }
  // Up to `most` digits, OCR's letters for digits repaired, across the blanks between them (a
  // pen's `15` read `1 5`); at least one a real digit.
  bool number(std::size_t most, std::string& out) {
    skipBlank();
    std::size_t real = 0;
    while (at_ < s_.size() && out.size() < most) {
      const char c = s_[at_];
      const char digit = std::isdigit(static_cast<unsigned char>(c))      ? c
                         : c == 'o'                                       ? '0'
                         : (c == 'l' || c == 'i' || c == '|' || c == ']') ? '1'
                                                                          : '\0';
      if (!digit) break;
      // A letter counts as a digit only beside a real one (`O3`, `l5`), not in a word (`thang`).
      if (!std::isdigit(static_cast<unsigned char>(c)) && !besideDigit()) break;
      out += digit;
      real += digit == c;
      digitWords_.insert(line_.wordAt(at_));
      ++at_;
      if (out.size() < most && at_ < s_.size() && s_[at_] == ' ') {
        const std::size_t before = at_;
        skipBlank();
        if (at_ >= s_.size() || !std::isdigit(static_cast<unsigned char>(s_[at_]))) at_ = before;
      }
    }
    // A number runs no further: `2025` then `1` is no year.
    if (at_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[at_]))) return false;
    return real > 0;
  }
  // A number, or a blank with none: false when none was read; a number that runs on (three
  // digits for a day) is read as none.
  bool optionalNumber(std::size_t most, std::string& out) {
    const std::size_t before = at_;
    if (number(most, out)) return true;
    if (!out.empty()) {
      // Digits that ran on, or letters taken for digits alone: the blank's reading is no number.
      at_ = before;
      out.clear();
      skipBlank();
      while (at_ < s_.size() && s_[at_] != ' ') ++at_;
    }
    return false;
  }
  bool besideDigit() const {
    const auto digitAt = [&](std::size_t i) {
      return i < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i]));
    };
    return digitAt(at_ + 1) || (at_ > 0 && digitAt(at_ - 1));
  }

  const FoldedLine& line_;
  const std::string& s_;
  std::size_t at_;
  std::string day_, month_, year_;
  std::set<std::size_t> digitWords_;
};

// Where each `ngay` of the line ends: a word, or glued to the place before it (`Lợi,ngày`) or
// the day after it (`ngày05`), or a letter off (`hgày`).
std::vector<std::size_t> dayWords(const std::string& text) {
  std::vector<std::size_t> out;
  for (std::size_t at = 0; at < text.size();) {
    if (!std::isalpha(static_cast<unsigned char>(text[at]))) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    if (nearWord(text.substr(at, end - at), "ngay")) out.push_back(end);
    at = end;
  }
  return out;
}

std::optional<ExtractedField> fieldOf(const TextSegment& segment, const FoldedLine& line, std::size_t ngay,
                                      const DateParser& date) {
  const auto iso = isoDate(date.day(), date.month(), date.year());
  if (!iso) return std::nullopt;
  float confidence = 1;
  bool oneReader = false;
  for (const std::size_t word : date.digitWords()) {
    const ocr::Word& digits = segment.words[word];
    confidence = std::min(confidence, digits.confidence);
    oneReader =
        oneReader || (digits.source == ocr::WordSource::Handwriting && digits.confidence <= ocr::kOneReaderConfidence);
  }
  const std::size_t first = line.wordAt(ngay - 1), last = date.lastWord() + 1;
  ExtractedField field{"date", *iso, 0, boxAround(segment.words, first, last), confidence, "layout", false, {}};
  if (oneReader) {
    field.needsReview = true;
    field.note = std::string(kOneReaderNote);
  }
  return field;
}

// The segment under `line` in its column: the next line of the same block of text.
const TextSegment* lineBelow(const PageLayout& page, std::size_t line) {
  const TextSegment& upper = page.segments[line];
  for (std::size_t i = line + 1; i < page.segments.size(); ++i) {
    const TextSegment& next = page.segments[i];
    if (next.box.y0 - upper.box.y1 > 2 * upper.height()) return nullptr;
    if (next.centreY() - upper.centreY() < upper.height() / 2.0) continue;  // the same row
    if (next.box.x1 > upper.box.x0 && next.box.x0 < upper.box.x1) return &next;
  }
  return nullptr;
}

TextSegment joinedLines(const TextSegment& upper, const TextSegment& lower) {
  TextSegment out = upper;
  out.words.insert(out.words.end(), lower.words.begin(), lower.words.end());
  out.folded.insert(out.folded.end(), lower.folded.begin(), lower.folded.end());
  out.box = out.box.united(lower.box);
  return out;
}

// The segment with the segments right of it on its row, left to right: a ruled form's next cell
// (`Ngày, tháng, năm đăng ký: |` `16/11/2025`), or the far side of a blank wide enough for OCR
// to cut the line there (`Mỹ Lợi, ngày` `13 tháng 5 năm 2025`).
TextSegment rowFrom(const PageLayout& page, std::size_t line) {
  const TextSegment& first = page.segments[line];
  std::vector<const TextSegment*> right;
  for (const auto& other : page.segments)
    if (&other != &first && other.box.x0 >= first.box.x1 &&
        std::abs(other.centreY() - first.centreY()) < first.height() / 2.0)
      right.push_back(&other);
  std::sort(right.begin(), right.end(), [](const auto* a, const auto* b) { return a->box.x0 < b->box.x0; });
  TextSegment row = first;
  for (const auto* next : right) row = joinedLines(row, *next);
  return row;
}

// The date in words of the segment, or whether its line ended before the date did.
std::optional<ExtractedField> dateInWords(const TextSegment& segment, bool& lineEnded) {
  const FoldedLine line(segment);
  lineEnded = false;
  for (const std::size_t ngay : dayWords(line.text)) {
    DateParser date(line, ngay);
    const Parse parse = date.parse();
    if (parse == Parse::LineEnded) lineEnded = true;
    if (parse != Parse::Date) continue;
    if (auto field = fieldOf(segment, line, ngay, date)) return field;
  }
  return std::nullopt;
}

// A date written with slashes in words [first, last) of the segment: one reader's handwriting
// (HandwrittenDates) is sent to review as such, the way a date in words is.
ExtractedField slashDateField(const TextSegment& segment, std::size_t first, std::size_t last, const std::string& iso) {
  float confidence = 1;
  bool oneReader = false;
  for (std::size_t i = first; i < last; ++i) {
    const ocr::Word& word = segment.words[i];
    confidence = std::min(confidence, word.confidence);
    oneReader =
        oneReader || (word.source == ocr::WordSource::Handwriting && word.confidence <= ocr::kOneReaderConfidence);
  }
  ExtractedField field{"date", iso, 0, boxAround(segment.words, first, last), confidence, "layout", false, {}};
  if (oneReader) {
    field.needsReview = true;
    field.note = std::string(kOneReaderNote);
  }
  return field;
}

}  // namespace

std::optional<ExtractedField> dateInWords(const TextSegment& segment) {
  bool lineEnded = false;
  if (auto date = dateInWords(segment, lineEnded)) return date;
  for (std::size_t i = 0; i < segment.words.size(); ++i) {
    if (auto iso = slashDate(trimmedPunctuation(segment.words[i].text))) return slashDateField(segment, i, i + 1, *iso);
    // A typed date OCR cut at a separator (`27/` `12/2024`), or a stamp's day and month written by
    // hand before its printed year (`14/03` `/2025`): the two words read as one.
    if (i + 1 < segment.words.size()) {
      const std::string& left = segment.words[i].text;
      const std::string& right = segment.words[i + 1].text;
      const bool cutAtSeparator = (!left.empty() && left.back() == '/') || (!right.empty() && right.front() == '/');
      if (cutAtSeparator)
        if (auto iso = slashDate(trimmedPunctuation(left + right))) return slashDateField(segment, i, i + 2, *iso);
    }
  }
  return std::nullopt;
}

std::optional<ExtractedField> dateOnLine(const PageLayout& page, std::size_t line) {
  const TextSegment segment = rowFrom(page, line);
  bool lineEnded = false;
  if (auto date = dateInWords(segment, lineEnded)) return date;
  if (lineEnded)
    if (const TextSegment* below = lineBelow(page, line)) {
      bool again = false;
      if (auto date = dateInWords(joinedLines(segment, *below), again)) return date;
    }
  return dateInWords(segment);
}

std::optional<DateParts> datePartsOnLine(const PageLayout& page, std::size_t line) {
  const TextSegment row = rowFrom(page, line);
  const auto partsIn = [](const TextSegment& segment) -> std::optional<DateParts> {
    const FoldedLine folded(segment);
    for (const std::size_t ngay : dayWords(folded.text)) {
      DateParser date(folded, ngay);
      if (auto parts = date.parts()) return parts;
    }
    return std::nullopt;
  };
  if (auto parts = partsIn(row)) return parts;
  if (const TextSegment* below = lineBelow(page, line)) return partsIn(joinedLines(row, *below));
  return std::nullopt;
}

}  // namespace sohoa::indexer

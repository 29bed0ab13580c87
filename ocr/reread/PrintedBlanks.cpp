#include "ocr/reread/PrintedBlanks.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

#include "ocr/text/VietnameseSyllable.hpp"
#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {
namespace {

// UTF-8 to code points (the words are valid UTF-8: Tesseract's output, NFC).
std::u32string codePoints(std::string_view utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t point = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (int k = 1; k < length && i + k < utf8.size(); ++k)
      point = (point << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    out.push_back(point);
    i += length;
  }
  return out;
}

std::string utf8(std::u32string_view points) {
  std::string out;
  for (char32_t p : points) {
    if (p < 0x80) {
      out += static_cast<char>(p);
    } else if (p < 0x800) {
      out += static_cast<char>(0xC0 | (p >> 6));
      out += static_cast<char>(0x80 | (p & 0x3F));
    } else if (p < 0x10000) {
      out += static_cast<char>(0xE0 | (p >> 12));
      out += static_cast<char>(0x80 | ((p >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (p & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (p >> 18));
      out += static_cast<char>(0x80 | ((p >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((p >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (p & 0x3F));
    }
  }
  return out;
}

// An anchor word read less surely than this may hold some of the handwriting in its box.
constexpr float kSureAnchor = 0.6f;

// A letter with or without its Vietnamese marks (OCR swaps them freely on these lines).
bool letterLike(char32_t point, char base) {
  static const std::u32string kA = U"aàáảãạăằắẳẵặâầấẩẫậ", kO = U"oòóỏõọôồốổỗộơờớởỡợ06", kY = U"yỳýỷỹỵ";
  switch (base) {
    case 'a':
      return kA.find(point) != std::u32string::npos;
    case 'o':
      return kO.find(point) != std::u32string::npos;
    case 'y':
      return kY.find(point) != std::u32string::npos;
    default:
      return point == static_cast<char32_t>(base);
  }
}

// Where `pattern` (ASCII, marks ignored) starts in `text` at or after `from`; npos if nowhere.
std::size_t findLoosely(const std::u32string& text, std::string_view pattern, std::size_t from = 0) {
  for (std::size_t at = from; at + pattern.size() <= text.size(); ++at) {
    bool all = true;
    for (std::size_t k = 0; k < pattern.size() && all; ++k) all = letterLike(text[at + k], pattern[k]);
    if (all) return at;
  }
  return std::u32string::npos;
}

// A printed anchor: code points [begin, end) of one word, and how it is printed.
struct Anchor {
  std::size_t word = 0, begin = 0, end = 0;
  std::string printed;
};

struct LineView {
  const Line& line;
  std::vector<std::u32string> texts;
  double advance = 0;  // pixels per character of the line's well-read words
  explicit LineView(const Line& l) : line(l) {
    std::vector<double> widths;
    for (const auto& word : line.words) {
      texts.push_back(codePoints(word.text));
      if (texts.back().size() >= 3 && word.confidence >= 0.8f)
        widths.push_back(static_cast<double>(word.box.width()) / static_cast<double>(texts.back().size()));
    }
    std::sort(widths.begin(), widths.end());
    advance = widths.empty() ? 0.55 * medianHeight(line.words) : widths[widths.size() / 2];
  }
};

Word part(const Word& word, int x0, int x1, std::string text) {
  Word out = word;
  out.text = std::move(text);
  out.box.x0 = std::clamp(x0, word.box.x0, word.box.x1);
  out.box.x1 = std::clamp(x1, out.box.x0, word.box.x1);
  return out;
}

std::optional<PrintedBlank> blankBetween(const LineView& view, const Anchor& left, const Anchor& right,
                                         BlankKind kind) {
  const auto& words = view.line.words;
  const Word& leftWord = words[left.word];
  const Word& rightWord = words[right.word];
  const std::size_t rightFrom = left.word == right.word ? left.end : 0;
  PrintedBlank blank;
  blank.kind = kind;
  float lowest = 1;
  // The garbage between the anchors: the left word's tail, whole words, the right word's head.
  const auto& leftText = view.texts[left.word];
  std::u32string between;
  if (left.word == right.word) {
    between = leftText.substr(left.end, right.begin - left.end);
  } else {
    between = leftText.substr(left.end);
    for (std::size_t i = left.word + 1; i < right.word; ++i)
      between += view.texts[i], lowest = std::min(lowest, words[i].confidence);
    between += view.texts[right.word].substr(rightFrom, right.begin - rightFrom);
  }
  const bool leftMerged = left.end < leftText.size();
  const bool rightMerged = right.begin > 0;
  if (leftMerged) lowest = std::min(lowest, leftWord.confidence);
  if (rightMerged) lowest = std::min(lowest, rightWord.confidence);
  blank.readThere = utf8(between);
  blank.readConfidence = between.empty() ? 0 : lowest;
  // An anchor read unsurely may hold handwriting in its box (`tháng` read over the 7 of 27);
  // not the notation, whose box begins at its slash.
  blank.leftEstimated = leftMerged || leftWord.confidence < kSureAnchor;
  blank.rightEstimated = rightMerged || (kind != BlankKind::Number && rightWord.confidence < kSureAnchor);
  blank.advance = static_cast<int>(std::lround(view.advance));
  blank.labelLeft = leftWord.box.x0;
  blank.joinedToNotation = kind == BlankKind::Number && rightMerged && !between.empty();
  blank.first = leftMerged ? left.word : left.word + 1;
  blank.last = rightMerged ? right.word + 1 : right.word;
  int x0 = leftWord.box.x1, x1 = rightWord.box.x0;
  if (leftMerged) {
    x0 = leftWord.box.x0 + static_cast<int>(std::lround(view.advance * static_cast<double>(left.end)));
    blank.before = part(leftWord, leftWord.box.x0, x0, left.printed);
  }
  if (rightMerged) {
    const auto& rightText = view.texts[right.word];
    x1 = rightWord.box.x1 -
         static_cast<int>(std::lround(view.advance * static_cast<double>(rightText.size() - right.begin)));
    blank.after =
        part(rightWord, x1, rightWord.box.x1, right.printed + utf8(std::u32string_view(rightText).substr(right.end)));
    x1 = blank.after->box.x0;
  }
  if (blank.before) x0 = blank.before->box.x1;
  if (!leftMerged && blank.leftEstimated)
    x0 = std::min(x0, leftWord.box.x0 + static_cast<int>(std::lround(view.advance * static_cast<double>(left.end))));
  if (!rightMerged && blank.rightEstimated)
    x1 = std::max(x1, rightWord.box.x1 - static_cast<int>(std::lround(
                                             view.advance * static_cast<double>(view.texts[right.word].size()))));
  if (x1 <= x0) return std::nullopt;
  // The printed anchors give the line's height; a merged word's box also holds the handwriting.
  // A date's anchors are lower case: both printed alone, the taller says it (`năm` has no
  // ascender, and a month written above the line over `tháng … năm` stood out of a blank as
  // high as `năm`). A number's notation is in capitals, as high as digits: it says it alone
  // (with `Số:`'s accent over it, a real letter's 299 was read again less surely).
  const Word& printed = rightMerged && !leftMerged ? leftWord : rightWord;
  Box line = printed.box;
  if (kind != BlankKind::Number && !leftMerged && !rightMerged) {
    line.y0 = std::min(line.y0, leftWord.box.y0);
    line.y1 = std::max(line.y1, leftWord.box.y1);
  }
  blank.letterHeight = line.height();
  blank.area = {x0, line.y0, x1, line.y1};
  return blank;
}

std::optional<PrintedBlank> numberBlank(const LineView& view) {
  const auto& texts = view.texts;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const auto& t = texts[i];
    if (t.size() < 2 || t[0] != U'S' || !letterLike(t[1], 'o')) continue;
    std::size_t labelEnd = 2;
    if (labelEnd < t.size() && (t[labelEnd] == U':' || t[labelEnd] == U'.' || t[labelEnd] == U';')) ++labelEnd;
    for (std::size_t j = i; j < std::min(texts.size(), i + 4); ++j) {
      const std::size_t from = j == i ? labelEnd : 0;
      const std::size_t slash = texts[j].find(U'/', from);
      if (slash == std::u32string::npos || slash + 1 >= texts[j].size()) continue;
      // The notation keeps what OCR read of it, from its slash on.
      return blankBetween(view, {i, 0, labelEnd, "Số:"}, {j, slash, slash, ""}, BlankKind::Number);
    }
  }
  return std::nullopt;
}

// A word read this surely as a Vietnamese syllable is printed (`Quyển` of `Quyển số:`): handwriting
// is read far less surely, and seldom as a syllable.
bool printedWord(const Word& word, const std::u32string& text) {
  constexpr float kPrinted = 0.7f;
  const std::string_view core = splitPunctuation(word.text).core;
  return word.confidence >= kPrinted && text.size() >= 2 && readSyllable(core).has_value();
}

// The number of words of a certificate's number label at the line's start: 1 for `Số:` (OCR reads
// its S small now and then: `số: V6`), 3 for a certification's `Số chứng thực:`; 0 for none.
std::size_t numberLabelWords(const LineView& view) {
  const auto& texts = view.texts;
  const auto& label = texts[0];
  if (label.size() == 3 && (label[0] == U'S' || label[0] == U's') && letterLike(label[1], 'o') && label[2] == U':')
    return 1;
  static const std::array<std::string_view, 3> kCertification = {"so", "chung", "thuc"};
  if (texts.size() < kCertification.size() || texts[2].empty() || texts[2].back() != U':') return 0;
  for (std::size_t i = 0; i < kCertification.size(); ++i) {
    const auto syllable = readSyllable(splitPunctuation(view.line.words[i].text).core);
    if (!syllable || syllable->skeleton() != kCertification[i]) return 0;
  }
  return kCertification.size();
}

// A certificate's number, written by hand after `Số:` with no notation after it (`Số: 212` on a
// birth or marriage certificate, a registry's running number; `Số chứng thực: 466` under a
// certified copy): the blank runs from the label to the end of the line, which holds only what
// OCR made of the handwriting, or to the next printed word (`Số: 264 …… Quyển số: 01/2025`, the
// book's number on the same line).
std::optional<PrintedBlank> certificateNumberBlank(const LineView& view) {
  const auto& texts = view.texts;
  const auto& words = view.line.words;
  if (texts.size() < 2) return std::nullopt;
  const std::size_t labelWords = numberLabelWords(view);
  if (labelWords == 0) return std::nullopt;
  const Word& label = words[labelWords - 1];
  std::size_t end = labelWords;  // the first word after the blank
  while (end < texts.size() && !printedWord(words[end], texts[end])) ++end;
  const bool printedAfter = end < texts.size();
  // Something was read in the blank: `Số: Quyết định …` is no certificate's number line.
  if (end == labelWords || (!printedAfter && texts.size() > labelWords + 2)) return std::nullopt;
  std::u32string after;
  float lowest = 1;
  for (std::size_t i = labelWords; i < end; ++i) after += texts[i], lowest = std::min(lowest, words[i].confidence);
  // A leader's dot read with a typed number (`650.`) is not part of it.
  const auto dot = [](char32_t c) { return c == U'.' || c == U',' || c == U'…'; };
  while (!after.empty() && dot(after.back())) after.pop_back();
  while (!after.empty() && dot(after.front())) after.erase(0, 1);
  if (after.size() > 8 || after.find(U'/') != std::u32string::npos) return std::nullopt;
  PrintedBlank blank;
  blank.kind = BlankKind::Number;
  blank.bare = true;
  blank.readThere = utf8(after);
  blank.readConfidence = lowest;
  blank.leftEstimated = label.confidence < kSureAnchor;
  blank.advance = static_cast<int>(std::lround(view.advance));
  blank.labelLeft = label.box.x0;
  blank.first = labelWords;
  blank.last = end;
  const int x0 = label.box.x1;
  const int x1 =
      printedAfter ? words[end].box.x0 : std::max(words.back().box.x1, x0 + 3 * blank.advance) + blank.advance / 2;
  blank.letterHeight = words[0].box.height();
  blank.area = {x0, words[0].box.y0, x1, words[0].box.y1};
  return blank;
}

std::vector<PrintedBlank> dateBlanks(const LineView& view) {
  const auto& texts = view.texts;
  for (std::size_t k = 0; k < texts.size(); ++k) {
    if (findLoosely(texts[k], "ngay") != 0) continue;
    std::optional<Anchor> month, year;
    for (std::size_t m = k; m < std::min(texts.size(), k + 4) && !month; ++m)
      if (const auto at = findLoosely(texts[m], "thang", m == k ? 4 : 0); at != std::u32string::npos)
        month = Anchor{m, at, at + 5, "tháng"};
    if (!month) continue;
    for (std::size_t n = month->word; n < std::min(texts.size(), month->word + 4) && !year; ++n)
      if (const auto at = findLoosely(texts[n], "nam", n == month->word ? month->end : 0); at != std::u32string::npos)
        year = Anchor{n, at, at + 3, "năm"};
    if (!year) continue;
    std::vector<PrintedBlank> blanks;
    auto day = blankBetween(view, {k, 0, 4, "ngày"}, *month, BlankKind::Day);
    if (day) blanks.push_back(*day);
    // The month's blank, unless its label shares a word with the day's blank.
    const Anchor monthLabel{month->word, 0, month->end, "tháng"};
    if (month->begin == 0 && (!day || day->last <= month->word))
      if (auto blank = blankBetween(view, monthLabel, *year, BlankKind::Month)) blanks.push_back(*blank);
    return blanks;
  }
  return {};
}

}  // namespace

std::vector<PrintedBlank> findPrintedBlanks(const Page& page) {
  std::vector<std::pair<std::size_t, std::size_t>> lines;
  for (std::size_t b = 0; b < page.blocks.size(); ++b)
    for (std::size_t l = 0; l < page.blocks[b].lines.size(); ++l) lines.emplace_back(b, l);
  std::sort(lines.begin(), lines.end(), [&](auto a, auto b) {
    return page.blocks[a.first].lines[a.second].box.y0 < page.blocks[b.first].lines[b.second].box.y0;
  });
  std::vector<PrintedBlank> blanks;
  bool number = false, date = false, certified = false;
  for (const auto& [b, l] : lines) {
    const Line& line = page.blocks[b].lines[l];
    if (line.words.empty()) continue;
    const bool header = line.box.y0 < page.height * 2 / 5;
    // A form has no dated header: it is dated where it is signed (`Làm tại: Mỹ Lợi, ngày … tháng
    // … năm 2025`), lower down in the right-hand column, the day and month written by hand.
    const bool signingColumn = !header && line.box.x0 >= page.width * 2 / 5;
    const LineView view(line);
    // A certification's number stands in its block under the copy, wherever that is on the page.
    const bool certification = !certified && numberLabelWords(view) == 3;
    if (!header && !signingColumn && !certification) continue;
    std::vector<PrintedBlank> found;
    if (certification) {
      if (auto blank = certificateNumberBlank(view)) found.push_back(*blank), certified = true;
    } else if (!number && header) {
      auto blank = numberBlank(view);
      if (!blank) blank = certificateNumberBlank(view);
      if (blank) found.push_back(*blank), number = true;
    }
    if (!date) {
      auto dates = dateBlanks(view);
      date = !dates.empty();
      found.insert(found.end(), dates.begin(), dates.end());
    }
    for (auto& blank : found) {
      blank.block = b;
      blank.line = l;
      blank.onSigningLine = signingColumn && blank.kind != BlankKind::Number;
      blanks.push_back(std::move(blank));
    }
  }
  return blanks;
}

bool plausibleInBlank(BlankKind kind, const std::string& text) {
  if (text.empty() || text.size() > 5 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  switch (kind) {
    case BlankKind::Number:
      return value >= 1;
    case BlankKind::Day:
      return text.size() <= 2 && value >= 1 && value <= 31;
    case BlankKind::Month:
      return text.size() <= 2 && value >= 1 && value <= 12;
  }
  return false;
}

}  // namespace sohoa::ocr

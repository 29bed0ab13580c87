#include "ocr/reread/HandwrittenDates.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <string_view>

#include "ocr/PixMat.hpp"
#include "ocr/reread/BlankInk.hpp"
#include "ocr/reread/ClassifiedDigits.hpp"
#include "ocr/reread/HandwrittenDigitClassifier.hpp"
#include "ocr/reread/LabelWords.hpp"
#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {
namespace {

// The register entry's label, in bare letters (`Ngày,` may be read badly: its last words suffice).
const std::vector<std::vector<std::string>> kRegisterLabels = {{"thang", "nam", "dang", "ky"}};
// A date Tesseract read this surely is typed; its handwriting scores 0.1–0.6.
constexpr float kTypedConfidence = 0.8f;
// With no printed word after it, the register blank reaches this many letter heights past the
// label (`19/09/2025` by hand takes about eight).
constexpr int kBlankLetters = 14;

enum class Part { Day, Month, Year };

// A blank on a line where a date is written by hand, and what the form prints around it.
struct DateBlank {
  std::size_t label = 0;  // the label's last word
  std::size_t stop = 0;   // the first word after the handwriting
  int right = 0;          // where the blank ends, in the page's pixels
  std::size_t parts = 3;  // day, month and year by hand; 2 when the year is printed (`/2025`)
};

int valueOf(std::string_view digits) {
  int value = -1;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

bool fits(Part part, const std::string& digits) {
  if (digits.empty() || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  const int value = valueOf(digits);
  switch (part) {
    case Part::Day:
      return (digits.size() == 1 || digits.size() == 2) && value >= 1 && value <= 31;
    case Part::Month:
      return (digits.size() == 1 || digits.size() == 2) && value >= 1 && value <= 12;
    case Part::Year:
      return digits.size() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
  }
  return false;
}

// `/2025` printed after the blank of a chứng thực stamp's `Ngày …/2025`.
bool printedYear(const Word& word) {
  const std::string_view core = splitPunctuation(word.text).core;
  return word.confidence >= kTypedConfidence && core.size() == 5 && core.front() == '/' &&
         fits(Part::Year, std::string(core.substr(1)));
}

// Digits and `parts - 1` slashes only, read surely: typed, not handwriting.
bool readAsTypedDate(const std::vector<Word>& words, std::size_t parts) {
  if (words.size() != 1 || words[0].confidence < kTypedConfidence) return false;
  const std::string_view core = splitPunctuation(words[0].text).core;
  const auto slashes = static_cast<std::size_t>(std::count(core.begin(), core.end(), '/'));
  return slashes + 1 == parts &&
         std::all_of(core.begin(), core.end(), [](char c) { return c == '/' || (c >= '0' && c <= '9'); });
}

// `Ngày, tháng, năm đăng ký: 19/09/2025` on a certificate.
std::optional<DateBlank> registerBlank(const Line& line, int pageWidth) {
  const auto label = labelEnd(line, kRegisterLabels);
  if (!label) return std::nullopt;
  DateBlank blank{*label, *label + 1, 0, 3};
  while (blank.stop < line.words.size() && !printedWord(line.words[blank.stop])) ++blank.stop;
  const Box letters = labelLetters(line, *label);
  blank.right = blank.stop < line.words.size() ? line.words[blank.stop].box.x0
                                               : std::min(pageWidth - 1, letters.x1 + kBlankLetters * letters.height());
  return blank;
}

// `Ngày 14/03 /2025` on a chứng thực stamp: the day and month by hand before the printed year.
std::optional<DateBlank> stampBlank(const Line& line) {
  for (std::size_t i = 0; i < line.words.size(); ++i) {
    if (labelSkeleton(line.words[i]) != "ngay" || !printedWord(line.words[i])) continue;
    std::size_t stop = i + 1;
    while (stop < line.words.size() && !printedYear(line.words[stop]) && !printedWord(line.words[stop])) ++stop;
    if (stop < line.words.size() && printedYear(line.words[stop]))
      return DateBlank{i, stop, line.words[stop].box.x0, 2};
  }
  return std::nullopt;
}

// The group's digits alone on paper, for Tesseract: a slash leaning over a digit's box is left out.
PixPtr groupOnPaper(const std::vector<BlankDigit>& group, int margin) {
  Box all = group.front().box;
  for (const auto& digit : group) all = all.united(digit.box);
  cv::Mat paper(all.height() + 2 * margin, all.width() + 2 * margin, CV_8U, cv::Scalar(255));
  for (const auto& digit : group) {
    const cv::Rect at(digit.box.x0 - all.x0 + margin, digit.box.y0 - all.y0 + margin, digit.ink.cols, digit.ink.rows);
    paper(at).setTo(0, digit.ink);
  }
  return greyPix(paper);
}

struct PartReading {
  ClassifiedDigits classified;
  std::string reread, line;  // Tesseract's digits-only readings of the part
};

PartReading readPart(const std::vector<BlankDigit>& group, const DigitReader& reread, const DigitReader& digitLine,
                     const HandwrittenDigitClassifier& classifier, int letterHeight) {
  PartReading out;
  if (group.empty()) return out;
  out.classified = classifyDigits(group, classifier);
  if (out.classified.pieces.empty()) return out;
  const PixPtr crop = groupOnPaper(out.classified.pieces, letterHeight / 2);
  if (crop && reread) out.reread = reread(crop.get()).digits;
  if (crop && digitLine && out.reread != out.classified.digits) out.line = digitLine(crop.get()).digits;
  return out;
}

// The whole date read as one line by `dateLine`, in its parts; none unless it has `parts` of them.
std::vector<std::string> wholeDateParts(const BlankDigit& handwriting, const DigitReader& dateLine, int letterHeight,
                                        std::size_t parts, std::string& read) {
  if (handwriting.ink.empty() || !dateLine) return {};
  const PixPtr crop = groupOnPaper({handwriting}, letterHeight / 2);
  if (!crop) return {};
  read = dateLine(crop.get()).digits;
  std::vector<std::string> out(1);
  for (char c : read)
    if (c == '/')
      out.emplace_back();
    else
      out.back() += c;
  if (out.size() != parts) return {};
  return out;
}

// Reads the blank and, when its parts are settled, writes the date over what OCR made of it.
DateBlankOutcome readBlank(Pix* image, Line& line, const DateBlank& at, const DateReaders& readers,
                           const HandwrittenDigitClassifier& classifier) {
  DateBlankOutcome outcome;
  const auto first = line.words.begin() + static_cast<std::ptrdiff_t>(at.label) + 1;
  const auto stop = line.words.begin() + static_cast<std::ptrdiff_t>(at.stop);
  const std::vector<Word> between(first, stop);
  for (const auto& word : between) outcome.readThere += (outcome.readThere.empty() ? "" : " ") + word.text;
  if (readAsTypedDate(between, at.parts)) return outcome;
  const Box letters = labelLetters(line, at.label);
  PrintedBlank blank;
  blank.letterHeight = letters.height();
  blank.labelLeft = letters.x0;
  blank.advance = blank.letterHeight / 2;
  blank.area = {letters.x1 + 1, letters.y0, at.right, letters.y1};
  if (blank.area.empty()) return outcome;
  const DateInk date = dateInBlank(image, blank, at.parts);
  if (date.groups.empty()) return outcome;  // the whole line's reading alone drops leaning 1s
  const std::vector<std::string> whole =
      wholeDateParts(date.handwriting, readers.dateLine, blank.letterHeight, at.parts, outcome.wholeLine);

  bool allFit = true, allAgreed = true, noneDisputed = true;
  float confidence = 1;
  Box box;
  for (std::size_t i = 0; i < at.parts; ++i) {
    const std::string* wholePart = whole.empty() ? nullptr : &whole[i];
    const PartReading part =
        readPart(date.groups[i], readers.reread, readers.digitLine, classifier, blank.letterHeight);
    const std::string& value = part.classified.digits;
    outcome.rereads += (i ? "/" : "") + part.reread;
    const bool agreed = part.reread == value || part.line == value || (wholePart && *wholePart == value);
    // Sure alone: the classifier sure of every digit, and no other reader read as many other digits
    // there (Tesseract drops a leaning 1, `8` for `18`: no reading of the part, not another one).
    const auto against = [&](const std::string& other) { return other.size() == value.size() && other != value; };
    const bool alone =
        part.classified.trusted && !against(part.reread) && !against(part.line) && !(wholePart && against(*wholePart));
    if (part.classified.trusted)
      confidence = std::min(confidence, std::pow(classifier.models().trustedRight, static_cast<float>(value.size())));
    else
      confidence = std::min(confidence, std::max(part.classified.lowest, 0.5f));
    box = box.united(part.classified.box);
    outcome.classified += (i ? "/" : "") + value;
    allFit = allFit && fits(static_cast<Part>(i), value);
    allAgreed = allAgreed && agreed;
    noneDisputed = noneDisputed && (agreed || alone);
  }
  if (!allFit || !noneDisputed || box.empty()) return outcome;
  outcome.sure = allAgreed;
  outcome.written = outcome.classified;
  const auto written = line.words.erase(first, stop);
  line.words.insert(written,
                    Word{outcome.written, box, allAgreed ? confidence : kOneReaderConfidence, WordSource::Handwriting});
  return outcome;
}

}  // namespace

std::vector<DateBlankOutcome> readHandwrittenDates(Pix* image, Page& page, const DateReaders& readers) {
  return readHandwrittenDates(image, page, readers, HandwrittenDigitClassifier::builtIn());
}

std::vector<DateBlankOutcome> readHandwrittenDates(Pix* image, Page& page, const DateReaders& readers,
                                                   const HandwrittenDigitClassifier& classifier) {
  std::vector<DateBlankOutcome> outcomes;
  const int pageWidth = static_cast<int>(pixGetWidth(image));
  for (auto& block : page.blocks)
    for (auto& line : block.lines) {
      auto blank = registerBlank(line, pageWidth);
      if (!blank) blank = stampBlank(line);
      if (blank) outcomes.push_back(readBlank(image, line, *blank, readers, classifier));
    }
  return outcomes;
}

}  // namespace sohoa::ocr

#include "ocr/reread/HandwrittenIds.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

#include "ocr/reread/BlankInk.hpp"
#include "ocr/reread/HandwrittenDigitClassifier.hpp"
#include "ocr/reread/LabelWords.hpp"
#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {
namespace {

constexpr std::size_t kIdDigits = 12;
// Twelve digits Tesseract read this surely are typed, not handwritten (its handwriting scores
// 0.1–0.3); so are twelve digit-like characters with this many real digits among them.
constexpr float kTypedConfidence = 0.5f;
constexpr std::size_t kTypedDigits = 9;
// With no printed word after it, the blank reaches this many letter heights past the label
// (twelve handwritten digits take about nine).
constexpr int kBlankLetters = 16;

// The labels of an ID number's blank, in bare letters.
const std::vector<std::vector<std::string>> kIdLabels = {
    {"dinh", "danh", "ca", "nhan"},
    {"so", "cccd"},
    {"cccd", "so"},
};

// Tesseract's reading is a typed number, left to extraction (which maps its usual misreadings
// back to digits): twelve digits read fairly surely (a cell form's walls `0|5|2|…` aside), or
// twelve characters that are digits and a letter or three OCR takes for digits (`04016G798067`).
// Handwriting reads as `Ø'12122#%6e%6%/`, `012/72857 5(`, or twelve digits at a guess's score
// (`2 04277217501` at 0.14).
bool readAsTypedId(const std::vector<Word>& words) {
  constexpr std::string_view kDigitLike = "OoDQlIiSsBZGg";
  std::size_t digits = 0, digitLike = 0;
  float lowest = 1;
  for (const auto& word : words) {
    for (const char c : splitPunctuation(word.text).core) {
      if (c >= '0' && c <= '9')
        ++digits;
      else if (kDigitLike.find(c) != std::string_view::npos)
        ++digitLike;
      else if (c != '|')
        return false;
    }
    lowest = std::min(lowest, word.confidence);
  }
  if (digits == kIdDigits && digitLike == 0) return lowest >= kTypedConfidence;
  return digitLike > 0 && digits + digitLike == kIdDigits && digits >= kTypedDigits;
}

struct PiecesRead {
  std::string digits;
  int unsure = 0;
  Box box;
};

// The classifier's reading of each piece, once.
std::vector<DigitReading> readEach(const std::vector<BlankDigit>& pieces,
                                   const HandwrittenDigitClassifier& classifier) {
  std::vector<DigitReading> readings;
  for (const auto& piece : pieces) readings.push_back(classifier.read(piece.ink));
  return readings;
}

void addPiece(PiecesRead& out, const BlankDigit& piece, const DigitReading& reading,
              const HandwrittenDigitClassifier& classifier) {
  if (reading.digit < 0) return;
  out.digits += static_cast<char>('0' + reading.digit);
  out.unsure += classifier.trusted(reading) ? 0 : 1;
  out.box = out.box.empty() ? piece.box : out.box.united(piece.box);
}

PiecesRead readPieces(const std::vector<BlankDigit>& pieces, const std::vector<DigitReading>& readings,
                      const HandwrittenDigitClassifier& classifier) {
  PiecesRead out;
  for (std::size_t i = 0; i < pieces.size(); ++i) addPiece(out, pieces[i], readings[i], classifier);
  return out;
}

// The pieces read with the cuts before the pieces in `joinedToLeft` undone: each such piece is
// read as one digit with the one before it (a digit cut in three joins twice).
PiecesRead readJoinedAt(const std::vector<BlankDigit>& pieces, const std::vector<DigitReading>& readings,
                        const std::vector<std::size_t>& joinedToLeft, const HandwrittenDigitClassifier& classifier) {
  PiecesRead read;
  for (std::size_t i = 0; i < pieces.size();) {
    std::size_t end = i + 1;
    while (end < pieces.size() && std::find(joinedToLeft.begin(), joinedToLeft.end(), end) != joinedToLeft.end()) ++end;
    if (end == i + 1) {
      addPiece(read, pieces[i], readings[i], classifier);
    } else {
      BlankDigit joined = pieces[i];
      for (std::size_t k = i + 1; k < end; ++k) joined = unitedDigit(joined, pieces[k]);
      addPiece(read, joined, classifier.read(joined.ink), classifier);
    }
    i = end;
  }
  return read;
}

// Thirteen or fourteen pieces for twelve digits: one or two wide digits (a 5 whose bar runs far
// right, a 2 with a long foot, an 8 whose loops part) were cut as touching pieces. Every way of
// undoing that many cuts between touching pieces is read (only the joined pieces again); the
// reading with the fewest unsure digits is taken when no other reading as sure differs.
std::optional<PiecesRead> readWithCutsUndone(const std::vector<BlankDigit>& pieces,
                                             const std::vector<DigitReading>& readings,
                                             const HandwrittenDigitClassifier& classifier) {
  std::vector<std::size_t> touching;  // pieces that touch the one before them
  for (std::size_t i = 1; i < pieces.size(); ++i)
    if (pieces[i].box.x0 <= pieces[i - 1].box.x1) touching.push_back(i);
  std::vector<std::vector<std::size_t>> ways;
  if (pieces.size() == kIdDigits + 1)
    for (const std::size_t a : touching) ways.push_back({a});
  if (pieces.size() == kIdDigits + 2)
    for (std::size_t a = 0; a < touching.size(); ++a)
      for (std::size_t b = a + 1; b < touching.size(); ++b) ways.push_back({touching[a], touching[b]});
  std::optional<PiecesRead> best;
  bool tied = false;
  for (const auto& way : ways) {
    PiecesRead read = readJoinedAt(pieces, readings, way, classifier);
    if (read.digits.size() != kIdDigits) continue;
    if (!best || read.unsure < best->unsure) {
      best = std::move(read);
      tied = false;
    } else if (read.unsure == best->unsure && read.digits != best->digits) {
      tied = true;
    }
  }
  if (tied) return std::nullopt;
  return best;
}

}  // namespace

std::vector<IdBlankOutcome> readHandwrittenIds(Pix* image, Page& page) {
  return readHandwrittenIds(image, page, HandwrittenDigitClassifier::builtIn());
}

std::vector<IdBlankOutcome> readHandwrittenIds(Pix* image, Page& page, const HandwrittenDigitClassifier& classifier) {
  struct Reading {
    Line* line;
    std::size_t first, last;  // the words it replaces
    Box box;
    std::size_t outcome;
  };
  std::vector<IdBlankOutcome> outcomes;
  std::vector<Reading> readings;
  const int pageWidth = static_cast<int>(pixGetWidth(image));
  for (auto& block : page.blocks)
    for (auto& line : block.lines) {
      const auto label = labelEnd(line, kIdLabels);
      if (!label) continue;
      std::size_t stop = *label + 1;
      while (stop < line.words.size() && !printedWord(line.words[stop])) ++stop;
      const std::vector<Word> between(line.words.begin() + static_cast<std::ptrdiff_t>(*label) + 1,
                                      line.words.begin() + static_cast<std::ptrdiff_t>(stop));
      if (readAsTypedId(between)) continue;
      const Box labelBox = labelLetters(line, *label);
      PrintedBlank blank;
      blank.letterHeight = labelBox.height();
      blank.labelLeft = labelBox.x0;
      blank.advance = blank.letterHeight / 2;
      const int x1 = stop < line.words.size()
                         ? line.words[stop].box.x0
                         : std::min(pageWidth - 1, labelBox.x1 + kBlankLetters * blank.letterHeight);
      blank.area = {labelBox.x1 + 1, labelBox.y0, x1, labelBox.y1};
      if (blank.area.empty()) continue;
      IdBlankOutcome outcome;
      for (const auto& word : between) outcome.readThere += (outcome.readThere.empty() ? "" : " ") + word.text;
      const auto pieces =
          withShortPiecesJoined(digitsInBlank(image, blank, StrayInk::Ignored).value_or(std::vector<BlankDigit>{}));
      const auto pieceReadings = readEach(pieces, classifier);
      PiecesRead read = readPieces(pieces, pieceReadings, classifier);
      if (read.digits.size() == kIdDigits + 1 || read.digits.size() == kIdDigits + 2)
        if (auto rejoined = readWithCutsUndone(pieces, pieceReadings, classifier)) {
          outcome.cutsUndone = read.digits.size() - kIdDigits;
          read = *rejoined;
        }
      outcome.classified = read.digits;
      outcome.unsure = read.unsure;
      if (outcome.classified.size() == kIdDigits)
        readings.push_back({&line, *label + 1, stop, read.box, outcomes.size()});
      outcomes.push_back(std::move(outcome));
    }
  // One label a line: replacing a blank's words leaves the other readings' places as they were.
  const float sure = std::pow(classifier.models().trustedRight, static_cast<float>(kIdDigits));
  for (const auto& reading : readings) {
    IdBlankOutcome& outcome = outcomes[reading.outcome];
    const auto alike = std::count_if(outcomes.begin(), outcomes.end(), [&](const IdBlankOutcome& other) {
      return other.classified == outcome.classified;
    });
    // Two blanks of the page (the applicant's number and the number of the card they show)
    // written apart and read alike, digit for digit, seldom share an error.
    outcome.agreed = alike >= 2;
    // A reading with a cut undone was chosen among several: one reader, however sure its digits.
    const float confidence =
        (outcome.unsure == 0 && outcome.cutsUndone == 0) || outcome.agreed ? sure : kOneReaderConfidence;
    auto& words = reading.line->words;
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(reading.first),
                words.begin() + static_cast<std::ptrdiff_t>(reading.last));
    words.insert(words.begin() + static_cast<std::ptrdiff_t>(reading.first),
                 Word{outcome.classified, reading.box, confidence, WordSource::Handwriting});
    outcome.written = true;
  }
  return outcomes;
}

}  // namespace sohoa::ocr

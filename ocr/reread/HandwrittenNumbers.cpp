#include "ocr/reread/HandwrittenNumbers.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>

#include "ocr/PixPtr.hpp"
#include "ocr/reread/BlankInk.hpp"
#include "ocr/reread/ClassifiedDigits.hpp"
#include "ocr/reread/CropReading.hpp"
#include "ocr/reread/HandwrittenDigitClassifier.hpp"

namespace sohoa::ocr {
namespace {

// Tesseract's reading of a blank stands when it is a plausible number read this surely:
// typed numbers read at 0.9 and above; the handwritten ones measured here read 0.2–0.8.
constexpr float kTypedConfidence = 0.9f;
// Digits read in one word with their notation are typed unless Tesseract doubted them much
// (the sample plan's typed `15/KH-UBND` at 0.83 was emptied as handwriting).
constexpr float kTypedJoinedConfidence = 0.8f;
// A printed number read badly at first is kept when the digits-only re-read reads it again this surely.
constexpr float kRereadConfidence = 0.85f;
// Tesseract's reading of a blank under this says little: it does not stand against a sure
// classifier (a handwritten `22` read `83` at 0.00, while the classifier read 22 surely).
constexpr float kOpinionConfidence = 0.5f;
// Tesseract's reading of the blank, letters and digits, read this surely disputes the classifier's.
constexpr float kSureDispute = 0.8f;

ClassifiedDigits classify(Pix* image, const PrintedBlank& blank, const HandwrittenDigitClassifier& classifier) {
  auto cut = digitsInBlank(image, blank);
  if (!cut) return {};  // the blank's edges are unclear: not trusted, nothing read
  return classifyDigits(std::move(*cut), classifier);
}

// Tesseract read, surely, as many characters as the classifier read digits, and some of them are
// other digits in the same places (`26t` at 0.91 for a 266 whose last 6 was written small, where
// the classifier read 216): a second reader must side with the classifier before its digits are
// written. (A real `51` read `9{` at 0.53 is no such dispute.)
bool otherDigits(const PrintedBlank& blank, const std::string& classified) {
  if (blank.readConfidence < kSureDispute) return false;
  std::size_t place = 0;
  bool differs = false;
  for (const char c : blank.readThere) {
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // inside a character
    if (place < classified.size() && c >= '0' && c <= '9' && c != classified[place]) differs = true;
    ++place;
  }
  return differs && place == classified.size();
}

// `inkRight`: where the classifier's digits end, when the blank's right edge was only estimated
// inside a word typed with its notation (the crop would hold `/QĐ` and read as no digits).
DigitText rereadBlank(Pix* image, const PrintedBlank& blank, const DigitReader& reread, int inkRight = 0) {
  if (!reread) return {};
  const int margin = blank.letterHeight / 4;
  const int right =
      blank.joinedToNotation && inkRight > blank.area.x0 ? std::min(blank.area.x1, inkRight + 1) : blank.area.x1;
  const PixPtr crop = cutFrom(image, {blank.area.x0, blank.area.y0 - margin, right, blank.area.y1 + margin});
  return crop ? reread(crop.get()) : DigitText{};
}

void rewrite(Line& line, const PrintedBlank& blank, const std::optional<Word>& reading) {
  std::vector<Word> words;
  if (blank.before) words.push_back(*blank.before);
  if (reading) words.push_back(*reading);
  if (blank.after) words.push_back(*blank.after);
  auto& all = line.words;
  all.erase(all.begin() + static_cast<std::ptrdiff_t>(blank.first),
            all.begin() + static_cast<std::ptrdiff_t>(blank.last));
  all.insert(all.begin() + static_cast<std::ptrdiff_t>(blank.first), words.begin(), words.end());
}

}  // namespace

std::vector<BlankOutcome> readHandwrittenNumbers(Pix* image, Page& page, const DigitReader& reread,
                                                 const DigitReader& digitLine) {
  return readHandwrittenNumbers(image, page, reread, digitLine, HandwrittenDigitClassifier::builtIn());
}

std::vector<BlankOutcome> readHandwrittenNumbers(Pix* image, Page& page, const DigitReader& reread,
                                                 const DigitReader& digitLine,
                                                 const HandwrittenDigitClassifier& classifier) {
  auto blanks = findPrintedBlanks(page);
  // Right to left, so that rewriting one blank leaves the word indices of the others valid.
  std::sort(blanks.begin(), blanks.end(), [](const auto& a, const auto& b) {
    return std::tie(a.block, a.line, a.first) > std::tie(b.block, b.line, b.first);
  });
  std::vector<BlankOutcome> outcomes;
  for (const auto& blank : blanks) {
    BlankOutcome outcome{blank.kind, BlankOutcome::How::Kept, blank.readThere, {}, false, {}, {}};
    const bool readAsNumber = plausibleInBlank(blank.kind, blank.readThere);
    // Tesseract read another plausible number with some confidence: no two other readers overrule it.
    const bool otherNumber = readAsNumber && blank.readConfidence >= kOpinionConfidence;
    const float typedFrom = blank.joinedToNotation ? kTypedJoinedConfidence : kTypedConfidence;
    if (readAsNumber && blank.readConfidence >= typedFrom) {
      outcomes.push_back(outcome);  // typed, and read well
      continue;
    }
    const ClassifiedDigits read = classify(image, blank, classifier);
    outcome.classifierRead = read.digits;
    outcome.classifierTrusted = read.trusted;
    const bool classified = plausibleInBlank(blank.kind, read.digits);
    if (classified && read.digits == blank.readThere) {
      outcomes.push_back(outcome);  // two readers agree: nothing to change
      continue;
    }
    // The third opinion: Tesseract again, told to expect digits only.
    const DigitText again = rereadBlank(image, blank, reread, read.box.x1);
    outcome.rereadDigits = again.digits;
    bool write = false;
    if (read.trusted && classified) {
      // Sure; but where Tesseract read another number with some confidence, only if its re-read
      // sides with the classifier.
      const bool secondReaderNeeded = otherNumber || blank.onSigningLine || otherDigits(blank, read.digits);
      write = !secondReaderNeeded || again.digits == read.digits;
      outcome.how = write ? BlankOutcome::How::Handwriting : BlankOutcome::How::Emptied;
      if (!write && !otherNumber && again.digits.empty()) {
        write = true;  // nobody read otherwise: kept for review, not for a stored field
        outcome.how = BlankOutcome::How::OneReader;
      }
    } else if (readAsNumber && again.digits == blank.readThere && again.confidence >= kRereadConfidence) {
      outcomes.push_back(outcome);  // a printed number that read badly the first time, read again the same
      continue;
    } else if (classified && again.digits == read.digits) {
      write = true;
      outcome.how = BlankOutcome::How::Reread;
    } else {
      outcome.how = BlankOutcome::How::Emptied;
    }
    // Left empty: the classifier's digits stand when a reader of another model, told to expect
    // digits, reads the same (two readers that see the ink differently seldom agree on a wrong
    // number); never a number Tesseract read otherwise with some confidence.
    DigitText line;
    if (outcome.how == BlankOutcome::How::Emptied && classified && !otherNumber) {
      line = rereadBlank(image, blank, digitLine, read.box.x1);
      outcome.lineDigits = line.digits;
      if (line.digits == read.digits) {
        write = true;
        outcome.how = BlankOutcome::How::Reread;
      }
    }
    // On a form's signing line, the classifier's unsure digits that Tesseract's digit re-read did
    // not contradict (it read nothing) go to review as one reader's: a date the citizen signed in
    // the week before the dossier's receipt is vouched for by it (DossierDates), any other waits
    // for a clerk. (On the dev seeds' signing lines the unsure plausible days were right 6 of 6,
    // the digits-only line reader disagreeing with 3 of them.)
    if (!write && blank.onSigningLine && classified && !otherNumber && again.digits.empty()) {
      write = true;
      outcome.how = BlankOutcome::How::OneReader;
    }
    if (!write && blank.bare && readAsNumber) {
      outcome.how = BlankOutcome::How::Kept;
      outcomes.push_back(outcome);
      continue;
    }
    std::optional<Word> word;
    // The word's confidence: for trusted digits, how often trusted validation digits were all
    // right (the classifier's own scores are not on Tesseract's scale); else the re-read's.
    float confidence = std::max({read.lowest, again.confidence, line.confidence});
    if (outcome.how == BlankOutcome::How::Handwriting)
      confidence = std::pow(classifier.models().trustedRight, static_cast<float>(read.digits.size()));
    if (outcome.how == BlankOutcome::How::OneReader) confidence = kOneReaderConfidence;
    if (write) word = Word{read.digits, read.box, confidence, WordSource::Handwriting};
    outcome.text = word ? word->text : "";
    rewrite(page.blocks[blank.block].lines[blank.line], blank, word);
    outcomes.push_back(outcome);
  }
  return outcomes;
}

}  // namespace sohoa::ocr

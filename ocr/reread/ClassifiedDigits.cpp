#include "ocr/reread/ClassifiedDigits.hpp"

#include <algorithm>

#include "ocr/reread/HandwrittenDigitClassifier.hpp"

namespace sohoa::ocr {

std::vector<BlankDigit> withBrokenDigitsJoined(std::vector<BlankDigit> digits,
                                               const HandwrittenDigitClassifier& classifier) {
  for (std::size_t i = 0; i + 1 < digits.size();) {
    const BlankDigit& one = digits[i];
    const BlankDigit& next = digits[i + 1];
    const bool touching = next.box.x0 - one.box.x1 <= kTouchingPixels;
    const bool bothSure = classifier.trusted(classifier.read(one.ink)) && classifier.trusted(classifier.read(next.ink));
    if (touching && !bothSure) {
      BlankDigit whole = unitedDigit(one, next);
      if (classifier.trusted(classifier.read(whole.ink))) {
        digits[i] = std::move(whole);
        digits.erase(digits.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        continue;
      }
    }
    ++i;
  }
  return digits;
}

ClassifiedDigits classifyDigits(std::vector<BlankDigit> digits, const HandwrittenDigitClassifier& classifier) {
  ClassifiedDigits out;
  out.pieces = withBrokenDigitsJoined(withShortPiecesJoined(std::move(digits)), classifier);
  out.trusted = true;
  for (const auto& digit : out.pieces) {
    const DigitReading reading = classifier.read(digit.ink);
    if (reading.digit < 0) continue;
    out.digits += static_cast<char>('0' + reading.digit);
    out.trusted = out.trusted && classifier.trusted(reading);
    out.lowest = std::min(out.lowest, reading.confidence);
    out.box = out.box.united(digit.box);
  }
  out.trusted = out.trusted && !out.digits.empty();
  return out;
}

}  // namespace sohoa::ocr

#pragma once
// The digits cut from a handwritten blank (BlankInk) read by the digit classifier, as one
// number: its digits, whether the classifier was sure of every one, and where they stand. Two
// touching pieces the classifier reads surely together and not apart are first put back into one
// digit (the 2 of `12` and its foot, a 5 and its long flag).
#include <string>
#include <vector>

#include "ocr/PageModel.hpp"
#include "ocr/reread/BlankInk.hpp"

namespace sohoa::ocr {

class HandwrittenDigitClassifier;

struct ClassifiedDigits {
  std::string digits;
  bool trusted = false;            // sure of every digit, and at least one read
  float lowest = 1;                // the least confidence in a digit
  Box box;                         // around the digits read
  std::vector<BlankDigit> pieces;  // the digits as read, broken ones put back together
};

std::vector<BlankDigit> withBrokenDigitsJoined(std::vector<BlankDigit> digits,
                                               const HandwrittenDigitClassifier& classifier);

ClassifiedDigits classifyDigits(std::vector<BlankDigit> digits, const HandwrittenDigitClassifier& classifier);

}  // namespace sohoa::ocr

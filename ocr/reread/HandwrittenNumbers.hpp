#pragma once
// The number and the day written by hand into a signed document's printed blanks, read
// again after OCR. Tesseract makes `Số: 84 /QĐ-UBND` into `Số: đ4 /QĐ-UBND` and `ngày 03`
// into `ngàyà3`; here each blank (PrintedBlanks) is cut into digits (BlankInk) and read by
// the digit classifier trained from digits.png (HandwrittenDigitClassifier). A reading
// replaces what OCR made of the blank when every digit is above the classifier's floor, or
// when a second reader — Tesseract's first read or its digits-only re-read (DigitReread) —
// read the same digits (on a form's signing line, always the second reader too: the generator's
// faint-footed 3 read as a sure 7 there); it must also fit the blank (a day 1–31, a month 1–12, a number of
// 1–5 digits). There, digits the re-read did not see at all, sure or not, are written at
// kOneReaderConfidence: extraction keeps the date for review unless the dossier's receipt
// vouches for it (DossierDates). Otherwise the blank is left empty, its printed anchors kept, so extraction
// sends the field to review: a wrong number is far worse than a missing one. A blank that
// Tesseract read as a confident plausible number (typed, not handwritten) is left alone.
#include <vector>

#include "ocr/PageModel.hpp"
#include "ocr/reread/DigitReread.hpp"
#include "ocr/reread/PrintedBlanks.hpp"

struct Pix;

namespace sohoa::ocr {

class HandwrittenDigitClassifier;

struct BlankOutcome {
  // OneReader: on a form's signing line, the classifier's digits that Tesseract's re-read did not
  // see at all (it mostly reads nothing there), written at kOneReaderConfidence.
  enum class How { Kept, Handwriting, Reread, OneReader, Emptied };
  BlankKind kind = BlankKind::Number;
  How how = How::Kept;
  std::string text;            // what the blank holds now ("" when emptied)
  std::string classifierRead;  // the classifier's digits, trusted or not (for measurement)
  bool classifierTrusted = false;
  std::string rereadDigits;  // Tesseract's digits-only re-read of the blank, when it was asked
  std::string lineDigits;    // the digits-only line reader's, when it was asked
};

// Reads the blanks of `page` on `image` (the pixels its word boxes refer to, any depth) and
// rewrites their words; `reread`, when given, is asked about blanks the classifier is unsure of,
// and `digitLine` (a digits-only reader of another model) about those still left empty: where
// it reads what the classifier read, the two agree and the digits are written.
std::vector<BlankOutcome> readHandwrittenNumbers(Pix* image, Page& page, const DigitReader& reread = {},
                                                 const DigitReader& digitLine = {});
std::vector<BlankOutcome> readHandwrittenNumbers(Pix* image, Page& page, const DigitReader& reread,
                                                 const DigitReader& digitLine,
                                                 const HandwrittenDigitClassifier& classifier);

}  // namespace sohoa::ocr

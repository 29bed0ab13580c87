#pragma once
// A date written by hand with slashes, read again after OCR: a certificate's register date
// (`Ngày, tháng, năm đăng ký: 19/09/2025`) and a chứng thực stamp's day and month before its
// printed year (`Ngày 14/03 /2025`). Tesseract makes them `/09/301°` or `d+⁄ÐŸ`. Here the ink
// after the label is cut into digits (BlankInk), parted into day, month and year at the slashes,
// and each part is read by the digit classifier; Tesseract reads it again, each part told to
// expect digits (DigitReread) and the whole date as one line of digits and slashes. A part is
// settled when the classifier and Tesseract read the same digits; the date is written when every
// part is settled and fits (a day 1–31, a month 1–12, a year 19xx or 20xx). A date one reader
// alone read (the classifier sure and no reading of Tesseract against it, or Tesseract's whole
// line where the ink could not be cut) is written at kOneReaderConfidence: extraction keeps it for
// review unless the dossier's receipt vouches for it. Anything else leaves the blank as OCR read
// it: a wrong date is far worse than a missing one. A date Tesseract read surely (typed) is left alone.
#include <string>
#include <vector>

#include "ocr/PageModel.hpp"
#include "ocr/reread/DigitReread.hpp"

struct Pix;

namespace sohoa::ocr {

class HandwrittenDigitClassifier;

struct DateBlankOutcome {
  std::string readThere;   // what Tesseract made of the blank
  std::string classified;  // the parts read, joined by slashes (`19/09/2025`), settled or not
  std::string rereads;     // Tesseract's digits-only re-reads of the parts, joined the same way
  std::string wholeLine;   // Tesseract's reading of the whole date, digits and slashes (once the ink is cut)
  std::string written;     // the date written into the page, empty when the blank was left alone
  bool sure = false;       // written as read by two readers in every part
};

struct DateReaders {
  DigitReader reread;     // a part's digits (DigitReread's digitReaderOf)
  DigitReader digitLine;  // a part's digits by another model (digitLineReaderOf)
  DigitReader dateLine;   // the whole date, digits and slashes (dateLineReaderOf)
};

// Reads the date blanks of `page` on `image` (the pixels its word boxes refer to) and rewrites
// their words.
std::vector<DateBlankOutcome> readHandwrittenDates(Pix* image, Page& page, const DateReaders& readers);
std::vector<DateBlankOutcome> readHandwrittenDates(Pix* image, Page& page, const DateReaders& readers,
                                                   const HandwrittenDigitClassifier& classifier);

}  // namespace sohoa::ocr

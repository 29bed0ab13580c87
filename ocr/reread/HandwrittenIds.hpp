#pragma once
// Citizen ID numbers written by hand on a form's blank (`Số định danh cá nhân: 042192895951`,
// `Số CCCD: …`, `CCCD số …`), read again after OCR. Tesseract reads twelve handwritten digits
// as `012/72857 5(` or `O4ZL9Z89595/`; here the ink after the label is cut into digits
// (BlankInk) and read by the digit classifier trained from digits.png (HandwrittenDigitClassifier).
// A wide digit (a 5 whose bar runs on) is cut as two; thirteen or fourteen pieces are read as
// twelve with one or two cuts between touching pieces undone, the cuts whose reading is surest,
// and such a reading is never sure alone. A reading of twelve digits replaces what OCR made of
// the blank, marked as handwriting. It is scored as the classifier's trusted digits are right,
// twelve times over, when every digit was read surely or another blank of the page reads the
// same twelve digits; else at kOneReaderConfidence, for a clerk to confirm (extraction sends it
// to review, and a dossier's other papers may vouch for it: DossierIds). Extraction still checks
// the number (province, century, year). A blank Tesseract read as a typed number (twelve sure
// digits, or twelve with a letter or three OCR takes for digits: `04016G798067`) is left alone.
#include <vector>

#include "ocr/PageModel.hpp"

struct Pix;

namespace sohoa::ocr {

class HandwrittenDigitClassifier;

struct IdBlankOutcome {
  std::string readThere;       // what Tesseract made of the blank
  std::string classified;      // the classifier's digits, trusted or not
  int unsure = 0;              // how many of them the classifier was not sure of
  std::size_t cutsUndone = 0;  // thirteen or fourteen pieces read as twelve digits (never sure alone)
  bool agreed = false;         // another blank of the page was read as the same twelve digits
  bool written = false;        // the classifier's digits replaced the blank's words
};

// Reads the ID blanks of `page` on `image` (the pixels its word boxes refer to, any depth).
std::vector<IdBlankOutcome> readHandwrittenIds(Pix* image, Page& page);
std::vector<IdBlankOutcome> readHandwrittenIds(Pix* image, Page& page, const HandwrittenDigitClassifier& classifier);

}  // namespace sohoa::ocr

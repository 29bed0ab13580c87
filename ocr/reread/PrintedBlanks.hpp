#pragma once
// The blanks of a signed document's header that are filled in by hand: the number in
// `Số: ….. /QĐ-UBND` and the day (and sometimes the month) in `…, ngày ….. tháng ….. năm
// 20..` (Nghị định 30/2020, Phụ lục I). They are found by the printed words around them,
// whatever Tesseract made of the handwriting between: `Số: đ4 /QĐ-UBND`, `Só:83 /TTr-UBND`,
// `ngàyà3 tháng`, `ngày40tháng`, `ngày-{ệ tháng`. Where a printed anchor and the
// handwriting were read as one word, the anchor's part of the box is estimated from the
// line's own letter width (its well-read words' width per character).
#include <optional>
#include <string>
#include <vector>

#include "ocr/PageModel.hpp"

namespace sohoa::ocr {

enum class BlankKind { Number, Day, Month };

struct PrintedBlank {
  BlankKind kind = BlankKind::Number;
  std::size_t block = 0, line = 0;    // the line in the page
  std::size_t first = 0, last = 0;    // its words [first, last) that the blank's reading replaces
  std::optional<Word> before, after;  // printed anchor parts of those words, kept (text canonical)
  Box area;                           // between the anchors, over the line's height
  std::string readThere;              // what Tesseract read between the anchors ("đ4"), if anything
  float readConfidence = 0;           // its lowest word confidence
  int letterHeight = 0;               // of the printed anchors, in pixels
  // An anchor read in one word with the handwriting has its edge estimated from the line's
  // letter width (`advance`, pixels a character); BlankInk then finds the edge in the ink.
  bool leftEstimated = false, rightEstimated = false;
  int advance = 0;
  int labelLeft = 0;  // where the left anchor's word begins
  // The digits were read in one word with the notation (`15/KH-UBND`): typed in one run, as a
  // pen seldom writes so close to the printed slash.
  bool joinedToNotation = false;
  // On a form's signing line, not in a header: a day or month there is trusted only when two
  // readers agree (a pen's 3 with its foot faint reads as a sure 7).
  bool onSigningLine = false;
  // A certificate's number, no notation after it (`Số: 212`): a plausible reading OCR doubted
  // is kept as read when no reader vouches otherwise (extraction sends it to review, and
  // UnsureNumbers may confirm it); a typed number there is as common as a handwritten one.
  bool bare = false;
};

// The number blank and the day and month blanks of the first `Số:` line and the first
// `ngày … tháng … năm` line in the top 40 % of the page (a `Số:` line with no notation, a
// certificate's, runs to the line's end); a page with no dated header has its date blanks
// where a form is signed, lower down in the right-hand column.
std::vector<PrintedBlank> findPrintedBlanks(const Page& page);

// True when `text` is a number the blank may hold: 1–5 digits for a number, a day 1–31, a month 1–12.
bool plausibleInBlank(BlankKind kind, const std::string& text);

}  // namespace sohoa::ocr

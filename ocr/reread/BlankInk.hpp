#pragma once
// The handwriting in a printed blank, cut into digits. Ink is what is darker than the
// paper around it (Otsu's threshold over the blank, so grey photocopies and 1-bit scans
// alike); connected pieces taller than 2/5 of the printed letters are strokes (dots of a
// leader, a dash, accents and specks are not), pieces overlapping in x are one digit (a 5's
// loose bar, a 7's cross), and a piece wider than a digit is high is two or more digits
// written touching, cut where the ink is thinnest.
// Where the pen ran into the label (`Só:83`, `ngàyà3`) the label's end is found in the ink:
// after the colon of `Số:`, after the x-height letters of `ngày` (digits stand taller). A
// digit lost at an edge would leave a shorter number that still looks right (`8` for `28`),
// so when a stroke sits where an estimated edge is, or ink too short for a stroke stands apart
// from every digit, nothing is read.
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

#include "ocr/PageModel.hpp"
#include "ocr/reread/PrintedBlanks.hpp"

struct Pix;

namespace sohoa::ocr {

// Pixels between two pieces of one digit at most.
inline constexpr int kTouchingPixels = 2;

struct BlankDigit {
  cv::Mat ink;  // 8-bit, ink 255 on 0, cropped to the digit
  Box box;      // in the page's pixels
};

// What to do with ink in the blank that belongs to no digit. A 12-digit ID can ignore it: a
// digit lost there leaves 11, which no ID check passes; a number or a day cannot.
enum class StrayInk { Refused, Ignored };

// The digits written in `blank` on `page` (any depth), left to right; nothing when the
// blank's edges cannot be told from the handwriting, or stray ink is refused and found.
std::optional<std::vector<BlankDigit>> digitsInBlank(Pix* page, const PrintedBlank& blank,
                                                     StrayInk stray = StrayInk::Refused);

// A date written by hand with slashes (`19/09/2025`, `14/03` before a printed `/2025`).
struct DateInk {
  // Its digits in the groups its slashes part, when there are as many as the date has; else none.
  std::vector<std::vector<BlankDigit>> groups;
  BlankDigit handwriting;  // all its ink, slashes included, for a reader of whole lines; empty when none
};

// The date in `blank` on `page`, cut into `groupsWanted` groups of digits: a slash is a tall stroke,
// one pen wide, leaning right, and never read as a 1; when fewer groups come out, slashes run into a
// digit are looked for too. Stray ink is ignored (the caller checks what a day, month and year may be).
DateInk dateInBlank(Pix* page, const PrintedBlank& blank, std::size_t groupsWanted);

// The two pieces' ink as one digit.
BlankDigit unitedDigit(const BlankDigit& one, const BlankDigit& other);

// A digit written in two strokes that do not overlap (a 6 whose loop stands apart from its
// stem) is cut as two: a piece under 2/3 of the usual digit height among `digits`, touching the
// digit beside it, is put back into that digit. Three digits at least are needed to tell the usual.
std::vector<BlankDigit> withShortPiecesJoined(std::vector<BlankDigit> digits);

}  // namespace sohoa::ocr

#pragma once
// An ID card's machine-readable zone says much of itself twice, and checks the rest: line 1 holds
// the document number and the personal number whose last 9 digits it is, each with its check
// digit; line 2 holds the birth and expiry dates, printed again on the card in figures, each with
// its check digit, and a check digit over both lines. OCR still misreads a digit or two of a
// photocopied zone after it is read again (CardMachineZone), or reads stray marks before line 2
// or fillers as letters. A digit is put right only when the zone itself decides it: where the two
// copies of a digit differ, the one for which both check digits hold (and only one does); a digit
// line 1 holds once, a 0 read as 6, 8 or 9, when both checks and line 2's composite check then
// hold; a date whose check fails, by the date printed on the page that differs in a digit or two
// and whose check digit is the one read. Then line 2's fillers and line 3's trailing fillers are
// written as the zone prints them. The composite check stays as read, and a zone whose line 1
// does not hold both its checks is left as read: the checks keep saying what was read right.
#include "ocr/PageModel.hpp"

namespace sohoa::ocr {

// Mends the card MRZ on `page` (its lines as read, upright); returns true when a line changed.
bool mendMachineZone(Page& page);

}  // namespace sohoa::ocr

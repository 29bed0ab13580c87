#pragma once
// Puts back the tone and vowel marks Tesseract's fast Vietnamese model drops or swaps on real
// scans: `một sô điêu` -> `một số điều`, `Luật Tô chức` -> `Luật Tổ chức`, `QUYÉT` -> `QUYẾT`.
// A noisy channel over each block of a page: a word's candidates are the valid syllables with
// its letters up to marks; the block's words are chosen together (Viterbi) by the syllable
// bigram model, so each choice weighs both neighbours, and by the OCR's own evidence: the word
// as read costs nothing, every mark changed costs, and a change costs more the surer Tesseract
// was. The model's text is not administrative (LibreOffice's help, the news), so a word read as
// a valid syllable changes only to one the text has seen beside a neighbour (`tô chức` ->
// `tổ chức`, but `bổ nhiệm` never becomes `bỏ nhiệm` for `bỏ` being frequent). Numbers, codes
// (`QĐ-UBND`), anything not a syllable, and people's names
// (after `Ông`/`Bà`, or a family name and capitals: `Trần Phước Hiền`) stay as read. Case is
// kept (`QUYÉT` -> `QUYẾT`). A year's quarter read `quy I` is `quý I`: the model's text has no quarters' numerals.
#include <cstddef>

#include "ocr/PageModel.hpp"
#include "ocr/text/SyllableModel.hpp"

namespace sohoa::ocr {

// Costs in nats, against the bigram model's log probabilities. Chosen on half of the real scans
// (scripts/eval-real's files in odd places of the alphabet), checked on the other half. No
// confidence is trusted outright: on real scans Tesseract gives `sô`, `quyên`, `Tô` 96-97 %,
// its usual score for right words too.
struct MarkCorrectionCosts {
  double perMark = 2.5;          // each tone or vowel mark changed
  double perConfidence = 4.0;    // times Tesseract's word confidence (0-1), for any change
  double keepingInvalid = 20.0;  // keeping a word that is no valid syllable (`QUYÉT`): only when nothing is near
  int maxMarks = 2;              // candidates differ from the word read by at most this many marks
  unsigned attested = 1;         // a valid word changes only to one seen this often beside a neighbour
};

// Corrects the page's words in place; returns how many changed.
std::size_t correctMarks(Page& page, const SyllableModel& model, const MarkCorrectionCosts& costs = {});

}  // namespace sohoa::ocr

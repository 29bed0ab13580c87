#pragma once
// A line Tesseract read as nothing but guesses, read again alone. In a page's layout a line
// underlined close below its letters (the issuing body's `XÃ MỸ LỢI` over its rule), or crowded
// by a neighbour, is sometimes framed with the rule and read as noise at no confidence (`Mib HÀ
// khuác,`); cut out on its own, the same ink reads surely. Runs of words that all scored under
// kGarbled are tried (a line may run on into the other column of a header at this stage), each
// alone, cut short of every other word; the new reading replaces the run only when every word of
// it is sure: ink read as noise twice stays as it was. A run's place reaches over the ink beside
// its words' boxes (a garbled reading's boxes may stop short of its letters), short of the words
// beside it on its rows; read unsurely there, it is read once more without the rule under it.
// Runs with digits are left to the number steps after this one.
#include "ocr/engine/OcrEngine.hpp"

namespace sohoa::ocr {

// Every word of a line under this score: the line is guesses.
inline constexpr float kGarbled = 0.3f;

// `image` is the page as read (upright, straightened); its words are in `page`. Returns how
// many runs were replaced.
int rereadGarbledLines(OcrEngine& engine, Pix* image, int dpi, Page& page);

}  // namespace sohoa::ocr

#pragma once
// Streaks whitened before a page is read. A dirty copier or scanner glass draws a thin dark
// line down the whole sheet, along the paper's travel; a copy scanned askew has it a few
// degrees off the vertical. Tesseract takes such a line for a column rule: it cuts the lines
// it crosses in two (`TRUNG TÂM Y TẾ HUYỆN T` … `ÂY SƠN`) and drops the letters under it (`GIẤY
// BÁO` for `GIẤY BÁO TỬ`). A streak is found as a thin straight band of ink running down most of
// the page's height — no letter, word or column of text does that. Its pixels go where the
// band's ink is the band alone; where a letter's stroke runs across it, the row is kept. A
// landscape image of a portrait sheet (a card copy scanned sideways) has its copier's streaks
// across the image: there they are looked for both ways. A faint streak (a sixth darker than the
// paper: not in the page's ink) still cuts a card's lines, where it darkens the card's grey under
// Tesseract's threshold: it is looked for in the ink down to a tenth darker than the paper, must
// run unbroken, and takes the tone beside it rather than white (a white line through a card's
// grey is an edge to Tesseract); the letters it crosses, darker than it, stay.
#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {

// Whitens the streaks of `page` (1, 8 or 32 bits, no colour map) in place; returns how many
// were found. `faintToo`: also those only a little darker than the paper (grey and colour pages).
int whitenScanStreaks(Pix* page, int dpi, bool faintToo = true);

}  // namespace sohoa::ocr
